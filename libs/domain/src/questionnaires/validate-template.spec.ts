import { DomainError } from '../domain-error';
import { invalidFields, isSimpleLocale, validateTemplateDefinition } from './validate-template';

type Raw = Record<string, any>;

const yesNo = (yesWeight = 0, indicators: string[] = []) => [
  { value: 'yes', label: 'Yes', riskWeight: yesWeight, indicators },
  { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
];

/** A valid definition as an admin would send it; each test breaks one thing. */
const raw = (): Raw => ({
  key: 'supplier-saq',
  title: ' Supplier self-assessment ',
  description: 'Recruitment and working conditions at the site',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'recruitment',
      title: 'Recruitment',
      questions: [
        {
          id: 'uses_agencies',
          type: 'yes_no',
          text: 'Do you use recruitment agencies?',
          required: true,
          options: yesNo(2, ['deception']),
        },
        {
          id: 'fee',
          type: 'money',
          text: 'Fees paid by a worker',
          required: false,
          fact: 'worker_fee_amount',
          showIf: { question: 'uses_agencies', in: ['yes'] },
        },
        { id: 'wage', type: 'money', text: 'Monthly wage', required: true, fact: 'monthly_wage' },
      ],
    },
    {
      id: 'hours',
      title: 'Working hours',
      description: 'A typical week',
      questions: [
        {
          id: 'overtime',
          type: 'integer',
          text: 'Overtime hours per week',
          required: true,
          min: 0,
          max: 100,
          riskBands: [
            { from: 0, to: 12, riskWeight: 0, indicators: [] },
            { from: 12, riskWeight: 7, indicators: ['excessive_overtime'] },
          ],
        },
        {
          id: 'channels',
          type: 'multiple_choice',
          text: 'How do workers raise grievances?',
          required: false,
          options: [
            { value: 'hotline', label: 'Hotline', riskWeight: 0, indicators: [] },
            { value: 'none', label: 'No channel', riskWeight: 6, indicators: ['isolation'] },
          ],
        },
      ],
    },
  ],
});

