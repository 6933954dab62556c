import { DomainError } from '../domain-error';
import type { TemplateDefinition, TemplateTranslations } from './template-types';
import {
  exportTranslationCsv,
  importTranslationCsv,
  localiseTemplate,
  translatableTexts,
} from './translations';
import { validateTemplateDefinition } from './validate-template';

const definition: TemplateDefinition = validateTemplateDefinition({
  key: 'translations-test',
  title: 'Supplier questionnaire',
  description: 'About your site',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'recruitment',
      title: 'Recruitment',
      description: 'How workers are hired',
      questions: [
        {
          id: 'documents',
          type: 'yes_no',
          text: 'Does the employer hold passports?',
          help: 'Including "for safe keeping", in a locker',
          required: true,
          options: [
            { value: 'yes', label: 'Yes', riskWeight: 10, indicators: ['retention_of_documents'] },
            { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
          ],
        },
        { id: 'notes', type: 'text', text: 'Notes', required: false },
      ],
    },
  ],
});

const KEYS = [
  'template.title',
  'template.description',
  'section.recruitment.title',
  'section.recruitment.description',
  'question.documents.text',
  'question.documents.help',
  'option.documents.yes',
  'option.documents.no',
  'question.notes.text',
];

const portuguese: Record<string, string> = {
  'template.title': 'Questionário do fornecedor',
  'template.description': 'Sobre o seu local',
  'section.recruitment.title': 'Recrutamento',
  'section.recruitment.description': 'Como os trabalhadores são contratados',
  'question.documents.text': 'O empregador guarda os passaportes?',
  'question.documents.help': 'Incluindo "por segurança", num cacifo',
  'option.documents.yes': 'Sim',
  'option.documents.no': 'Não',
  'question.notes.text': 'Notas',
};

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected a refusal');
}

describe('translatableTexts', () => {
  it('lists every text with its key, in template order, skipping absent optional texts', () => {
    expect(translatableTexts(definition).map((text) => text.key)).toEqual(KEYS);
    expect(translatableTexts(definition)[6]).toEqual({ key: 'option.documents.yes', text: 'Yes' });
  });
});

describe('localiseTemplate', () => {
  it('replaces every text and leaves ids, values and weights alone', () => {
    const result = localiseTemplate(definition, { 'pt-BR': portuguese }, 'pt-BR');
    expect(result.locale).toBe('pt-BR');
    expect(result.missing).toEqual([]);
    expect(translatableTexts(result.definition).map((text) => text.text)).toEqual(
      Object.values(portuguese),
    );
    const question = result.definition.sections[0].questions[0];
    expect(question.options?.map(({ value, riskWeight }) => [value, riskWeight])).toEqual([
      ['yes', 10],
      ['no', 0],
    ]);
    expect({ ...result.definition, title: '', description: '', sections: [] }).toEqual({
      ...definition,
      title: '',
      description: '',
      sections: [],
    });
  });

  it('falls back to the base text for missing or empty strings, listing their keys', () => {
    const partial: Record<string, string> = { ...portuguese, 'option.documents.no': '  ' };
    delete partial['question.documents.help'];
    const result = localiseTemplate(definition, { 'pt-BR': partial }, 'pt-BR');
    expect(result.missing).toEqual(['question.documents.help', 'option.documents.no']);
    const question = result.definition.sections[0].questions[0];
    expect(question.help).toBe(definition.sections[0].questions[0].help);
    expect(question.options?.[1].label).toBe('No');
    expect(question.text).toBe('O empregador guarda os passaportes?');
  });

  it('misses nothing in the base locale, or where no translation exists at all', () => {
    const base = localiseTemplate(definition, { 'pt-BR': portuguese }, 'en');
    expect(base).toEqual({ definition, locale: 'en', missing: [] });
    const none = localiseTemplate(definition, { 'pt-BR': portuguese }, 'fr');
    expect(none).toEqual({ definition, locale: 'en', missing: [] });
  });

  it('does not change the definition it localises', () => {
    const before = structuredClone(definition);
    const result = localiseTemplate(definition, { 'pt-BR': portuguese }, 'pt-BR');
    result.definition.sections[0].questions[0].options?.[0].indicators.push('isolation');
    expect(definition).toEqual(before);
  });
});

