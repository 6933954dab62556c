import { latestQuestionnaire } from './evidence';
import { ownSelfAssessment, selfReportedWorkforce } from './self-reported';
import type {
  EngagementInput,
  QuestionnaireEvidence,
  QuestionnaireFactsInput,
  RecruitmentPart,
  RiskFactor,
  SiteRiskInput,
} from './types';

/**
 * Recruitment-fee practice of the agencies placing workers at the site (docs/domain.md §3: ILO
 * C181 art. 7, the Employer Pays Principle, seed 003 §2.3). Each engagement gets points; the
 * factor is their average weighted by workers placed, at most RECRUITMENT_MAX.
 */
export const RECRUITMENT_MAX = 25;
export const FEE_POINTS = {
  /** Any fee at all: a worker paid for the job. */
  anyFee: 8,
  perMonth: 4,
  /** More than one month's wages: the cap some buyers set, beyond which repayment is owed. */
  overOneMonth: 4,
  maxFee: 20,
  /** Not known (e.g. no exchange rate): as much as a small fee, never as little as none. */
  unknown: 8,
};
export const PRACTICE_POINTS = {
  deposit: 3,
  documents: 6,
  contractNotInLanguage: 3,
  loans: 2,
  unlicensed: 5,
  expired: 4,
  licenceUnknown: 2,
  /** Each practice question left unanswered. */
  unanswered: 1,
  /** Employer Pays commitment with no fee charged lowers the engagement's points. */
  employerPaysCredit: -3,
};
/** Agency workers at the site but no agency mapped: the practice is unknown, not clean. */
export const AGENCY_UNMAPPED_POINTS = 8;

/** Points for a fee above 0 months of wages. */
function feePoints(months: number): number {
  return Math.min(
    FEE_POINTS.maxFee,
    FEE_POINTS.anyFee + months * FEE_POINTS.perMonth + (months > 1 ? FEE_POINTS.overOneMonth : 0),
  );
}

const feeReason = (months: number): string =>
  `workers pay ${months} months of wages in fees${months > 1 ? ' (more than one month: serious)' : ''}`;

type Practice = Pick<
  EngagementInput,
  'depositRequired' | 'retainsDocuments' | 'contractInWorkerLanguage' | 'loansOffered'
>;

/** Each practice found: its points; each left unanswered: PRACTICE_POINTS.unanswered if counted. */
const PRACTICES: ReadonlyArray<{
  found: (practice: Practice) => boolean | null;
  points: number;
  reason: string;
  /** null: not answering this one adds nothing (loans). */
  unknown: string | null;
}> = [
  {
    found: (practice) => practice.depositRequired,
    points: PRACTICE_POINTS.deposit,
    reason: 'deposit required',
    unknown: 'deposit: not known',
  },
  {
    found: (practice) => practice.retainsDocuments,
    points: PRACTICE_POINTS.documents,
    reason: "retains workers' identity documents",
    unknown: 'document retention: not known',
  },
  {
    found: ({ contractInWorkerLanguage: given }) => (given === null ? null : !given),
    points: PRACTICE_POINTS.contractNotInLanguage,
    reason: "no contract in the worker's language",
    unknown: "contract in the worker's language: not known",
  },
  {
    found: (practice) => practice.loansOffered,
    points: PRACTICE_POINTS.loans,
    reason: 'loans offered to workers',
    unknown: null,
  },
];

function addPractices(
  practice: Practice,
  add: (points: number, reason: string) => void,
  countUnanswered: boolean,
): void {
  for (const { found, points, reason, unknown } of PRACTICES) {
    const answer = found(practice);
    if (answer === true) add(points, reason);
    else if (answer === null && countUnanswered && unknown !== null)
      add(PRACTICE_POINTS.unanswered, unknown);
  }
}

export function engagementPoints(
  engagement: EngagementInput,
  asOf: string,
): { points: number; reasons: string[] } {
  const reasons: string[] = [];
  let points = 0;
  const add = (value: number, reason: string): void => {
    points += value;
    reasons.push(reason);
  };
  const fee = engagement.feeMonths;
  if (fee === null) add(FEE_POINTS.unknown, 'fees paid by workers not known');
  else if (fee > 0) add(feePoints(fee), feeReason(fee));

  addPractices(engagement, add, true);

  const expiredByDate = engagement.licenceExpiresOn !== null && engagement.licenceExpiresOn < asOf;
  const status = engagement.licenceStatus;
  if (status === 'unlicensed' || status === 'revoked' || status === 'suspended')
    add(PRACTICE_POINTS.unlicensed, `licence ${status}`);
  else if (status === 'expired' || expiredByDate)
    add(
      PRACTICE_POINTS.expired,
      `licence expired${expiredByDate ? ` on ${engagement.licenceExpiresOn}` : ''}`,
    );
  else if (status === 'unknown') add(PRACTICE_POINTS.licenceUnknown, 'licence status not known');

  if (engagement.employerPaysCommitted === true && fee === 0)
    add(PRACTICE_POINTS.employerPaysCredit, 'Employer Pays commitment, no fees charged');
  return { points: Math.max(0, Math.min(RECRUITMENT_MAX, points)), reasons };
}

/** Fields of an engagement a survey of its agency may answer where the map does not know. */
type PracticeField = keyof Pick<
  EngagementInput,
  | 'feeMonths'
  | 'depositRequired'
  | 'loansOffered'
  | 'retainsDocuments'
  | 'contractInWorkerLanguage'
  | 'employerPaysCommitted'
