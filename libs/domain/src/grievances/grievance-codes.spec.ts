import fc from 'fast-check';
import { createHash } from 'node:crypto';
import * as nodeCrypto from 'node:crypto';
import {
  CROCKFORD_ALPHABET,
  followUpKeyMatches,
  formatChannelCode,
  hashFollowUpKey,
  newCaseReference,
  newChannelCode,
  newFollowUpKey,
  normaliseCaseReference,
  normaliseChannelCode,
  normaliseFollowUpKey,
} from './grievance-codes';

// Watch timingSafeEqual, still calling the real one.
jest.mock('node:crypto', () => {
  const actual = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});
const timingSafeEqual = nodeCrypto.timingSafeEqual as jest.MockedFunction<
  typeof nodeCrypto.timingSafeEqual
>;

const symbol = fc.constantFrom(...CROCKFORD_ALPHABET.split(''));
const symbols = (n: number) =>
  fc.array(symbol, { minLength: n, maxLength: n }).map((list) => list.join(''));

/** Ways a person may type a code: any case, extra spaces and dashes, O for 0, I or L for 1. */
function sloppy(code: string, choices: number[]): string {
  return code
    .split('')
    .map((char, i) => {
      const choice = choices[i % choices.length];
      let out = char;
      if (char === '0' && choice % 3 === 0) out = 'O';
      if (char === '1' && choice % 3 === 1) out = choice % 2 ? 'I' : 'l';
      if (choice % 2 === 0) out = out.toLowerCase();
      if (choice % 5 === 0) out += ' ';
      if (choice % 7 === 0) out = '-' + out;
      return out;
    })
    .join('');
}

describe('Crockford alphabet', () => {
  it('has 32 symbols, none of I L O U', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });
});

describe('channel codes', () => {
  it('are 10 symbols shown as XXXX-XXXX-XX', () => {
    for (let i = 0; i < 50; i++)
      expect(newChannelCode()).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/,
      );
  });

  it('normalise and format back', () => {
    expect(normaliseChannelCode('abcd efgh jk')).toBe('ABCDEFGHJK');
    expect(normaliseChannelCode('OIL0-1234-56')).toBe('0110123456');
    expect(normaliseChannelCode('  7k3m–9p2q–x5 ')).toBe('7K3M9P2QX5'); // en dashes from a phone
    expect(formatChannelCode('7k3m9p2qx5')).toBe('7K3M-9P2Q-X5');
    for (const bad of [
      '',
      'ABCD-EFGH-J',
      'ABCD-EFGH-JKM',
      'ABCD-EFGH-JU',
      'ABCD_EFGH_JK',
      'ÄBCD-EFGH-JK',
    ])
      expect(normaliseChannelCode(bad)).toBeNull();
    expect(normaliseChannelCode(undefined as unknown as string)).toBeNull();
    expect(() => formatChannelCode('nope')).toThrow('not a channel code');
  });

  it('round trip however they are typed', () => {
    fc.assert(
      fc.property(symbols(10), fc.array(fc.nat(), { minLength: 1 }), (code, choices) => {
        const shown = formatChannelCode(code);
        expect(normaliseChannelCode(shown)).toBe(code);
        expect(normaliseChannelCode(sloppy(shown, choices))).toBe(code);
        expect(formatChannelCode(sloppy(shown, choices))).toBe(shown);
      }),
    );
    const made = newChannelCode();
    expect(formatChannelCode(normaliseChannelCode(made) as string)).toBe(made);
  });
});

