import {
  checkAnswers,
  clearedQuestionIds,
  DomainError,
  localiseTemplate,
  mergeDraft,
  visibleQuestionIds,
  type SubmissionScore,
  type TemplateDefinition,
} from '@app/domain';
import {
  InjectTenantRepository,
  QuestionnaireAssignment,
  QuestionnaireSubmission,
  QuestionnaireTemplate,
  TenantRepository,
  today,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { answerText } from './answer-cells';
import { PublishedDefinitions } from './published-definitions';
import { assertFilesBelong } from './answer-files';
import { CAMPAIGN_CLOSED, EDITABLE, SubmissionIntake } from './submission-intake';
import { languagesOf } from './templates.service';
import type { AssignmentQuery, DraftDto, SubmitDto } from './questionnaires.dto';

const PAGE_SIZE = 100;

export interface AssignmentSummary {
  id: string;
  campaignId: string;
  campaignName: string;
  templateId: string;
  templateTitle: string;
  recipient: { type: 'site' | 'agency'; id: string; name: string };
  status: string;
  dueOn: string;
  closesOn: string;
  /** Answers were copied from an earlier submission, for the answerer to confirm or change. */
  prefilled: boolean;
  submittedAt: string | null;
  updatedAt: string;
}

interface AssignmentRow {
  id: string;
  campaign_id: string;
  campaign_name: string;
  template_id: string;
  template_title: string;
  supplier_id: string | null;
  agency_id: string | null;
  recipient_name: string;
  status: string;
  due_on: string;
  closes_on: string;
  prefilled_from: string | null;
  submitted_at: Date | null;
  updated_at: Date;
}

const summaryOf = (row: AssignmentRow): AssignmentSummary => ({
  id: row.id,
  campaignId: row.campaign_id,
  campaignName: row.campaign_name,
  templateId: row.template_id,
  templateTitle: row.template_title,
  recipient: row.supplier_id
    ? { type: 'site', id: row.supplier_id, name: row.recipient_name }
    : { type: 'agency', id: row.agency_id ?? '', name: row.recipient_name },
  status: row.status,
  dueOn: row.due_on,
  closesOn: row.closes_on,
  prefilled: row.prefilled_from !== null,
  submittedAt: row.submitted_at?.toISOString() ?? null,
  updatedAt: row.updated_at.toISOString(),
});

const SUMMARY_SQL = `
  SELECT a.id, a.campaign_id, c.name AS campaign_name, a.template_id, t.title AS template_title,
         a.supplier_id, a.agency_id, coalesce(s.name, g.name) AS recipient_name, a.status,
         to_char(a.due_on, 'YYYY-MM-DD') AS due_on, to_char(c.closes_on, 'YYYY-MM-DD') AS closes_on,
         a.prefilled_from, a.submitted_at, a.updated_at
    FROM questionnaire_assignments a
    JOIN questionnaire_campaigns c ON c.id = a.campaign_id
    JOIN questionnaire_templates t ON t.id = a.template_id
    LEFT JOIN suppliers s ON s.id = a.supplier_id
    LEFT JOIN recruitment_agencies g ON g.id = a.agency_id`;

/** Assignments: what a site (or an agency) is asked to answer, its draft, submission and result. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(QuestionnaireAssignment)
    private readonly assignments: TenantRepository<QuestionnaireAssignment>,
    @InjectTenantRepository(QuestionnaireTemplate)
    private readonly templates: TenantRepository<QuestionnaireTemplate>,
    @InjectTenantRepository(QuestionnaireSubmission)
    private readonly submissions: TenantRepository<QuestionnaireSubmission>,
    private readonly activity: ActivityLogService,
    private readonly definitions: PublishedDefinitions,
    private readonly intake: SubmissionIntake,
  ) {}

  /** A supplier user sees their own site's assignments only; officers see all (by campaign). */
  async list(auth: AuthContext, query: AssignmentQuery) {
    const params: unknown[] = [auth.organisationId];
    const where = ['a.organisation_id = $1'];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      where.push(condition.replace('?', `$${params.length}`));
    };
    if (auth.role === 'supplier') add('a.supplier_id = ?', auth.supplierId);
    if (query.campaignId) add('a.campaign_id = ?', query.campaignId);
    if (query.status) add('a.status = ?', query.status);
    const page = query.page ?? 1;
    const rows: AssignmentRow[] = await this.dataSource.query(
      `${SUMMARY_SQL} WHERE ${where.join(' AND ')}
        ORDER BY a.due_on, a.id LIMIT ${PAGE_SIZE + 1} OFFSET ${(page - 1) * PAGE_SIZE}`,
      params,
    );
    return {
      page,
      items: rows.slice(0, PAGE_SIZE).map(summaryOf),
      hasMore: rows.length > PAGE_SIZE,
    };
  }

  /** The assignment with its questions in the chosen language and the answers saved so far. */
  async get(auth: AuthContext, id: string, locale?: string) {
    const assignment = await this.visible(auth, id);
    const [row]: AssignmentRow[] = await this.dataSource.query(`${SUMMARY_SQL} WHERE a.id = $1`, [
      assignment.id,
    ]);
    const template = await this.templates.getById(auth, assignment.templateId);
    const chosen = locale ?? assignment.locale ?? template.baseLocale;
    const localised = localiseTemplate(template.definition, template.translations, chosen);
    const answers =
      assignment.latestSubmissionId && !EDITABLE.has(assignment.status)
        ? (await this.submissions.getById(auth, assignment.latestSubmissionId)).answers
        : assignment.draft;
    return {
      ...summaryOf(row),
      editable: EDITABLE.has(assignment.status) && (await this.isOpen(auth, assignment)),
      reopenReason: assignment.status === 'reopened' ? assignment.reopenReason : null,
      locale: localised.locale,
      languages: languagesOf(template).map((language) => language.locale),
      missingTranslations: localised.missing,
      template: localised.definition,
      answers,
      visibleQuestionIds: [...visibleQuestionIds(template.definition, answers)],
    };
  }

  async saveDraft(auth: AuthContext, id: string, dto: DraftDto) {
    await this.dataSource.transaction(async (manager) => {
      const { assignment, template } = await this.editable(manager, auth, id);
      const cleared = clearedQuestionIds(dto.answers);
      const patch = checkAnswers(template, dto.answers, 'draft');
      await assertFilesBelong(manager, auth, assignment.id, patch);
      assignment.draft = mergeDraft(assignment.draft, patch, cleared);
      if (dto.locale) assignment.locale = dto.locale;
      if (assignment.status === 'sent') assignment.status = 'in_progress';
      await this.assignments.within(manager).save(auth, assignment);
    });
    return this.get(auth, id, dto.locale);
  }

  /**
   * Records the submission and its scoring job in one transaction (with any others arriving at
   * the same moment): once this answers, the answers cannot be lost (the worker scores them
   * whenever it can). A second submit is a 409.
   */
  submit(auth: AuthContext, actor: Actor, id: string, dto: SubmitDto) {
    return this.intake.submit({ auth, actor, id, dto });
  }

  async reopen(auth: AuthContext, actor: Actor, id: string, reason: string) {
    await this.dataSource.transaction(async (manager) => {
      const assignments = this.assignments.within(manager);
      const assignment = await assignments.getById(auth, id, { lock: true });
      if (assignment.status !== 'submitted' && assignment.status !== 'scored')
        throw DomainError.conflict('Only a submitted questionnaire can be reopened');
      assignment.status = 'reopened';
      assignment.reopenReason = reason;
      await assignments.save(auth, assignment);
      await this.activity.append(manager, auth, actor, {
        action: 'questionnaire.reopened',
        entityType: 'questionnaire_assignment',
        entityId: id,
        after: { reason, submissionId: assignment.latestSubmissionId },
      });
    });
    return this.get(auth, id);
  }

  /** The officer's view: answers beside the flags they raised and the score's explanation. */
  async result(auth: AuthContext, id: string, locale?: string) {
    const assignment = await this.assignments.getById(auth, id);
    if (!assignment.latestSubmissionId) throw DomainError.notFound('Submission');
    const submission = await this.submissions.getById(auth, assignment.latestSubmissionId);
    const template = await this.templates.getById(auth, assignment.templateId);
    const localised = localiseTemplate(
      template.definition,
      template.translations,
      locale ?? template.baseLocale,
    ).definition;
    const result = submission.result as unknown as SubmissionScore | null;
    const pointsByQuestion = new Map<string, { points: number; reasons: string[] }>();
    for (const flag of result?.flags ?? [])
      for (const answer of flag.answers) {
        const entry = pointsByQuestion.get(answer.questionId) ?? { points: 0, reasons: [] };
        entry.points = Math.max(entry.points, answer.points);
        if (!entry.reasons.includes(answer.reason)) entry.reasons.push(answer.reason);
        pointsByQuestion.set(answer.questionId, entry);
      }
    const visible = visibleQuestionIds(template.definition, submission.answers);
    return {
      assignmentId: assignment.id,
      submission: {
        id: submission.id,
        attempt: submission.attempt,
        submittedAt: submission.submittedAt.toISOString(),
        answeredIn: submission.locale,
        status: submission.status,
        scoredAt: submission.scoredAt?.toISOString() ?? null,
      },
      score: result?.total ?? null,
      scoringVersion: result?.scoringVersion ?? null,
      flags: result?.flags ?? [],
      facts: result?.facts ?? null,
      unanswered: result?.unanswered ?? [],
      sections: localised.sections.map((section) => ({
        id: section.id,
        title: section.title,
        score: result?.sections.find((scored) => scored.sectionId === section.id) ?? null,
        questions: section.questions.map((question) => ({
          id: question.id,
          text: question.text,
          type: question.type,
          shown: visible.has(question.id),
          answer: submission.answers[question.id] ?? null,
          answerText: answerText(question, submission.answers[question.id]),
          points: pointsByQuestion.get(question.id)?.points ?? 0,
          reasons: pointsByQuestion.get(question.id)?.reasons ?? [],
        })),
      })),
    };
  }

  async assertVisible(auth: AuthContext, id: string): Promise<void> {
    await this.visible(auth, id);
  }

  /** Uploads follow the same rules as answers: the caller's own, still open, not submitted. */
  async assertAnswerable(auth: AuthContext, id: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.editable(manager, auth, id));
  }

  /** The assignment if the caller may see it; a supplier user's other sites do not exist for them. */
  private async visible(auth: AuthContext, id: string): Promise<QuestionnaireAssignment> {
    const assignment = await this.assignments.getById(auth, id);
    if (auth.role === 'supplier' && assignment.supplierId !== auth.supplierId)
      throw DomainError.notFound('Assignment');
    return assignment;
  }

  private async editable(
    manager: EntityManager,
    auth: AuthContext,
    id: string,
  ): Promise<{ assignment: QuestionnaireAssignment; template: TemplateDefinition }> {
    const assignment = await this.assignments.within(manager).getById(auth, id, { lock: true });
    if (auth.role === 'supplier' && assignment.supplierId !== auth.supplierId)
      throw DomainError.notFound('Assignment');
    if (!EDITABLE.has(assignment.status))
      throw DomainError.conflict(
        'This questionnaire was submitted and is read-only unless the compliance officer reopens it',
      );
    if (!(await this.isOpen(auth, assignment, manager)))
      throw DomainError.conflict(CAMPAIGN_CLOSED);
    const template = await this.definitions.get(manager, auth, assignment.templateId);
    return { assignment, template };
  }

  private async isOpen(
    auth: AuthContext,
    assignment: QuestionnaireAssignment,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [row]: { open: boolean }[] = await manager.query(
      `SELECT status = 'open' AND $3::date <= closes_on AS open
         FROM questionnaire_campaigns WHERE organisation_id = $1 AND id = $2`,
      [auth.organisationId, assignment.campaignId, today()],
    );
    return row?.open ?? false;
  }
}
