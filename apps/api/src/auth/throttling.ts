import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';

/** Named throttlers (limits per minute); see AuthModule for their numbers. */
export const LOGIN_THROTTLER = 'login';
export const PUBLIC_THROTTLER = 'public';

/**
 * Login attempts are counted per client address and e-mail address together, so one person
 * guessing at one account is stopped on the 11th try while colleagues behind the same office
 * address can still sign in. A wider per-address limit (PUBLIC_THROTTLER) caps spraying many accounts.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const req = request as unknown as Request;
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return Promise.resolve(`${req.ip ?? 'unknown'}|${email}`);
  }

  protected override generateKey(
    context: Parameters<ThrottlerGuard['generateKey']>[0],
    tracker: string,
    name: string,
  ): string {
    // Per-address throttler ignores the e-mail part of the tracker.
    const key = name === PUBLIC_THROTTLER ? tracker.split('|')[0] : tracker;
    return super.generateKey(context, key, name);
  }
}
