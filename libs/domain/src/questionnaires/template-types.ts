import type { IloIndicator } from '../risk/indicators';

/**
 * Questionnaire templates: what a template version holds. A published version never changes;
 * answers refer to question ids and option values only (never to text), so results compare
 * across languages and translations can be added without touching them.
 */
export const QUESTION_TYPES = [
  'yes_no',
  'single_choice',
  'multiple_choice',
  'integer',
  'money',
  'percentage',
  'date',
  'text',
  'file',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Who answers a template: a supplier site, or a recruitment agency (filled on its behalf). */
export const TEMPLATE_AUDIENCES = ['supplier', 'agency'] as const;
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

/** Stable ids for sections, questions and option values: lower case, digits, `_ . -`. */
export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9_.-]{0,63}$/;

/** Risk weights are points on a 0–10 scale per option or band. */
export const MAX_RISK_WEIGHT = 10;

export interface OptionDefinition {
  /** Stored in answers; never translated. */
  value: string;
  /** In the template's base language. */
  label: string;
  /** 0 (no concern) to 10 (a clear sign of forced labour). */
  riskWeight: number;
  /** The ILO indicators this answer evidences when its weight is above 0. */
  indicators: IloIndicator[];
}

/** For integer and percentage answers: values from `from` (inclusive) to `to` (exclusive). */
export interface NumericRiskBand {
  from: number;
  to?: number;
  riskWeight: number;
  indicators: IloIndicator[];
}

/** Show the question only when the earlier question `question` was answered with one of `in`. */
export interface DisplayCondition {
  question: string;
  in: string[];
}

/**
 * Facts the risk engine and the officer read from answers. A question carries at most one;
 * each fact is asked at most once per template.
 * - worker_fee_amount (money): recruitment fees and costs a typical worker paid in total
 * - monthly_wage (money): a typical worker's basic monthly wage (fee months = fee ÷ wage)
 * - documents_retained, deposit_required, loans_offered, contract_in_worker_language,
 *   employer_pays_committed, wages_paid_on_time (yes_no): "yes" means the practice exists
 * - migrant_share, agency_share (percentage): of the site's workforce
 */
export const FACT_KEYS = [
  'worker_fee_amount',
  'monthly_wage',
  'documents_retained',
  'deposit_required',
  'loans_offered',
  'contract_in_worker_language',
  'employer_pays_committed',
  'wages_paid_on_time',
  'migrant_share',
  'agency_share',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** The question type each fact must be asked with. */
export const FACT_QUESTION_TYPES: { readonly [K in FactKey]: QuestionType } = {
  worker_fee_amount: 'money',
  monthly_wage: 'money',
  documents_retained: 'yes_no',
  deposit_required: 'yes_no',
  loans_offered: 'yes_no',
  contract_in_worker_language: 'yes_no',
  employer_pays_committed: 'yes_no',
  wages_paid_on_time: 'yes_no',
  migrant_share: 'percentage',
  agency_share: 'percentage',
};

export interface QuestionDefinition {
  id: string;
  type: QuestionType;
  /** In the template's base language. */
  text: string;
  /** Guidance for the supplier, in the base language. */
  help?: string;
  required: boolean;
  /** yes_no (exactly the values "yes" and "no"), single_choice and multiple_choice. */
  options?: OptionDefinition[];
  /** integer and percentage only. */
  riskBands?: NumericRiskBand[];
  /** integer only: inclusive limits. */
  min?: number;
  max?: number;
  showIf?: DisplayCondition;
  fact?: FactKey;
}

export interface SectionDefinition {
  id: string;
  title: string;
  description?: string;
  questions: QuestionDefinition[];
}

export interface TemplateDefinition {
  /** The template family: versions of one template share it. */
  key: string;
  title: string;
  description: string;
  /** BCP 47 language code of every text in the definition, e.g. "en". */
  baseLocale: string;
  audience: TemplateAudience;
  sections: SectionDefinition[];
}

/** An answer, language-independent. */
export type MoneyAnswer = { amountMinor: number; currency: string };
export type FileAnswer = { fileId: string };
export type AnswerValue = string | string[] | number | MoneyAnswer | FileAnswer;
/** Answers by question id. */
export type Answers = Record<string, AnswerValue>;

/**
 * Translations of a template's texts by locale, then by key:
 * `template.title`, `template.description`, `section.<id>.title`, `section.<id>.description`,
 * `question.<id>.text`, `question.<id>.help`, `option.<questionId>.<value>`.
 */
export type TemplateTranslations = Record<string, Record<string, string>>;
