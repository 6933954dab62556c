import { DomainError, FieldProblem } from '../domain-error';
import { IloIndicator, isIloIndicator } from '../risk/indicators';
import {
  DisplayCondition,
  FACT_KEYS,
  FACT_QUESTION_TYPES,
  FactKey,
  MAX_RISK_WEIGHT,
  NumericRiskBand,
  OptionDefinition,
  QUESTION_TYPES,
  QuestionDefinition,
  QuestionType,
  SectionDefinition,
  TEMPLATE_AUDIENCES,
  TEMPLATE_ID_PATTERN,
  TemplateAudience,
  TemplateDefinition,
} from './template-types';

/** Longest text (title, question, help, option label) a template or a translation may hold. */
export const MAX_TEMPLATE_TEXT_LENGTH = 2000;
/** Bounds that keep one template a questionnaire people can fill, not a denial of service. */
export const MAX_SECTIONS = 50;
export const MAX_QUESTIONS = 500;
export const MAX_OPTIONS = 50;

/** The question types that have options and can drive a display condition. */
export const CHOICE_QUESTION_TYPES: readonly QuestionType[] = [
  'yes_no',
  'single_choice',
  'multiple_choice',
];
const BANDED_TYPES: readonly QuestionType[] = ['integer', 'percentage'];

/**
 * A simple BCP 47 tag in canonical case: language, optional script, optional region
 * (`en`, `pt-BR`, `zh-Hant-TW`, `es-419`). Translations are stored by this tag, so no variants.
 */
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

export function isSimpleLocale(value: unknown): value is string {
  return typeof value === 'string' && LOCALE_PATTERN.test(value);
}

/**
 * One "invalid" error holding every problem; the message names the first fields so a log line
 * says where to look.
 */
export function invalidFields(what: string, problems: readonly FieldProblem[]): DomainError {
  const fields = [...new Set(problems.map((problem) => problem.field))];
  const message =
    problems.length === 1
      ? `${what}: ${problems[0].field} ${problems[0].message}`
      : `${what}: ${problems.length} problems, in ${fields.slice(0, 3).join(', ')}` +
        (fields.length > 3 ? ` and ${fields.length - 3} more fields` : '');
  return new DomainError('invalid', message, [...problems]);
}

/** Problems collected while reading, so the caller hears about all of them at once. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ID_RULE = 'must be an id: a lower-case letter, then letters, digits, _ . - (at most 64)';

/**
 * Checks a template definition as sent by an admin (or written in code) and returns a clean copy:
 * unknown properties dropped, texts trimmed, empty optional texts left out. Throws one
 * DomainError 'invalid' listing every problem, each on its path (`sections[1].questions[2].type`).
 */
export function validateTemplateDefinition(input: unknown): TemplateDefinition {
  const problems = new Problems();
  if (!isObject(input)) {
    problems.add('definition', 'must be an object');
    throw invalidFields('Invalid template definition', problems.list);
  }
  const definition: TemplateDefinition = {
    key: readId(input.key, 'key', problems),
    title: readText(input.title, 'title', problems),
    description: readText(input.description, 'description', problems),
    baseLocale: readLocale(input.baseLocale, problems),
    audience: readAudience(input.audience, problems),
    sections: readSections(input.sections, problems),
  };
  checkUniqueIds(definition, problems);
  checkConditions(definition, problems);
  checkFacts(definition, problems);
  if (problems.list.length > 0) throw invalidFields('Invalid template definition', problems.list);
  return definition;
}

// ---------------------------------------------------------------------------------------------
// Scalars

function readId(value: unknown, field: string, problems: Problems): string {
  if (typeof value === 'string' && TEMPLATE_ID_PATTERN.test(value)) return value;
  problems.add(field, ID_RULE);
  return typeof value === 'string' ? value : '';
}

function readText(value: unknown, field: string, problems: Problems): string {
  if (typeof value !== 'string') {
    problems.add(field, 'must be text');
    return '';
  }
  const text = value.trim();
  if (text === '') problems.add(field, 'must not be empty');
  else if (text.length > MAX_TEMPLATE_TEXT_LENGTH)
    problems.add(field, `must be at most ${MAX_TEMPLATE_TEXT_LENGTH} characters`);
  return text;
}

/** Forms send an empty field for "none": an optional text that is absent or blank is left out. */
function readOptionalText(value: unknown, field: string, problems: Problems): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return readText(value, field, problems);
}

