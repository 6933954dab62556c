import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes: ~110 ms here). Pinned to argon2@0.44.0:
 * 0.45's prebuilt binary crashes Node 20 (see README "Versions").
 */
@Injectable()
export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
  private readonly decoy = argon2.hash('decoy password that matches nothing');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
