import { SECTORS } from '../../reference/sectors';
import type { TipTier } from '../reference/tip-tiers';
import { matchesGood, productWords } from './products';
import { referenceSource, type RiskReference } from './reference-set';
import { selfReportedWorkforce } from './self-reported';
import type { RiskFactor, SiteRiskInput } from './types';

/**
 * Inherent risk: what the site's place in the world says before any evidence. Points are the
 * model's weights (RISK_MODEL.md explains each). Unknown inputs score as elevated, never as zero.
 */
export const TIP_TIER_POINTS: { readonly [T in TipTier]: number } = {
  'Tier 1': 4,
  'Tier 2': 12,
  'Tier 2 Watch List': 20,
  'Tier 3': 28,
  // Governments the report does not rank for want of access or a functioning state (e.g. Libya):
  // nearly as bad as Tier 3, and never better than the Watch List.
  'Special Case': 24,
};
/** A country the TIP table does not rank: treated as Watch List level, and flagged as unknown. */
export const UNKNOWN_COUNTRY_POINTS = 20;
export const SECTOR_UNKNOWN_POINTS = 15;
export const COMMODITY_POINTS = { forced: 15, child: 8, downstreamForced: 10, downstreamChild: 6 };
export const WORKFORCE_POINTS = { migrantShare: 10, agencyShare: 5, notReported: 5 };

export interface InherentResult {
  factors: RiskFactor[];
  /** Why the score may not be low whatever the points say (see the visibility floor). */
  unknowns: string[];
}

export function inherentFactors(input: SiteRiskInput, reference: RiskReference): InherentResult {
  const unknowns: string[] = [];
  const factors: RiskFactor[] = [
    countryFactor(input, reference, unknowns),
    slaveryIndexFactor(input, reference),
    sectorFactor(input, reference, unknowns),
    commodityFactor(input, reference),
    workforceFactor(input),
  ];
  return { factors, unknowns };
}

function countryFactor(
  input: SiteRiskInput,
  reference: RiskReference,
  unknowns: string[],
): RiskFactor {
  const iso2 = input.country.toUpperCase();
  const source = referenceSource(reference, 'tip-tiers', iso2);
  const row = reference.tipByCountry.get(iso2);
  if (!row || row.tier === null) {
    const note = row
      ? `not ranked in the ${reference.editions['tip-tiers'].edition} TIP Report: unknown, not Tier 1`
      : `"${input.country}" is not a country the TIP table knows`;
    unknowns.push('country risk unknown');
    return { code: 'country', points: UNKNOWN_COUNTRY_POINTS, value: null, source, note };
  }
  return { code: 'country', points: TIP_TIER_POINTS[row.tier], value: row.tier, source };
}

/**
 * Walk Free Global Slavery Index, when the organisation has loaded its own licensed copy:
 * prevalence up to 6 points (0.4 per 1,000 people), vulnerability up to 4, weak government
 * response up to 2. Absent → 0 points and the explanation says it was not used.
 */
function slaveryIndexFactor(input: SiteRiskInput, reference: RiskReference): RiskFactor {
  const iso2 = input.country.toUpperCase();
  const source = referenceSource(reference, 'slavery-index', iso2);
  if (!reference.slaveryIndexByCountry)
    return {
      code: 'slavery_index',
      points: 0,
      value: null,
      source,
      note: 'Global Slavery Index not loaded (optional; your organisation can load its licensed copy)',
    };
  const row = reference.slaveryIndexByCountry.get(iso2);
  if (!row)
    return {
      code: 'slavery_index',
      points: 0,
      value: null,
      source,
      note: 'country not in the loaded Global Slavery Index edition',
    };
  const missing: string[] = [];
  const part = (value: number | null, name: string, score: (v: number) => number): number => {
    if (value === null) {
      missing.push(name);
      return 0;
    }
    return score(value);
  };
  const points = Math.round(
    part(row.prevalencePer1000, 'prevalence', (v) => Math.min(6, v * 0.4)) +
      part(row.vulnerability, 'vulnerability', (v) => (v / 100) * 4) +
      part(row.governmentResponse, 'government response', (v) => ((100 - v) / 100) * 2),
  );
  return {
    code: 'slavery_index',
    points,
    value: row.prevalencePer1000,
    source,
    ...(missing.length ? { note: `not known in the loaded edition: ${missing.join(', ')}` } : {}),
  };
}

