import type { Role } from '@app/domain';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthContext } from './auth-context';

export const PUBLIC_KEY = 'access:public';
export const ROLES_KEY = 'access:roles';

/** The route needs no sign-in (login, sign-up, health). Every other route must declare @Roles. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Who may call the route. A route with neither @Public nor @Roles is refused to everyone. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

/** The signed-in user. Throws if AccessGuard did not run, so a wiring mistake cannot pass silently. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthContext => {
    const auth = context.switchToHttp().getRequest<{ auth?: AuthContext }>().auth;
    if (!auth) throw new Error('CurrentUser used on a route that AccessGuard did not authenticate');
    return auth;
  },
);
