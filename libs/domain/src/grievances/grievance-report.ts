import { isCalendarDate } from '../audits/calendar';
import { FieldProblem } from '../domain-error';
import { invalidFields } from '../questionnaires/validate-template';
import { GrievanceCategory, isGrievanceCategory } from './grievance-categories';
import { codesOf, guard, labeller } from './terms';

/**
 * Reading what a worker sends through the public grievance form. The sender has no account and
 * the input is untrusted JSON, so everything is checked and anything unexpected is refused rather
 * than dropped: a field we do not know about is a field we would otherwise store without meaning
 * to, and here any stored detail may identify the reporter.
 */

/** Longest report or message, in Unicode code points (what a person counts as characters). */
export const MAX_GRIEVANCE_TEXT_LENGTH = 5000;
/** Longest contact detail (a phone number, an e-mail address, a messaging handle). */
export const MAX_CONTACT_DETAILS_LENGTH = 200;
/** How far back a report may date what happened. */
export const GRIEVANCE_LOOKBACK_YEARS = 5;

/** Bands, never an exact count: "14 of us on the night shift" narrows down who reported. */
export const WORKERS_AFFECTED = [
  { code: 'just_me', label: 'Just me' },
  { code: 'a_few', label: 'A few people' },
  { code: 'many', label: 'Many people' },
  { code: 'unknown', label: "I don't know" },
] as const;
export type WorkersAffected = (typeof WORKERS_AFFECTED)[number]['code'];
export const isWorkersAffected = guard<WorkersAffected>(WORKERS_AFFECTED);
export const workersAffectedLabel = labeller<WorkersAffected>(WORKERS_AFFECTED);

export const CONTACT_PREFERENCES = [
  { code: 'none', label: 'Do not contact me' },
  { code: 'check_replies_here', label: 'I will check for replies here with my key' },
  { code: 'contact_me', label: 'Contact me (tell us how)' },
] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number]['code'];
export const isContactPreference = guard<ContactPreference>(CONTACT_PREFERENCES);
export const contactPreferenceLabel = labeller<ContactPreference>(CONTACT_PREFERENCES);

export interface GrievanceReportInput {
  category: GrievanceCategory;
  description: string;
  /** The day it happened (YYYY-MM-DD), when the reporter says; null when not given. */
  happenedOn: string | null;
  workersAffected: WorkersAffected;
  contactPreference: ContactPreference;
  /** Only with contactPreference 'contact_me'; null otherwise. */
  contactDetails: string | null;
}

export const ATTACHMENTS_REFUSED =
  'attachments are not accepted: photos and documents can carry details that identify you';

const REPORT_FIELDS: ReadonlyArray<keyof GrievanceReportInput> = [
  'category',
  'description',
  'happenedOn',
  'workersAffected',
  'contactPreference',
  'contactDetails',
];

/**
 * Checks a report sent through the public form and returns a clean copy with the defaults filled
 * in. `today` is the reporter's day (YYYY-MM-DD) that happenedOn is checked against. Throws one
 * DomainError 'invalid' naming every problem.
 */
export function checkGrievanceReport(input: unknown, today: string): GrievanceReportInput {
  if (!isCalendarDate(today)) throw new Error('today must be a day written YYYY-MM-DD');
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isObject(input)) {
    add('report', 'must be an object');
    throw invalidFields('Invalid report', problems);
  }
  checkKeys(input, REPORT_FIELDS, add);

  const category = input.category;
  if (!isGrievanceCategory(category)) add('category', 'must be one of the listed categories');

  const description = readText(input.description, 'description', MAX_GRIEVANCE_TEXT_LENGTH, add);
  const happenedOn = readHappenedOn(input.happenedOn, today, add);

  // Absent and null both mean "not said": forms send either.
  const workersAffected = input.workersAffected ?? 'unknown';
  if (!isWorkersAffected(workersAffected))
    add('workersAffected', `must be one of ${codesOf(WORKERS_AFFECTED)}`);

  const contactPreference = input.contactPreference ?? 'check_replies_here';
  let contactDetails: string | null = null;
  if (!isContactPreference(contactPreference))
    add('contactPreference', `must be one of ${codesOf(CONTACT_PREFERENCES)}`);
  else if (contactPreference === 'contact_me') {
    if (isBlank(input.contactDetails))
      add('contactDetails', 'is needed when contactPreference is contact_me');
    else
      contactDetails = readText(
        input.contactDetails,
        'contactDetails',
        MAX_CONTACT_DETAILS_LENGTH,
        add,
      );
  } else if (!isBlank(input.contactDetails))
    // Refused rather than dropped: the reporter asked not to be contacted, so we must not keep
    // a way to reach them, and silently ignoring it would let them believe we will use it.
    add('contactDetails', 'must be left empty unless contactPreference is contact_me');

  if (problems.length > 0) throw invalidFields('Invalid report', problems);
  return {
    category: category as GrievanceCategory,
    description,
    happenedOn,
    workersAffected: workersAffected as WorkersAffected,
    contactPreference: contactPreference as ContactPreference,
    contactDetails,
  };
}

/**
 * Checks a message in an existing case, from the reporter or from the organisation: `{ text }`.
 * Returns the trimmed text.
 */
export function checkGrievanceMessage(input: unknown): string {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isObject(input)) {
    add('message', 'must be an object');
    throw invalidFields('Invalid message', problems);
  }
  checkKeys(input, ['text'], add);
  const text = readText(input.text, 'text', MAX_GRIEVANCE_TEXT_LENGTH, add);
  if (problems.length > 0) throw invalidFields('Invalid message', problems);
  return text;
}

// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
type Add = (field: string, message: string) => void;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function checkKeys(input: Obj, known: readonly string[], add: Add): void {
  for (const key of Object.keys(input)) {
    if (key === 'attachments') add('attachments', ATTACHMENTS_REFUSED);
    else if (!known.includes(key)) add(key, 'is not a field of this form');
  }
}

/**
 * NUL cannot be stored in a PostgreSQL text column, and a lone surrogate (possible in JSON as
 * "\ud800") is not text: it would come back as U+FFFD after encryption or storage.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function readText(value: unknown, field: string, max: number, add: Add): string {
  if (typeof value !== 'string') {
    add(field, 'must be text');
    return '';
  }
  const text = value.trim();
  if (text === '') add(field, 'must not be empty');
  else if (text.includes('\u0000') || LONE_SURROGATE.test(text))
    add(field, 'contains characters that are not text');
  else if (codePoints(text) > max) add(field, `must be at most ${max} characters`);
  return text;
}

/** Code points, not UTF-16 units: a Bengali or emoji text must get the same allowance. */
function codePoints(text: string): number {
  return Array.from(text).length;
}

function readHappenedOn(value: unknown, today: string, add: Add): string | null {
  if (isBlank(value)) return null;
  if (!isCalendarDate(value)) {
    add('happenedOn', 'must be a day written YYYY-MM-DD');
    return null;
  }
  const earliest = yearsBefore(today, GRIEVANCE_LOOKBACK_YEARS);
  if (value > today) add('happenedOn', 'must not be in the future');
  else if (value < earliest)
    add('happenedOn', `must be within the last ${GRIEVANCE_LOOKBACK_YEARS} years`);
  return value;
}

/** The same day `years` earlier; 29 February falls back to 28 February (the more lenient day). */
function yearsBefore(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = year - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const clamped = month === 2 && date === 29 && !leap ? 28 : date;
  return `${String(target).padStart(4, '0')}-${pad(month)}-${pad(clamped)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
