import { DomainError } from '../domain-error';
import {
  checkAnswers,
  clearedQuestionIds,
  mergeDraft,
  templateQuestions,
  visibleQuestionIds,
} from './answers';
import type { Answers, QuestionDefinition, TemplateDefinition } from './template-types';
import { validateTemplateDefinition } from './validate-template';

const option = (value: string, riskWeight = 0) => ({
  value,
  label: value,
  riskWeight,
  indicators: [],
});
const yesNo = [option('yes'), option('no')];
const question = (id: string, type: string, extra: Partial<QuestionDefinition> = {}) => ({
  id,
  type,
  text: `Question ${id}`,
  required: false,
  ...extra,
});

/** One question of every type; `fees` and `agencies` show only after a "yes". */
const definition: TemplateDefinition = validateTemplateDefinition({
  key: 'answers-test',
  title: 'Answers test',
  description: 'Every question type',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        question('uses_agencies', 'yes_no', { required: true, options: yesNo }),
        question('agencies', 'integer', {
          required: true,
          min: 1,
          max: 50,
          showIf: { question: 'uses_agencies', in: ['yes'] },
        }),
        question('fee_charged', 'yes_no', {
          options: yesNo,
          showIf: { question: 'uses_agencies', in: ['yes'] },
        }),
        question('fee', 'money', {
          required: true,
          showIf: { question: 'fee_charged', in: ['yes'] },
        }),
        question('shift', 'single_choice', {
          options: [option('day'), option('night'), option('rotating')],
        }),
        question('benefits', 'multiple_choice', {
          options: [option('housing'), option('meals'), option('transport')],
        }),
        question('night_pay', 'text', {
          showIf: { question: 'benefits', in: ['meals', 'transport'] },
        }),
        question('migrants', 'percentage'),
        question('audited_on', 'date'),
        question('policy', 'file'),
        question('notes', 'text'),
      ],
    },
  ],
});

const FILE_ID = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';