describe('case references', () => {
  it('are GR- and 8 symbols in two groups', () => {
    for (let i = 0; i < 50; i++)
      expect(newCaseReference()).toMatch(/^GR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('normalise with or without the prefix', () => {
    expect(normaliseCaseReference('gr-7k3m-9p2q')).toBe('GR-7K3M-9P2Q');
    expect(normaliseCaseReference('7k3m 9p2q')).toBe('GR-7K3M-9P2Q');
    expect(normaliseCaseReference('GR7K3M9P2Q')).toBe('GR-7K3M-9P2Q');
    expect(normaliseCaseReference('GR-GR12-3456')).toBe('GR-GR12-3456');
    expect(normaliseCaseReference('GR12-3456')).toBe('GR-GR12-3456'); // 8 symbols: no prefix
    expect(normaliseCaseReference('GR-OOOO-llll')).toBe('GR-0000-1111');
    for (const bad of ['', 'GR-', 'GR-1234-567', 'GR-1234-56789', 'XX-1234-5678', 'GR-1234-567U'])
      expect(normaliseCaseReference(bad)).toBeNull();
  });

  it('round trip however they are typed', () => {
    fc.assert(
      fc.property(
        symbols(8),
        fc.array(fc.nat(), { minLength: 1 }),
        fc.boolean(),
        (code, choices, prefix) => {
          const canonical = `GR-${code.slice(0, 4)}-${code.slice(4)}`;
          const typed = prefix ? canonical : canonical.slice(3);
          expect(normaliseCaseReference(typed)).toBe(canonical);
          expect(normaliseCaseReference(sloppy(typed, choices))).toBe(canonical);
        },
      ),
    );
    const made = newCaseReference();
    expect(normaliseCaseReference(made)).toBe(made);
  });
});

describe('follow-up keys', () => {
  it('are 25 symbols in five groups of five', () => {
    for (let i = 0; i < 50; i++)
      expect(newFollowUpKey()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
  });

  it('are unique (125 bits) and use the whole alphabet', () => {
    const keys = Array.from({ length: 2000 }, newFollowUpKey);
    expect(new Set(keys).size).toBe(keys.length);
    const seen = new Set(keys.join('').replace(/-/g, ''));
    expect(seen.size).toBe(32);
    expect(new Set(Array.from({ length: 2000 }, newChannelCode)).size).toBe(2000);
    expect(new Set(Array.from({ length: 2000 }, newCaseReference)).size).toBe(2000);
  });

  it('hash as SHA-256 hex of the normalised symbols', () => {
    const key = 'ABCDE-FGHJK-MNPQR-STVWX-YZ012';
    const expected = createHash('sha256').update('ABCDEFGHJKMNPQRSTVWXYZ012').digest('hex');
    expect(hashFollowUpKey(key)).toBe(expected);
    expect(hashFollowUpKey('abcdefghjkmnpqrstvwxyzol2')).toBe(expected);
    expect(() => hashFollowUpKey('ABCDE')).toThrow('not a follow-up key');
    expect(normaliseFollowUpKey('abcde fghjk mnpqr stvwx yz012')).toBe('ABCDEFGHJKMNPQRSTVWXYZ012');
  });

  it('match their hash however typed, and nothing else', () => {
    fc.assert(
      fc.property(
        symbols(25),
        symbols(25),
        fc.array(fc.nat(), { minLength: 1 }),
        (a, b, choices) => {
          const key = a.match(/.{5}/g)!.join('-');
          const stored = hashFollowUpKey(key);
          expect(followUpKeyMatches(key, stored)).toBe(true);
          expect(followUpKeyMatches(sloppy(key, choices), stored)).toBe(true);
          expect(followUpKeyMatches(b, stored)).toBe(a === b);
        },
      ),
    );
  });

  it('return false, never throw, for malformed input', () => {
    const key = newFollowUpKey();
    const stored = hashFollowUpKey(key);
    for (const candidate of ['', 'ABCDE', key + 'A', key.replace(/.$/, 'U'), '🔑'.repeat(25)])
      expect(followUpKeyMatches(candidate, stored)).toBe(false);
    for (const hash of ['', 'abc', stored.slice(2), stored + '00', 'z'.repeat(64)])
      expect(followUpKeyMatches(key, hash)).toBe(false);
    expect(followUpKeyMatches(null as unknown as string, stored)).toBe(false);
    expect(followUpKeyMatches(key, undefined as unknown as string)).toBe(false);
    expect(followUpKeyMatches(key, stored.toUpperCase())).toBe(true);
  });

  it('compare in constant time, on buffers of equal length', () => {
    timingSafeEqual.mockClear();
    const key = newFollowUpKey();
    const stored = hashFollowUpKey(key);
    followUpKeyMatches(key, stored);
    followUpKeyMatches(newFollowUpKey(), stored);
    followUpKeyMatches('short', stored); // malformed: refused before any comparison
    followUpKeyMatches(key, stored.slice(1));
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    for (const [a, b] of timingSafeEqual.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});
