import fc from 'fast-check';
import { inspect } from 'node:util';
import { TextCipher, generateTextKey } from './text-cipher';

const KEY = generateTextKey();

describe('generateTextKey', () => {
  it('makes base64 of 32 random bytes', () => {
    const key = generateTextKey();
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(generateTextKey()).not.toBe(key);
  });
});

describe('TextCipher', () => {
  const cipher = new TextCipher(KEY);

  it('round trips any text, including Nepali, Bengali and emoji', () => {
    for (const text of [
      '',
      'a',
      'मेरो राहदानी राखिएको छ',
      'আমার পাসপোর্ট রেখে দিয়েছে',
      '工资 😀\n\t',
    ])
      expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
      }),
    );
  });

  it('seals as <keyId>:base64(iv 12 || tag 16 || ciphertext)', () => {
    const sealed = cipher.encrypt('hello');
    expect(sealed).toMatch(/^k1:[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(sealed.slice(3), 'base64')).toHaveLength(12 + 16 + 5);
    expect(new TextCipher(KEY, 'k2').encrypt('hello')).toMatch(/^k2:/);
    expect(sealed).not.toContain('hello');
  });

  it('uses a fresh IV every time', () => {
    const sealed = Array.from({ length: 200 }, () => cipher.encrypt('same text'));
    expect(new Set(sealed).size).toBe(sealed.length);
    const ivs = sealed.map((s) =>
      Buffer.from(s.slice(3), 'base64').subarray(0, 12).toString('hex'),
    );
    expect(new Set(ivs).size).toBe(ivs.length);
  });

  it('detects any change to the sealed text', () => {
    const sealed = cipher.encrypt('My passport is kept from me');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (index, flip) => {
          const altered = Buffer.from(bytes);
          altered[index] ^= flip;
          expect(() => cipher.decrypt(`k1:${altered.toString('base64')}`)).toThrow(
            new Error('cannot decrypt'),
          );
        },
      ),
    );
    const truncated = `k1:${bytes.subarray(0, bytes.length - 1).toString('base64')}`;
    for (const bad of [truncated, 'k1:', 'k1:!!!!', 'k1', '', sealed.slice(3), `${sealed}A`])
      expect(() => cipher.decrypt(bad)).toThrow(new Error('cannot decrypt'));
    expect(() => cipher.decrypt(null as unknown as string)).toThrow(new Error('cannot decrypt'));
  });

  it('refuses a text sealed with another key or under another key id', () => {
    const sealed = cipher.encrypt('secret');
    expect(() => new TextCipher(generateTextKey()).decrypt(sealed)).toThrow(
      new Error('cannot decrypt'),
    );
    expect(() => new TextCipher(KEY, 'k2').decrypt(sealed)).toThrow(new Error('cannot decrypt'));
    // Relabelling the key id fails too: it is authenticated with the text.
    expect(() => new TextCipher(KEY, 'k2').decrypt(sealed.replace(/^k1:/, 'k2:'))).toThrow(
      new Error('cannot decrypt'),
    );
    expect(new TextCipher(` ${KEY}\n`).decrypt(sealed)).toBe('secret');
  });

  it('never shows the key or the text in an error or when inspected', () => {
    const sealed = cipher.encrypt('secret words');
    try {
      new TextCipher(generateTextKey()).decrypt(sealed);
    } catch (error) {
      expect(String(error)).not.toContain('secret');
      expect(String(error)).not.toContain(KEY);
    }
    expect(inspect(cipher, { showHidden: true, depth: 5 })).not.toContain(
      Buffer.from(KEY, 'base64').toString('hex').slice(0, 16),
    );
    expect(JSON.stringify(cipher)).not.toContain(KEY);
  });

  it('refuses a key that is not base64 of exactly 32 bytes, without echoing it', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    const long = Buffer.alloc(33, 7).toString('base64');
    for (const key of [
      '',
      short,
      long,
      'not base64 at all!',
      KEY.slice(0, -2),
      KEY.replace(/=$/, ''),
    ])
      expect(() => new TextCipher(key)).toThrow(
        'TextCipher key must be base64 of exactly 32 bytes (make one with generateTextKey)',
      );
    try {
      new TextCipher(short);
    } catch (error) {
      expect(String(error)).not.toContain(short);
    }
  });

  it('refuses a key id that could not be read back', () => {
    for (const keyId of ['', 'a:b', 'k 1', 'x'.repeat(33)])
      expect(() => new TextCipher(KEY, keyId)).toThrow('TextCipher key id');
  });

  it('refuses to encrypt half a surrogate pair rather than altering the text', () => {
    expect(() => cipher.encrypt('a\ud800')).toThrow('cannot encrypt: not well-formed text');
  });
});
