/**
 * The values the public grievance forms post and the case states they show. Labels for each value
 * are in the translation files (strings/*.json); these codes never change with the language.
 */

/** What a report is about: the worker-facing form of the ILO forced-labour indicators, plus other. */
export const CHANNEL_CATEGORIES = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_sexual_violence',
  'intimidation_threats',
  'retention_of_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_conditions',
  'excessive_overtime',
  'health_and_safety',
  'discrimination',
  'other',
] as const;
export type ChannelCategory = (typeof CHANNEL_CATEGORIES)[number];

/** Answer to "how many workers does it affect?". */
export const CHANNEL_WORKERS_AFFECTED = ['just_me', 'a_few', 'many', 'unknown'] as const;
export type ChannelWorkersAffected = (typeof CHANNEL_WORKERS_AFFECTED)[number];

/** Answer to "how should we reply?": only contact_me comes with contact details. */
export const CHANNEL_CONTACT_PREFERENCES = ['none', 'check_replies_here', 'contact_me'] as const;
export type ChannelContactPreference = (typeof CHANNEL_CONTACT_PREFERENCES)[number];

/** Where a case stands, as the reporter sees it on the follow-up page. */
export const CHANNEL_CASE_STATUSES = [
  'received',
  'acknowledged',
  'investigating',
  'outcome_recorded',
  'closed',
] as const;
export type ChannelCaseStatus = (typeof CHANNEL_CASE_STATUSES)[number];

/** Names of the intake form's fields, as posted (application/x-www-form-urlencoded). */
export const INTAKE_FORM_FIELDS = [
  'category',
  'description',
  'happenedOn',
  'workersAffected',
  'contactPreference',
  'contactDetails',
  'lang',
] as const;
export type IntakeFormField = (typeof INTAKE_FORM_FIELDS)[number];
