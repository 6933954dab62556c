import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  approvalProblems,
  assertReadyForApproval,
  DomainError,
  figureByKey,
  financialYearEnding,
  isNarrativeKey,
  regimeById,
  regimeSections,
  registryExport,
  transitionStatement,
  type FinancialYear,
  type FxRate,
  type Regime,
  type StatementAction,
  type StatementCompany,
} from '@app/domain';
import { buildStatementView, renderStatementHtml } from '@app/documents';
import {
  approvalOf,
  InjectTenantRepository,
  ReportingCompany,
  signatureOf,
  statementMeta,
  Statement,
  StatementDocument,
  TenantRepository,
  today,
} from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { isUniqueViolation } from '../common/unique-violation';
import { snapshotStatement } from './statement-snapshot';
import type {
  ApproveStatementDto,
  CreateStatementDto,
  PublishStatementDto,
  SignStatementDto,
  TraceQueryDto,
} from './statements.dto';

export const PRIMARY_REGIME = 'uk_msa_s54';

/** A statement as listed: its workflow, never its figures. */
function summaryOf(statement: Statement, companyName: string) {
  return {
    id: statement.id,
    companyId: statement.companyId,
    companyName,
    period: { from: statement.periodFrom, to: statement.periodTo },
    version: statement.version,
    status: statement.status,
    snapshotAt: statement.snapshotAt.toISOString(),
    approval: approvalOf(statement),
    signature: signatureOf(statement),
    publishedAt: statement.publishedAt?.toISOString() ?? null,
    statementUrl: statement.statementUrl,
    pdf: statement.pdfSha256 ? { sha256: statement.pdfSha256 } : null,
    supersedesId: statement.supersedesId,
    supersededById: statement.supersededById,
  };
}

const periodOf = (s: Statement): FinancialYear => ({ from: s.periodFrom, to: s.periodTo });

