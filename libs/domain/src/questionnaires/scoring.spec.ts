import fc from 'fast-check';
import { ILO_INDICATORS } from '../risk/indicators';
import { templateQuestions, visibleQuestionIds } from './answers';
import { SCORING_VERSION, scoreSubmission } from './scoring';
import type {
  Answers,
  AnswerValue,
  QuestionDefinition,
  TemplateDefinition,
} from './template-types';
import { validateTemplateDefinition } from './validate-template';

const yesNo = (yesWeight: number, indicators: string[] = []) => [
  { value: 'yes', label: 'Yes', riskWeight: yesWeight, indicators },
  { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
];

const definition: TemplateDefinition = validateTemplateDefinition({
  key: 'scoring-test',
  title: 'Scoring test',
  description: 'Risky answers',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'recruitment',
      title: 'Recruitment',
      questions: [
        {
          id: 'documents',
          type: 'yes_no',
          text: 'Documents held by the employer',
          required: true,
          fact: 'documents_retained',
          options: yesNo(10, ['retention_of_documents']),
        },
        {
          id: 'uses_agencies',
          type: 'yes_no',
          text: 'Uses agencies',
          required: true,
          options: yesNo(0),
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
        {
          id: 'deposit',
          type: 'yes_no',
          text: 'Is a deposit required?',
          required: false,
          fact: 'deposit_required',
          options: yesNo(8, ['debt_bondage', 'restriction_of_movement']),
        },
      ],
    },
    {
      id: 'conditions',
      title: 'Conditions',
      questions: [
        {
          id: 'overtime',
          type: 'integer',
          text: 'Overtime hours per week',
          required: true,
          riskBands: [
            { from: 0, to: 12, riskWeight: 0, indicators: [] },
            { from: 12, riskWeight: 7, indicators: ['excessive_overtime'] },
          ],
        },
        {
          id: 'migrants',
          type: 'percentage',
          text: 'Migrant workers',
          required: true,
          fact: 'migrant_share',
          riskBands: [{ from: 30, riskWeight: 3, indicators: ['abuse_of_vulnerability'] }],
        },
        {
          id: 'issues',
          type: 'multiple_choice',
          text: 'Reported issues',
          required: true,
          options: [
            { value: 'none', label: 'None', riskWeight: 0, indicators: [] },
            {
              value: 'threats',
              label: 'Threats',
              riskWeight: 6,
              indicators: ['intimidation_threats'],
            },
            {
              value: 'violence',
              label: 'Violence',
              riskWeight: 8,
              indicators: ['physical_sexual_violence', 'intimidation_threats'],
            },
            {
              value: 'isolation',
              label: 'Isolated site',
              riskWeight: 5,
              indicators: ['isolation'],
            },
          ],
        },
        {
          id: 'shift',
          type: 'single_choice',
          text: 'Shift pattern',
          required: true,
          options: [
            { value: 'day', label: 'Day', riskWeight: 0, indicators: [] },
            { value: 'night', label: 'Night', riskWeight: 4, indicators: ['abusive_conditions'] },
          ],
        },
      ],
    },
    {
      id: 'about',
      title: 'About you',
      questions: [{ id: 'notes', type: 'text', text: 'Notes', required: false }],
    },
  ],
});

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

const without = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

const risky: Answers = {
  documents: 'yes',
  uses_agencies: 'yes',
  fee: usd(250000),
  wage: usd(100000),
  deposit: 'no',
  overtime: 18,
  migrants: 40,
  issues: ['threats', 'violence'],
  shift: 'day',
  notes: 'Nothing to add',
};

