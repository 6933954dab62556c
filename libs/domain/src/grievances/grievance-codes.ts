import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The codes of the anonymous grievance channel, all written in Crockford's base32 (digits and
 * capital letters without I, L, O and U): nothing to confuse when read off a poster or typed on
 * a phone, and no accidental words. Readers are forgiving: case, spaces and dashes do not matter,
 * O reads as 0, and I and L read as 1.
 *
 * - A channel code (XXXX-XXXX-XX, 50 bits) names an organisation's channel; it is printed on
 *   posters and cards, so it is not secret. Random rather than a slug, so that a code does not
 *   say whose channel it is to someone who finds the card.
 * - A case reference (GR-XXXX-XXXX, 40 bits) names one case, for the reporter and the case
 *   handlers to talk about it. Not secret either: it grants nothing.
 * - A follow-up key (five groups of five, 125 bits) is the reporter's secret: with it, and only
 *   with it, they read replies and add messages. It is shown once and only its hash is stored.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const CHANNEL_CODE_SYMBOLS = 10;
const CASE_REFERENCE_SYMBOLS = 8;
const FOLLOW_UP_KEY_SYMBOLS = 25;
const CASE_REFERENCE_PREFIX = 'GR';

/** `count` uniformly random symbols: 256 is a multiple of 32, so a byte mod 32 has no bias. */
function randomSymbols(count: number): string {
  return Array.from(randomBytes(count), (byte) => CROCKFORD_ALPHABET[byte % 32]).join('');
}

function group(symbols: string, size: number): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += size) groups.push(symbols.slice(i, i + size));
  return groups.join('-');
}

/** Spaces (any kind) and dashes, including the ones phones and word processors substitute. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;
const SYMBOLS = /^[0-9A-HJKMNP-TV-Z]*$/;

/** Upper case, separators dropped, look-alikes mapped; null unless only alphabet symbols remain. */
function symbolsOf(input: string): string | null {
  // ASCII letters only: String#toUpperCase would also turn 'ß' into 'SS' and 'ı' into 'I'.
  const symbols = input
    .replace(/[a-z]/g, (letter) => letter.toUpperCase())
    .replace(SEPARATORS, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return SYMBOLS.test(symbols) ? symbols : null;
}

// ---------------------------------------------------------------------------------------------
// Channel codes

export function newChannelCode(): string {
  return group(randomSymbols(CHANNEL_CODE_SYMBOLS), 4);
}

/** The 10 symbols of a channel code as typed in any form, without separators; null if not one. */
export function normaliseChannelCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const symbols = symbolsOf(input);
  return symbols !== null && symbols.length === CHANNEL_CODE_SYMBOLS ? symbols : null;
}

/** The grouped form XXXX-XXXX-XX of a channel code given in any form; throws if it is not one. */
export function formatChannelCode(code: string): string {
  const symbols = normaliseChannelCode(code);
  if (symbols === null) throw new Error('not a channel code');
  return group(symbols, 4);
}

// ---------------------------------------------------------------------------------------------
// Case references

export function newCaseReference(): string {
  return `${CASE_REFERENCE_PREFIX}-${group(randomSymbols(CASE_REFERENCE_SYMBOLS), 4)}`;
}

/**
 * The canonical GR-XXXX-XXXX form of a case reference typed with or without its GR prefix; null if
 * not one. Ten symbols starting GR are the prefix and eight; eight symbols are the reference alone.
 */
export function normaliseCaseReference(input: string): string | null {
  if (typeof input !== 'string') return null;
  let symbols = symbolsOf(input);
  if (symbols === null) return null;
  if (
    symbols.length === CASE_REFERENCE_PREFIX.length + CASE_REFERENCE_SYMBOLS &&
    symbols.startsWith(CASE_REFERENCE_PREFIX)
  )
    symbols = symbols.slice(CASE_REFERENCE_PREFIX.length);
  if (symbols.length !== CASE_REFERENCE_SYMBOLS) return null;
  return `${CASE_REFERENCE_PREFIX}-${group(symbols, 4)}`;
}

// ---------------------------------------------------------------------------------------------
// Follow-up keys

export function newFollowUpKey(): string {
  return group(randomSymbols(FOLLOW_UP_KEY_SYMBOLS), 5);
}

/** The 25 symbols of a follow-up key as typed in any form, without separators; null if not one. */
export function normaliseFollowUpKey(input: string): string | null {
  if (typeof input !== 'string') return null;
  const symbols = symbolsOf(input);
  return symbols !== null && symbols.length === FOLLOW_UP_KEY_SYMBOLS ? symbols : null;
}

/**
 * What is stored instead of the key: SHA-256 (hex) of its normalised symbols. A fast, unsalted
 * hash is enough here, unlike for passwords: the key is 125 random bits chosen by us, not by a
 * person, so there is no dictionary to try and a brute-force search of 2^125 keys is out of
 * reach however fast the hash. It also lets a key be looked up by its hash. Throws if `key` is
 * not a follow-up key (the caller hashes keys it has just made).
 */
export function hashFollowUpKey(key: string): string {
  const symbols = normaliseFollowUpKey(key);
  if (symbols === null) throw new Error('not a follow-up key');
  return sha256Hex(symbols);
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * Whether a key typed by someone matches the stored hash, compared in constant time. False (never
 * an error) for anything malformed, so a caller cannot tell a malformed key from a wrong one.
 */
export function followUpKeyMatches(candidate: string, storedHash: string): boolean {
  if (typeof storedHash !== 'string' || !SHA256_HEX.test(storedHash)) return false;
  const symbols = normaliseFollowUpKey(candidate);
  if (symbols === null) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(sha256Hex(symbols), 'hex');
  // Both are 32 bytes (SHA-256), as timingSafeEqual requires.
  return timingSafeEqual(actual, expected);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
