import { parse } from 'csv-parse/sync';
import { csvLine } from '../csv/csv-writer';
import { FieldProblem } from '../domain-error';
import type { TemplateDefinition, TemplateTranslations } from './template-types';
import { invalidFields, isSimpleLocale, MAX_TEMPLATE_TEXT_LENGTH } from './validate-template';

export interface TranslatableText {
  key: string;
  text: string;
}

/** Every text of a template with its translation key, in template order (keys: template-types). */
export function translatableTexts(definition: TemplateDefinition): TranslatableText[] {
  const texts: TranslatableText[] = [
    { key: 'template.title', text: definition.title },
    { key: 'template.description', text: definition.description },
  ];
  const add = (key: string, text: string | undefined) => {
    if (text !== undefined) texts.push({ key, text });
  };
  for (const section of definition.sections) {
    add(`section.${section.id}.title`, section.title);
    add(`section.${section.id}.description`, section.description);
    for (const question of section.questions) {
      add(`question.${question.id}.text`, question.text);
      add(`question.${question.id}.help`, question.help);
      for (const option of question.options ?? [])
        add(`option.${question.id}.${option.value}`, option.label);
    }
  }
  return texts;
}

export interface LocalisedTemplate {
  definition: TemplateDefinition;
  /** The language the texts are in: the base locale when the template has no such translation. */
  locale: string;
  /** Keys shown in the base language because their translation is missing or empty. */
  missing: string[];
}

/**
 * The template with its texts in `locale`, each missing one falling back to the base text. Ids,
 * option values and weights are untouched, so answers given in any language compare.
 */
export function localiseTemplate(
  definition: TemplateDefinition,
  translations: TemplateTranslations,
  locale: string,
): LocalisedTemplate {
  const strings = locale === definition.baseLocale ? undefined : translations[locale];
  if (strings === undefined)
    return { definition: structuredClone(definition), locale: definition.baseLocale, missing: [] };
  const missing: string[] = [];
  const text = (key: string, base: string): string => {
    const translated = Object.hasOwn(strings, key) ? strings[key].trim() : '';
    if (translated !== '') return translated;
    missing.push(key);
    return base;
  };
  const localised: TemplateDefinition = {
    ...definition,
    title: text('template.title', definition.title),
    description: text('template.description', definition.description),
    sections: definition.sections.map((section) => ({
      ...section,
      title: text(`section.${section.id}.title`, section.title),
      ...(section.description !== undefined && {
        description: text(`section.${section.id}.description`, section.description),
      }),
      questions: section.questions.map((question) => ({
        ...structuredClone(question),
        text: text(`question.${question.id}.text`, question.text),
        ...(question.help !== undefined && {
          help: text(`question.${question.id}.help`, question.help),
        }),
        ...(question.options && {
          options: question.options.map((option) => ({
            ...option,
            indicators: [...option.indicators],
            label: text(`option.${question.id}.${option.value}`, option.label),
          })),
        }),
      })),
    })),
  };
  return { definition: localised, locale, missing };
}

function localeProblems(definition: TemplateDefinition, locale: string): FieldProblem[] {
  if (!isSimpleLocale(locale))
    return [{ field: 'locale', message: 'must be a language code such as fr or pt-BR' }];
  if (locale === definition.baseLocale)
    return [{ field: 'locale', message: 'is the base language: translate into another one' }];
  return [];
}

/**
 * A sheet for translators: key, base text, and the current translation (empty when none). No
 * byte-order mark, as the repo's other exports; the import accepts one.
 */
export function exportTranslationCsv(
  definition: TemplateDefinition,
  translations: TemplateTranslations,
  locale: string,
): string {
  const problems = localeProblems(definition, locale);
  if (problems.length > 0) throw invalidFields('Invalid translation export', problems);
  const strings = translations[locale] ?? {};
  return [
    csvLine(['key', definition.baseLocale, locale]),
    ...translatableTexts(definition).map(({ key, text }) =>
      csvLine([key, text, Object.hasOwn(strings, key) ? strings[key] : '']),
    ),
  ].join('');
}

