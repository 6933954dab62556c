import { divideRoundHalfUp, formatMoney } from '../money/money';
import { ILO_INDICATORS, IloIndicator } from '../risk/indicators';
import { visibleQuestionIds } from './answers';
import {
  AnswerValue,
  Answers,
  FactKey,
  MAX_RISK_WEIGHT,
  MoneyAnswer,
  NumericRiskBand,
  OptionDefinition,
  QuestionDefinition,
  TemplateDefinition,
} from './template-types';

/**
 * Stored with every score. Change it whenever a rule below changes: stored scores keep the
 * version that produced them and are never rewritten silently.
 */
export const SCORING_VERSION = '1.0.0';

export interface ScoreFigures {
  points: number;
  maxPoints: number;
  /** 0–100, higher = more risk. */
  score: number;
}

export interface FlagAnswer {
  questionId: string;
  points: number;
  reason: string;
}

export interface IndicatorFlag {
  indicator: IloIndicator;
  points: number;
  answers: FlagAnswer[];
}

/** Facts the risk engine and the officer read from a submission; null = not known. */
export interface DerivedFacts {
  /** worker_fee_amount ÷ monthly_wage (2 decimals) when both are in one currency; 0 for no fee. */
  feeMonths: number | null;
  workerPaidFees: boolean | null;
  documentsRetained: boolean | null;
  depositRequired: boolean | null;
  loansOffered: boolean | null;
  contractInWorkerLanguage: boolean | null;
  employerPaysCommitted: boolean | null;
  wagesPaidOnTime: boolean | null;
  /** Percentages of the site's workforce. */
  migrantShare: number | null;
  agencyShare: number | null;
}

export interface SubmissionScore {
  scoringVersion: string;
  total: ScoreFigures;
  sections: Array<{ sectionId: string } & ScoreFigures>;
  /** Indicators with points above 0, in ILO order. */
  flags: IndicatorFlag[];
  /** Visible questions carrying risk that were left unanswered (each counted at half). */
  unanswered: string[];
  facts: DerivedFacts;
}

/** What one question gave: its points, out of its maximum, and to which indicators. */
interface Rating {
  points: number;
  maxPoints: number;
  evidence: Array<{ indicator: IloIndicator; points: number; reason: string }>;
}

/** By months of wages. The norm is no fee at all (docs/domain.md §3), so any fee scores. */
const FEE_POINTS = { upToOneMonth: 6, upToThreeMonths: 8, above: 10, monthsUnknown: 6 } as const;

/**
 * Scores a submission: every visible question rated, sections and total as 0–100. An unanswered
 * visible question counts half its maximum, because not knowing is never low risk.
 */
export function scoreSubmission(definition: TemplateDefinition, answers: Answers): SubmissionScore {
  const visible = visibleQuestionIds(definition, answers);
  const answerOf = (question: QuestionDefinition): AnswerValue | undefined =>
    visible.has(question.id) && Object.hasOwn(answers, question.id)
      ? answers[question.id]
      : undefined;
  const byFact = factAnswers(definition, answerOf);
  const wage = byFact.get('monthly_wage');
  const flags = new Map<IloIndicator, IndicatorFlag>();
  const unanswered: string[] = [];
  const sections = definition.sections.map((section) => {
    let points = 0;
    let maxPoints = 0;
    for (const question of section.questions) {
      if (!visible.has(question.id)) continue;
      const rating =
        rateAnswer(question, answerOf(question), wage) ?? rateUnanswered(question, unanswered);
      points += rating.points;
      maxPoints += rating.maxPoints;
      addEvidence(flags, question.id, rating);
    }
    return { sectionId: section.id, ...figures(points, maxPoints) };
  });
  return {
    scoringVersion: SCORING_VERSION,
    total: figures(
      sections.reduce((sum, section) => sum + section.points, 0),
      sections.reduce((sum, section) => sum + section.maxPoints, 0),
    ),
    sections,
    flags: ILO_INDICATORS.map(({ code }) => flags.get(code)).filter(
      (flag): flag is IndicatorFlag => flag !== undefined && flag.points > 0,
    ),
    unanswered,
    facts: deriveFacts(byFact),
  };
}

function figures(points: number, maxPoints: number): ScoreFigures {
  return { points, maxPoints, score: maxPoints > 0 ? Math.round((100 * points) / maxPoints) : 0 };
}

function addEvidence(flags: Map<IloIndicator, IndicatorFlag>, questionId: string, rating: Rating) {
  for (const { indicator, points, reason } of rating.evidence) {
    if (points <= 0) continue;
    const flag = flags.get(indicator) ?? { indicator, points: 0, answers: [] };
    flag.points += points;
    flag.answers.push({ questionId, points, reason });
    flags.set(indicator, flag);
  }
}

// ---------------------------------------------------------------------------------------------
// Maximum points and unanswered questions

const isFeeQuestion = (question: QuestionDefinition) => question.fact === 'worker_fee_amount';

