import type { TemplateDefinition } from '../template-types';
import { AGENCY_FEE_SURVEY } from './agency-fee-survey';
import { SUPPLIER_SELF_ASSESSMENT } from './supplier-self-assessment';

export { AGENCY_COST_QUESTIONS, AGENCY_FEE_SURVEY, WHO_PAYS_VALUES } from './agency-fee-survey';
export { SUPPLIER_SELF_ASSESSMENT } from './supplier-self-assessment';
export { BUILT_IN_TRANSLATIONS } from './translations';

/** The questionnaire templates that ship with the product. */
export const BUILT_IN_TEMPLATES: readonly TemplateDefinition[] = [
  SUPPLIER_SELF_ASSESSMENT,
  AGENCY_FEE_SURVEY,
];
