import type { RiskReference } from './reference-set';

/** TIP placements that make a country "high risk" when people filter for it. */
export const HIGH_RISK_TIP_TIERS: readonly string[] = [
  'Tier 2 Watch List',
  'Tier 3',
  'Special Case',
];

/**
 * The countries that are NOT high risk under the reference's TIP table (Tier 1 and Tier 2). A
 * filter for high-risk countries keeps every other country, so an unranked or unknown country
 * counts as high risk (unknown is never low).
 */
export function countriesRankedBelowHighRisk(reference: RiskReference): string[] {
  const lower: string[] = [];
  for (const [country, row] of reference.tipByCountry)
    if (row.tier !== null && !HIGH_RISK_TIP_TIERS.includes(row.tier)) lower.push(country);
  return lower.sort();
}