/** The options or bands a question can score with (none for unscored types). */
function weighted(question: QuestionDefinition): Array<OptionDefinition | NumericRiskBand> {
  return question.options ?? question.riskBands ?? [];
}

function maxPointsOf(question: QuestionDefinition): number {
  if (isFeeQuestion(question)) return FEE_POINTS.above;
  const weights = weighted(question).map((item) => item.riskWeight);
  if (question.type === 'multiple_choice')
    return Math.min(
      MAX_RISK_WEIGHT,
      weights.filter((w) => w > 0).reduce((a, b) => a + b, 0),
    );
  return Math.max(0, ...weights);
}

/** The indicators an answer at the question's worst would evidence. */
function worstIndicators(question: QuestionDefinition): IloIndicator[] {
  if (isFeeQuestion(question)) return ['debt_bondage'];
  const items = weighted(question);
  const top = Math.max(0, ...items.map((item) => item.riskWeight));
  return [...new Set(items.filter((item) => item.riskWeight === top).flatMap((i) => i.indicators))];
}

function rateUnanswered(question: QuestionDefinition, unanswered: string[]): Rating {
  const maxPoints = maxPointsOf(question);
  if (maxPoints === 0) return { points: 0, maxPoints, evidence: [] };
  unanswered.push(question.id);
  const points = maxPoints / 2;
  const reason = describe(question, 'not answered');
  return {
    points,
    maxPoints,
    evidence: worstIndicators(question).map((indicator) => ({ indicator, points, reason })),
  };
}

// ---------------------------------------------------------------------------------------------
// Answered questions: null when the answer is missing or does not fit the question

function rateAnswer(
  question: QuestionDefinition,
  answer: AnswerValue | undefined,
  wage: AnswerValue | undefined,
): Rating | null {
  if (answer === undefined) return null;
  if (isFeeQuestion(question)) return isMoney(answer) ? rateFee(question, answer, wage) : null;
  switch (question.type) {
    case 'yes_no':
    case 'single_choice':
      return typeof answer === 'string' ? rateChoice(question, answer) : null;
    case 'multiple_choice':
      return Array.isArray(answer) ? rateChoices(question, answer) : null;
    case 'integer':
    case 'percentage':
      return typeof answer === 'number' ? rateNumber(question, answer) : null;
    default:
      return { points: 0, maxPoints: 0, evidence: [] };
  }
}

/** "Documents held by the employer: Yes"; a question keeps its mark: "Do you …? Yes". */
function describe(question: QuestionDefinition, shown: string): string {
  const subject = question.text.replace(/:\s*$/, '');
  return subject.endsWith('?') ? `${subject} ${shown}` : `${subject}: ${shown}`;
}

function rateChoice(question: QuestionDefinition, answer: string): Rating | null {
  const option = question.options?.find((candidate) => candidate.value === answer);
  if (!option) return null;
  const reason = describe(question, option.label);
  return {
    points: option.riskWeight,
    maxPoints: maxPointsOf(question),
    evidence: option.indicators.map((indicator) => ({
      indicator,
      points: option.riskWeight,
      reason,
    })),
  };
}

/** Each indicator gets the weights of the chosen options evidencing it, not the whole answer's. */
function rateChoices(question: QuestionDefinition, answer: string[]): Rating | null {
  const chosen = (question.options ?? []).filter((option) => answer.includes(option.value));
  if (chosen.length === 0) return null;
  const capped = (options: OptionDefinition[]) =>
    Math.min(
      MAX_RISK_WEIGHT,
      options.reduce((sum, option) => sum + option.riskWeight, 0),
    );
  const indicators = [...new Set(chosen.flatMap((option) => option.indicators))];
  return {
    points: capped(chosen),
    maxPoints: maxPointsOf(question),
    evidence: indicators.map((indicator) => {
      const evidencing = chosen.filter((option) => option.indicators.includes(indicator));
      const labels = evidencing.map((option) => option.label).join(', ');
      return { indicator, points: capped(evidencing), reason: describe(question, labels) };
    }),
  };
}

/** A value outside every band scores 0: the bands say where the risk is. */
function rateNumber(question: QuestionDefinition, answer: number): Rating {
  const maxPoints = maxPointsOf(question);
  const band = question.riskBands?.find(
    (candidate) =>
      answer >= candidate.from && (candidate.to === undefined || answer < candidate.to),
  );
  if (!band) return { points: 0, maxPoints, evidence: [] };
  const unit = question.type === 'percentage' ? '%' : '';
  const reason = describe(question, `${answer}${unit} (${bandText(band, unit)})`);
  return {
    points: band.riskWeight,
    maxPoints,
    evidence: band.indicators.map((indicator) => ({ indicator, points: band.riskWeight, reason })),
  };
}

