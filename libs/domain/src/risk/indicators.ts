/**
 * The ILO indicators of forced labour, in the ILO's order and with its names (ILO, "ILO Indicators
 * of Forced Labour", 2012; listed in docs/domain.md §2). Questionnaire answers and audit findings
 * are tagged with these codes.
 */
export const ILO_INDICATORS = [
  { code: 'abuse_of_vulnerability', name: 'Abuse of vulnerability' },
  { code: 'deception', name: 'Deception' },
  { code: 'restriction_of_movement', name: 'Restriction of movement' },
  { code: 'isolation', name: 'Isolation' },
  { code: 'physical_sexual_violence', name: 'Physical and sexual violence' },
  { code: 'intimidation_threats', name: 'Intimidation and threats' },
  { code: 'retention_of_documents', name: 'Retention of identity documents' },
  { code: 'withholding_of_wages', name: 'Withholding of wages' },
  { code: 'debt_bondage', name: 'Debt bondage' },
  { code: 'abusive_conditions', name: 'Abusive working and living conditions' },
  { code: 'excessive_overtime', name: 'Excessive overtime' },
] as const;

export type IloIndicator = (typeof ILO_INDICATORS)[number]['code'];

const CODES = new Set<string>(ILO_INDICATORS.map((indicator) => indicator.code));

export function isIloIndicator(code: string): code is IloIndicator {
  return CODES.has(code);
}

const NAMES = new Map<string, string>(
  ILO_INDICATORS.map((indicator) => [indicator.code, indicator.name]),
);

/** The ILO's name of an indicator, for reports; an unknown code is printed as it is. */
export function indicatorName(code: string): string {
  return NAMES.get(code) ?? code;
}
