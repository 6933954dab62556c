import { DOL_GOODS_REFERENCE } from '../reference/dol-goods';
import type { RecruitmentPart, RiskFactor, RiskFactorCode } from './types';

/**
 * Storage form of an explanation: positional tuples, and the model's fixed phrases replaced by
 * their number in PHRASES. Half the bytes of plain JSON, which is most of the cost of writing
 * 100,000 scores. Decoding gives back exactly the factors that were encoded (tested).
 *
 * PHRASES is append-only: stored explanations refer to phrases by position.
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
type EncodedPart = [string, string, number, number, EncodedText[]];
type EncodedFactor =
  | [RiskFactorCode, number, RiskFactor['value'], string]
  | [RiskFactorCode, number, RiskFactor['value'], string, EncodedText | null]
  | [RiskFactorCode, number, RiskFactor['value'], string, EncodedText | null, EncodedPart[]];

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

export function encodeFactors(factors: readonly RiskFactor[]): string {
  return JSON.stringify(
    factors.map((factor): EncodedFactor => {
      const head: [RiskFactorCode, number, RiskFactor['value'], string] = [
        factor.code,
        factor.points,
        factor.value,
        factor.source,
      ];
      const note = factor.note === undefined ? null : encodeText(factor.note);
      if (factor.parts)
        return [
          ...head,
          note,
          factor.parts.map((part): EncodedPart => [
            part.engagementId,
            part.agencyId,
            part.workersPlaced,
            part.points,
            part.reasons.map(encodeText),
          ]),
        ];
      return note === null ? head : [...head, note];
    }),
  );
}

export function decodeFactors(stored: unknown): RiskFactor[] {
  return (stored as EncodedFactor[]).map((tuple) => {
    const [code, points, value, source, note, parts] = tuple as [
      RiskFactorCode,
      number,
      RiskFactor['value'],
      string,
      EncodedText | null | undefined,
      EncodedPart[] | undefined,
    ];
    const factor: RiskFactor = { code, points, value, source };
    if (note !== undefined && note !== null) factor.note = decodeText(note);
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
