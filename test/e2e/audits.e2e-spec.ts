import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import request from 'supertest';
import { RouteAccessAudit } from '../../apps/api/src/common/route-access.audit';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const RANDOM_ID = '0b6f8a52-9d1e-4c1a-8f00-3c7e2b9d4a11';

/** A visit that went badly: access delayed, passports held, fees paid by workers. */
const REPORT = (fileId: string) => ({
  arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  access: 'delayed',
  accessNote: 'Kept at the gate for 50 minutes while the manager was called',
  workersInterviewed: {
    female: 9,
    male: 6,
    otherGender: 0,
    migrant: 12,
    agency: 10,
    onSite: 11,
    offSite: 4,
  },
  documentsReviewed: ['payroll', 'time_records', 'recruitment_records'],
  redFlags: ['documents_held_by_employer', 'recruitment_debt'],
  summary: 'Passports kept in the HR office; workers repay recruitment loans from wages.',
  findings: [
    {
      category: 'identity_documents',
      indicators: ['retention_of_documents'],
      severity: 'critical',
      description: 'Passports of 14 migrant workers held in a locked cabinet in the HR office.',
      workersAffected: null,
      feesPaid: null,
      evidenceFileIds: [fileId],
    },
    {
      category: 'recruitment_fees',
      indicators: ['debt_bondage', 'deception'],
      severity: 'major',
      description:
        'Workers paid recruitment fees to a sub-agent in Dhaka, about three months of wages.',
      workersAffected: 12,
      feesPaid: { amountMinor: 5_400_000, currency: 'MYR' },
      evidenceFileIds: [],
    },
    {
      category: 'working_hours',
      indicators: ['excessive_overtime'],
      severity: 'minor',
      description: 'Overtime above 60 hours in two weeks of the peak season.',
      workersAffected: null,
      feesPaid: null,
      evidenceFileIds: [],
    },
  ],
});

