import { FieldProblem } from '../domain-error';
import { isCurrencyCode } from '../reference/currencies';
import type {
  AnswerValue,
  Answers,
  DisplayCondition,
  QuestionDefinition,
  TemplateDefinition,
} from './template-types';
import { invalidFields } from './validate-template';

export type AnswerMode = 'draft' | 'submit';

export const MAX_TEXT_ANSWER_LENGTH = 5000;

/** Every question of a template, in template order. */
export function templateQuestions(definition: TemplateDefinition): QuestionDefinition[] {
  return definition.sections.flatMap((section) => section.questions);
}

function conditionMet(condition: DisplayCondition, answer: AnswerValue | undefined): boolean {
  if (typeof answer === 'string') return condition.in.includes(answer);
  if (Array.isArray(answer)) return answer.some((value) => condition.in.includes(value));
  return false;
}

/**
 * Questions shown to the supplier given these answers. One pass in template order is enough
 * because a condition only refers to an earlier question (validateTemplateDefinition).
 */
export function visibleQuestionIds(definition: TemplateDefinition, answers: Answers): Set<string> {
  const visible = new Set<string>();
  const answerOf = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  for (const question of templateQuestions(definition)) {
    const condition = question.showIf;
    if (
      !condition ||
      (visible.has(condition.question) && conditionMet(condition, answerOf(condition.question)))
    )
      visible.add(question.id);
  }
  return visible;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks answers sent by a supplier and returns them clean (texts trimmed, choices in option
 * order, unknown properties dropped).
 * - draft: partial answers; `null` clears an answer (dropped here: see clearedQuestionIds);
 *   answers to hidden questions are kept, the supplier may switch back.
 * - submit: answers to hidden questions are dropped; every required visible question must be
 *   answered (`null` counts as unanswered).
 * Throws one DomainError 'invalid' listing every problem on `answers.<questionId>`.
 */
export function checkAnswers(
  definition: TemplateDefinition,
  input: unknown,
  mode: AnswerMode,
): Answers {
  if (!isObject(input))
    throw invalidFields('Invalid answers', [
      { field: 'answers', message: 'must be an object of answers by question id' },
    ]);
  const questions = new Map(templateQuestions(definition).map((q) => [q.id, q]));
  const problems: FieldProblem[] = [];
  const checked = new Map<string, AnswerValue>();
  for (const [id, value] of Object.entries(input)) {
    const question = questions.get(id);
    if (!question) problems.push({ field: `answers.${id}`, message: 'no such question' });
    else if (value !== null) {
      const result = checkAnswer(question, value);
      if (result.ok) checked.set(id, result.value);
      else
        for (const message of result.messages) problems.push({ field: `answers.${id}`, message });
    }
  }
  let answers: Answers = Object.fromEntries(checked);
  if (mode === 'submit') {
    const visible = visibleQuestionIds(definition, answers);
    answers = Object.fromEntries([...checked].filter(([id]) => visible.has(id)));
    for (const question of questions.values())
      if (question.required && visible.has(question.id) && !checked.has(question.id))
        problems.push({ field: `answers.${question.id}`, message: 'required' });
  }
  if (problems.length > 0) throw invalidFields('Invalid answers', problems);
  return answers;
}

/** The question ids a draft patch clears (sent as `null`), for mergeDraft. */
export function clearedQuestionIds(input: unknown): string[] {
  if (!isObject(input)) return [];
  return Object.entries(input)
    .filter(([, value]) => value === null)
    .map(([id]) => id);
}

/** A draft after a checked patch: cleared answers removed, patched ones replaced. */
export function mergeDraft(previous: Answers, patch: Answers, cleared: string[]): Answers {
  const merged = new Map(Object.entries(previous));
  for (const id of cleared) merged.delete(id);
  for (const [id, value] of Object.entries(patch)) merged.set(id, value);
  return Object.fromEntries(merged);
}

// ---------------------------------------------------------------------------------------------
// One answer per question type

type Checked = { ok: true; value: AnswerValue } | { ok: false; messages: string[] };

const accept = (value: AnswerValue): Checked => ({ ok: true, value });
const reject = (...messages: string[]): Checked => ({ ok: false, messages });

function checkAnswer(question: QuestionDefinition, value: unknown): Checked {
  switch (question.type) {
    case 'yes_no':
      return value === 'yes' || value === 'no' ? accept(value) : reject("must be 'yes' or 'no'");
    case 'single_choice':
      return checkSingleChoice(question, value);
    case 'multiple_choice':
      return checkMultipleChoice(question, value);
    case 'integer':
      return checkInteger(question, value);
    case 'money':
      return checkMoney(value);
    case 'percentage':
      return checkPercentage(value);
    case 'date':
      return isCalendarDate(value) ? accept(value) : reject('must be a date written YYYY-MM-DD');
    case 'text':
      return checkText(value);
    case 'file':
      return checkFile(value);
  }
}

const optionValues = (question: QuestionDefinition): string[] =>
  (question.options ?? []).map((option) => option.value);

function checkSingleChoice(question: QuestionDefinition, value: unknown): Checked {
  if (typeof value !== 'string') return reject('must be one of the option values');
  return optionValues(question).includes(value)
    ? accept(value)
    : reject(`unknown option '${value}'`);
}

function checkMultipleChoice(question: QuestionDefinition, value: unknown): Checked {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    return reject('must be a list of option values');
  const chosen = value as string[];
  if (chosen.length === 0) return reject('must select at least one option (send null to clear)');
  const known = optionValues(question);
  const messages = [
    ...chosen.filter((item) => !known.includes(item)).map((item) => `unknown option '${item}'`),
    ...chosen
      .filter((item, i) => chosen.indexOf(item) !== i)
      .map((item) => `selects '${item}' more than once`),
  ];
  // Stored in option order, so equal selections are equal answers.
  return messages.length > 0
    ? reject(...messages)
    : accept(known.filter((item) => chosen.includes(item)));
}

function checkInteger(question: QuestionDefinition, value: unknown): Checked {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    return reject('must be a whole number');
  if (question.min !== undefined && value < question.min)
    return reject(`must be at least ${question.min}`);
  if (question.max !== undefined && value > question.max)
    return reject(`must be at most ${question.max}`);
  return accept(value);
}

/** Minor units as an integer, as everywhere else in the domain: a float amount is ambiguous. */
function checkMoney(value: unknown): Checked {
  if (!isObject(value)) return reject('must be an object with amountMinor and currency');
  const { amountMinor, currency } = value;
  const messages: string[] = [];
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor))
    messages.push('amountMinor must be a whole number of minor units');
  else if (amountMinor < 0) messages.push('amountMinor must not be negative');
  else if (!Number.isSafeInteger(amountMinor)) messages.push('amountMinor is too large');
  if (typeof currency !== 'string' || !isCurrencyCode(currency))
    messages.push('currency must be an ISO 4217 code in capitals, such as USD');
  return messages.length > 0
    ? reject(...messages)
    : accept({ amountMinor: amountMinor as number, currency: currency as string });
}

function checkPercentage(value: unknown): Checked {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100)
    return reject('must be a number from 0 to 100');
  if (Math.round(value * 100) / 100 !== value) return reject('must have at most 2 decimals');
  return accept(value);
}

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Length in characters as people count them (code points), not UTF-16 units. */
function checkText(value: unknown): Checked {
  if (typeof value !== 'string') return reject('must be text');
  const text = value.trim();
  if (text === '') return reject('must not be empty (send null to clear)');
  if ([...text].length > MAX_TEXT_ANSWER_LENGTH)
    return reject(`must be at most ${MAX_TEXT_ANSWER_LENGTH} characters`);
  return accept(text);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkFile(value: unknown): Checked {
  if (!isObject(value) || typeof value.fileId !== 'string' || !UUID_PATTERN.test(value.fileId))
    return reject('must be an object with the fileId of an uploaded file');
  return accept({ fileId: value.fileId.toLowerCase() });
}
