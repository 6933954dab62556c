import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RequestMethod } from '@nestjs/common';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/access.decorators';

export interface RouteAccess {
  route: string;
  access: 'public' | string[];
}

/**
 * Lists every HTTP route with who may call it, and refuses to start the application when a route
 * declares neither @Public() nor @Roles(...): a forgotten decorator is a startup error, not a hole.
 */
@Injectable()
export class RouteAccessAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = this.routes().filter(
      (route) => Array.isArray(route.access) && route.access.length === 0,
    );
    if (undeclared.length > 0) {
      throw new Error(
        `Routes without @Public() or @Roles(): ${undeclared.map((route) => route.route).join(', ')}`,
      );
    }
  }

  routes(): RouteAccess[] {
    const routes: RouteAccess[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller || !wrapper.instance) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = Object.getPrototypeOf(wrapper.instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (
          ...args: unknown[]
        ) => unknown;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [
          handler,
          controller,
        ]);
        const roles =
          this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [
            handler,
            controller,
          ]) ?? [];
        const full = `/${[base, path].filter((part) => part && part !== '/').join('/')}`.replace(
          /\/+/g,
          '/',
        );
        routes.push({
          route: `${method} ${full}`,
          access: isPublic ? 'public' : [...roles].sort(),
        });
      }
    }
    return routes.sort((a, b) => a.route.localeCompare(b.route));
  }
}