describe('scoreSubmission', () => {
  it('scores sections, total, flags and facts of a risky submission', () => {
    const score = scoreSubmission(definition, risky);
    expect(score.scoringVersion).toBe(SCORING_VERSION);
    expect(score.sections).toEqual([
      { sectionId: 'recruitment', points: 18, maxPoints: 28, score: 64 },
      { sectionId: 'conditions', points: 20, maxPoints: 24, score: 83 },
      { sectionId: 'about', points: 0, maxPoints: 0, score: 0 },
    ]);
    expect(score.total).toEqual({ points: 38, maxPoints: 52, score: 73 });
    expect(score.unanswered).toEqual([]);
    expect(score.flags).toEqual([
      {
        indicator: 'abuse_of_vulnerability',
        points: 3,
        answers: [
          { questionId: 'migrants', points: 3, reason: 'Migrant workers: 40% (30% or more)' },
        ],
      },
      {
        indicator: 'physical_sexual_violence',
        points: 8,
        answers: [{ questionId: 'issues', points: 8, reason: 'Reported issues: Violence' }],
      },
      {
        indicator: 'intimidation_threats',
        points: 10,
        answers: [
          { questionId: 'issues', points: 10, reason: 'Reported issues: Threats, Violence' },
        ],
      },
      {
        indicator: 'retention_of_documents',
        points: 10,
        answers: [
          { questionId: 'documents', points: 10, reason: 'Documents held by the employer: Yes' },
        ],
      },
      {
        indicator: 'debt_bondage',
        points: 8,
        answers: [
          { questionId: 'fee', points: 8, reason: 'Fees paid by a worker: 2.5 months of wages' },
        ],
      },
      {
        indicator: 'excessive_overtime',
        points: 7,
        answers: [
          { questionId: 'overtime', points: 7, reason: 'Overtime hours per week: 18 (12 or more)' },
        ],
      },
    ]);
    expect(score.facts).toEqual({
      feeMonths: 2.5,
      workerPaidFees: true,
      documentsRetained: true,
      depositRequired: false,
      loansOffered: null,
      contractInWorkerLanguage: null,
      employerPaysCommitted: null,
      wagesPaidOnTime: null,
      migrantShare: 40,
      agencyShare: null,
    });
  });

  it('adds up every answer giving points to an indicator', () => {
    const score = scoreSubmission(definition, { ...risky, deposit: 'yes' });
    const debt = score.flags.find((flag) => flag.indicator === 'debt_bondage');
    expect(debt?.points).toBe(16);
    expect(debt?.answers.map((answer) => answer.questionId)).toEqual(['fee', 'deposit']);
    expect(score.flags.map((flag) => flag.indicator)).toContain('restriction_of_movement');
  });

  it.each<[string, AnswerValue, number, number | null, string]>([
    ['no fee', usd(0), 0, 0, 'Fees paid by a worker: none'],
    ['a tiny fee', usd(1), 6, 0, 'Fees paid by a worker: under 0.01 months of wages'],
    ['one month', usd(100000), 6, 1, 'Fees paid by a worker: 1 month of wages'],
    ['a fee rounding to one month', usd(100400), 6, 1, 'Fees paid by a worker: 1 month of wages'],
    ['just over a month', usd(100500), 8, 1.01, 'Fees paid by a worker: 1.01 months of wages'],
    ['three months', usd(300000), 8, 3, 'Fees paid by a worker: 3 months of wages'],
    [
      'just over three months',
      usd(300500),
      10,
      3.01,
      'Fees paid by a worker: 3.01 months of wages',
    ],
    [
      'a fee in another currency',
      { amountMinor: 5000000, currency: 'VND' },
      6,
      null,
      'Fees paid by a worker: VND 5,000,000 (months of wages unknown)',
    ],
  ])('scores %s from fee months', (_, fee, points, feeMonths, reason) => {
    const score = scoreSubmission(definition, { ...risky, fee });
    expect(score.sections[0].points).toBe(10 + points);
    expect(score.facts.feeMonths).toBe(feeMonths);
    expect(score.facts.workerPaidFees).toBe(
      fee !== null && (fee as { amountMinor: number }).amountMinor > 0,
    );
    const debt = score.flags.find((flag) => flag.indicator === 'debt_bondage');
    if (points === 0) expect(debt).toBeUndefined();
    else expect(debt?.answers).toEqual([{ questionId: 'fee', points, reason }]);
  });

  it('leaves fee months unknown without a wage, but still scores a fee', () => {
    const score = scoreSubmission(definition, without(risky, 'wage'));
    expect(score.facts.feeMonths).toBeNull();
    expect(score.facts.workerPaidFees).toBe(true);
    expect(score.sections[0].points).toBe(16);
  });

  it('counts an unanswered visible question at half its maximum, never as low risk', () => {
    const score = scoreSubmission(definition, without(risky, 'deposit', 'fee', 'migrants'));
    expect(score.unanswered).toEqual(['fee', 'deposit', 'migrants']);
    expect(score.sections[0]).toEqual({
      sectionId: 'recruitment',
      points: 10 + 5 + 4,
      maxPoints: 28,
      score: 68,
    });
    const reasons = (indicator: string) =>
      score.flags.find((flag) => flag.indicator === indicator)?.answers;
    expect(reasons('restriction_of_movement')).toEqual([
      { questionId: 'deposit', points: 4, reason: 'Is a deposit required? not answered' },
    ]);
    expect(reasons('debt_bondage')?.map((answer) => answer.points)).toEqual([5, 4]);
    expect(reasons('abuse_of_vulnerability')).toEqual([
      { questionId: 'migrants', points: 1.5, reason: 'Migrant workers: not answered' },
    ]);
  });

  it('does not list unanswered questions that carry no risk', () => {
    const score = scoreSubmission(definition, { ...without(risky, 'notes'), uses_agencies: 'no' });
    expect(score.unanswered).toEqual([]);
  });

  it('ignores hidden questions, their answers and their facts', () => {
    const score = scoreSubmission(definition, { ...risky, uses_agencies: 'no' });
    expect(score.sections[0]).toMatchObject({ points: 10, maxPoints: 18 });
    expect(score.facts.feeMonths).toBeNull();
    expect(score.flags.map((flag) => flag.indicator)).not.toContain('debt_bondage');
  });

  it('scores a value outside every band as 0', () => {
    const score = scoreSubmission(definition, { ...risky, migrants: 10 });
    expect(score.sections[1]).toMatchObject({ points: 17, maxPoints: 24 });
  });

  it('caps a multiple choice at the maximum weight', () => {
    const all = ['none', 'threats', 'violence', 'isolation'];
    const score = scoreSubmission(definition, { ...risky, issues: all });
    expect(score.sections[1]).toMatchObject({ points: 20, maxPoints: 24 });
    expect(score.flags.find((flag) => flag.indicator === 'isolation')?.points).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated templates

const weight = fc.integer({ min: 0, max: 10 });
const indicators = fc.subarray(
  ILO_INDICATORS.map((indicator) => indicator.code),
  {
    maxLength: 2,
  },
);
const weighted = fc.record({ riskWeight: weight, indicators });

/** Sorted cut points make non-overlapping bands; the last band is open-ended. */
const bands = fc
  .uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 3 })
  .chain((cuts) =>
    fc.array(weighted, { minLength: cuts.length, maxLength: cuts.length }).map((weights) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      return sorted.map((from, i) => ({
        from,
        ...(i + 1 < sorted.length && { to: sorted[i + 1] }),
        ...weights[i],
      }));
    }),
  );

const questionSpec = fc.record({
  type: fc.constantFrom(
    'yes_no',
    'single_choice',
    'multiple_choice',
    'integer',
    'percentage',
    'money',
    'text',
  ),
  options: fc.array(weighted, { minLength: 2, maxLength: 4 }),
  bands,
  required: fc.boolean(),
  condition: fc.option(fc.record({ target: fc.nat(), value: fc.nat() }), { nil: undefined }),
});
type QuestionSpec = typeof questionSpec extends fc.Arbitrary<infer T> ? T : never;

const CHOICES = ['yes_no', 'single_choice', 'multiple_choice'];

/** A valid template: money questions carry the fee, then the wage fact; conditions point back. */
function buildTemplate(specs: QuestionSpec[][], withConditions: boolean): TemplateDefinition {
  const built: Array<Record<string, unknown>> = [];
  let money = 0;
  const sections = specs.map((questions, s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    questions: questions.map((spec) => {
      const id = `q${built.length}`;
      const question: Record<string, unknown> = {
        id,
        type: spec.type,
        text: `Question ${id}`,
        required: spec.required,
      };
      if (spec.type === 'yes_no')
        question.options = ['yes', 'no'].map((value, i) => ({
          value,
          label: value,
          ...spec.options[i],
        }));
      else if (CHOICES.includes(spec.type))
        question.options = spec.options.map((o, i) => ({ value: `o${i}`, label: `O${i}`, ...o }));
      if (spec.type === 'integer' || spec.type === 'percentage') question.riskBands = spec.bands;
      if (spec.type === 'money' && money < 2)
        question.fact = money++ === 0 ? 'worker_fee_amount' : 'monthly_wage';
      const earlier = built.filter((q) => CHOICES.includes(q.type as string));
      if (withConditions && spec.condition && earlier.length > 0) {
        const target = earlier[spec.condition.target % earlier.length];
        const options = target.options as Array<{ value: string }>;
        question.showIf = {
          question: target.id,
          in: [options[spec.condition.value % options.length].value],
        };
      }
      built.push(question);
      return question;
    }),
  }));
  return validateTemplateDefinition({
    key: 'generated',
    title: 'Generated',
    description: 'Generated',
    baseLocale: 'en',
    audience: 'supplier',
    sections,
  });
}

