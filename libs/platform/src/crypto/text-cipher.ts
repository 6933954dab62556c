import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts short texts for storage (grievance descriptions, messages, contact details), so that a
 * database dump or backup alone does not reveal them. AES-256-GCM with a fresh random 96-bit IV
 * per text; the 128-bit tag makes any change to the stored value, or the wrong key, fail to
 * decrypt. The key id travels in the clear in front of the sealed text, so keys can be rotated
 * (texts say which key sealed them), and is bound to the ciphertext as additional authenticated
 * data, so relabelling a text with another key id also fails.
 *
 * Sealed form: `<keyId>:` + base64(iv (12 bytes) || tag (16 bytes) || ciphertext).
 *
 * Errors never carry the key or the text.
 */

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Key ids are short labels; no ':' since it separates the id from the sealed text. */
const KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Half a surrogate pair is not text: UTF-8 would turn it into U+FFFD and the round trip would lie. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A new random key, base64 (32 bytes), for configuration. */
export function generateTextKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

export class TextCipher {
  /** A private field, so that logging or inspecting the cipher never shows the key. */
  readonly #key: Buffer;

  /**
   * @param keyBase64 32 random bytes in base64 (see generateTextKey); surrounding whitespace, such
   *   as a newline left in a secret file, is ignored.
   * @param keyId the label written in front of every text this cipher seals.
   */
  constructor(
    keyBase64: string,
    readonly keyId: string = 'k1',
  ) {
    const text = typeof keyBase64 === 'string' ? keyBase64.trim() : '';
    const key = BASE64.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES)
      throw new Error(
        `TextCipher key must be base64 of exactly ${KEY_BYTES} bytes (make one with generateTextKey)`,
      );
    if (typeof keyId !== 'string' || !KEY_ID.test(keyId))
      throw new Error('TextCipher key id must be 1 to 32 letters, digits, _ . or -');
    this.#key = key;
  }

  encrypt(plaintext: string): string {
    if (typeof plaintext !== 'string' || LONE_SURROGATE.test(plaintext))
      throw new Error('cannot encrypt: not well-formed text');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(this.keyId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    return `${this.keyId}:${sealed}`;
  }

  /** Throws Error('cannot decrypt') for a text sealed with another key or key id, or altered. */
  decrypt(sealed: string): string {
    try {
      return this.open(sealed);
    } catch {
      // One message for every failure: which check failed is of use only to an attacker.
      throw new Error('cannot decrypt');
    }
  }

  private open(sealed: string): string {
    const prefix = `${this.keyId}:`;
    if (typeof sealed !== 'string' || !sealed.startsWith(prefix)) throw new Error();
    const body = sealed.slice(prefix.length);
    if (!BASE64.test(body)) throw new Error();
    const bytes = Buffer.from(body, 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error();
    const decipher = createDecipheriv(ALGORITHM, this.#key, bytes.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(this.keyId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plaintext = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    return plaintext.toString('utf8');
  }
}
