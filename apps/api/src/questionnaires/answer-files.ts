import { DomainError, type Answers } from '@app/domain';
import type { TenantScope } from '@app/persistence';
import type { EntityManager } from 'typeorm';

/** A file answer must name a file uploaded to this assignment (400 naming each that does not). */
export async function assertFilesBelong(
  manager: EntityManager,
  scope: TenantScope,
  assignmentId: string,
  answers: Answers,
): Promise<void> {
  const fileAnswers = Object.entries(answers).filter(
    ([, value]) => typeof value === 'object' && value !== null && 'fileId' in value,
  ) as Array<[string, { fileId: string }]>;
  if (fileAnswers.length === 0) return;
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM stored_files WHERE organisation_id = $1 AND owner_type = 'questionnaire_assignment'
        AND owner_id = $2 AND id = ANY($3::uuid[])`,
    [scope.organisationId, assignmentId, fileAnswers.map(([, value]) => value.fileId)],
  );
  const known = new Set(found.map((row) => row.id));
  const problems = fileAnswers
    .filter(([, value]) => !known.has(value.fileId))
    .map(([questionId]) => ({
      field: `answers.${questionId}`,
      message: 'names no file uploaded to this questionnaire',
    }));
  if (problems.length)
    throw new DomainError('invalid', `${problems[0].field} ${problems[0].message}`, problems);
}
