import { ILO_INDICATORS, IloIndicator } from '../risk/indicators';

/**
 * What a worker picks when reporting a grievance. One category per ILO indicator of forced labour
 * (docs/domain.md §2), worded as a worker would say it rather than as the ILO names it, plus the
 * common grievances that are not forced-labour indicators. Codes are stored and sent; labels may
 * be reworded (and translated) without a migration. The list keeps the ILO order, then the others.
 */

export interface GrievanceCategoryTerm {
  readonly code: GrievanceCategory;
  readonly label: string;
  /** The ILO indicators a report in this category points to (none for the non-ILO categories). */
  readonly indicators: readonly IloIndicator[];
}

/**
 * A Record, so an indicator added to ILO_INDICATORS does not compile here until it has a
 * worker-facing label.
 */
const INDICATOR_LABELS: Readonly<Record<IloIndicator, string>> = {
  abuse_of_vulnerability:
    'Someone takes advantage of my situation (for example my visa, my debts or having no other work)',
  deception: 'I was lied to about the job, the pay or the conditions',
  restriction_of_movement: 'I am not free to leave the workplace or the place where I live',
  isolation: 'I am kept away from other people or cannot contact my family',
  physical_sexual_violence: 'I was hit, hurt or sexually abused',
  intimidation_threats:
    'I am threatened (for example with dismissal, the police or being sent home)',
  retention_of_documents: 'My passport or ID is kept from me',
  withholding_of_wages: 'My pay is held back, paid late or not paid',
  debt_bondage: 'I have to keep working to pay off a debt (for example recruitment fees)',
  abusive_conditions: 'Where I work or live is degrading, overcrowded or dirty',
  excessive_overtime: 'I am made to work too many hours or without days off',
};

const OTHER_CATEGORIES = [
  { code: 'health_and_safety', label: 'My work is dangerous or is making me ill' },
  {
    code: 'discrimination',
    label: 'I am treated unfairly because of who I am (for example my sex, religion or origin)',
  },
  { code: 'other', label: 'Something else' },
] as const;

export type GrievanceCategory = IloIndicator | (typeof OTHER_CATEGORIES)[number]['code'];

export const GRIEVANCE_CATEGORIES: ReadonlyArray<GrievanceCategoryTerm> = [
  ...ILO_INDICATORS.map(({ code }) => ({
    code,
    label: INDICATOR_LABELS[code],
    indicators: [code],
  })),
  ...OTHER_CATEGORIES.map(({ code, label }) => ({ code, label, indicators: [] })),
];

const BY_CODE = new Map<string, GrievanceCategoryTerm>(
  GRIEVANCE_CATEGORIES.map((category) => [category.code, category]),
);

export function isGrievanceCategory(value: unknown): value is GrievanceCategory {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function grievanceCategoryLabel(category: GrievanceCategory): string {
  return BY_CODE.get(category)?.label ?? category;
}

/** The ILO indicators a grievance in this category points to, for the risk model. */
export function grievanceCategoryIndicators(category: GrievanceCategory): readonly IloIndicator[] {
  return BY_CODE.get(category)?.indicators ?? [];
}