>;
const SURVEY_FIELDS: ReadonlyArray<[PracticeField, keyof QuestionnaireFactsInput]> = [
  ['feeMonths', 'feeMonths'],
  ['depositRequired', 'depositRequired'],
  ['loansOffered', 'loansOffered'],
  ['retainsDocuments', 'documentsRetained'],
  ['contractInWorkerLanguage', 'contractInWorkerLanguage'],
  ['employerPaysCommitted', 'employerPaysCommitted'],
];

/**
 * The engagement with what the map leaves unknown answered by the agency's latest survey (what the
 * officer recorded always wins). `survey` is set when at least one field came from it.
 */
export function withSurveyFacts(
  engagement: EngagementInput,
  questionnaires: readonly QuestionnaireEvidence[],
): { engagement: EngagementInput; survey: QuestionnaireEvidence | null } {
  const latest = latestQuestionnaire(
    questionnaires,
    (questionnaire) =>
      questionnaire.agencyId === engagement.agencyId && questionnaire.facts !== null,
  );
  if (!latest?.facts) return { engagement, survey: null };
  const filled: EngagementInput = { ...engagement };
  let used = false;
  for (const [field, fact] of SURVEY_FIELDS) {
    const answer = latest.facts[fact];
    if (filled[field] === null && answer !== null) {
      (filled as Record<PracticeField, unknown>)[field] = answer;
      used = true;
    }
  }
  return used ? { engagement: filled, survey: latest } : { engagement, survey: null };
}

/**
 * A site with no agency that says, in its own latest self-assessment, that workers paid for their
 * jobs or face deposits, loans or kept documents: its direct recruitment counts like an agency's
 * (without the licence, and without points for what it left unanswered).
 */
function directRecruitment(input: SiteRiskInput): RiskFactor | null {
  const own = ownSelfAssessment(input);
  const facts = own?.facts;
  if (!own || !facts) return null;
  const reasons: string[] = [];
  let points = 0;
  const add = (value: number, reason: string): void => {
    points += value;
    reasons.push(reason);
  };
  const fee = facts.feeMonths;
  if (fee !== null && fee > 0) add(feePoints(fee), feeReason(fee));
  else if (fee === null && facts.workerPaidFees === true)
    add(FEE_POINTS.unknown, 'workers pay fees (months of wages not known)');
  addPractices({ ...facts, retainsDocuments: facts.documentsRetained }, add, false);
  if (reasons.length === 0) return null;
  const capped = Math.min(RECRUITMENT_MAX, Math.round(points));
  return {
    code: 'recruitment',
    points: capped,
    value: capped,
    source: `questionnaire:${own.id}`,
    note: `no agencies engaged; self-assessment of ${own.submittedOn}: ${reasons.join('; ')}`,
  };
}

export function recruitmentFactor(input: SiteRiskInput): RiskFactor {
  const engagements = input.engagements;
  if (engagements.length === 0) {
    const agencyWorkers = agencyWorkersReported(input);
    if (agencyWorkers !== null)
      return {
        code: 'recruitment',
        points: AGENCY_UNMAPPED_POINTS,
        value: null,
        source: agencyWorkers.source,
        note: `${agencyWorkers.what}, but no agency mapped: fee practice unknown`,
      };
    return (
      directRecruitment(input) ?? {
        code: 'recruitment',
        points: 0,
        value: 0,
        source: '',
        note: 'no agencies engaged',
      }
    );
  }
  const surveys = new Set<string>();
  // Sorted by id so the same engagements give the same explanation whatever order they came in.
  const parts: RecruitmentPart[] = [...engagements]
    .sort((a, b) =>
      a.engagementId < b.engagementId ? -1 : a.engagementId > b.engagementId ? 1 : 0,
    )
    .map((recorded) => {
      const { engagement, survey } = withSurveyFacts(recorded, input.evidence.questionnaires);
      const { points, reasons } = engagementPoints(engagement, input.asOf);
      if (survey) {
        reasons.push(`unknowns answered by the agency's questionnaire of ${survey.submittedOn}`);
        surveys.add(survey.id);
      }
      return {
        engagementId: engagement.engagementId,
        agencyId: engagement.agencyId,
        workersPlaced: engagement.workersPlaced,
        points,
        reasons,
      };
    });
  const totalWorkers = parts.reduce((sum, part) => sum + Math.max(0, part.workersPlaced), 0);
  const weighted =
    totalWorkers > 0
      ? parts.reduce((sum, part) => sum + part.points * Math.max(0, part.workersPlaced), 0) /
        totalWorkers
      : parts.reduce((sum, part) => sum + part.points, 0) / parts.length;
  const points = Math.min(RECRUITMENT_MAX, Math.round(weighted));
  return {
    code: 'recruitment',
    points,
    value: Math.round(weighted * 10) / 10,
    source: [
      ...parts.map((part) => `agency_engagement:${part.engagementId}`),
      ...[...surveys].sort().map((id) => `questionnaire:${id}`),
    ].join(','),
    note: `${parts.length} agency engagement${parts.length === 1 ? '' : 's'}, weighted by ${totalWorkers} workers placed`,
    parts,
  };
}

/**
 * Agency workers the site has, as its record counts them or, where the record has no workforce,
 * as its latest self-assessment gives the share; null when none are known.
 */
function agencyWorkersReported(input: SiteRiskInput): { what: string; source: string } | null {
  if (input.workforce.agency > 0)
    return { what: `${input.workforce.agency} agency workers`, source: '' };
  const reported = selfReportedWorkforce(input);
  return reported && reported.agencyShare > 0
    ? {
        what: `${reported.agencyShare}% agency workers (self-assessment of ${reported.submittedOn})`,
        source: `questionnaire:${reported.id}`,
      }
    : null;
}
