import {
  checkAnswers,
  clearedQuestionIds,
  DomainError,
  mergeDraft,
  type Answers,
} from '@app/domain';
import { isUuid, today, type TenantScope } from '@app/persistence';
import {
  ActivityLogService,
  CallBatcher,
  OutboxService,
  outcomeOf,
  type Actor,
  type ItemOutcome,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { assertFilesBelong } from './answer-files';
import { PublishedDefinitions } from './published-definitions';
import { recordSubmissions, type NewSubmission } from './record-submission';
import type { SubmitDto } from './questionnaires.dto';

/** Statuses in which the answerer may still change answers (and submit). */
export const EDITABLE = new Set(['sent', 'in_progress', 'overdue', 'reopened']);
export const ALREADY_SUBMITTED =
  'This questionnaire was already submitted; ask the compliance officer to reopen it to change answers';
export const CAMPAIGN_CLOSED = 'The campaign is closed: answers are no longer accepted';

export interface SubmitRequest {
  auth: AuthContext;
  actor: Actor;
  id: string;
  dto: SubmitDto;
}

export interface SubmitReceipt {
  assignmentId: string;
  submissionId: string;
  attempt: number;
  status: 'submitted';
}

interface LockedAssignment {
  id: string;
  supplier_id: string | null;
  status: string;
  template_id: string;
  draft: Answers;
  submission_count: number;
  locale: string | null;
  open: boolean;
}

/**
 * Takes submissions in. Submissions arriving together (a campaign's deadline, a bulk answer) are
 * committed in one transaction per organisation: one read that locks their assignments, one write
 * for the submissions, one for their log entries and one scoring job for the batch. Each submission
 * is still checked on its own and answered on its own (202, 400, 404 or 409), and is answered only
 * once the transaction has committed, so an accepted submission is never lost.
 */
@Injectable()
export class SubmissionIntake {
  private readonly batches = new CallBatcher<SubmitRequest, SubmitReceipt>(
    (organisationId, items) => this.commit({ organisationId }, items),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
    private readonly definitions: PublishedDefinitions,
  ) {}

  submit(request: SubmitRequest): Promise<SubmitReceipt> {
    return this.batches.submit(request.auth.organisationId, request);
  }

  /** Submissions of the organisation waiting for the batch being written to commit. */
  queued(organisationId: string): number {
    return this.batches.queued(organisationId);
  }

  private commit(
    scope: TenantScope,
    requests: SubmitRequest[],
  ): Promise<ItemOutcome<SubmitReceipt>[]> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, scope, requests);
      const taken = new Set<string>();
      const prepared: ItemOutcome<NewSubmission>[] = [];
      // In arrival order, so of two submits of one questionnaire the first wins and the second is a 409.
      for (const request of requests)
        prepared.push(
          await outcomeOf(async () => {
            const submission = await this.check(manager, request, locked.get(request.id), taken);
            taken.add(request.id);
            return submission;
          }),
        );
      const accepted = prepared.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
      const recorded = await recordSubmissions(manager, scope, accepted);
      if (recorded.size !== accepted.length)
        throw new Error(`${accepted.length - recorded.size} submissions were not recorded`);
      const receipts = new Map(
        [...recorded].map(([assignmentId, submission]) => [
          assignmentId,
          { assignmentId, submissionId: submission.id, attempt: submission.attempt },
        ]),
      );
      await this.activity.appendMany(
        manager,
        scope,
        requests.flatMap((request, index) => {
          const receipt = prepared[index].ok ? receipts.get(request.id) : undefined;
          return receipt
            ? [
                {
                  actor: request.actor,
                  record: {
                    action: 'questionnaire.submitted',
                    entityType: 'questionnaire_assignment',
                    entityId: receipt.assignmentId,
                    after: { submissionId: receipt.submissionId, attempt: receipt.attempt },
                  },
                },
              ]
            : [];
        }),
      );
      if (receipts.size > 0)
        await this.outbox.enqueue(manager, scope, 'questionnaire.score', {
          submissionIds: [...receipts.values()].map((receipt) => receipt.submissionId),
        });
      return prepared.map((outcome, index): ItemOutcome<SubmitReceipt> => {
        if (!outcome.ok) return outcome;
        const receipt = receipts.get(requests[index].id)!;
        return { ok: true, value: { ...receipt, status: 'submitted' } };
      });
    });
  }

  /** The batch's assignments with their campaign's state, locked until the batch commits. */
  private async lock(
    manager: EntityManager,
    scope: TenantScope,
    requests: readonly SubmitRequest[],
  ): Promise<Map<string, LockedAssignment>> {
    const ids = [...new Set(requests.map((request) => request.id).filter(isUuid))];
    if (ids.length === 0) return new Map();
    const rows: LockedAssignment[] = await manager.query(
      `SELECT a.id, a.supplier_id, a.status, a.template_id, a.draft, a.submission_count, a.locale,
              c.status = 'open' AND $3::date <= c.closes_on AS open
         FROM questionnaire_assignments a
         JOIN questionnaire_campaigns c ON c.organisation_id = a.organisation_id AND c.id = a.campaign_id
        WHERE a.organisation_id = $1 AND a.id = ANY($2::uuid[])
        ORDER BY a.id
          FOR UPDATE OF a`,
      [scope.organisationId, ids, today()],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** One submission's checks: the same answers, in the same order, as a submission alone. */
  private async check(
    manager: EntityManager,
    { auth, id, dto }: SubmitRequest,
    assignment: LockedAssignment | undefined,
    taken: ReadonlySet<string>,
  ): Promise<NewSubmission> {
    if (!assignment || (auth.role === 'supplier' && assignment.supplier_id !== auth.supplierId))
      throw DomainError.notFound('Assignment');
    if (taken.has(id) || !EDITABLE.has(assignment.status))
      throw DomainError.conflict(ALREADY_SUBMITTED);
    if (!assignment.open) throw DomainError.conflict(CAMPAIGN_CLOSED);
    const template = await this.definitions.get(manager, auth, assignment.template_id);
    const given = dto.answers ?? {};
    const patch = checkAnswers(template, given, 'draft');
    const answers = checkAnswers(
      template,
      mergeDraft(assignment.draft, patch, clearedQuestionIds(given)),
      'submit',
    );
    await assertFilesBelong(manager, auth, id, answers);
    return {
      assignmentId: id,
      attempt: assignment.submission_count + 1,
      answers,
      locale: dto.locale ?? assignment.locale,
      submittedBy: auth.userId,
    };
  }
}