function readLocale(value: unknown, problems: Problems): string {
  if (isSimpleLocale(value)) return value;
  problems.add('baseLocale', 'must be a language code such as en or pt-BR');
  return typeof value === 'string' ? value : '';
}

function readAudience(value: unknown, problems: Problems): TemplateAudience {
  if (TEMPLATE_AUDIENCES.includes(value as TemplateAudience)) return value as TemplateAudience;
  problems.add('audience', `must be one of ${TEMPLATE_AUDIENCES.join(', ')}`);
  return TEMPLATE_AUDIENCES[0];
}

function readWeight(value: unknown, field: string, problems: Problems): number {
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RISK_WEIGHT)
    return value as number;
  problems.add(field, `must be a whole number from 0 to ${MAX_RISK_WEIGHT}`);
  return 0;
}

/** Absent means none; repeats are dropped (an indicator is evidenced or not). */
function readIndicators(value: unknown, field: string, problems: Problems): IloIndicator[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(field, 'must be a list of ILO indicator codes');
    return [];
  }
  const indicators: IloIndicator[] = [];
  value.forEach((code: unknown, i) => {
    if (typeof code === 'string' && isIloIndicator(code)) {
      if (!indicators.includes(code)) indicators.push(code);
    } else problems.add(`${field}[${i}]`, `unknown ILO indicator '${String(code)}'`);
  });
  return indicators;
}

function readList(
  value: unknown,
  field: string,
  min: number,
  max: number,
  problems: Problems,
): unknown[] {
  if (!Array.isArray(value)) {
    problems.add(field, 'must be a list');
    return [];
  }
  if (value.length < min) problems.add(field, `must have at least ${min}`);
  if (value.length > max) problems.add(field, `must have at most ${max}`);
  return value.slice(0, max);
}

// ---------------------------------------------------------------------------------------------
// Sections and questions

function readSections(value: unknown, problems: Problems): SectionDefinition[] {
  return readList(value, 'sections', 1, MAX_SECTIONS, problems).map((section, i) =>
    readSection(section, `sections[${i}]`, problems),
  );
}

function readSection(value: unknown, field: string, problems: Problems): SectionDefinition {
  if (!isObject(value)) {
    problems.add(field, 'must be an object');
    return { id: '', title: '', questions: [] };
  }
  const description = readOptionalText(value.description, `${field}.description`, problems);
  return {
    id: readId(value.id, `${field}.id`, problems),
    title: readText(value.title, `${field}.title`, problems),
    ...(description !== undefined && { description }),
    questions: readList(value.questions, `${field}.questions`, 1, MAX_QUESTIONS, problems).map(
      (question, i) => readQuestion(question, `${field}.questions[${i}]`, problems),
    ),
  };
}

function readQuestion(value: unknown, field: string, problems: Problems): QuestionDefinition {
  if (!isObject(value)) {
    problems.add(field, 'must be an object');
    return { id: '', type: 'text', text: '', required: false };
  }
  const type = readType(value.type, `${field}.type`, problems);
  const help = readOptionalText(value.help, `${field}.help`, problems);
  const question: QuestionDefinition = {
    id: readId(value.id, `${field}.id`, problems),
    type: type ?? 'text',
    text: readText(value.text, `${field}.text`, problems),
    ...(help !== undefined && { help }),
    required: readRequired(value.required, `${field}.required`, problems),
  };
  // Type-dependent parts only make sense once the type is known.
  if (type === undefined) return question;
  const options = readOptions(value.options, type, `${field}.options`, problems);
  const riskBands = readRiskBands(value.riskBands, type, `${field}.riskBands`, problems);
  const limits = readLimits(value, type, field, problems);
  const showIf = readCondition(value.showIf, `${field}.showIf`, problems);
  const fact = readFact(value.fact, type, `${field}.fact`, problems);
  return {
    ...question,
    ...(options && { options }),
    ...(riskBands && { riskBands }),
    ...limits,
    ...(showIf && { showIf }),
    ...(fact && { fact }),
  };
}

function readType(value: unknown, field: string, problems: Problems): QuestionType | undefined {
  if (QUESTION_TYPES.includes(value as QuestionType)) return value as QuestionType;
  problems.add(field, `must be one of ${QUESTION_TYPES.join(', ')}`);
  return undefined;
}