function problemsOf(input: unknown) {
  try {
    validateTemplateDefinition(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected the definition to be refused');
}

const broken = (change: (definition: Raw) => void): Raw => {
  const definition = raw();
  change(definition);
  return definition;
};

const q = (definition: Raw, section: number, question: number): Raw =>
  definition.sections[section].questions[question];

describe('validateTemplateDefinition', () => {
  it('accepts a valid definition and returns a clean, trimmed copy', () => {
    const input = raw();
    input.extra = 'dropped';
    input.sections[0].questions[0].colour = 'red';
    input.sections[0].questions[0].options[0].note = 'dropped';
    input.sections[1].questions[0].riskBands[1].comment = 'dropped';
    input.sections[0].description = '   ';
    const definition = validateTemplateDefinition(input);
    expect(definition.title).toBe('Supplier self-assessment');
    expect(definition).not.toHaveProperty('extra');
    expect(definition.sections[0]).not.toHaveProperty('description');
    expect(definition.sections[1].description).toBe('A typical week');
    expect(definition.sections[0].questions[0]).toEqual({
      id: 'uses_agencies',
      type: 'yes_no',
      text: 'Do you use recruitment agencies?',
      required: true,
      options: yesNo(2, ['deception']),
    });
    expect(definition.sections[1].questions[0].riskBands?.[1]).toEqual({
      from: 12,
      riskWeight: 7,
      indicators: ['excessive_overtime'],
    });
    expect(definition.sections[0].questions[1].showIf).toEqual({
      question: 'uses_agencies',
      in: ['yes'],
    });
    // The result is a copy: changing the input afterwards changes nothing.
    input.sections[0].questions[0].options[0].indicators.push('isolation');
    expect(definition.sections[0].questions[0].options?.[0].indicators).toEqual(['deception']);
  });

  it('defaults absent indicators to none', () => {
    const definition = validateTemplateDefinition(
      broken((d) => delete q(d, 0, 0).options[1].indicators),
    );
    expect(definition.sections[0].questions[0].options?.[1].indicators).toEqual([]);
  });

  it.each<[string, (d: Raw) => void, string, RegExp]>([
    ['a bad key', (d) => (d.key = 'Supplier SAQ'), 'key', /must be an id/],
    ['an empty title', (d) => (d.title = '  '), 'title', /must not be empty/],
    ['a missing description', (d) => delete d.description, 'description', /must be text/],
    ['a long locale', (d) => (d.baseLocale = 'english'), 'baseLocale', /language code/],
    ['a lower-case region', (d) => (d.baseLocale = 'pt-br'), 'baseLocale', /language code/],
    ['an unknown audience', (d) => (d.audience = 'buyer'), 'audience', /supplier, agency/],
    ['no sections', (d) => (d.sections = []), 'sections', /at least 1/],
    ['sections not a list', (d) => (d.sections = {}), 'sections', /must be a list/],
    [
      'an empty section',
      (d) => (d.sections[1].questions = []),
      'sections[1].questions',
      /at least 1/,
    ],
    ['a bad section id', (d) => (d.sections[0].id = '1st'), 'sections[0].id', /must be an id/],
    ['an untitled section', (d) => (d.sections[1].title = ''), 'sections[1].title', /empty/],
    [
      'a repeated section id',
      (d) => (d.sections[1].id = 'recruitment'),
      'sections[1].id',
      /repeats the section id 'recruitment'/,
    ],
    [
      'a question id repeated in another section',
      (d) => (q(d, 1, 1).id = 'fee'),
      'sections[1].questions[1].id',
      /repeats the question id 'fee'/,
    ],
    [
      'an unknown question type',
      (d) => (q(d, 0, 2).type = 'number'),
      'sections[0].questions[2].type',
      /must be one of yes_no/,
    ],
    ['an empty question', (d) => (q(d, 0, 2).text = ''), 'sections[0].questions[2].text', /empty/],
    [
      'required not a boolean',
      (d) => (q(d, 0, 2).required = 'yes'),
      'sections[0].questions[2].required',
      /true or false/,
    ],
    [
      'yes_no with other values',
      (d) => (q(d, 0, 0).options[1].value = 'maybe'),
      'sections[0].questions[0].options',
      /exactly the option values 'yes' and 'no'/,
    ],
    [
      'a choice with one option',
      (d) => q(d, 1, 1).options.pop(),
      'sections[1].questions[1].options',
      /at least 2/,
    ],
    [
      'a choice without options',
      (d) => delete q(d, 1, 1).options,
      'sections[1].questions[1].options',
      /needs at least 2 options/,
    ],
    [
      'options on a money question',
      (d) => (q(d, 0, 2).options = yesNo()),
      'sections[0].questions[2].options',
      /only yes_no, single_choice and multiple_choice/,
    ],
    [
      'a repeated option value',
      (d) => (q(d, 1, 1).options[1].value = 'hotline'),
      'sections[1].questions[1].options[1].value',
      /repeats the option value 'hotline'/,
    ],
    [
      'a bad option value',
      (d) => (q(d, 1, 1).options[1].value = 'No channel'),
      'sections[1].questions[1].options[1].value',
      /must be an id/,
    ],
    [
      'an empty option label',
      (d) => (q(d, 1, 1).options[1].label = ' '),
      'sections[1].questions[1].options[1].label',
      /empty/,
    ],
    [
      'a weight above the maximum',
      (d) => (q(d, 1, 1).options[1].riskWeight = 11),
      'sections[1].questions[1].options[1].riskWeight',
      /from 0 to 10/,
    ],
    [
      'a fractional weight',
      (d) => (q(d, 1, 1).options[1].riskWeight = 2.5),
      'sections[1].questions[1].options[1].riskWeight',
      /whole number/,
    ],
    [
      'an unknown indicator',
      (d) => (q(d, 1, 1).options[1].indicators = ['isolation', 'slavery']),
      'sections[1].questions[1].options[1].indicators[1]',
      /unknown ILO indicator 'slavery'/,
    ],
    [
      'risk bands on a money question',
      (d) => (q(d, 0, 2).riskBands = [{ from: 0, riskWeight: 1 }]),
      'sections[0].questions[2].riskBands',
      /only integer and percentage/,
    ],
    [
      'a band ending before it starts',
      (d) => (q(d, 1, 0).riskBands[0].to = 0),
      'sections[1].questions[0].riskBands[0].to',
      /greater than from/,
    ],
    [
      'overlapping bands',
      (d) => (q(d, 1, 0).riskBands[0].to = 13),
      'sections[1].questions[0].riskBands[1]',
      /overlaps band 0/,
    ],
    [
      'a band weight out of range',
      (d) => (q(d, 1, 0).riskBands[1].riskWeight = -1),
      'sections[1].questions[0].riskBands[1].riskWeight',
      /from 0 to 10/,
    ],
    [
      'min above max',
      (d) => (q(d, 1, 0).min = 200),
      'sections[1].questions[0].max',
      /not be less than min/,
    ],
    [
      'a fractional limit',
      (d) => (q(d, 1, 0).max = 9.5),
      'sections[1].questions[0].max',
      /whole number/,
    ],
    [
      'min on a money question',
      (d) => (q(d, 0, 2).min = 0),
      'sections[0].questions[2].min',
      /only integer questions/,
    ],
    [
      'a condition on a missing question',
      (d) => (q(d, 0, 1).showIf.question = 'ghost'),
      'sections[0].questions[1].showIf.question',
      /condition refers to a question that does not exist/,
    ],
    [
      'a condition on a later question',
      (d) => (q(d, 0, 1).showIf = { question: 'channels', in: ['none'] }),
      'sections[0].questions[1].showIf.question',
      /condition refers to a question that comes later/,
    ],
    [
      'a condition on the question itself',
      (d) => (q(d, 1, 1).showIf = { question: 'channels', in: ['none'] }),
      'sections[1].questions[1].showIf.question',
      /the question itself/,
    ],
    [
      'a condition on a question without options',
      (d) => (q(d, 1, 1).showIf = { question: 'overtime', in: ['12'] }),
      'sections[1].questions[1].showIf.question',
      /without options/,
    ],
    [
      'a condition on a value the question lacks',
      (d) => (q(d, 0, 1).showIf.in = ['yes', 'sometimes']),
      'sections[0].questions[1].showIf.in[1]',
      /'sometimes' is not an option of question 'uses_agencies'/,
    ],
    [
      'a condition with no values',
      (d) => (q(d, 0, 1).showIf.in = []),
      'sections[0].questions[1].showIf.in',
      /at least 1/,
    ],
    [
      'an unknown fact',
      (d) => (q(d, 0, 2).fact = 'salary'),
      'sections[0].questions[2].fact',
      /must be one of worker_fee_amount/,
    ],
    [
      'a fact on the wrong type',
      (d) => (q(d, 1, 0).fact = 'migrant_share'),
      'sections[1].questions[0].fact',
      /migrant_share is asked with a percentage question/,
    ],
    [
      'a fact asked twice',
      (d) => (q(d, 0, 2).fact = 'worker_fee_amount'),
      'sections[0].questions[2].fact',
      /already asked by an earlier question/,
    ],
  ])('refuses %s, naming the field', (_, change, field, message) => {
    const problems = problemsOf(broken(change));
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('refuses what is not an object', () => {
    expect(problemsOf(null)).toEqual([{ field: 'definition', message: 'must be an object' }]);
    expect(problemsOf([])).toEqual([{ field: 'definition', message: 'must be an object' }]);
  });

  it('lists every problem, not just the first', () => {
    const problems = problemsOf(
      broken((d) => {
        d.key = '';
        d.audience = 'buyer';
        q(d, 0, 1).showIf.question = 'ghost';
        q(d, 1, 1).options[0].riskWeight = 99;
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'key',
      'audience',
      'sections[1].questions[1].options[0].riskWeight',
      'sections[0].questions[1].showIf.question',
    ]);
  });

  it('accepts the range of simple locales', () => {
    for (const locale of ['en', 'pt-BR', 'zh-Hant-TW', 'es-419', 'fil'])
      expect(isSimpleLocale(locale)).toBe(true);
    for (const locale of ['EN', 'en_GB', 'en-gb', 'e', 'en-GB-oxendict', '', 42])
      expect(isSimpleLocale(locale)).toBe(false);
  });
});

describe('invalidFields', () => {
  it('names the first fields in the message and keeps every problem', () => {
    const one = invalidFields('Invalid answers', [{ field: 'answers.q1', message: 'required' }]);
    expect(one.message).toBe('Invalid answers: answers.q1 required');
    const many = invalidFields(
      'Invalid answers',
      ['a', 'b', 'c', 'd', 'e'].map((field) => ({ field, message: 'required' })),
    );
    expect(many.message).toBe('Invalid answers: 5 problems, in a, b, c and 2 more fields');
    expect(many.fields).toHaveLength(5);
    expect(many.code).toBe('invalid');
  });
});
