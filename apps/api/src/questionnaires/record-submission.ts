import type { Answers } from '@app/domain';
import type { TenantScope } from '@app/persistence';
import type { EntityManager } from 'typeorm';

export interface NewSubmission {
  assignmentId: string;
  attempt: number;
  answers: Answers;
  locale: string | null;
  submittedBy: string;
}

/**
 * Writes submissions and moves their assignments to "submitted" in one statement, however many
 * there are: the busiest write of a campaign. The caller holds the assignments' row locks and has
 * checked the answers. Returns the new submission of each assignment.
 */
export async function recordSubmissions(
  manager: EntityManager,
  scope: TenantScope,
  submissions: readonly NewSubmission[],
): Promise<Map<string, { id: string; attempt: number }>> {
  if (submissions.length === 0) return new Map();
  const rows: { assignment_id: string; id: string; attempt: number }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb)
         AS r(assignment_id uuid, attempt int, answers jsonb, locale text, submitted_by uuid)),
     submission AS (
       INSERT INTO questionnaire_submissions
         (organisation_id, assignment_id, template_id, supplier_id, agency_id, attempt, answers,
          locale, submitted_by, submitted_at)
       SELECT a.organisation_id, a.id, a.template_id, a.supplier_id, a.agency_id, i.attempt,
              i.answers, i.locale, i.submitted_by, now()
         FROM input i
         JOIN questionnaire_assignments a ON a.organisation_id = $1 AND a.id = i.assignment_id
       RETURNING id, assignment_id, attempt, answers, submitted_at, locale),
     updated AS (
       UPDATE questionnaire_assignments a
          SET status = 'submitted', draft = s.answers, submission_count = s.attempt,
              latest_submission_id = s.id, submitted_at = s.submitted_at, locale = s.locale,
              updated_at = now()
         FROM submission s
        WHERE a.organisation_id = $1 AND a.id = s.assignment_id
       RETURNING a.id)
     SELECT s.assignment_id, s.id, s.attempt FROM submission s JOIN updated u ON u.id = s.assignment_id`,
    [
      scope.organisationId,
      JSON.stringify(
        submissions.map((submission) => ({
          assignment_id: submission.assignmentId,
          attempt: submission.attempt,
          answers: submission.answers,
          locale: submission.locale,
          submitted_by: submission.submittedBy,
        })),
      ),
    ],
  );
  return new Map(rows.map((row) => [row.assignment_id, { id: row.id, attempt: row.attempt }]));
}
