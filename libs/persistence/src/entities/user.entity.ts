import type { Role, UserStatus } from '@app/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';
import { Supplier } from './supplier.entity';

@Entity({ name: 'users' })
@Index('users_org_email_idx', ['organisationId', 'email'])
@Index('users_email_key', ['email'], { unique: true })
@Index('users_invitation_token_key', ['invitationTokenHash'], {
  unique: true,
  where: 'invitation_token_hash IS NOT NULL',
})
@Check(
  'users_role_check',
  `role IN ('admin','compliance_officer','auditor','supplier','executive')`,
)
@Check('users_status_check', `status IN ('invited','active','disabled')`)
@Check('users_supplier_binding_only_for_suppliers', `supplier_id IS NULL OR role = 'supplier'`)
@Check('users_email_normalised', `email = lower(btrim(email))`)
export class User extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised (trimmed, lower case); unique across all organisations because login is by e-mail. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  status!: UserStatus;

  /** The supplier site a supplier user is bound to (and the only one they can see). */
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId!: string | null;

  @ManyToOne(() => Supplier)
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'invitation_token_hash', type: 'text', nullable: true, select: false })
  invitationTokenHash!: string | null;

  @Column({ name: 'invitation_expires_at', type: 'timestamptz', nullable: true })
  invitationExpiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
