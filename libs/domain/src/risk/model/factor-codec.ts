import { DOL_GOODS_REFERENCE } from '../reference/dol-goods';
import { REFERENCE_TABLE_NAMES } from '../reference/edition-csv';
import { REFERENCE_SOURCE_IDS, referenceEditionsOf } from './reference-set';
import { RISK_FACTOR_CODES, type RecruitmentPart, type RiskFactor } from './types';

/**
 * Storage form of an explanation: positional tuples; factor codes and the model's fixed phrases
 * replaced by their position in RISK_FACTOR_CODES and PHRASES; a reference source written as
 * [table, row], its edition being the one the score's reference version names. About a third of
 * the bytes of plain JSON, and bytes are most of the cost of writing 100,000 scores. Decoding
 * (with the same reference version) gives back exactly the factors encoded (tested).
 *
 * RISK_FACTOR_CODES, PHRASES and REFERENCE_TABLE_NAMES are append-only: stored explanations refer to
 * their entries by position.
 */
const DOL_EDITIONS = [DOL_GOODS_REFERENCE.edition, 2022];
export const PHRASES: readonly string[] = [
  'Global Slavery Index not loaded (optional; your organisation can load its licensed copy)',
  'country not in the loaded Global Slavery Index edition',
  'sector not in the weights table: treated as elevated',
  'no products recorded for the site: the DOL list could not be checked',
  'workforce not reported: migrant and agency shares unknown',
  'no agencies engaged',
  'fees paid by workers not known',
  'deposit required',
  'deposit: not known',
  "retains workers' identity documents",
  'document retention: not known',
  "no contract in the worker's language",
  "contract in the worker's language: not known",
  'loans offered to workers',
  'licence status not known',
  'Employer Pays commitment, no fees charged',
  'licence unlicensed',
  'licence revoked',
  'licence suspended',
  'licence expired',
  'country risk unknown',
  'sector unknown',
  'no evidence: no questionnaire or audit in the last two years',
  'sub-tiers unmapped: none of its suppliers is mapped',
  'audited in the last two years with no critical or major finding',
  'capped at 100',
  'raised to 0',
  ...DOL_EDITIONS.flatMap((edition) => [
    `not in our data: our extract of the DOL list (${edition}) is partial, so this is not known to be clear`,
    `on the DOL list (${edition}) for forced labour and child labour`,
    `on the DOL list (${edition}) for forced labour`,
    `on the DOL list (${edition}) for child labour`,
  ]),
];
const PHRASE_INDEX = new Map(PHRASES.map((phrase, index) => [phrase, index]));
/** Notes made of several phrases (the visibility reasons) are stored as a list of numbers. */
const JOIN = '; ';

type EncodedText = number | number[] | string;
type EncodedSource = string | [number, string];
type EncodedPart = [string, string, number, number, EncodedText[]];
type EncodedFactor = [
  number,
  number,
  RiskFactor['value'],
  EncodedSource,
  EncodedText?,
  EncodedPart[]?,
];

const CODE_INDEX = new Map<string, number>(RISK_FACTOR_CODES.map((code, index) => [code, index]));

const prefixCache = new Map<string, string[]>();

/** Each table's "source id@edition#" prefix under a stored reference version (cached: per site). */
function sourcePrefixes(referenceVersion: string): string[] {
  let prefixes = prefixCache.get(referenceVersion);
  if (!prefixes) {
    const editions = referenceEditionsOf(referenceVersion);
    prefixes = REFERENCE_TABLE_NAMES.map(
      (table) => `${REFERENCE_SOURCE_IDS[table]}@${editions[table]}#`,
    );
    // Versions are few (one per loaded edition), but bound it anyway.
    if (prefixCache.size > 100) prefixCache.clear();
    prefixCache.set(referenceVersion, prefixes);
  }
  return prefixes;
}

function encodeText(text: string): EncodedText {
  const whole = PHRASE_INDEX.get(text);
  if (whole !== undefined) return whole;
  if (!text.includes(JOIN)) return text;
  const parts: number[] = [];
  for (const part of text.split(JOIN)) {
    const index = PHRASE_INDEX.get(part);
    if (index === undefined) return text;
    parts.push(index);
  }
  return parts;
}

function decodeText(encoded: EncodedText): string {
  if (typeof encoded === 'number') return PHRASES[encoded];
  if (Array.isArray(encoded)) return encoded.map((index) => PHRASES[index]).join(JOIN);
  return encoded;
}

function encodeSource(source: string, prefixes: readonly string[]): EncodedSource {
  for (let table = 0; table < prefixes.length; table++)
    if (source.startsWith(prefixes[table])) return [table, source.slice(prefixes[table].length)];
  return source;
}

/** The explanation as stored with a score produced under `referenceVersion`. */
export function encodeFactors(factors: readonly RiskFactor[], referenceVersion: string): string {
  const prefixes = sourcePrefixes(referenceVersion);
  return JSON.stringify(
    factors.map((factor): EncodedFactor => {
      const tuple: EncodedFactor = [
        CODE_INDEX.get(factor.code)!,
        factor.points,
        factor.value,
        encodeSource(factor.source, prefixes),
      ];
      if (factor.note !== undefined || factor.parts)
        tuple.push(factor.note === undefined ? '' : encodeText(factor.note));
      if (factor.parts)
        tuple.push(
          factor.parts.map((part): EncodedPart => [
            part.engagementId,
            part.agencyId,
            part.workersPlaced,
            part.points,
            part.reasons.map(encodeText),
          ]),
        );
      return tuple;
    }),
  );
}

export function decodeFactors(stored: unknown, referenceVersion: string): RiskFactor[] {
  const prefixes = sourcePrefixes(referenceVersion);
  return (stored as EncodedFactor[]).map(([code, points, value, source, note, parts]) => {
    const factor: RiskFactor = {
      code: RISK_FACTOR_CODES[code],
      points,
      value,
      source: typeof source === 'string' ? source : `${prefixes[source[0]]}${source[1]}`,
    };
    if (note !== undefined && note !== '') factor.note = decodeText(note);
    if (parts)
      factor.parts = parts.map(
        ([engagementId, agencyId, workersPlaced, partPoints, reasons]): RecruitmentPart => ({
          engagementId,
          agencyId,
          workersPlaced,
          points: partPoints,
          reasons: reasons.map(decodeText),
        }),
      );
    return factor;
  });
}