export interface ImportedTranslations {
  /** Non-empty translations by key, in template order. */
  strings: Record<string, string>;
  /** Keys of the template without a translation in the file. */
  missing: string[];
}

interface ParsedRow {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a translator's sheet back (as exportTranslationCsv wrote it). The whole file is refused
 * with every problem found: wrong header, unknown or repeated keys, malformed lines. The base
 * column is ignored: the template's own text is the source.
 */
export function importTranslationCsv(
  definition: TemplateDefinition,
  csv: string,
  locale: string,
): ImportedTranslations {
  const problems = localeProblems(definition, locale);
  const rows = parseRows(csv, problems);
  if (rows?.length === 0) problems.push({ field: 'header', message: 'the file is empty' });
  if (rows && rows.length > 0)
    checkHeader(rows[0].record, [definition.baseLocale, locale], problems);
  const found = readTranslations(definition, rows?.slice(1) ?? [], problems);
  if (problems.length > 0) throw invalidFields('Invalid translation file', problems);
  const strings: Record<string, string> = {};
  const missing: string[] = [];
  for (const { key } of translatableTexts(definition)) {
    const text = found.get(key);
    if (text) strings[key] = text;
    else missing.push(key);
  }
  return { strings, missing };
}

type Row = { record: string[]; line: number };

/** The file's rows with their first line, or null (and a problem) when it is not CSV. */
function parseRows(csv: string, problems: FieldProblem[]): Row[] | null {
  // One line break throughout, so the parser's line count is the file's.
  const normalised = csv.replace(/\r\n?/g, '\n');
  try {
    // The typings do not model `info` without `columns`: each row is then { record, info }.
    const rows = parse(normalised, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedRow[];
    return rows.map(({ record, info }) => ({ record, line: firstLine(record, info.lines) }));
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const line = typeof lines === 'number' && lines > 0 ? lines : 1;
    problems.push({ field: `line ${line}`, message: 'is not valid CSV (check the quotes)' });
    return null;
  }
}

/** The parser gives the line a record ends on; quoted line breaks move its start up. */
function firstLine(record: string[], endLine: number): number {
  const breaks = record.reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);
  return Math.max(1, endLine - breaks);
}

function checkHeader(header: string[], locales: string[], problems: FieldProblem[]): void {
  const expected = ['key', ...locales];
  const cells = header.map((cell) => cell.trim());
  if (cells.length !== expected.length || cells.some((cell, i) => cell !== expected[i]))
    problems.push({ field: 'header', message: `must be exactly ${expected.join(',')}` });
}

function readTranslations(
  definition: TemplateDefinition,
  rows: Row[],
  problems: FieldProblem[],
): Map<string, string> {
  const known = new Set(translatableTexts(definition).map(({ key }) => key));
  const found = new Map<string, string>();
  const lineOfKey = new Map<string, number>();
  for (const { record, line } of rows) {
    const field = `line ${line}`;
    const key = (record[0] ?? '').trim();
    const earlier = lineOfKey.get(key);
    if (record.length !== 3)
      problems.push({ field, message: 'must have 3 fields: key, base text, translation' });
    else if (!known.has(key)) problems.push({ field, message: `unknown key '${key}'` });
    else if (earlier !== undefined)
      problems.push({ field, message: `key '${key}' repeats line ${earlier}` });
    else {
      lineOfKey.set(key, line);
      const text = unneutralise(record[2].trim());
      if (text.length > MAX_TEMPLATE_TEXT_LENGTH)
        problems.push({ field, message: `must be at most ${MAX_TEMPLATE_TEXT_LENGTH} characters` });
      if (text !== '') found.set(key, text);
    }
  }
  return found;
}

/** Undoes the csv writer's formula guard (a leading apostrophe), so a round trip is lossless. */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