function bandText(band: NumericRiskBand, unit: string): string {
  if (band.to === undefined) return `${band.from}${unit} or more`;
  if (band.from === 0) return `under ${band.to}${unit}`;
  return `${band.from}${unit} to under ${band.to}${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Fees

function isMoney(answer: AnswerValue): answer is MoneyAnswer {
  return typeof answer === 'object' && !Array.isArray(answer) && 'amountMinor' in answer;
}

/** The wage fee months divide by: in the fee's currency and above 0, else unknown. */
function usableWage(fee: MoneyAnswer, wage: AnswerValue | undefined): number | null {
  return wage !== undefined &&
    isMoney(wage) &&
    wage.currency === fee.currency &&
    wage.amountMinor > 0
    ? wage.amountMinor
    : null;
}

/** Rounded half-up to 2 decimals, as recruitment fee months are everywhere. */
function feeMonths(fee: MoneyAnswer, wageMinor: number): number {
  return Number(divideRoundHalfUp(BigInt(fee.amountMinor) * 100n, BigInt(wageMinor))) / 100;
}

/**
 * Banded on the months shown (facts.feeMonths), so the reason and the points agree; any fee scores
 * at least the first band, even one that rounds to 0 months or whose months cannot be worked out.
 */
function rateFee(
  question: QuestionDefinition,
  fee: MoneyAnswer,
  wage: AnswerValue | undefined,
): Rating {
  const rated = (points: number, shown: string): Rating => ({
    points,
    maxPoints: FEE_POINTS.above,
    evidence: [{ indicator: 'debt_bondage', points, reason: describe(question, shown) }],
  });
  if (fee.amountMinor === 0) return rated(0, 'none');
  const wageMinor = usableWage(fee, wage);
  if (wageMinor === null)
    return rated(
      FEE_POINTS.monthsUnknown,
      `${formatMoney(BigInt(fee.amountMinor), fee.currency)} (months of wages unknown)`,
    );
  const months = feeMonths(fee, wageMinor);
  const shown =
    months === 0
      ? 'under 0.01 months of wages'
      : `${months} ${months === 1 ? 'month' : 'months'} of wages`;
  if (months <= 1) return rated(FEE_POINTS.upToOneMonth, shown);
  if (months <= 3) return rated(FEE_POINTS.upToThreeMonths, shown);
  return rated(FEE_POINTS.above, shown);
}

// ---------------------------------------------------------------------------------------------
// Facts

const YES_NO_FACTS = {
  documents_retained: 'documentsRetained',
  deposit_required: 'depositRequired',
  loans_offered: 'loansOffered',
  contract_in_worker_language: 'contractInWorkerLanguage',
  employer_pays_committed: 'employerPaysCommitted',
  wages_paid_on_time: 'wagesPaidOnTime',
} as const satisfies Partial<Record<FactKey, keyof DerivedFacts>>;

const SHARE_FACTS = {
  migrant_share: 'migrantShare',
  agency_share: 'agencyShare',
} as const satisfies Partial<Record<FactKey, keyof DerivedFacts>>;

/** The visible answers of the questions carrying a fact. */
function factAnswers(
  definition: TemplateDefinition,
  answerOf: (question: QuestionDefinition) => AnswerValue | undefined,
): Map<FactKey, AnswerValue> {
  const byFact = new Map<FactKey, AnswerValue>();
  for (const section of definition.sections)
    for (const question of section.questions) {
      const answer = answerOf(question);
      if (question.fact && answer !== undefined) byFact.set(question.fact, answer);
    }
  return byFact;
}

/** Nothing known: what a submission that answered none of the fact questions derives. */
export const NO_DERIVED_FACTS: Readonly<DerivedFacts> = {
  feeMonths: null,
  workerPaidFees: null,
  documentsRetained: null,
  depositRequired: null,
  loansOffered: null,
  contractInWorkerLanguage: null,
  employerPaysCommitted: null,
  wagesPaidOnTime: null,
  migrantShare: null,
  agencyShare: null,
};

function deriveFacts(byFact: Map<FactKey, AnswerValue>): DerivedFacts {
  const facts: DerivedFacts = {
    ...NO_DERIVED_FACTS,
    ...feeFacts(byFact.get('worker_fee_amount'), byFact.get('monthly_wage')),
  };
  for (const [fact, field] of Object.entries(YES_NO_FACTS)) {
    const answer = byFact.get(fact as FactKey);
    if (answer === 'yes' || answer === 'no') facts[field] = answer === 'yes';
  }
  for (const [fact, field] of Object.entries(SHARE_FACTS)) {
    const answer = byFact.get(fact as FactKey);
    if (typeof answer === 'number') facts[field] = answer;
  }
  return facts;
}

/** Converting currencies needs a dated rate the questionnaire does not have: months unknown. */
function feeFacts(
  fee: AnswerValue | undefined,
  wage: AnswerValue | undefined,
): Pick<DerivedFacts, 'feeMonths' | 'workerPaidFees'> {
  if (fee === undefined || !isMoney(fee)) return { feeMonths: null, workerPaidFees: null };
  if (fee.amountMinor === 0) return { feeMonths: 0, workerPaidFees: false };
  const wageMinor = usableWage(fee, wage);
  return { feeMonths: wageMinor === null ? null : feeMonths(fee, wageMinor), workerPaidFees: true };
}
