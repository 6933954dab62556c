import { latestQuestionnaire } from './evidence';
import type { QuestionnaireEvidence, SiteRiskInput } from './types';

/** The site's latest own self-assessment that carries facts (agency surveys left out). */
export function ownSelfAssessment(input: SiteRiskInput): QuestionnaireEvidence | undefined {
  return latestQuestionnaire(
    input.evidence.questionnaires,
    (questionnaire) => questionnaire.agencyId === null && questionnaire.facts !== null,
  );
}

/**
 * The migrant and agency shares (percent) of the site's latest self-assessment, used only when
 * the site's record has no workforce (what the officer recorded wins); null unless both were
 * answered.
 */
export function selfReportedWorkforce(
  input: SiteRiskInput,
): { id: string; submittedOn: string; migrantShare: number; agencyShare: number } | null {
  if (input.workforce.total > 0) return null;
  const own = ownSelfAssessment(input);
  const migrantShare = own?.facts?.migrantShare ?? null;
  const agencyShare = own?.facts?.agencyShare ?? null;
  if (!own || migrantShare === null || agencyShare === null) return null;
  return { id: own.id, submittedOn: own.submittedOn, migrantShare, agencyShare };
}