function sectorFactor(
  input: SiteRiskInput,
  reference: RiskReference,
  unknowns: string[],
): RiskFactor {
  const source = referenceSource(reference, 'sector-weights', input.sector);
  const row = reference.sectorWeights.get(input.sector);
  if (!row) {
    unknowns.push('sector unknown');
    return {
      code: 'sector',
      points: SECTOR_UNKNOWN_POINTS,
      value: input.sector || null,
      source,
      note: 'sector not in the weights table: treated as elevated',
    };
  }
  return { code: 'sector', points: row.weight, value: input.sector, source };
}

/** Goods on the DOL list for this country that the site's products name (worst listing wins). */
function commodityFactor(input: SiteRiskInput, reference: RiskReference): RiskFactor {
  const iso2 = input.country.toUpperCase();
  const dolEdition = reference.editions['dol-goods'].edition;
  if (!input.products?.trim())
    return {
      code: 'commodity',
      points: 0,
      value: null,
      source: '',
      note: 'no products recorded for the site: the DOL list could not be checked',
    };
  const words = productWords(input.products);
  let best: RiskFactor | null = null;
  const consider = (points: number, value: string, source: string, note: string): void => {
    if (!best || points > best.points) best = { code: 'commodity', points, value, source, note };
  };
  for (const { row, pattern } of reference.goodsByCountry.get(iso2) ?? []) {
    if (!matchesGood(words, pattern)) continue;
    const kind = row.forcedLabour ? 'forced' : 'child';
    consider(
      COMMODITY_POINTS[kind],
      row.good,
      referenceSource(reference, 'dol-goods', `${row.good}|${row.iso2}`),
      `on the DOL list (${row.edition}) for ${kind} labour${row.forcedLabour && row.childLabour ? ' and child labour' : ''}`,
    );
  }
  for (const { row, pattern } of reference.downstreamByCountry.get(iso2) ?? []) {
    if (!matchesGood(words, pattern)) continue;
    const forced = row.inputForcedLabour;
    consider(
      forced ? COMMODITY_POINTS.downstreamForced : COMMODITY_POINTS.downstreamChild,
      row.good,
      referenceSource(reference, 'dol-downstream', `${row.good}|${row.iso2}|${row.inputGood}`),
      `made with ${row.inputGood} from ${row.inputIso2}, listed for ${forced ? 'forced' : 'child'} labour (DOL ${row.edition})`,
    );
  }
  return (
    best ?? {
      code: 'commodity',
      points: 0,
      value: input.products.trim().slice(0, 200),
      source: referenceSource(reference, 'dol-goods', iso2),
      note: `not in our data: our extract of the DOL list (${dolEdition}) is partial, so this is not known to be clear`,
    }
  );
}

function workforceFactor(input: SiteRiskInput): RiskFactor {
  const { total, migrant, agency } = input.workforce;
  const reported = selfReportedWorkforce(input);
  if (reported)
    return sharesFactor(
      reported.migrantShare / 100,
      reported.agencyShare / 100,
      `questionnaire:${reported.id}`,
      ` (self-assessment of ${reported.submittedOn}; the site record has no workforce)`,
    );
  if (total <= 0)
    return {
      code: 'workforce',
      points: WORKFORCE_POINTS.notReported,
      value: null,
      source: '',
      note: 'workforce not reported: migrant and agency shares unknown',
    };
  return sharesFactor(migrant / total, agency / total, '', ` of ${total} workers`);
}

/** Workforce points from the migrant and agency shares (0–1; outside it, held to it). */
function sharesFactor(migrant: number, agency: number, source: string, said: string): RiskFactor {
  const migrantShare = Math.min(1, Math.max(0, migrant));
  const agencyShare = Math.min(1, Math.max(0, agency));
  return {
    code: 'workforce',
    points: Math.round(
      migrantShare * WORKFORCE_POINTS.migrantShare + agencyShare * WORKFORCE_POINTS.agencyShare,
    ),
    value: Math.round(migrantShare * 100) / 100,
    source,
    note: `migrant ${Math.round(migrantShare * 100)}%, agency ${Math.round(agencyShare * 100)}%${said}`,
  };
}

const MANUFACTURING = new Set(
  SECTORS.filter((sector) =>
    sector.isicDivisions.some((division) => Number(division) >= 10 && Number(division) <= 33),
  ).map((sector) => sector.code),
);

/** Manufacturing and processing sites have inputs: with none mapped, their sub-tiers are unknown. */
export function needsUpstreamMapping(sector: string): boolean {
  return MANUFACTURING.has(sector);
}