const templates = (withConditions: boolean) =>
  fc
    .array(fc.array(questionSpec, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
    .map((specs) => buildTemplate(specs, withConditions));

function answerFor(question: QuestionDefinition): fc.Arbitrary<AnswerValue> {
  const values = (question.options ?? []).map((option) => option.value);
  switch (question.type) {
    case 'yes_no':
    case 'single_choice':
      return fc.constantFrom(...values);
    case 'multiple_choice':
      return fc.subarray(values, { minLength: 1 });
    case 'integer':
      return fc.integer({ min: 0, max: 120 });
    case 'percentage':
      return fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100);
    case 'money':
      return fc.record({
        amountMinor: fc.integer({ min: 0, max: 10_000_000 }),
        currency: fc.constantFrom('USD', 'EUR'),
      });
    default:
      return fc.constant('free text');
  }
}

/** Any subset of the questions answered with valid values. */
const answersFor = (template: TemplateDefinition): fc.Arbitrary<Answers> =>
  fc.record(Object.fromEntries(templateQuestions(template).map((q) => [q.id, answerFor(q)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;

const withAnswers = (withConditions: boolean) =>
  templates(withConditions).chain((template) =>
    fc.tuple(fc.constant(template), answersFor(template), answersFor(template), fc.nat()),
  );

/** The answer scoring the most a question can: its worst option(s), band or fee. */
function riskiest(
  template: TemplateDefinition,
  answers: Answers,
  question: QuestionDefinition,
): AnswerValue | undefined {
  const options = question.options ?? [];
  const top = <T extends { riskWeight: number }>(items: T[]): T =>
    items.reduce((best, item) => (item.riskWeight > best.riskWeight ? item : best), items[0]);
  if (question.type === 'multiple_choice') {
    const positive = options.filter((o) => o.riskWeight > 0).map((o) => o.value);
    return positive.length > 0 ? positive : [options[0].value];
  }
  if (options.length > 0) return top(options).value;
  if (question.riskBands) return top(question.riskBands).from;
  if (question.fact === 'worker_fee_amount') {
    // In the wage's currency, so the fee's months can be worked out.
    const wageQuestion = templateQuestions(template).find((q) => q.fact === 'monthly_wage');
    const wage = wageQuestion && (answers[wageQuestion.id] as { currency: string } | undefined);
    return { amountMinor: 1e12, currency: wage?.currency ?? 'USD' };
  }
  return undefined;
}

describe('scoreSubmission properties', () => {
  it('keeps every score between 0 and 100 and points within their maximum', () => {
    fc.assert(
      fc.property(withAnswers(true), ([template, answers]) => {
        const score = scoreSubmission(template, answers);
        for (const figures of [score.total, ...score.sections]) {
          expect(figures.score).toBeGreaterThanOrEqual(0);
          expect(figures.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(figures.score)).toBe(true);
          expect(figures.points).toBeLessThanOrEqual(figures.maxPoints);
        }
        for (const flag of score.flags) expect(flag.points).toBeGreaterThan(0);
      }),
    );
  });

  it('never lowers the total when an answer becomes the riskiest one', () => {
    fc.assert(
      fc.property(withAnswers(false), ([template, answers, , pick]) => {
        const questions = templateQuestions(template);
        const question = questions[pick % questions.length];
        const worst = riskiest(template, answers, question);
        fc.pre(worst !== undefined);
        const before = scoreSubmission(template, answers);
        const after = scoreSubmission(template, {
          ...answers,
          [question.id]: worst,
        });
        expect(after.total.points).toBeGreaterThanOrEqual(before.total.points);
        expect(after.total.score).toBeGreaterThanOrEqual(before.total.score);
      }),
    );
  });

  it('gives the same score whatever hidden questions were answered', () => {
    fc.assert(
      fc.property(withAnswers(true), ([template, answers, others]) => {
        const visible = visibleQuestionIds(template, answers);
        const shown = Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
        const hidden = Object.fromEntries(
          Object.entries(others).filter(([id]) => !visible.has(id)),
        );
        expect(scoreSubmission(template, { ...shown, ...hidden })).toEqual(
          scoreSubmission(template, shown),
        );
      }),
    );
  });
});
