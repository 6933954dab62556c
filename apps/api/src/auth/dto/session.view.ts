import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../../users/user.view';

export class SessionView {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>"; short-lived' })
  accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ description: 'One-use token for POST /auth/refresh' }) refreshToken!: string;
  @ApiProperty() refreshTokenExpiresAt!: string;
  @ApiProperty({ type: UserView }) user!: UserView;
}
