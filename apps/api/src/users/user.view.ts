import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@app/domain';
import type { User } from '@app/persistence';
import { ApiProperty } from '@nestjs/swagger';

/** A user as the API shows it: never the password or invitation hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'amina.rahman@example.com' }) email!: string;
  @ApiProperty({ example: 'Amina Rahman' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supplierId!: string | null;
  @ApiProperty() createdAt!: string;

  static of(user: User): UserView {
    return {
      id: user.id,
      organisationId: user.organisationId,
      email: user.email,
      name: user.name,
      role: user.role,
      status: user.status,
      supplierId: user.supplierId,
      createdAt: user.createdAt.toISOString(),
    };
  }

  /** What the activity log keeps about a user (no secrets). */
  static forLog(user: User): Record<string, unknown> {
    const { email, name, role, status, supplierId } = UserView.of(user);
    return { email, name, role, status, supplierId };
  }
}
