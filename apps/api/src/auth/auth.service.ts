import { DomainError, normaliseEmail, passwordProblem } from '@app/domain';
import { Organisation, User } from '@app/persistence';
import { ActivityLogService, Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { isUniqueViolation } from '../common/unique-violation';
import { NewUserRecorder } from '../users/new-user.recorder';
import { UserView } from '../users/user.view';
import type { AcceptInvitationDto, LoginDto, SignupDto } from './dto/credentials.dto';
import type { SessionView } from './dto/session.view';
import { PasswordHasher } from './password-hasher';
import { sha256, TokenService } from './token.service';

const wrongCredentials = (): DomainError =>
  new DomainError('unauthenticated', 'Wrong e-mail address or password');

export function assertAcceptablePassword(password: string, context: string[]): void {
  const problem = passwordProblem(password, context);
  if (problem) throw DomainError.invalid('password', problem);
}

/** PostgreSQL unique violation on users.email (a concurrent sign-up with the same address). */
export function isEmailTaken(error: unknown): boolean {
  return isUniqueViolation(error, 'users_email_key');
}

export const emailTaken = (): DomainError =>
  DomainError.conflict('An account with this e-mail address already exists', 'email');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordHasher,
    private readonly activity: ActivityLogService,
    private readonly newUsers: NewUserRecorder,
  ) {}

  /** Creates an organisation and its first administrator, and signs them in. */
  async signup(dto: SignupDto, requestId?: string): Promise<SessionView> {
    const email = normaliseEmail(dto.email);
    assertAcceptablePassword(dto.password, [email, dto.name]);
    const passwordHash = await this.passwords.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.exists(User, { where: { email } })) throw emailTaken();
        const organisation = await manager.save(
          manager.create(Organisation, { name: dto.organisationName }),
        );
        const user = await manager.save(
          manager.create(User, {
            organisationId: organisation.id,
            email,
            name: dto.name,
            role: 'admin',
            status: 'active',
            passwordHash,
          }),
        );
        const actor: Actor = { kind: 'user', userId: user.id, requestId };
        const scope = { organisationId: organisation.id };
        await this.activity.append(manager, scope, actor, {
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: organisation.id,
          after: { name: organisation.name },
        });
        await this.newUsers.record(manager, actor, user, 'signup');
        return this.session(manager, user);
      });
    } catch (error) {
      if (isEmailTaken(error)) throw emailTaken();
      throw error;
    }
  }

  async login(dto: LoginDto): Promise<SessionView> {
    const user = await this.dataSource.getRepository(User).findOne({
      where: { email: normaliseEmail(dto.email) },
      select: {
        id: true,
        organisationId: true,
        email: true,
        name: true,
        role: true,
        status: true,
        supplierId: true,
        createdAt: true,
        passwordHash: true,
      },
    });
    const valid = await this.passwords.verify(user?.passwordHash, dto.password);
    // One answer for unknown address, wrong password and disabled account: nothing to enumerate.
    if (!user || !valid || user.status !== 'active') throw wrongCredentials();
    return this.dataSource.transaction((manager) => this.session(manager, user));
  }

  async acceptInvitation(dto: AcceptInvitationDto, requestId?: string): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: {
          invitationTokenHash: sha256(dto.token),
          status: 'invited',
          invitationExpiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw DomainError.notFound('Invitation (or it has expired)');
      assertAcceptablePassword(dto.password, [user.email, user.name]);
      const before = UserView.forLog(user);
      user.passwordHash = await this.passwords.hash(dto.password);
      user.status = 'active';
      user.invitationTokenHash = null;
      user.invitationExpiresAt = null;
      await manager.save(user);
      await this.activity.append(
        manager,
        user,
        { kind: 'user', userId: user.id, requestId },
        {
          action: 'user.invitation-accepted',
          entityType: 'user',
          entityId: user.id,
          before,
          after: UserView.forLog(user),
        },
      );
      return this.session(manager, user);
    });
  }

  private async session(manager: EntityManager, user: User): Promise<SessionView> {
    return { ...(await this.tokens.issue(manager, user)), user: UserView.of(user) };
  }
}
