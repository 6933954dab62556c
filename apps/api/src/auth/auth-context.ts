import type { Role } from '@app/domain';
import type { TenantScope } from '@app/persistence';
import type { Actor } from '@app/platform';

/** The signed-in user a request acts for, set by AccessGuard from a verified token. */
export interface AuthContext extends TenantScope {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly supplierId: string | null;
  readonly requestId?: string;
}

export function actorOf(auth: AuthContext): Actor {
  return { kind: 'user', userId: auth.userId, requestId: auth.requestId };
}
