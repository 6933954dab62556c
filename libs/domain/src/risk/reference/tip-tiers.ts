import { TIP_TIER_ROWS } from './tip-tiers.data';

export const TIP_TIERS = [
  'Tier 1',
  'Tier 2',
  'Tier 2 Watch List',
  'Tier 3',
  'Special Case',
] as const;
export type TipTier = (typeof TIP_TIERS)[number];

export interface TipTierRow {
  iso2: string;
  /** null: not ranked in this edition. That is "unknown", never Tier 1. */
  tier: TipTier | null;
  /** The 2024 placement where a source states it (some are inferred: see `source`). */
  previousTier: TipTier | null;
  /** Where the value comes from (repository@commit or URL), and any doubt about it. */
  source: string;
}

/** Provenance of the table as a whole; every row also carries its own source. */
export const TIP_TIERS_REFERENCE = {
  id: 'us-tip-report',
  title: 'US Department of State, Trafficking in Persons Report: tier placements',
  edition: 2025,
  released: '2025-09-29',
  previousEdition: 2024,
  licence: 'US government work, public domain',
  coverage:
    '188 governments and territories ranked; the other ISO 3166-1 codes are unranked (unknown). ' +
    'Tier 2 Watch List, Tier 3 and Special Case agree across two sources; most Tier 1 and Tier 2 ' +
    'rows rest on one transcription, spot-checked (26 confirmed, none contradicted).',
} as const;

export type CountryTipPlacement =
  | { known: true; tier: TipTier; previousTier: TipTier | null; source: string }
  | { known: false; reason: string };

const BY_COUNTRY = new Map(TIP_TIER_ROWS.map((row) => [row.iso2, row]));

/** The country's placement in the 2025 report, or why it is unknown (never a guess). */
export function tipPlacement(iso2: string): CountryTipPlacement {
  const row = BY_COUNTRY.get(iso2.toUpperCase());
  if (!row) return { known: false, reason: `"${iso2}" is not an ISO 3166-1 country code` };
  if (row.tier === null)
    return {
      known: false,
      reason: `not ranked in the ${TIP_TIERS_REFERENCE.edition} TIP Report: unknown, not Tier 1`,
    };
  return { known: true, tier: row.tier, previousTier: row.previousTier, source: row.source };
}