function readRequired(value: unknown, field: string, problems: Problems): boolean {
  if (typeof value === 'boolean') return value;
  problems.add(field, 'must be true or false');
  return false;
}

// ---------------------------------------------------------------------------------------------
// Options

function readOptions(
  value: unknown,
  type: QuestionType,
  field: string,
  problems: Problems,
): OptionDefinition[] | undefined {
  if (!CHOICE_QUESTION_TYPES.includes(type)) {
    if (value !== undefined)
      problems.add(field, 'only yes_no, single_choice and multiple_choice questions have options');
    return undefined;
  }
  if (value === undefined) {
    problems.add(field, `a ${type} question needs at least 2 options`);
    return [];
  }
  const options = readList(value, field, 2, MAX_OPTIONS, problems).map((option, i) =>
    readOption(option, `${field}[${i}]`, problems),
  );
  options.forEach((option, i) => {
    if (options.findIndex((other) => other.value === option.value) < i)
      problems.add(`${field}[${i}].value`, `repeats the option value '${option.value}'`);
  });
  if (type === 'yes_no') checkYesNo(options, field, problems);
  return options;
}

function readOption(value: unknown, field: string, problems: Problems): OptionDefinition {
  if (!isObject(value)) {
    problems.add(field, 'must be an object');
    return { value: '', label: '', riskWeight: 0, indicators: [] };
  }
  return {
    value: readId(value.value, `${field}.value`, problems),
    label: readText(value.label, `${field}.label`, problems),
    riskWeight: readWeight(value.riskWeight, `${field}.riskWeight`, problems),
    indicators: readIndicators(value.indicators, `${field}.indicators`, problems),
  };
}

/** Answers and facts read "yes" / "no" literally, whatever the labels say. */
function checkYesNo(options: OptionDefinition[], field: string, problems: Problems): void {
  const values = options.map((option) => option.value).sort();
  if (values.length !== 2 || values[0] !== 'no' || values[1] !== 'yes')
    problems.add(field, "a yes_no question has exactly the option values 'yes' and 'no'");
}

// ---------------------------------------------------------------------------------------------
// Numbers: risk bands and limits

function readRiskBands(
  value: unknown,
  type: QuestionType,
  field: string,
  problems: Problems,
): NumericRiskBand[] | undefined {
  if (value === undefined) return undefined;
  if (!BANDED_TYPES.includes(type)) {
    problems.add(field, 'only integer and percentage questions have risk bands');
    return undefined;
  }
  const bands = readList(value, field, 1, MAX_OPTIONS, problems).map((band, i) =>
    readBand(band, `${field}[${i}]`, problems),
  );
  checkOverlaps(bands, field, problems);
  return bands;
}

function readBand(value: unknown, field: string, problems: Problems): NumericRiskBand {
  if (!isObject(value)) {
    problems.add(field, 'must be an object');
    return { from: 0, riskWeight: 0, indicators: [] };
  }
  const from = readFinite(value.from, `${field}.from`, problems) ?? 0;
  const to = value.to === undefined ? undefined : readFinite(value.to, `${field}.to`, problems);
  if (to !== undefined && !(from < to)) problems.add(`${field}.to`, 'must be greater than from');
  return {
    from,
    ...(to !== undefined && { to }),
    riskWeight: readWeight(value.riskWeight, `${field}.riskWeight`, problems),
    indicators: readIndicators(value.indicators, `${field}.indicators`, problems),
  };
}

function readFinite(value: unknown, field: string, problems: Problems): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  problems.add(field, 'must be a number');
  return undefined;
}

/** A value must fall in one band at most, or its weight would depend on band order. */
function checkOverlaps(bands: NumericRiskBand[], field: string, problems: Problems): void {
  const order = bands.map((_, i) => i).sort((a, b) => bands[a].from - bands[b].from);
  for (let k = 1; k < order.length; k++) {
    const [before, after] = [order[k - 1], order[k]];
    if ((bands[before].to ?? Infinity) > bands[after].from)
      problems.add(`${field}[${after}]`, `overlaps band ${before}`);
  }
}

