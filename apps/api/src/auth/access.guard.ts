import { DomainError, Role } from '@app/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import type { AuthContext } from './auth-context';
import { TokenService } from './token.service';

/**
 * Global guard, deny by default: a route is open only when it says @Public(); otherwise the caller
 * needs a valid access token for an active user whose current role (read from the database, so a
 * role change or a disabled account takes effect at once) is one the route names with @Roles().
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const request = context
      .switchToHttp()
      .getRequest<Request & { id?: string; auth?: AuthContext }>();
    const auth = await this.tokens.authenticate(bearerToken(request), request.id);
    if (!allowed.includes(auth.role)) {
      throw new DomainError('forbidden', 'Your role does not allow this action');
    }
    request.auth = auth;
    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
