import { ROLES, USER_STATUSES, type Role } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class InviteUserDto {
  @ApiProperty({ example: 'kofi.mensah@example.com' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Kofi Mensah' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only for the supplier role: the supplier site the user answers for',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Kofi Mensah' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES.filter((status) => status !== 'invited') })
  @IsOptional()
  @IsIn(['active', 'disabled'], { message: 'must be active or disabled' })
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId?: string | null;
}

export class InvitationView {
  @ApiProperty({ description: 'Shown once: pass it to the person; it cannot be retrieved again' })
  token!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ example: 'POST /auth/accept-invitation' }) acceptWith!: string;
}

export class InvitedUserView {
  @ApiProperty({ type: () => Object }) user!: object;
  @ApiProperty({ type: InvitationView }) invitation!: InvitationView;
}