describe('exportTranslationCsv', () => {
  it('writes key, base text and current translation, quoting as RFC 4180 says', () => {
    const translations: TemplateTranslations = {
      'pt-BR': { 'template.title': 'Questionário do fornecedor' },
    };
    const csv = exportTranslationCsv(definition, translations, 'pt-BR');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('key,en,pt-BR');
    expect(lines[1]).toBe('template.title,Supplier questionnaire,Questionário do fornecedor');
    expect(lines[2]).toBe('template.description,About your site,');
    expect(lines[6]).toBe('question.documents.help,"Including ""for safe keeping"", in a locker",');
    expect(lines).toHaveLength(KEYS.length + 2);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('refuses a bad locale or the base locale', () => {
    expect(problemsOf(() => exportTranslationCsv(definition, {}, 'en'))).toEqual([
      { field: 'locale', message: expect.stringMatching(/base language/) },
    ]);
    expect(problemsOf(() => exportTranslationCsv(definition, {}, 'pt_BR'))).toEqual([
      { field: 'locale', message: expect.stringMatching(/language code/) },
    ]);
  });
});

describe('importTranslationCsv', () => {
  const file = (...rows: string[]) => ['key,en,pt-BR', ...rows].join('\r\n') + '\r\n';

  it('reads back what the export wrote', () => {
    const csv = exportTranslationCsv(
      definition,
      { 'pt-BR': { ...portuguese, 'question.notes.text': '-= notas =-' } },
      'pt-BR',
    );
    expect(importTranslationCsv(definition, csv, 'pt-BR')).toEqual({
      strings: { ...portuguese, 'question.notes.text': '-= notas =-' },
      missing: [],
    });
  });

  it('lists empty and absent translations as missing, strips a BOM and trims', () => {
    const csv =
      '\uFEFF' +
      file(
        'option.documents.no, Sim ,  Não  ',
        'template.title,Supplier questionnaire,',
        '"question.documents.help","Including ""for safe keeping""","Incluindo ""por segurança"",\nnum cacifo"',
      );
    expect(importTranslationCsv(definition, csv, 'pt-BR')).toEqual({
      strings: {
        'question.documents.help': 'Incluindo "por segurança",\nnum cacifo',
        'option.documents.no': 'Não',
      },
      missing: KEYS.filter(
        (key) => key !== 'option.documents.no' && key !== 'question.documents.help',
      ),
    });
  });

  it.each<[string, string, string, string, RegExp]>([
    ['a header for another locale', 'key,en,fr\r\n', 'pt-BR', 'header', /exactly key,en,pt-BR/],
    ['a header with extra columns', 'key,en,pt-BR,notes\r\n', 'pt-BR', 'header', /exactly/],
    ['an empty file', '', 'pt-BR', 'header', /empty/],
    ['the base locale', 'key,en,en\r\n', 'en', 'locale', /base language/],
    ['a malformed locale', 'key,en,PT\r\n', 'PT', 'locale', /language code/],
  ])('refuses %s', (_, csv, locale, field, message) => {
    expect(problemsOf(() => importTranslationCsv(definition, csv, locale))).toContainEqual({
      field,
      message: expect.stringMatching(message),
    });
  });

  it('names the line of every unknown, repeated or malformed row, all at once', () => {
    const csv = file(
      'template.title,Supplier questionnaire,Questionário',
      'question.ghost.text,Ghost,Fantasma',
      '"section.recruitment.title","Recruitment","Recru',
      'tamento"',
      'template.title,Supplier questionnaire,Outra vez',
      'option.documents.yes,Yes',
    );
    expect(problemsOf(() => importTranslationCsv(definition, csv, 'pt-BR'))).toEqual([
      { field: 'line 3', message: "unknown key 'question.ghost.text'" },
      { field: 'line 6', message: "key 'template.title' repeats line 2" },
      { field: 'line 7', message: expect.stringMatching(/3 fields/) },
    ]);
  });

  it('refuses a file that is not CSV, naming a line', () => {
    const csv = file('template.title,"unclosed,x');
    expect(problemsOf(() => importTranslationCsv(definition, csv, 'pt-BR'))).toEqual([
      {
        field: expect.stringMatching(/^line \d+$/),
        message: expect.stringMatching(/not valid CSV/),
      },
    ]);
  });

  it('refuses a translation longer than a template text may be', () => {
    const csv = file(`template.title,x,${'a'.repeat(2001)}`);
    expect(problemsOf(() => importTranslationCsv(definition, csv, 'pt-BR'))).toEqual([
      { field: 'line 2', message: expect.stringMatching(/at most 2000/) },
    ]);
  });
});
