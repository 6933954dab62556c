import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainError, Role } from '@app/domain';
import { RefreshToken, User, isUuid } from '@app/persistence';
import { CallBatcher } from '@app/platform';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { AuthContext } from './auth-context';
import { VerifiedTokens } from './verified-tokens';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

interface ActiveUserRow {
  id: string;
  organisation_id: string;
  role: Role;
  supplier_id: string | null;
  status: string;
}

interface AccessClaims {
  sub: string;
  org: string;
  role: Role;
  /** Seconds since the epoch, set by the signer. */
  exp?: number;
}

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
export const randomToken = (): string => randomBytes(32).toString('base64url');

const unauthenticated = (): DomainError =>
  new DomainError('unauthenticated', 'Sign in again: your session is missing, invalid or expired');

/**
 * Short-lived access tokens (JWT, HS256, JWT_ACCESS_TTL_SECONDS) and long-lived refresh tokens
 * (random, stored hashed, one use each: every refresh returns a new pair; reusing a spent refresh
 * token revokes the whole chain, since only a thief would hold an old one).
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly verified = new VerifiedTokens<AccessClaims>();

  /**
   * Every request passes here, so the users of requests arriving together are read in one narrow
   * query (still read for each request: a disabled account or a new role counts at once).
   */
  private readonly users = new CallBatcher<string, ActiveUserRow | undefined>(async (_key, ids) => {
    const rows: ActiveUserRow[] = await this.dataSource.query(
      'SELECT id, organisation_id, role, supplier_id, status FROM users WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => ({ ok: true, value: byId.get(id) }));
  });

  async issue(
    manager: EntityManager,
    user: User,
    familyId: string = randomUUID(),
  ): Promise<TokenPair> {
    const claims: AccessClaims = { sub: user.id, org: user.organisationId, role: user.role };
    const refreshToken = randomToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshToken, {
      organisationId: user.organisationId,
      userId: user.id,
      tokenHash: sha256(refreshToken),
      familyId,
      expiresAt,
    });
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      refreshToken,
      refreshTokenExpiresAt: expiresAt.toISOString(),
    };
  }

  /** Who the access token belongs to, as they are now in the database. */
  async authenticate(accessToken: string | undefined, requestId?: string): Promise<AuthContext> {
    if (!accessToken) throw unauthenticated();
    const claims = this.verified.get(accessToken) ?? (await this.verify(accessToken));
    if (!claims) throw unauthenticated();
    const user = isUuid(claims.sub) ? await this.users.submit('users', claims.sub) : undefined;
    if (!user || user.status !== 'active' || user.organisation_id !== claims.org)
      throw unauthenticated();
    return {
      userId: user.id,
      organisationId: user.organisation_id,
      role: user.role,
      supplierId: user.supplier_id,
      requestId,
    };
  }

  private async verify(accessToken: string): Promise<AccessClaims | null> {
    const claims = await this.jwt.verifyAsync<AccessClaims>(accessToken).catch(() => null);
    if (claims) this.verified.remember(accessToken, claims);
    return claims;
  }

  async rotate(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored) return null;
      if (stored.usedAt || stored.revokedAt) {
        await this.revokeFamily(manager, stored.familyId);
        return null;
      }
      if (stored.expiresAt.getTime() <= Date.now()) return null;
      const user = await manager.findOne(User, { where: { id: stored.userId } });
      if (!user || user.status !== 'active') return null;
      await manager.update(RefreshToken, { id: stored.id }, { usedAt: new Date() });
      return this.issue(manager, user, stored.familyId);
    });
    // Outside the transaction, so that revoking a stolen token's family is committed.
    if (!outcome) throw unauthenticated();
    return outcome;
  }

  async revoke(refreshToken: string): Promise<void> {
    const stored = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (stored) await this.revokeFamily(this.dataSource.manager, stored.familyId);
  }

  async revokeAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(
      RefreshToken,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }
}
