import { ILO_INDICATORS, type IloIndicator } from '../indicators';
import type { EvidenceInput, FindingSeverity, QuestionnaireEvidence, RiskFactor } from './types';

/**
 * Evidence: what questionnaires, audits, corrective actions and grievances say about the site.
 * Old evidence counts less (ageWeight); open findings and overdue actions count fully whatever
 * their age, because they describe today.
 */
export const FINDING_POINTS: { readonly [S in FindingSeverity]: number } = {
  critical: 25,
  major: 12,
  minor: 4,
  observation: 0,
};
export const EVIDENCE_CAPS = {
  findings: 40,
  questionnaire: 15,
  correctiveActions: 15,
  grievances: 12,
};
export const QUESTIONNAIRE_POINTS_PER_FLAG = 4;
/**
 * "One indicator can suggest forced labour; several together … make it likely" (docs/domain.md
 * §2, ILO 2012 indicators): each distinct ILO indicator beyond the first that open or recent
 * (two years) findings evidence adds this much, within the findings cap.
 */
export const INDICATOR_CONVERGENCE_POINTS = 4;
export const CORRECTIVE_ACTION_POINTS = { open: 2, overdue: 5 };
/**
 * Substantiated grievances count like findings the workers themselves raised (times the age of the
 * report); an open one, not yet looked into, counts a little (unknown is never low); one found
 * unsubstantiated, or withdrawn, not at all.
 */
export const GRIEVANCE_POINTS = { substantiated: 6, partlySubstantiated: 3, open: 2 };
/** A recent audit with no critical or major finding lowers the score. */
export const CLEAN_AUDIT_CREDIT = -8;
/** Evidence older than this does not make a site "assessed" (the no-evidence floor stays). */
export const RECENT_EVIDENCE_MONTHS = 24;

const DAY_MS = 86_400_000;
const MONTH_DAYS = 30.4375;

/** Whole-day age in months (dates are YYYY-MM-DD; evidence dated after asOf has age 0). */
export function ageInMonths(date: string, asOf: string): number {
  const days = Math.max(0, Math.round((Date.parse(asOf) - Date.parse(date)) / DAY_MS));
  return days / MONTH_DAYS;
}

/** 1 within a year, ½ in the second, ¼ in the third, then 0.1. */
export function ageWeight(date: string, asOf: string): number {
  const months = ageInMonths(date, asOf);
  if (months <= 12) return 1;
  if (months <= 24) return 0.5;
  if (months <= 36) return 0.25;
  return 0.1;
}

export interface EvidenceResult {
  factors: RiskFactor[];
  /** No questionnaire or audit within RECENT_EVIDENCE_MONTHS. */
  noRecentEvidence: boolean;
  /** The floor findings impose on the own score, with the reason (0 when none). */
  findingFloor: { score: number; reason: string; source: string };
}

const ids = (kind: string, records: ReadonlyArray<{ id: string }>): string =>
  records.map((record) => `${kind}:${record.id}`).join(',');

export function evidenceFactors(
  evidence: EvidenceInput,
  asOf: string,
  floors: { openCritical: number; recentCritical: number; major: number },
): EvidenceResult {
  const factors: RiskFactor[] = [];
  const recent = (date: string): boolean => ageInMonths(date, asOf) <= RECENT_EVIDENCE_MONTHS;
  let findingFloor = { score: 0, reason: '', source: '' };
  const raiseFloor = (score: number, reason: string, source: string): void => {
    if (score > findingFloor.score) findingFloor = { score, reason, source };
  };

  // Findings, from every audit: severity × age of the audit (an open finding counts fully).
  let findingPoints = 0;
  const findingRecords: { id: string }[] = [];
  let recentAuditCount = 0;
  let recentAuditsClean = true;
  for (const audit of evidence.audits) {
    const isRecent = recent(audit.completedOn);
    if (isRecent) recentAuditCount++;
    for (const finding of audit.findings) {
      const open = finding.closedOn === null;
      const weight = open ? 1 : ageWeight(audit.completedOn, asOf);
      findingPoints += FINDING_POINTS[finding.severity] * weight;
      if (finding.severity !== 'observation') findingRecords.push(finding);
      const serious = finding.severity === 'critical' || finding.severity === 'major';
      if (serious && isRecent) recentAuditsClean = false;
      if (finding.severity === 'critical' && open)
        raiseFloor(floors.openCritical, 'open critical finding', `finding:${finding.id}`);
      else if (finding.severity === 'critical' && isRecent)
        raiseFloor(
          floors.recentCritical,
          'critical finding in the last two years',
          `finding:${finding.id}`,
        );
      else if (finding.severity === 'major' && (open || isRecent))
        raiseFloor(floors.major, 'major finding', `finding:${finding.id}`);
    }
  }
  const together = currentIndicators(evidence.audits, recent);
  const convergence = INDICATOR_CONVERGENCE_POINTS * Math.max(0, together.length - 1);
  if (evidence.audits.length > 0)
    factors.push({
      code: 'findings',
      points: Math.round(Math.min(EVIDENCE_CAPS.findings, findingPoints + convergence)),
      value: findingRecords.length,
      source: ids('finding', findingRecords),
      note:
        `${evidence.audits.length} audit${evidence.audits.length === 1 ? '' : 's'}; old findings count less` +
        (together.length > 0
          ? `; ILO indicators in open or recent findings: ${together.join(', ')}` +
            (convergence > 0 ? ` (${together.length} together: +${convergence})` : '')
          : ''),
    });
  if (recentAuditCount > 0 && recentAuditsClean)
    factors.push({
      code: 'clean_audit',
      points: CLEAN_AUDIT_CREDIT,
      value: recentAuditCount,
      source: ids(
        'audit',
        evidence.audits.filter((audit) => recent(audit.completedOn)),
      ),
      note: 'audited in the last two years with no critical or major finding',
    });

  const questionnaire = questionnaireFactor(evidence.questionnaires, asOf);
  if (questionnaire) factors.push(questionnaire);

  const openActions = evidence.correctiveActions.filter((action) => action.closedOn === null);
  if (evidence.correctiveActions.length > 0) {
    const overdue = openActions.filter((action) => action.dueOn < asOf).length;
    factors.push({
      code: 'corrective_actions',
      points: Math.min(
        EVIDENCE_CAPS.correctiveActions,
        overdue * CORRECTIVE_ACTION_POINTS.overdue +
          (openActions.length - overdue) * CORRECTIVE_ACTION_POINTS.open,
      ),
      value: openActions.length,
      source: ids('corrective_action', openActions),
      note: `${openActions.length} open, ${overdue} overdue`,
    });
  }

  const weighed = evidence.grievances
    .map((grievance) => ({ grievance, points: grievancePoints(grievance, asOf) }))
    .filter(({ points }) => points > 0);
  if (weighed.length > 0) {
    const substantiated = weighed.filter(({ grievance }) => grievance.outcome !== null);
    const open = weighed.length - substantiated.length;
    const indicators = [
      ...new Set(substantiated.flatMap(({ grievance }) => grievance.indicators)),
    ].sort();
    // Grievance ids and ILO indicators only: nothing that could identify the worker who raised one.
    factors.push({
      code: 'grievances',
      points: Math.min(
        EVIDENCE_CAPS.grievances,
        Math.round(weighed.reduce((sum, { points }) => sum + points, 0)),
      ),
      value: substantiated.length,
      source: ids(
        'grievance',
        weighed.map(({ grievance }) => grievance),
      ),
      note:
        `${substantiated.length} substantiated` +
        (indicators.length ? ` (${indicators.join(', ')})` : '') +
        `, ${open} open`,
    });
  }

  const noRecentEvidence =
    recentAuditCount === 0 &&
    !evidence.questionnaires.some((questionnaire) => recent(questionnaire.submittedOn));
  return { factors, noRecentEvidence, findingFloor };
}