/**
 * Annual statements: composed from the records at a stated moment (figures frozen with copies of
 * the records they counted), narrated by the compliance officer, approved by the board, signed by a
 * director (an executive user) and published, after which nothing about them changes.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Statement)
    private readonly statements: TenantRepository<Statement>,
    @InjectTenantRepository(StatementDocument)
    private readonly documents: TenantRepository<StatementDocument>,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(auth: AuthContext, actor: Actor, dto: CreateStatementDto) {
    const company = await this.companies.getReference(auth, dto.companyId, 'companyId');
    const period = financialYearEnding(dto.yearEnding, {
      month: company.financialYearEndMonth,
      day: company.financialYearEndDay,
    });
    const existing = await this.statements.findOne(auth, {
      companyId: company.id,
      periodTo: period.to,
    });
    if (existing)
      throw DomainError.conflict(
        `A statement for ${company.name}, year ending ${period.to}, already exists: open it, or start a new version of the published one`,
        'yearEnding',
      );
    const statement = await this.compose(auth, actor, company, period, {
      version: 1,
      supersedesId: null,
      narratives: {},
    });
    return this.get(auth, statement.id);
  }

  /** A new draft that will supersede a published statement: its narrative, fresh figures. */
  async newVersion(auth: AuthContext, actor: Actor, id: string) {
    const source = await this.statements.getById(auth, id);
    if (source.status !== 'published')
      throw new DomainError(
        'invalid_state',
        'Only a published statement gets a new version: edit this one',
        [{ field: 'status', message: source.status }],
      );
    const later: { version: number; status: string }[] = await this.dataSource.query(
      `SELECT version, status FROM statements
        WHERE organisation_id = $1 AND company_id = $2 AND period_to = $3 AND version > $4
        ORDER BY version DESC LIMIT 1`,
      [auth.organisationId, source.companyId, source.periodTo, source.version],
    );
    if (later.length)
      throw DomainError.conflict(
        `Version ${later[0].version} (${later[0].status}) already follows this one: open it instead`,
      );
    const company = await this.companies.getById(auth, source.companyId);
    const statement = await this.compose(auth, actor, company, periodOf(source), {
      version: source.version + 1,
      supersedesId: source.id,
      narratives: source.narratives,
    });
    return this.get(auth, statement.id);
  }

  private async compose(
    auth: AuthContext,
    actor: Actor,
    company: ReportingCompany,
    period: FinancialYear,
    init: { version: number; supersedesId: string | null; narratives: Statement['narratives'] },
  ): Promise<Statement> {
    const id = randomUUID();
    const created = this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { content, snapshotAt } = await snapshotStatement(manager, {
        organisationId: auth.organisationId,
        statementId: id,
        company: companyOf(company),
        period,
      });
      const created = await this.statements.within(manager).insert(auth, {
        id,
        companyId: company.id,
        periodFrom: period.from,
        periodTo: period.to,
        version: init.version,
        status: 'draft',
        content,
        narratives: init.narratives,
        snapshotAt,
        supersedesId: init.supersedesId,
        createdBy: auth.userId,
      });
      await this.activity.append(manager, auth, actor, {
        action: init.supersedesId ? 'statement.new_version' : 'statement.created',
        entityType: 'statement',
        entityId: id,
        after: {
          companyId: company.id,
          period,
          version: init.version,
          snapshotAt: snapshotAt.toISOString(),
          records: content.recordCounts,
        },
      });
      return created;
    });
    // Two people starting the same year (or version) at once: the second hears it exists.
    return created.catch((error: unknown) => {
      if (isUniqueViolation(error, 'statements_org_company_year_version_key'))
        throw DomainError.conflict(
          `Version ${init.version} of this statement was just created by someone else: open it`,
        );
      throw error;
    });
  }

  async list(auth: AuthContext, companyId?: string) {
    const statements = await this.statements.find(auth, {
      where: companyId ? { companyId } : {},
      order: { periodTo: 'DESC', version: 'DESC' },
      select: {
        id: true,
        companyId: true,
        periodFrom: true,
        periodTo: true,
        version: true,
        status: true,
        snapshotAt: true,
        approvalBody: true,
        approvedOn: true,
        signerName: true,
        signerTitle: true,
        signedOn: true,
        publishedAt: true,
        statementUrl: true,
        pdfSha256: true,
        supersedesId: true,
        supersededById: true,
      },
    });
    const names = await this.companyNames(auth);
    return statements.map((s) => summaryOf(s, names.get(s.companyId) ?? ''));
  }

  private async companyNames(auth: AuthContext): Promise<Map<string, string>> {
    const companies = await this.companies.find(auth, { select: { id: true, name: true } });
    return new Map(companies.map((c) => [c.id, c.name]));
  }

  /** The statement with its figures (the content as JSON) and what approval still needs. */
  async get(auth: AuthContext, id: string) {
    const statement = await this.statements.getById(auth, id);
    return {
      ...summaryOf(statement, statement.content.company.name),
      narratives: statement.narratives,
      readyForApproval: approvalProblems({
        narratives: statement.narratives,
        period: periodOf(statement),
        today: today(),
      }),
      content: statement.content,
    };
  }

  /** The statement under one regime's headings, as data (what the HTML and PDF print). */
  async report(auth: AuthContext, id: string, regimeId?: string) {
    const statement = await this.statements.getById(auth, id);
    const regime = this.regime(regimeId);
    return {
      ...summaryOf(statement, statement.content.company.name),
      regime: {
        id: regime.id,
        title: regime.title,
        approval: regime.approval,
        signature: regime.signature,
        due: regime.due,
      },
      snapshotAt: statement.content.snapshotAt,
      hasRecords: statement.content.hasRecords,
      sections: regimeSections(regime, statement.content.blocks, statement.narratives).map(
        (section) => ({
          ...section,
          blocks: section.blocks.map((block) => ({
            ...block,
            figures: block.figures.map((figure) => ({
              ...figure,
              traceUrl: figure.trace ? this.traceUrl(statement.id, figure.key) : null,
            })),
          })),
        }),
      ),
    };
  }

  async html(auth: AuthContext, id: string, regimeId?: string): Promise<string> {
    const statement = await this.statements.getById(auth, id);
    return renderStatementHtml(await this.view(statement, this.regime(regimeId)));
  }

  private regime(regimeId: string | undefined): Regime {
    const regime = regimeById(regimeId ?? PRIMARY_REGIME);
    if (!regime) throw DomainError.invalid('regime', 'is not a known regime');
    return regime;
  }

  private traceUrl(statementId: string, key: string): string {
    return `${this.config.APP_URL}/statements/${statementId}/trace/${encodeURIComponent(key)}`;
  }

  private async view(statement: Statement, regime: Regime) {
    return buildStatementView({
      meta: await statementMeta(this.dataSource, statement),
      content: statement.content,
      narratives: statement.narratives,
      regime,
      traceBase: `${this.config.APP_URL}/statements/${statement.id}/trace`,
    });
  }

  async setNarrative(auth: AuthContext, actor: Actor, id: string, key: string, text: string) {
    if (!isNarrativeKey(key))
      throw DomainError.invalid(
        'key',
        'must be an s.54(5) area (structure, policies, due_diligence, risk, effectiveness, training) or <regime>.<heading>',
      );
    await this.step(auth, actor, id, 'edit', async (manager, statement) => {
      await manager.query(
        `UPDATE statements SET narratives = jsonb_set(narratives, ARRAY[$3::text], to_jsonb($4::text)),
                updated_at = now()
          WHERE organisation_id = $1 AND id = $2`,
        [auth.organisationId, statement.id, key, text],
      );
      // The log says what changed, not the words (they are in the statement itself).
      return { key, characters: text.length };
    });
    return this.get(auth, id);
  }

  /** Takes the figures again, now (a draft only): e.g. after the year's last audits were recorded. */
  async refresh(auth: AuthContext, actor: Actor, id: string) {
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const statement = await this.statements.within(manager).getById(auth, id, { lock: true });
      transitionStatement(statement.status, 'edit');
      const company = await this.companies.within(manager).getById(auth, statement.companyId);
      const { content, snapshotAt } = await snapshotStatement(manager, {
        organisationId: auth.organisationId,
        statementId: statement.id,
        company: companyOf(company),
        period: periodOf(statement),
      });
      await manager.query(
        `UPDATE statements SET content = $3::jsonb, snapshot_at = $4, updated_at = now()
          WHERE organisation_id = $1 AND id = $2`,
        [auth.organisationId, statement.id, JSON.stringify(content), snapshotAt],
      );
      await this.activity.append(manager, auth, actor, {
        action: 'statement.refreshed',
        entityType: 'statement',
        entityId: statement.id,
        before: { snapshotAt: statement.snapshotAt.toISOString() },
        after: { snapshotAt: snapshotAt.toISOString(), records: content.recordCounts },
      });
    });
    return this.get(auth, id);
  }

  async submit(auth: AuthContext, actor: Actor, id: string) {
    await this.step(auth, actor, id, 'submit', async (manager, statement) => {
      assertReadyForApproval({
        narratives: statement.narratives,
        period: periodOf(statement),
        today: today(),
      });
      await this.setStatus(manager, statement, 'submitted');
      return {};
    });
    return this.get(auth, id);
  }

  async sendBack(auth: AuthContext, actor: Actor, id: string, reason: string) {
    await this.step(auth, actor, id, 'return', async (manager, statement) => {
      await manager.query(
        `UPDATE statements SET status = 'draft', approval_body = NULL, approved_on = NULL,
                updated_at = now()
          WHERE organisation_id = $1 AND id = $2`,
        [auth.organisationId, statement.id],
      );
      return { reason };
    });
    return this.get(auth, id);
  }

  async approve(auth: AuthContext, actor: Actor, id: string, dto: ApproveStatementDto) {
    await this.step(
      auth,
      actor,
      id,
      'approve',
      async (manager, statement) => {
        if (dto.approvedOn > today())
          throw DomainError.invalid('approvedOn', 'must not be in the future');
        if (dto.approvedOn <= statement.periodTo)
          throw DomainError.invalid(
            'approvedOn',
            `must be after the financial year it reports on (ended ${statement.periodTo})`,
          );
        await manager.query(
          `UPDATE statements SET status = 'approved', approval_body = $3, approved_on = $4,
                  updated_at = now()
            WHERE organisation_id = $1 AND id = $2`,
          [auth.organisationId, statement.id, dto.body, dto.approvedOn],
        );
        return { body: dto.body, approvedOn: dto.approvedOn };
      },
      // What is missing is said before whether the step is allowed now: that is what to fix.
      (statement) =>
        assertReadyForApproval({
          narratives: statement.narratives,
          period: periodOf(statement),
          today: today(),
        }),
    );
    return this.get(auth, id);
  }

  async sign(auth: AuthContext, actor: Actor, id: string, dto: SignStatementDto) {
    await this.step(auth, actor, id, 'sign', async (manager, statement) => {
      if (dto.signedOn > today())
        throw DomainError.invalid('signedOn', 'must not be in the future');
      if (statement.approvedOn && dto.signedOn < statement.approvedOn)
        throw DomainError.invalid(
          'signedOn',
          `must not be before the board approved it (${statement.approvedOn})`,
        );
      const name = dto.name ?? (await this.userName(manager, auth));
      await manager.query(
        `UPDATE statements SET status = 'signed', signer_name = $3, signer_title = $4,
                signed_on = $5, signed_by = $6, updated_at = now()
          WHERE organisation_id = $1 AND id = $2`,
        [auth.organisationId, statement.id, name, dto.title, dto.signedOn, auth.userId],
      );
      return { name, title: dto.title, signedOn: dto.signedOn };
    });
    return this.get(auth, id);
  }

  private async userName(manager: EntityManager, auth: AuthContext): Promise<string> {
    const [user]: { name: string }[] = await manager.query(
      'SELECT name FROM users WHERE organisation_id = $1 AND id = $2',
      [auth.organisationId, auth.userId],
    );
    return user.name;
  }

  async publish(auth: AuthContext, actor: Actor, id: string, dto: PublishStatementDto) {
    await this.step(auth, actor, id, 'publish', async (manager, statement) => {
      await manager.query(
        `UPDATE statements SET status = 'published', published_at = now(), statement_url = $3,
                updated_at = now()
          WHERE organisation_id = $1 AND id = $2`,
        [auth.organisationId, statement.id, dto.statementUrl ?? null],
      );
      if (statement.supersedesId)
        await manager.query(
          `UPDATE statements SET superseded_by_id = $3
            WHERE organisation_id = $1 AND id = $2 AND superseded_by_id IS NULL`,
          [auth.organisationId, statement.supersedesId, statement.id],
        );
      await this.queueRender(manager, auth, statement.id, PRIMARY_REGIME, 'published');
      return { statementUrl: dto.statementUrl ?? null, supersedes: statement.supersedesId };
    });
    return this.get(auth, id);
  }

  /**
   * One workflow step on a locked row: the allowed-now check (409), the change, and its activity
   * entry, in one transaction. `precheck` runs first, for problems the user should fix before
   * whether the step is allowed matters.
   */
  private async step(
    auth: AuthContext,
    actor: Actor,
    id: string,
    action: StatementAction,
    change: (manager: EntityManager, statement: Statement) => Promise<Record<string, unknown>>,
    precheck?: (statement: Statement) => void,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const statement = await this.statements.within(manager).getById(auth, id, { lock: true });
      precheck?.(statement);
      const to = transitionStatement(statement.status, action);
      const after = await change(manager, statement);
      await this.activity.append(manager, auth, actor, {
        action: `statement.${action}`,
        entityType: 'statement',
        entityId: statement.id,
        before: { status: statement.status },
        after: { status: to, ...after },
      });
    });
  }

  private async setStatus(manager: EntityManager, statement: Statement, status: string) {
    await manager.query(
      'UPDATE statements SET status = $3, updated_at = now() WHERE organisation_id = $1 AND id = $2',
      [statement.organisationId, statement.id, status],
    );
  }

  private async queueRender(
    manager: EntityManager,
    auth: AuthContext,
    statementId: string,
    regime: string,
    statementStatus: string,
  ): Promise<StatementDocument> {
    const document = await this.documents.within(manager).insert(auth, {
      statementId,
      regime,
      status: 'queued',
      statementStatus,
      requestedBy: auth.userId,
    });
    await this.outbox.enqueue(manager, auth, 'statement.render', { documentId: document.id });
    return document;
  }

  /** Asks the worker for a PDF of the statement as it is now (a draft's is marked as a draft). */
  async requestPdf(auth: AuthContext, actor: Actor, id: string, regimeId?: string) {
    const regime = this.regime(regimeId);
    const document = await this.dataSource.transaction(async (manager) => {
      const statement = await this.statements.within(manager).getById(auth, id);
      const created = await this.queueRender(
        manager,
        auth,
        statement.id,
        regime.id,
        statement.status,
      );
      await this.activity.append(manager, auth, actor, {
        action: 'statement.pdf_requested',
        entityType: 'statement',
        entityId: statement.id,
        after: { documentId: created.id, regime: regime.id, statementStatus: statement.status },
      });
      return created;
    });
    return documentView(document);
  }

  async listDocuments(auth: AuthContext, id: string) {
    const statement = await this.statements.getById(auth, id);
    const documents = await this.documents.find(auth, {
      where: { statementId: statement.id },
      order: { requestedAt: 'DESC' },
    });
    return documents.map(documentView);
  }

  /** The file of a rendered document of this statement (404 until it is done). */
  async documentFile(auth: AuthContext, id: string, documentId: string) {
    const statement = await this.statements.getById(auth, id);
    const document = await this.documents.getById(auth, documentId);
    if (document.statementId !== statement.id || !document.fileId)
      throw DomainError.notFound('Document');
    return { fileId: document.fileId, owner: { type: 'statement', id: statement.id } };
  }

  /** The PDF to download: the published one, else the newest rendering of the statement. */
  async latestPdf(auth: AuthContext, id: string) {
    const statement = await this.statements.getById(auth, id);
    if (statement.pdfFileId)
      return { fileId: statement.pdfFileId, owner: { type: 'statement', id: statement.id } };
    const [document] = await this.documents.find(auth, {
      where: { statementId: statement.id, status: 'done', regime: PRIMARY_REGIME },
      order: { requestedAt: 'DESC' },
      take: 1,
    });
    if (!document?.fileId)
      throw DomainError.notFound(
        'PDF (none rendered yet: ask for one with POST /statements/:id/documents)',
      );
    return { fileId: document.fileId, owner: { type: 'statement', id: statement.id } };
  }

  /** The frozen records behind one figure or table: what the published number counted. */
  async trace(auth: AuthContext, id: string, key: string, query: TraceQueryDto) {
    const statement = await this.statements.getById(auth, id);
    const found = figureByKey(statement.content.blocks, key);
    if (!found) throw DomainError.missingReference('key', 'Figure');
    const filter =
      query.year === 'previous'
        ? (found.figure?.previousTrace ?? null)
        : (found.figure?.trace ?? found.table?.trace ?? null);
    if (!filter) throw DomainError.invalid('year', 'this figure has no records for that year');
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const params = [
      auth.organisationId,
      statement.id,
      filter.kind,
      JSON.stringify(filter.where ?? {}),
    ];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM statement_records
        WHERE organisation_id = $1 AND statement_id = $2 AND kind = $3 AND facts @> $4::jsonb`,
      params,
    );
    // Executives see grievance figures as counts only (issue 10): no list of cases, however plain.
    const countsOnly = filter.kind === 'grievance' && auth.role === 'executive';
    const records: { record_id: string; facts: Record<string, unknown> }[] = countsOnly
      ? []
      : await this.dataSource.query(
          `SELECT record_id, facts FROM statement_records
            WHERE organisation_id = $1 AND statement_id = $2 AND kind = $3 AND facts @> $4::jsonb
            ORDER BY seq OFFSET $5 LIMIT $6`,
          [...params, offset, limit],
        );
    const figure = found.figure;
    return {
      statementId: statement.id,
      key,
      label: figure?.label ?? found.table?.caption,
      value: figure ? (query.year === 'previous' ? figure.previous : figure.value) : null,
      frozenAt: statement.content.snapshotAt,
      kind: filter.kind,
      where: filter.where ?? {},
      total,
      offset,
      limit,
      ...(countsOnly ? { note: 'Executives see grievance figures as counts only.' } : {}),
      records: records.map((row) => ({ id: row.record_id, ...row.facts })),
    };
  }

  async registry(auth: AuthContext, id: string) {
    const statement = await this.statements.getById(auth, id);
    const fxRates: FxRate[] = await this.dataSource.query(
      `SELECT base, quote, rate::text AS rate, valid_on::text AS "validOn", source
         FROM fx_rates WHERE organisation_id = $1`,
      [auth.organisationId],
    );
    const published: { period_to: string }[] = await this.dataSource.query(
      `SELECT DISTINCT period_to::text AS period_to FROM statements
        WHERE organisation_id = $1 AND company_id = $2 AND status = 'published' AND period_to <= $3`,
      [auth.organisationId, statement.companyId, statement.periodTo],
    );
    return registryExport({
      content: statement.content,
      narratives: statement.narratives,
      status: statement.status,
      version: statement.version,
      approval: approvalOf(statement),
      signature: signatureOf(statement),
      statementUrl: statement.statementUrl,
      fxRates,
      publishedYearEnds: published.map((row) => row.period_to),
    });
  }
}

function companyOf(company: ReportingCompany): StatementCompany {
  return {
    id: company.id,
    name: company.name,
    registrationNumber: company.registrationNumber,
    hqCountry: company.hqCountry,
    sector: company.sector,
    turnover:
      company.annualTurnoverMinor !== null && company.turnoverCurrency
        ? { minor: String(company.annualTurnoverMinor), currency: company.turnoverCurrency }
        : null,
  };
}

function documentView(document: StatementDocument) {
  return {
    id: document.id,
    statementId: document.statementId,
    regime: document.regime,
    status: document.status,
    statementStatus: document.statementStatus,
    sha256: document.sha256,
    sizeBytes: document.sizeBytes,
    error: document.error,
    requestedAt: document.requestedAt.toISOString(),
    finishedAt: document.finishedAt?.toISOString() ?? null,
  };
}
