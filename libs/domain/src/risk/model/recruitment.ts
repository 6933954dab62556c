import type { EngagementInput, RecruitmentPart, RiskFactor, SiteRiskInput } from './types';

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
  else if (fee > 0)
    add(
      Math.min(
        FEE_POINTS.maxFee,
        FEE_POINTS.anyFee + fee * FEE_POINTS.perMonth + (fee > 1 ? FEE_POINTS.overOneMonth : 0),
      ),
      `workers pay ${fee} months of wages in fees${fee > 1 ? ' (more than one month: serious)' : ''}`,
    );

  const yesNo = (answer: boolean | null, points: number, yes: string, unknown: string): void => {
    if (answer === true) add(points, yes);
    else if (answer === null) add(PRACTICE_POINTS.unanswered, unknown);
  };
  yesNo(
    engagement.depositRequired,
    PRACTICE_POINTS.deposit,
    'deposit required',
    'deposit: not known',
  );
  yesNo(
    engagement.retainsDocuments,
    PRACTICE_POINTS.documents,
    "retains workers' identity documents",
    'document retention: not known',
  );
  yesNo(
    engagement.contractInWorkerLanguage === null ? null : !engagement.contractInWorkerLanguage,
    PRACTICE_POINTS.contractNotInLanguage,
    "no contract in the worker's language",
    "contract in the worker's language: not known",
  );
  if (engagement.loansOffered === true) add(PRACTICE_POINTS.loans, 'loans offered to workers');

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

export function recruitmentFactor(input: SiteRiskInput): RiskFactor {
  const engagements = input.engagements;
  if (engagements.length === 0) {
    if (input.workforce.agency > 0)
      return {
        code: 'recruitment',
        points: AGENCY_UNMAPPED_POINTS,
        value: null,
        source: '',
        note: `${input.workforce.agency} agency workers, but no agency mapped: fee practice unknown`,
      };
    return { code: 'recruitment', points: 0, value: 0, source: '', note: 'no agencies engaged' };
  }
  // Sorted by id so the same engagements give the same explanation whatever order they came in.
  const parts: RecruitmentPart[] = [...engagements]
    .sort((a, b) =>
      a.engagementId < b.engagementId ? -1 : a.engagementId > b.engagementId ? 1 : 0,
    )
    .map((engagement) => ({
      engagementId: engagement.engagementId,
      agencyId: engagement.agencyId,
      workersPlaced: engagement.workersPlaced,
      ...engagementPoints(engagement, input.asOf),
    }));
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
    source: parts.map((part) => `agency_engagement:${part.engagementId}`).join(','),
    note: `${parts.length} agency engagement${parts.length === 1 ? '' : 's'}, weighted by ${totalWorkers} workers placed`,
    parts,
  };
}