function readLimits(
  value: Obj,
  type: QuestionType,
  field: string,
  problems: Problems,
): { min?: number; max?: number } {
  if (value.min === undefined && value.max === undefined) return {};
  if (type !== 'integer') {
    const which = value.min !== undefined ? 'min' : 'max';
    problems.add(`${field}.${which}`, 'only integer questions have min and max');
    return {};
  }
  const min = readLimit(value.min, `${field}.min`, problems);
  const max = readLimit(value.max, `${field}.max`, problems);
  if (min !== undefined && max !== undefined && min > max)
    problems.add(`${field}.max`, 'must not be less than min');
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

function readLimit(value: unknown, field: string, problems: Problems): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isSafeInteger(value)) return value as number;
  problems.add(field, 'must be a whole number');
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Conditions and facts (shape here; references across the template below)

function readCondition(
  value: unknown,
  field: string,
  problems: Problems,
): DisplayCondition | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.add(field, 'must be an object with question and in');
    return undefined;
  }
  const question = readId(value.question, `${field}.question`, problems);
  const values = readList(value.in, `${field}.in`, 1, MAX_OPTIONS, problems);
  const strings = values.filter((v): v is string => typeof v === 'string');
  if (strings.length < values.length)
    problems.add(`${field}.in`, 'must be a list of option values');
  return { question, in: strings };
}

function readFact(
  value: unknown,
  type: QuestionType,
  field: string,
  problems: Problems,
): FactKey | undefined {
  if (value === undefined) return undefined;
  if (!FACT_KEYS.includes(value as FactKey)) {
    problems.add(field, `must be one of ${FACT_KEYS.join(', ')}`);
    return undefined;
  }
  const fact = value as FactKey;
  if (FACT_QUESTION_TYPES[fact] !== type)
    problems.add(field, `${fact} is asked with a ${FACT_QUESTION_TYPES[fact]} question`);
  return fact;
}

// ---------------------------------------------------------------------------------------------
// Whole-template rules

interface Located {
  question: QuestionDefinition;
  field: string;
}

function located(definition: TemplateDefinition): Located[] {
  return definition.sections.flatMap((section, s) =>
    section.questions.map((question, q) => ({
      question,
      field: `sections[${s}].questions[${q}]`,
    })),
  );
}

function checkUniqueIds(definition: TemplateDefinition, problems: Problems): void {
  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (section.id !== '' && sectionIds.has(section.id))
      problems.add(`sections[${s}].id`, `repeats the section id '${section.id}'`);
    sectionIds.add(section.id);
  });
  const questionIds = new Set<string>();
  for (const { question, field } of located(definition)) {
    if (question.id !== '' && questionIds.has(question.id))
      problems.add(`${field}.id`, `repeats the question id '${question.id}'`);
    questionIds.add(question.id);
  }
}

/**
 * Conditions point back only: visibility is then decided in one pass in template order, and no
 * cycle can exist.
 */
function checkConditions(definition: TemplateDefinition, problems: Problems): void {
  const all = located(definition);
  all.forEach(({ question, field }, index) => {
    // A malformed id was reported by readCondition already.
    if (!question.showIf || !TEMPLATE_ID_PATTERN.test(question.showIf.question)) return;
    const target = all.findIndex((other) => other.question.id === question.showIf?.question);
    const where = `${field}.showIf.question`;
    if (target < 0) problems.add(where, 'condition refers to a question that does not exist');
    else if (target === index) problems.add(where, 'condition refers to the question itself');
    else if (target > index) problems.add(where, 'condition refers to a question that comes later');
    else checkConditionValues(question.showIf, all[target].question, `${field}.showIf`, problems);
  });
}

function checkConditionValues(
  condition: DisplayCondition,
  target: QuestionDefinition,
  field: string,
  problems: Problems,
): void {
  if (!CHOICE_QUESTION_TYPES.includes(target.type)) {
    problems.add(
      `${field}.question`,
      'condition refers to a question without options (use yes_no or a choice question)',
    );
    return;
  }
  const values = new Set((target.options ?? []).map((option) => option.value));
  condition.in.forEach((value, i) => {
    if (!values.has(value))
      problems.add(`${field}.in[${i}]`, `'${value}' is not an option of question '${target.id}'`);
  });
}

function checkFacts(definition: TemplateDefinition, problems: Problems): void {
  const seen = new Set<FactKey>();
  for (const { question, field } of located(definition)) {
    if (!question.fact) continue;
    if (seen.has(question.fact))
      problems.add(`${field}.fact`, `${question.fact} is already asked by an earlier question`);
    seen.add(question.fact);
  }
}