describe('Audits: unannounced visits, findings, corrective actions, fee remediation', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let auditor: Session;
  let otherAuditor: Session;
  let supplier: Session & { supplierId: string | null };
  let siteId: string;
  let auditId: string;
  let reference: string;
  const windowStart = day(3);
  const windowEnd = day(40);
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const upload = (session: Session, path: string, contentType: string, bytes: Buffer) =>
    http()
      .post(`${path}?filename=evidence.pdf`)
      .set(as(session))
      .set('Content-Type', contentType)
      .send(bytes);

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'audit-officer');
    siteId = (await createSite(app, officer, { name: 'Klang Electronics', country: 'MY' })).id;
    supplier = await member(app, officer, 'supplier', siteId);
    auditor = await member(app, officer, 'auditor');
    otherAuditor = await member(app, officer, 'auditor');
  });
  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  it('schedules an unannounced audit, refusing unknown indicators, non-auditors and past windows', async () => {
    const bad = await http()
      .post('/audits')
      .set(as(officer))
      .send({
        supplierId: siteId,
        type: 'unannounced',
        windowStart: day(-20),
        windowEnd: day(-10),
        scopeIndicators: ['retention_of_documents', 'bonded_labour'],
        auditorIds: [auditor.userId, supplier.userId],
      })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['scopeIndicators.1', 'windowEnd']));
    const notAuditor = await http()
      .post('/audits')
      .set(as(officer))
      .send({
        supplierId: siteId,
        type: 'unannounced',
        windowStart,
        windowEnd,
        scopeIndicators: ['retention_of_documents'],
        auditorIds: [supplier.userId],
      })
      .expect(400);
    expect(fieldsOf(notAuditor.body)).toEqual(['auditorIds.0']);
    const { body } = await http()
      .post('/audits')
      .set(as(officer))
      .send({
        supplierId: siteId,
        type: 'unannounced',
        windowStart,
        windowEnd,
        scopeIndicators: ['retention_of_documents', 'debt_bondage', 'excessive_overtime'],
        auditFirm: 'Ethical Audits Ltd',
        auditorIds: [auditor.userId],
      })
      .expect(201);
    auditId = body.id;
    reference = body.reference;
    expect(reference).toMatch(/^AUD-\d{4}-\d{4}$/);
    expect(body).toMatchObject({ status: 'planned', window: { from: windowStart, to: windowEnd } });
  });

  it('reveals nothing of the planned unannounced audit through any route a supplier user can call', async () => {
    // Each route is called with the audit's id and with an id that never existed: the answers
    // must be the same (the id itself echoed back aside), and none may carry its reference or dates.
    const secrets = [reference, windowStart, windowEnd];
    const routes = app
      .get(RouteAccessAudit)
      .routes()
      .filter(
        ({ route, access }) =>
          route.startsWith('GET ') && Array.isArray(access) && access.includes('supplier'),
      );
    expect(routes.length).toBeGreaterThan(10);
    const answer = async (route: string, id: string) => {
      const path = route
        .slice(4)
        .replace('/suppliers/:id', `/suppliers/${siteId}`)
        .replace(/:id|:fileId/g, id);
      const response = await http().get(path).set(as(supplier));
      const text = (JSON.stringify(response.body ?? '') + (response.text ?? ''))
        .replaceAll(id, '<id>')
        .replace(/"(requestId|instance|generatedAt|asOf)":"[^"]*"/g, '"$1":""');
      return { status: response.status, text };
    };
    for (const { route } of routes) {
      const hidden = await answer(route, auditId);
      const unknown = await answer(route, RANDOM_ID);
      expect({ route, ...hidden }).toEqual({ route, ...unknown });
      for (const secret of secrets)
        expect({ route, leaks: hidden.text.includes(secret) }).toEqual({ route, leaks: false });
    }
    // Probing by id answers exactly as for an id that never existed.
    const hidden = await http().get(`/audits/${auditId}`).set(as(supplier)).expect(404);
    const unknown = await http().get(`/audits/${RANDOM_ID}`).set(as(supplier)).expect(404);
    const strip = (body: Record<string, unknown>) => ({
      ...body,
      instance: undefined,
      requestId: undefined,
    });
    expect(strip(hidden.body)).toEqual(strip(unknown.body));
    await http().get(`/audits/${auditId}/report.pdf`).set(as(supplier)).expect(404);
    const { body: list } = await http().get('/audits').set(as(supplier)).expect(200);
    expect(list).toEqual([]);
    // Nothing is owed to the site's users, and the activity log is not theirs to read.
    const { rows } = await db.query(
      'SELECT count(*)::int AS count FROM notifications WHERE recipient_user_id = $1 AND subject_id = $2',
      [supplier.userId, auditId],
    );
    expect(rows[0].count).toBe(0);
    await http().get('/activity').set(as(supplier)).expect(403);
  });

  it('shows the audit to its assigned auditor only', async () => {
    const { body: mine } = await http().get('/audits').set(as(auditor)).expect(200);
    expect(mine.map((audit: { id: string }) => audit.id)).toEqual([auditId]);
    const { body: theirs } = await http().get('/audits').set(as(otherAuditor)).expect(200);
    expect(theirs).toEqual([]);
    await http().get(`/audits/${auditId}`).set(as(otherAuditor)).expect(404);
    await http()
      .put(`/audits/${auditId}/report`)
      .set(as(otherAuditor))
      .send({ report: {} })
      .expect(404);
  });

  let evidenceId: string;
  it('keeps evidence files to the audit, with type and size limits', async () => {
    const stored = await upload(auditor, `/audits/${auditId}/files`, 'application/pdf', PDF).expect(
      201,
    );
    evidenceId = stored.body.id;
    await upload(
      auditor,
      `/audits/${auditId}/files`,
      'application/x-msdownload',
      Buffer.from('MZ'),
    ).expect(415);
    await upload(
      auditor,
      `/audits/${auditId}/files`,
      'application/pdf',
      Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
    ).expect(413);
    await upload(otherAuditor, `/audits/${auditId}/files`, 'application/pdf', PDF).expect(404);
  });

  it('saves drafts, refuses an unknown severity or indicator (400 naming it), then submits once', async () => {
    const report = REPORT(evidenceId);
    await http()
      .put(`/audits/${auditId}/report`)
      .set(as(auditor))
      .send({ report: { arrivedAt: report.arrivedAt, access: 'granted' } })
      .expect(200);
    const wrong = await http()
      .put(`/audits/${auditId}/report`)
      .set(as(auditor))
      .send({
        report: {
          findings: [{ ...report.findings[0], severity: 'catastrophic', indicators: ['slavery'] }],
        },
      })
      .expect(400);
    expect(fieldsOf(wrong.body)).toEqual(
      expect.arrayContaining(['report.findings.0.severity', 'report.findings.0.indicators.0']),
    );
    await http().post(`/audits/${auditId}/submit`).set(as(auditor)).send({ report }).expect(202);
    const again = await http()
      .post(`/audits/${auditId}/submit`)
      .set(as(auditor))
      .send({ report })
      .expect(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('turns the report into findings, corrective actions by severity and a fee remediation', async () => {
    const audit = await waitFor('the report processed', async () => {
      const { body } = await http().get(`/audits/${auditId}`).set(as(officer)).expect(200);
      return body.status === 'processed' ? body : null;
    });
    // The delayed access is itself a critical finding, put first.
    expect(
      audit.findings.map((f: { category: string; severity: string }) => [f.category, f.severity]),
    ).toEqual([
      ['access_to_site', 'critical'],
      ['identity_documents', 'critical'],
      ['recruitment_fees', 'major'],
      ['working_hours', 'minor'],
    ]);
    const submittedOn = audit.submittedAt.slice(0, 10);
    const plusDays = (from: string, days: number) =>
      new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
    expect(
      audit.findings.map(
        (f: { correctiveAction: { dueOn: string } | null }) => f.correctiveAction?.dueOn ?? null,
      ),
    ).toEqual([
      plusDays(submittedOn, 30),
      plusDays(submittedOn, 30),
      plusDays(submittedOn, 90),
      null,
    ]);
    const { body: remediations } = await http()
      .get('/fee-remediations')
      .set(as(officer))
      .expect(200);
    expect(remediations).toHaveLength(1);
    expect(remediations[0]).toMatchObject({
      workersAffected: 12,
      owed: { amountMinor: 5_400_000, currency: 'MYR' },
      outstanding: { amountMinor: 5_400_000, currency: 'MYR' },
      status: 'open',
    });
  });

  it('processes a report delivered twice only once', async () => {
    const before = await db.query(
      `SELECT (SELECT count(*) FROM audit_findings WHERE audit_id = $1)::int AS findings,
              (SELECT count(*) FROM corrective_actions WHERE audit_id = $1)::int AS actions,
              (SELECT count(*) FROM fee_remediations WHERE audit_id = $1)::int AS remediations`,
      [auditId],
    );
    const { rows } = await db.query(
      `INSERT INTO outbox_events (organisation_id, job_name, payload)
       VALUES ($1, 'audit.process', $2) RETURNING id`,
      [officer.organisationId, { auditId }],
    );
    await db.query("SELECT pg_notify('outbox_events', '')");
    await waitFor('the duplicate processed', async () => {
      const { rows: done } = await db.query(
        'SELECT processed_at FROM outbox_events WHERE id = $1',
        [rows[0].id],
      );
      return done[0].processed_at !== null;
    });
    const after = await db.query(
      `SELECT (SELECT count(*) FROM audit_findings WHERE audit_id = $1)::int AS findings,
              (SELECT count(*) FROM corrective_actions WHERE audit_id = $1)::int AS actions,
              (SELECT count(*) FROM fee_remediations WHERE audit_id = $1)::int AS remediations`,
      [auditId],
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(before.rows[0]).toEqual({ findings: 4, actions: 3, remediations: 1 });
  });

  it('shows the reported audit to the site: findings and actions, not the window or the interviews', async () => {
    const { body: list } = await http().get('/audits').set(as(supplier)).expect(200);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: auditId, reference, window: null });
    const { body } = await http().get(`/audits/${auditId}`).set(as(supplier)).expect(200);
    expect(body.findings).toHaveLength(4);
    expect(body.report).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(windowStart);
    const { rows } = await db.query(
      'SELECT kind FROM notifications WHERE recipient_user_id = $1 AND subject_id = $2',
      [supplier.userId, auditId],
    );
    expect(rows).toEqual([{ kind: 'audit.reported' }]);
  });

  it('weighs the open findings and corrective actions in the site’s explained risk', async () => {
    const risk = await waitFor('the findings in the risk explanation', async () => {
      const { body } = await http().get(`/suppliers/${siteId}/risk`).set(as(officer)).expect(200);
      const codes = (body.factors ?? [])
        .filter((f: { points: number }) => f.points > 0)
        .map((f: { code: string }) => f.code);
      return codes.includes('findings') && codes.includes('corrective_actions') ? body : null;
    });
    expect(risk.band).not.toBe('low');
  });

  it('runs a corrective action from plan to verified closure, refusing steps out of order (409)', async () => {
    const { body: actions } = await http().get('/corrective-actions').set(as(supplier)).expect(200);
    expect(actions).toHaveLength(3);
    const action = actions.find(
      (a: { finding: { category: string } }) => a.finding.category === 'identity_documents',
    );
    await http()
      .post(`/corrective-actions/${action.id}/evidence`)
      .set(as(supplier))
      .send({ note: 'Done' })
      .expect(409);
    await http()
      .post(`/corrective-actions/${action.id}/plan`)
      .set(as(supplier))
      .send({
        rootCause:
          'HR kept passports "for safe keeping" at workers’ request, without consent forms.',
        actionPlan:
          'Return every passport; install personal lockers; written policy by 15 December.',
      })
      .expect(200);
    await http()
      .post(`/corrective-actions/${action.id}/accept`)
      .set(as(supplier))
      .send({})
      .expect(403);
    await http()
      .post(`/corrective-actions/${action.id}/accept`)
      .set(as(officer))
      .send({})
      .expect(200);
    const file = await upload(
      supplier,
      `/corrective-actions/${action.id}/files`,
      'application/pdf',
      PDF,
    ).expect(201);
    await http()
      .post(`/corrective-actions/${action.id}/evidence`)
      .set(as(supplier))
      .send({ note: 'Passports returned, lockers installed', fileIds: [file.body.id] })
      .expect(200);
    const closed = await http()
      .post(`/corrective-actions/${action.id}/verify`)
      .set(as(officer))
      .send({ comment: 'Photos and signed receipts checked' })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closureMethod: 'desk_review',
      overdue: false,
    });
    await http()
      .post(`/corrective-actions/${action.id}/verify`)
      .set(as(officer))
      .send({})
      .expect(409);
    const { body: audit } = await http().get(`/audits/${auditId}`).set(as(officer)).expect(200);
    expect(audit.findings[1].closedOn).not.toBeNull();
  });

  it('flags corrective actions past their due date', async () => {
    const { flagOverdueCorrectiveActions } =
      await import('../../apps/worker/src/audits/corrective-actions-overdue');
    const { OutboxService } = await import('@app/platform');
    const { DataSource } = await import('typeorm');
    const run = await flagOverdueCorrectiveActions(
      worker.get(DataSource),
      new OutboxService(),
      day(200),
    );
    expect(run.flagged).toBeGreaterThanOrEqual(2);
    const { body } = await http().get('/corrective-actions').set(as(officer)).expect(200);
    const open = body.filter((a: { status: string }) => a.status !== 'closed');
    expect(open.length).toBe(2);
    const { rows } = await db.query(
      "SELECT count(*)::int AS count FROM notifications WHERE recipient_user_id = $1 AND kind = 'corrective_action.overdue'",
      [supplier.userId],
    );
    expect(rows[0].count).toBe(1);
  });

  it('records fee repayments, refusing more than is outstanding, and closes at zero', async () => {
    const {
      body: [remediation],
    } = await http().get('/fee-remediations').set(as(officer)).expect(200);
    const repay = (session: Session, amount: unknown, paidOn = day(-1)) =>
      http()
        .post(`/fee-remediations/${remediation.id}/repayments`)
        .set(as(session))
        .send({ amount, paidOn });
    const tooMuch = await repay(supplier, { amountMinor: 5_400_001, currency: 'MYR' }).expect(400);
    expect(fieldsOf(tooMuch.body)).toContain('amount.amountMinor');
    const wrongCurrency = await repay(supplier, { amountMinor: 100, currency: 'USD' }).expect(400);
    expect(fieldsOf(wrongCurrency.body)).toContain('amount.currency');
    await repay(supplier, { amountMinor: 100, currency: 'MYR' }, day(5)).expect(400);
    const partial = await repay(supplier, { amountMinor: 4_000_000, currency: 'MYR' }).expect(201);
    expect(partial.body).toMatchObject({ status: 'open', outstanding: { amountMinor: 1_400_000 } });
    const rest = await repay(officer, { amountMinor: 1_400_000, currency: 'MYR' }).expect(201);
    expect(rest.body).toMatchObject({ status: 'closed', outstanding: { amountMinor: 0 } });
    expect(rest.body.repayments).toHaveLength(2);
    const { body: summary } = await http()
      .get(`/fee-remediations/summary?from=${day(-30)}&to=${day(0)}`)
      .set(as(officer))
      .expect(200);
    expect(summary.byCurrency).toEqual([
      expect.objectContaining({
        currency: 'MYR',
        owed: { amountMinor: 5_400_000, currency: 'MYR' },
        repaidInPeriod: { amountMinor: 5_400_000, currency: 'MYR' },
        outstanding: { amountMinor: 0, currency: 'MYR' },
        workersAffected: 12,
      }),
    ]);
  });

  it('renders the audit report PDF, readable by the organisation and, after the visit, the site', async () => {
    await waitFor('the PDF', async () => {
      const { body } = await http().get(`/audits/${auditId}`).set(as(officer)).expect(200);
      return body.reportPdfReady;
    });
    for (const session of [officer, supplier]) {
      const response = await http()
        .get(`/audits/${auditId}/report.pdf`)
        .set(as(session))
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toContain('application/pdf');
      const file = join(mkdtempSync(join(tmpdir(), 'audit-pdf-')), 'report.pdf');
      writeFileSync(file, response.body as Buffer);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      expect(text).toContain(reference);
      expect(text).toContain('Klang Electronics');
      expect(text).toMatch(/Corrective action plan/i);
    }
  });
});
