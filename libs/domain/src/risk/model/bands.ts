/** Score bands (0–100, integers). A band is a fact about a score, so both live in the model. */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** Lowest score of each band above "low". */
export const BAND_FLOORS = { medium: 30, high: 55, critical: 75 } as const;

export function bandOf(score: number): RiskBand {
  if (score >= BAND_FLOORS.critical) return 'critical';
  if (score >= BAND_FLOORS.high) return 'high';
  if (score >= BAND_FLOORS.medium) return 'medium';
  return 'low';
}
