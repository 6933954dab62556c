import type { RiskFactor, RiskFactorCode } from './types';

export type RiskFactorGroup =
  'inherent' | 'recruitment' | 'evidence' | 'visibility' | 'chain' | 'adjustment';

interface FactorDescription {
  label: string;
  group: RiskFactorGroup;
  /** Whether a supplier can change it by what it does (fees, evidence, corrective actions). */
  actionable: boolean;
}

export const FACTOR_DESCRIPTIONS: { readonly [C in RiskFactorCode]: FactorDescription } = {
  country: { label: 'Country: US TIP Report tier', group: 'inherent', actionable: false },
  slavery_index: { label: 'Country: Global Slavery Index', group: 'inherent', actionable: false },
  sector: { label: 'Sector inherent risk', group: 'inherent', actionable: false },
  commodity: {
    label: 'Products on the US DOL List of Goods',
    group: 'inherent',
    actionable: false,
  },
  workforce: { label: 'Migrant and agency workers', group: 'inherent', actionable: false },
  recruitment: {
    label: 'Recruitment-fee practice of agencies',
    group: 'recruitment',
    actionable: true,
  },
  findings: { label: 'Audit findings', group: 'evidence', actionable: true },
  questionnaire: {
    label: 'Questionnaire: indicators flagged',
    group: 'evidence',
    actionable: true,
  },
  corrective_actions: {
    label: 'Open and overdue corrective actions',
    group: 'evidence',
    actionable: true,
  },
  grievances: { label: 'Worker grievances', group: 'evidence', actionable: true },
  clean_audit: {
    label: 'Recent audit without serious findings',
    group: 'evidence',
    actionable: true,
  },
  bounds: { label: 'Kept within 0–100', group: 'adjustment', actionable: false },
  visibility: { label: 'Visibility: what is not known', group: 'visibility', actionable: true },
  finding_floor: { label: 'Floor set by findings', group: 'adjustment', actionable: true },
  chain: { label: 'Upstream suppliers (chain risk)', group: 'chain', actionable: false },
};

export interface DescribedFactor extends RiskFactor, FactorDescription {}

export function describeFactor(factor: RiskFactor): DescribedFactor {
  return { ...factor, ...FACTOR_DESCRIPTIONS[factor.code] };
}

/** The factor that adds the most points (the first of equals, in explanation order). */
export function mainFactor(factors: readonly RiskFactor[]): RiskFactor | null {
  let best: RiskFactor | null = null;
  for (const factor of factors) if (!best || factor.points > best.points) best = factor;
  return best;
}

/** A factor's source, read back: a reference table row, or the records it counted. */
export type FactorSource =
  | { kind: 'reference'; table: string; editionId: string; row: string }
  | { kind: 'records'; records: Array<{ type: string; id: string }> }
  | { kind: 'none' };

export function parseFactorSource(source: string): FactorSource {
  const reference = /^([a-z0-9-]+)@([^#]+)#(.*)$/.exec(source);
  if (reference)
    return { kind: 'reference', table: reference[1], editionId: reference[2], row: reference[3] };
  if (source === '') return { kind: 'none' };
  return {
    kind: 'records',
    records: source.split(',').map((record) => {
      const [type, id] = record.split(':');
      return { type, id };
    }),
  };
}