function problemsOf(input: unknown, mode: 'draft' | 'submit' = 'draft') {
  try {
    checkAnswers(definition, input, mode);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected the answers to be refused');
}

describe('visibleQuestionIds', () => {
  const ids = (answers: Answers) => [...visibleQuestionIds(definition, answers)];

  it('shows unconditional questions and hides conditional ones until their answer is given', () => {
    expect(ids({})).toEqual([
      'uses_agencies',
      'shift',
      'benefits',
      'migrants',
      'audited_on',
      'policy',
      'notes',
    ]);
    expect(ids({ uses_agencies: 'yes' })).toContain('agencies');
    expect(ids({ uses_agencies: 'no' })).not.toContain('agencies');
  });

  it('hides a question whose condition question is hidden, whatever its stored answer', () => {
    expect(ids({ uses_agencies: 'yes', fee_charged: 'yes' })).toContain('fee');
    expect(ids({ uses_agencies: 'no', fee_charged: 'yes' })).not.toContain('fee');
  });

  it('shows a question after a multiple choice when any selected value matches', () => {
    expect(ids({ benefits: ['housing', 'transport'] })).toContain('night_pay');
    expect(ids({ benefits: ['housing'] })).not.toContain('night_pay');
  });
});

describe('checkAnswers', () => {
  const everything = {
    uses_agencies: 'yes',
    agencies: 3,
    fee_charged: 'yes',
    fee: { amountMinor: 125000, currency: 'USD', note: 'dropped' },
    shift: 'night',
    benefits: ['transport', 'housing'],
    night_pay: '  Paid at 150%  ',
    migrants: 12.5,
    audited_on: '2024-02-29',
    policy: { fileId: FILE_ID },
    notes: 'None',
  };

  it('accepts answers of every type, cleaned', () => {
    expect(checkAnswers(definition, everything, 'submit')).toEqual({
      ...everything,
      fee: { amountMinor: 125000, currency: 'USD' },
      benefits: ['housing', 'transport'],
      night_pay: 'Paid at 150%',
      policy: { fileId: FILE_ID.toLowerCase() },
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['uses_agencies', 'Yes', /must be 'yes' or 'no'/],
    ['uses_agencies', true, /must be 'yes' or 'no'/],
    ['shift', 'evening', /unknown option 'evening'/],
    ['shift', 1, /one of the option values/],
    ['benefits', 'meals', /list of option values/],
    ['benefits', [], /at least one option/],
    ['benefits', ['meals', 'spa'], /unknown option 'spa'/],
    ['benefits', ['meals', 'meals'], /selects 'meals' more than once/],
    ['agencies', 2.5, /whole number/],
    ['agencies', '12', /whole number/],
    ['agencies', 0, /at least 1/],
    ['agencies', 51, /at most 50/],
    [
      'fee',
      { amountMinor: 12.5, currency: 'USD' },
      /amountMinor must be a whole number of minor units/,
    ],
    ['fee', { amountMinor: '1250', currency: 'USD' }, /amountMinor must be a whole number/],
    ['fee', { amountMinor: -1, currency: 'USD' }, /must not be negative/],
    ['fee', { amountMinor: 2 ** 60, currency: 'USD' }, /too large/],
    ['fee', { amountMinor: 100, currency: 'usd' }, /ISO 4217/],
    ['fee', { amountMinor: 100, currency: 'XAU' }, /ISO 4217/],
    ['fee', 100, /amountMinor and currency/],
    ['migrants', 100.5, /from 0 to 100/],
    ['migrants', -1, /from 0 to 100/],
    ['migrants', '50', /from 0 to 100/],
    ['migrants', 33.333, /at most 2 decimals/],
    ['audited_on', '2023-02-29', /YYYY-MM-DD/],
    ['audited_on', '2024-13-01', /YYYY-MM-DD/],
    ['audited_on', '2024-1-01', /YYYY-MM-DD/],
    ['audited_on', '2024-04-31T00:00', /YYYY-MM-DD/],
    ['notes', '   ', /must not be empty/],
    ['notes', 'x'.repeat(5001), /at most 5000 characters/],
    ['notes', 42, /must be text/],
    ['policy', { fileId: 'report.pdf' }, /fileId/],
    ['policy', FILE_ID, /fileId/],
  ])('refuses %s = %p on its field', (id, value, message) => {
    expect(problemsOf({ [id]: value })).toEqual([
      { field: `answers.${id}`, message: expect.stringMatching(message) },
    ]);
  });

  it('reports both halves of a bad money answer', () => {
    expect(problemsOf({ fee: { amountMinor: 1.5, currency: 'EURO' } })).toHaveLength(2);
  });

  it('accepts the edges of each range', () => {
    const answers = {
      agencies: 50,
      migrants: 0,
      notes: `${'é'.repeat(5000)}  `,
      audited_on: '2000-02-29',
      fee: { amountMinor: 0, currency: 'JPY' },
    };
    expect(checkAnswers(definition, answers, 'draft')).toEqual({
      ...answers,
      notes: 'é'.repeat(5000),
    });
  });

  it('refuses what is not an object of answers', () => {
    for (const input of [null, [], 'yes'])
      expect(problemsOf(input)).toEqual([{ field: 'answers', message: expect.any(String) }]);
  });

  it('refuses answers to questions the template does not have', () => {
    expect(problemsOf({ ghost: 'yes', __proto__x: 1 })).toEqual([
      { field: 'answers.ghost', message: 'no such question' },
      { field: 'answers.__proto__x', message: 'no such question' },
    ]);
  });

  it('in a draft, accepts partial answers, keeps hidden ones and drops cleared ones', () => {
    expect(
      checkAnswers(definition, { uses_agencies: 'no', agencies: 4, shift: null }, 'draft'),
    ).toEqual({ uses_agencies: 'no', agencies: 4 });
  });

  it('on submit, drops answers to hidden questions', () => {
    expect(checkAnswers(definition, { uses_agencies: 'no', agencies: 4 }, 'submit')).toEqual({
      uses_agencies: 'no',
    });
  });

  it('on submit, requires every visible required question, once each', () => {
    expect(problemsOf({}, 'submit')).toEqual([
      { field: 'answers.uses_agencies', message: 'required' },
    ]);
    expect(problemsOf({ uses_agencies: 'yes', fee_charged: 'yes' }, 'submit')).toEqual([
      { field: 'answers.agencies', message: 'required' },
      { field: 'answers.fee', message: 'required' },
    ]);
    // null is unanswered on submit, not "cleared".
    expect(problemsOf({ uses_agencies: null }, 'submit')).toEqual([
      { field: 'answers.uses_agencies', message: 'required' },
    ]);
  });

  it('lists every problem in one error whose message names the first fields', () => {
    let error: DomainError | undefined;
    try {
      checkAnswers(definition, { uses_agencies: 'yes', shift: 'x', ghost: 1 }, 'submit');
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.fields.map((problem) => problem.field)).toEqual([
      'answers.shift',
      'answers.ghost',
      'answers.agencies',
    ]);
    expect(error?.message).toContain('answers.shift, answers.ghost, answers.agencies');
  });
});

describe('drafts', () => {
  it('finds the answers a patch clears', () => {
    expect(clearedQuestionIds({ shift: null, notes: 'x', migrants: null })).toEqual([
      'shift',
      'migrants',
    ]);
    expect(clearedQuestionIds('nonsense')).toEqual([]);
  });

  it('merges a checked patch into the previous draft', () => {
    const previous: Answers = { shift: 'day', notes: 'old', migrants: 10 };
    const merged = mergeDraft(previous, { notes: 'new', agencies: 2 }, ['shift']);
    expect(merged).toEqual({ notes: 'new', migrants: 10, agencies: 2 });
    expect(previous).toEqual({ shift: 'day', notes: 'old', migrants: 10 });
  });

  it('round-trips: check the patch, clear, merge', () => {
    const patch = { shift: null, notes: ' kept ' };
    const merged = mergeDraft(
      { shift: 'day' },
      checkAnswers(definition, patch, 'draft'),
      clearedQuestionIds(patch),
    );
    expect(merged).toEqual({ notes: 'kept' });
  });
});

describe('templateQuestions', () => {
  it('lists questions in template order', () => {
    expect(templateQuestions(definition).map((q) => q.id)[0]).toBe('uses_agencies');
    expect(templateQuestions(definition)).toHaveLength(11);
  });
});
