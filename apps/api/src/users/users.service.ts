import { DomainError, normaliseEmail, roleNeedsSupplierBinding, Role } from '@app/domain';
import {
  InjectTenantRepository,
  Supplier,
  TenantRepository,
  TenantScope,
  User,
} from '@app/persistence';
import { ActivityLogService, Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { emailTaken, isEmailTaken } from '../auth/auth.service';
import { randomToken, sha256, TokenService } from '../auth/token.service';
import type { InvitedUserView, InviteUserDto, UpdateUserDto } from './dto/user.dto';
import { NewUserRecorder } from './new-user.recorder';
import { UserView } from './user.view';

const INVITATION_DAYS = 7;

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(User) private readonly users: TenantRepository<User>,
    private readonly activity: ActivityLogService,
    private readonly newUsers: NewUserRecorder,
    private readonly tokens: TokenService,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
  ) {}

  async list(scope: TenantScope): Promise<UserView[]> {
    const users = await this.users.find(scope, { order: { createdAt: 'ASC', id: 'ASC' } });
    return users.map((user) => UserView.of(user));
  }

  async get(scope: TenantScope, id: string): Promise<UserView> {
    return UserView.of(await this.users.getById(scope, id));
  }

  /** Creates the account as "invited" and returns the one-time token the person sets a password with. */
  async invite(scope: TenantScope, actor: Actor, dto: InviteUserDto): Promise<InvitedUserView> {
    const email = normaliseEmail(dto.email);
    const token = randomToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        if (await manager.exists(User, { where: { email } })) throw emailTaken();
        await this.assertSupplierBinding(manager, scope, dto.role, dto.supplierId ?? null);
        const created = await this.users.within(manager).insert(scope, {
          email,
          name: dto.name,
          role: dto.role,
          status: 'invited',
          supplierId: dto.supplierId ?? null,
          invitationTokenHash: sha256(token),
          invitationExpiresAt: expiresAt,
        });
        await this.newUsers.record(manager, actor, created, 'invitation');
        return created;
      });
      return {
        user: UserView.of(user),
        invitation: {
          token,
          expiresAt: expiresAt.toISOString(),
          acceptWith: 'POST /auth/accept-invitation',
        },
      };
    } catch (error) {
      if (isEmailTaken(error)) throw emailTaken();
      throw error;
    }
  }

  async update(
    scope: TenantScope,
    actor: Actor,
    id: string,
    dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const users = this.users.within(manager);
      const user = await users.getById(scope, id);
      const before = UserView.forLog(user);
      const role = dto.role ?? user.role;
      const supplierId =
        dto.supplierId !== undefined
          ? dto.supplierId
          : roleNeedsSupplierBinding(role)
            ? user.supplierId
            : null;
      await this.assertSupplierBinding(manager, scope, role, supplierId);
      if (dto.status && user.status === 'invited') {
        throw DomainError.conflict(
          'An invited user becomes active by accepting the invitation',
          'status',
        );
      }
      const losesAdmin =
        user.role === 'admin' &&
        user.status === 'active' &&
        (role !== 'admin' || dto.status === 'disabled');
      if (losesAdmin) {
        if (actor.kind === 'user' && actor.userId === user.id) {
          throw DomainError.conflict(
            'You cannot remove your own administrator access; ask another administrator',
            'role',
          );
        }
        const admins = await users.count(scope, { role: 'admin', status: 'active' });
        if (admins <= 1)
          throw DomainError.conflict(
            'The organisation must keep at least one active administrator',
            'role',
          );
      }
      user.name = dto.name ?? user.name;
      user.role = role;
      user.supplierId = supplierId;
      user.status = dto.status ?? user.status;
      const saved = await users.save(scope, user);
      if (saved.status === 'disabled') await this.tokens.revokeAllFor(manager, saved.id);
      await this.activity.append(manager, scope, actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: saved.id,
        before,
        after: UserView.forLog(saved),
      });
      return UserView.of(saved);
    });
  }

  /** A supplier user answers for exactly one site of this organisation; nobody else is bound. */
  private async assertSupplierBinding(
    manager: EntityManager,
    scope: TenantScope,
    role: Role,
    supplierId: string | null,
  ): Promise<void> {
    if (!roleNeedsSupplierBinding(role)) {
      if (supplierId)
        throw DomainError.invalid('supplierId', 'may only be set for users with the supplier role');
      return;
    }
    if (!supplierId) {
      throw DomainError.invalid(
        'supplierId',
        'is required for the supplier role: the site the person answers for',
      );
    }
    await this.suppliers.within(manager).getReference(scope, supplierId, 'supplierId');
  }
}