/**
 * The latest questionnaire of each source speaks for the site: its own self-assessment, and the
 * survey of each agency placing workers there (a later answer supersedes an earlier one from the
 * same source, never another source's). Each ILO indicator flagged counts once, at the age weight
 * of its most recent flag.
 */
function questionnaireFactor(
  questionnaires: readonly QuestionnaireEvidence[],
  asOf: string,
): RiskFactor | null {
  const sources = [...new Set(questionnaires.map((q) => q.agencyId ?? ''))].sort();
  const used = sources.flatMap(
    (source) => latestQuestionnaire(questionnaires, (q) => (q.agencyId ?? '') === source) ?? [],
  );
  if (used.length === 0) return null;
  const weightOf = new Map<IloIndicator, number>();
  for (const questionnaire of used) {
    const weight = ageWeight(questionnaire.submittedOn, asOf);
    for (const indicator of questionnaire.flaggedIndicators)
      weightOf.set(indicator, Math.max(weight, weightOf.get(indicator) ?? 0));
  }
  const weighed = [...weightOf.values()].reduce((sum, weight) => sum + weight, 0);
  return {
    code: 'questionnaire',
    points: Math.round(
      Math.min(EVIDENCE_CAPS.questionnaire, weighed * QUESTIONNAIRE_POINTS_PER_FLAG),
    ),
    value: weightOf.size,
    source: ids('questionnaire', used),
    note: `indicators flagged in ${used
      .map(
        (q) =>
          `${q.agencyId === null ? 'the self-assessment' : 'an agency survey'} of ${q.submittedOn}`,
      )
      .join(', ')}`,
  };
}

/**
 * The latest of the questionnaires `which` accepts (by day, then id, so the choice is the same
 * whatever order they came in), or undefined.
 */
export function latestQuestionnaire(
  questionnaires: readonly QuestionnaireEvidence[],
  which: (questionnaire: QuestionnaireEvidence) => boolean,
): QuestionnaireEvidence | undefined {
  let latest: QuestionnaireEvidence | undefined;
  for (const questionnaire of questionnaires) {
    if (!which(questionnaire)) continue;
    if (
      !latest ||
      questionnaire.submittedOn > latest.submittedOn ||
      (questionnaire.submittedOn === latest.submittedOn && questionnaire.id > latest.id)
    )
      latest = questionnaire;
  }
  return latest;
}

/** Distinct ILO indicators of open findings and of critical/major/minor findings of recent audits. */
function currentIndicators(
  audits: EvidenceInput['audits'],
  recent: (date: string) => boolean,
): string[] {
  const present = new Set<IloIndicator>();
  for (const audit of audits)
    for (const finding of audit.findings)
      if (
        finding.severity !== 'observation' &&
        (finding.closedOn === null || recent(audit.completedOn))
      )
        for (const indicator of finding.indicators) present.add(indicator);
  return ILO_INDICATORS.filter(({ code }) => present.has(code)).map(({ name }) => name);
}

function grievancePoints(grievance: EvidenceInput['grievances'][number], asOf: string): number {
  switch (grievance.outcome) {
    case null:
      return grievance.closedOn === null ? GRIEVANCE_POINTS.open : 0;
    case 'substantiated':
      return GRIEVANCE_POINTS.substantiated * ageWeight(grievance.receivedOn, asOf);
    case 'partly_substantiated':
      return GRIEVANCE_POINTS.partlySubstantiated * ageWeight(grievance.receivedOn, asOf);
    default:
      return 0;
  }
}
