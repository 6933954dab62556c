import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import request from 'supertest';
import { runQuestionnaireReminders } from '../../apps/worker/src/questionnaires/reminders';
import { RISK_AFTER_SCORING_DELAY_MS } from '../../apps/worker/src/questionnaires/score-submissions';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

/** A small template that exercises every question type, a condition and the fee facts. */
const definition = (key = 'e2e-check') => ({
  key,
  title: 'Labour practice check',
  description: 'A short self-assessment',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'documents',
      title: 'Documents',
      questions: [
        {
          id: 'docs.held',
          type: 'yes_no',
          text: 'Do you keep workers’ passports?',
          help: 'Including for "safe keeping"',
          required: true,
          fact: 'documents_retained',
          options: [
            {
              value: 'yes',
              label: 'Yes',
              riskWeight: 10,
              indicators: ['retention_of_documents'],
            },
            { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
          ],
        },
        {
          id: 'docs.return',
          type: 'single_choice',
          text: 'How fast can a worker get theirs back?',
          required: true,
          showIf: { question: 'docs.held', in: ['yes'] },
          options: [
            { value: 'same_day', label: 'Same day', riskWeight: 2, indicators: [] },
            {
              value: 'never',
              label: 'Only when leaving',
              riskWeight: 10,
              indicators: ['restriction_of_movement'],
            },
          ],
        },
      ],
    },
    {
      id: 'pay',
      title: 'Pay and hours',
      questions: [
        {
          id: 'pay.fee',
          type: 'money',
          text: 'Fees a worker paid',
          required: true,
          fact: 'worker_fee_amount',
        },
        {
          id: 'pay.wage',
          type: 'money',
          text: 'Monthly wage',
          required: true,
          fact: 'monthly_wage',
        },
        {
          id: 'pay.overtime',
          type: 'integer',
          text: 'Overtime hours per week',
          required: true,
          min: 0,
          max: 100,
          riskBands: [
            { from: 0, to: 12, riskWeight: 0, indicators: [] },
            { from: 12, riskWeight: 8, indicators: ['excessive_overtime'] },
          ],
        },
        { id: 'pay.migrants', type: 'percentage', text: 'Migrant share', required: false },
        { id: 'pay.since', type: 'date', text: 'Policy adopted on', required: false },
        { id: 'pay.comment', type: 'text', text: 'Anything to add?', required: false },
        { id: 'pay.payslip', type: 'file', text: 'A sample payslip', required: false },
        {
          id: 'pay.deductions',
          type: 'multiple_choice',
          text: 'Deductions from wages',
          required: false,
          options: [
            {
              value: 'housing',
              label: 'Housing',
              riskWeight: 3,
              indicators: ['withholding_of_wages'],
            },
            { value: 'fines', label: 'Fines', riskWeight: 8, indicators: ['withholding_of_wages'] },
          ],
        },
      ],
    },
  ],
});

describe('Questionnaires: templates, campaigns, answers, scoring through BullMQ', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let supplierA: Session;
  let supplierB: Session;
  let templateId: string;
  let campaignId: string;
  const sites: Record<string, string> = {};
  const assignments: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const goodAnswers = {
    'docs.held': 'yes',
    'docs.return': 'never',
    'pay.fee': { amountMinor: 300000, currency: 'MYR' },
    'pay.wage': { amountMinor: 150000, currency: 'MYR' },
    'pay.overtime': 20,
  };

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'questionnaire-officer');
    for (const [name, country] of [
      ['a', 'MY'],
      ['b', 'MY'],
      ['c', 'GB'],
    ])
      sites[name] = (
        await createSite(app, officer, {
          name: `Site ${name}`,
          country,
          sector: 'electronics_assembly',
        })
      ).id;
    supplierA = await member(app, officer, 'supplier', sites.a);
    supplierB = await member(app, officer, 'supplier', sites.b);
  });

  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  it('ships the two built-in templates, published, in English, Malay and Vietnamese', async () => {
    const { body } = await http().get('/questionnaire-templates').set(as(officer)).expect(200);
    const builtIn = body.filter((template: { builtIn: boolean }) => template.builtIn);
    expect(builtIn.map((template: { key: string }) => template.key).sort()).toEqual([
      'recruitment-agency-fee-practice-survey',
      'supplier-forced-labour-self-assessment',
    ]);
    for (const template of builtIn) {
      expect(template.status).toBe('published');
      expect(template.languages).toEqual([
        { locale: 'en', missing: 0 },
        { locale: 'ms', missing: 0 },
        { locale: 'vi', missing: 0 },
      ]);
    }
  });

  it('refuses a template whose condition refers to a question that does not exist (400)', async () => {
    const bad = definition('e2e-bad');
    (bad.sections[0].questions[1] as { showIf: unknown }).showIf = {
      question: 'docs.nowhere',
      in: ['yes'],
    };
    const response = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: bad })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(response.body)).toContain('sections[0].questions[1].showIf.question');
  });

  it('refuses an unknown ILO indicator (400 naming the field)', async () => {
    const bad = definition('e2e-bad-indicator');
    bad.sections[0].questions[0].options![0].indicators = ['slavery_generally'];
    const response = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: bad })
      .expect(400);
    expect(fieldsOf(response.body)).toContain('sections[0].questions[0].options[0].indicators[0]');
  });

  it('creates a draft, publishes it, and then refuses to change it (409)', async () => {
    const created = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: definition() })
      .expect(201);
    templateId = created.body.id;
    expect(created.body).toMatchObject({ status: 'draft', version: 1 });
    await http()
      .post(`/questionnaire-templates/${templateId}/publish`)
      .set(as(officer))
      .expect(200);
    await http()
      .put(`/questionnaire-templates/${templateId}`)
      .set(as(officer))
      .send({ definition: definition() })
      .expect(409);
    const next = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: definition() })
      .expect(201);
    expect(next.body.version).toBe(2);
  });

  it('exports a translation file and imports it back; missing strings fall back and are flagged', async () => {
    const exported = await http()
      .get(`/questionnaire-templates/${templateId}/translations/ms`)
      .set(as(officer))
      .expect(200);
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    const lines = exported.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('key,en,ms');
    const translated = lines
      .map((line) =>
        line.startsWith('template.title,')
          ? 'template.title,Labour practice check,Semakan amalan buruh'
          : line,
      )
      .join('\r\n');
    const imported = await http()
      .put(`/questionnaire-templates/${templateId}/translations/ms`)
      .set(as(officer))
      .set('Content-Type', 'text/csv')
      .send(translated)
      .expect(200);
    expect(imported.body.translated).toBe(1);
    expect(imported.body.missing).toContain('question.docs.held.text');
    const shown = await http()
      .get(`/questionnaire-templates/${templateId}?locale=ms`)
      .set(as(officer))
      .expect(200);
    expect(shown.body.definition.title).toBe('Semakan amalan buruh');
    expect(shown.body.definition.sections[0].questions[0].text).toBe(
      'Do you keep workers’ passports?',
    );
    expect(shown.body.missingTranslations).toContain('question.docs.held.text');
    await http()
      .put(`/questionnaire-templates/${templateId}/translations/ms`)
      .set(as(officer))
      .set('Content-Type', 'text/csv')
      .send('key,en,ms\r\nquestion.nowhere.text,x,y\r\n')
      .expect(400);
  });

  it('sends a campaign by filter: one assignment per matching site, with progress', async () => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({
        name: 'Malaysia check',
        templateId,
        dueOn: '2099-12-31',
        filter: { countries: ['MY'] },
      })
      .expect(201);
    campaignId = created.body.id;
    expect(created.body.progress).toMatchObject({
      recipients: 2,
      responseRate: 0,
      byStatus: expect.objectContaining({ sent: 2 }),
    });
    const { body } = await http()
      .get(`/questionnaire-assignments?campaignId=${campaignId}`)
      .set(as(officer))
      .expect(200);
    for (const item of body.items) assignments[item.recipient.id === sites.a ? 'a' : 'b'] = item.id;
    expect(Object.keys(assignments).sort()).toEqual(['a', 'b']);
  });

  it('refuses a draft template, and a filter that reaches nobody', async () => {
    const draft = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: definition('e2e-unpublished') })
      .expect(201);
    await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'x', templateId: draft.body.id, dueOn: '2099-01-01', supplierIds: [sites.a] })
      .expect(409);
    const none = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'x', templateId, dueOn: '2099-01-01', filter: { countries: ['NO'] } })
      .expect(400);
    expect(fieldsOf(none.body)).toEqual(['filter']);
  });

  it('shows a supplier user their own site’s assignment only; another’s is 404', async () => {
    const { body } = await http().get('/questionnaire-assignments').set(as(supplierA)).expect(200);
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([assignments.a]);
    await http().get(`/questionnaire-assignments/${assignments.b}`).set(as(supplierA)).expect(404);
    await http()
      .put(`/questionnaire-assignments/${assignments.b}/draft`)
      .set(as(supplierA))
      .send({ answers: { 'docs.held': 'no' } })
      .expect(404);
    await http()
      .post(`/questionnaire-assignments/${assignments.b}/submit`)
      .set(as(supplierA))
      .send({})
      .expect(404);
  });

  it.each([
    ['text into an integer', { 'pay.overtime': 'twenty' }, 'answers.pay.overtime'],
    [
      'a float into money',
      { 'pay.fee': { amountMinor: 12.5, currency: 'MYR' } },
      'answers.pay.fee',
    ],
    ['an unknown option', { 'docs.return': 'sometimes' }, 'answers.docs.return'],
    ['an unknown question', { 'docs.colour': 'blue' }, 'answers.docs.colour'],
  ])('refuses %s with a 400 naming the question', async (_label, answers, field) => {
    const response = await http()
      .put(`/questionnaire-assignments/${assignments.a}/draft`)
      .set(as(supplierA))
      .send({ answers })
      .expect(400);
    expect(fieldsOf(response.body)).toEqual([field]);
  });

  it('saves partial drafts, then refuses a submission missing required answers (400 listing them)', async () => {
    const saved = await http()
      .put(`/questionnaire-assignments/${assignments.a}/draft`)
      .set(as(supplierA))
      .send({ answers: { 'docs.held': 'yes' }, locale: 'ms' })
      .expect(200);
    expect(saved.body).toMatchObject({ status: 'in_progress', locale: 'ms' });
    expect(saved.body.template.title).toBe('Semakan amalan buruh');
    const response = await http()
      .post(`/questionnaire-assignments/${assignments.a}/submit`)
      .set(as(supplierA))
      .send({})
      .expect(400);
    expect(fieldsOf(response.body).sort()).toEqual([
      'answers.docs.return',
      'answers.pay.fee',
      'answers.pay.overtime',
      'answers.pay.wage',
    ]);
  });

  it('submits once (hidden answers dropped), scores in the worker, and refuses a second submit (409)', async () => {
    await http()
      .post(`/questionnaire-assignments/${assignments.a}/submit`)
      .set(as(supplierA))
      .send({ answers: goodAnswers })
      .expect(202);
    await http()
      .post(`/questionnaire-assignments/${assignments.a}/submit`)
      .set(as(supplierA))
      .send({ answers: goodAnswers })
      .expect(409);
    // B answers "no" to the passport question and also the hidden follow-up: dropped.
    await http()
      .post(`/questionnaire-assignments/${assignments.b}/submit`)
      .set(as(supplierB))
      .send({
        answers: {
          ...goodAnswers,
          'docs.held': 'no',
          'docs.return': 'never',
          'pay.overtime': 4,
          'pay.fee': { amountMinor: 0, currency: 'MYR' },
        },
      })
      .expect(202);
    const { rows } = await db.query(
      'SELECT answers FROM questionnaire_submissions WHERE assignment_id = $1',
      [assignments.b],
    );
    expect(rows[0].answers['docs.return']).toBeUndefined();

    const result = await waitFor('the submission scored', async () => {
      const { body } = await http()
        .get(`/questionnaire-assignments/${assignments.a}/result`)
        .set(as(officer))
        .expect(200);
      return body.submission.status === 'scored' ? body : null;
    });
    const flagged = result.flags.map((flag: { indicator: string }) => flag.indicator);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'retention_of_documents',
        'restriction_of_movement',
        'debt_bondage',
        'excessive_overtime',
      ]),
    );
    expect(result.facts).toMatchObject({ feeMonths: 2, documentsRetained: true });
    expect(result.score.score).toBeGreaterThan(50);
    const held = result.sections[0].questions[0];
    expect(held).toMatchObject({ id: 'docs.held', answerText: 'Yes', points: 10 });

    const scoredB = await waitFor('B scored', async () => {
      const { body } = await http()
        .get(`/questionnaire-assignments/${assignments.b}/result`)
        .set(as(officer))
        .expect(200);
      return body.submission.status === 'scored' ? body : null;
    });
    expect(scoredB.score.score).toBeLessThan(result.score.score);
    const campaign = await http()
      .get(`/questionnaire-campaigns/${campaignId}`)
      .set(as(officer))
      .expect(200);
    expect(campaign.body.progress).toMatchObject({
      responseRate: 1,
      byStatus: expect.objectContaining({ scored: 2 }),
    });
  });

  it('feeds the flags and the derived facts into the site’s explained risk', async () => {
    type Factor = { code: string; points: number; source: string; note?: string };
    const factors: Factor[] = await waitFor(
      'the questionnaire in the risk explanation',
      async () => {
        const { body } = await http()
          .get(`/suppliers/${sites.a}/risk`)
          .set(as(officer))
          .expect(200);
        const factor = body.factors?.find(
          (candidate: Factor) => candidate.code === 'questionnaire',
        );
        return factor && factor.points > 0 ? body.factors : null;
      },
    );
    const risk = factors.find((factor) => factor.code === 'questionnaire')!;
    expect(risk.source).toContain('questionnaire');
    // The site has no agency: the fees and documents it reported count as its own recruitment.
    const recruitment = factors.find((factor) => factor.code === 'recruitment')!;
    expect(recruitment.source).toBe(risk.source);
    expect(recruitment.points).toBeGreaterThan(0);
    expect(recruitment.note).toContain('workers pay 2 months of wages in fees');
    expect(recruitment.note).toContain("retains workers' identity documents");
    // Asked for by scoring with a delay, so a burst of answers is recalculated in a few runs.
    const { rows: requested } = await db.query(
      `SELECT e.delay_ms FROM outbox_events e JOIN questionnaire_submissions s
          ON s.organisation_id = e.organisation_id AND s.assignment_id = $1
        WHERE e.job_name = 'risk.recalculate' AND e.payload->'supplierIds' ? s.supplier_id::text`,
      [assignments.a],
    );
    expect(requested.map((row) => row.delay_ms)).toContain(RISK_AFTER_SCORING_DELAY_MS);
  });

  it('scores a submission once in effect, even when its job is delivered again', async () => {
    const { rows } = await db.query(
      'SELECT id, organisation_id, scored_at FROM questionnaire_submissions WHERE assignment_id = $1',
      [assignments.a],
    );
    const [{ count: before }] = (
      await db.query(
        "SELECT count(*)::int AS count FROM outbox_events WHERE organisation_id = $1 AND job_name = 'risk.recalculate'",
        [rows[0].organisation_id],
      )
    ).rows;
    const [{ id: outboxId }] = (
      await db.query(
        "INSERT INTO outbox_events (organisation_id, job_name, payload) VALUES ($1, 'questionnaire.score', $2) RETURNING id",
        [rows[0].organisation_id, { submissionId: rows[0].id }],
      )
    ).rows;
    await db.query("SELECT pg_notify('outbox_events', '')");
    await waitFor('the duplicate processed', async () => {
      const { rows: done } = await db.query(
        'SELECT processed_at FROM outbox_events WHERE id = $1',
        [outboxId],
      );
      return done[0].processed_at !== null;
    });
    const { rows: after } = await db.query(
      'SELECT scored_at FROM questionnaire_submissions WHERE id = $1',
      [rows[0].id],
    );
    expect(after[0].scored_at).toEqual(rows[0].scored_at);
    const [{ count }] = (
      await db.query(
        "SELECT count(*)::int AS count FROM outbox_events WHERE organisation_id = $1 AND job_name = 'risk.recalculate'",
        [rows[0].organisation_id],
      )
    ).rows;
    expect(count).toBe(before);
  });

  it('keeps submitted answers read-only until an officer reopens with a reason (logged)', async () => {
    await http()
      .put(`/questionnaire-assignments/${assignments.a}/draft`)
      .set(as(supplierA))
      .send({ answers: { 'pay.overtime': 2 } })
      .expect(409);
    await http()
      .post(`/questionnaire-assignments/${assignments.a}/reopen`)
      .set(as(supplierA))
      .send({ reason: 'x' })
      .expect(403);
    await http()
      .post(`/questionnaire-assignments/${assignments.a}/reopen`)
      .set(as(officer))
      .send({ reason: 'Overtime contradicts the time records' })
      .expect(200);
    const log = await http()
      .get(`/activity?entityType=questionnaire_assignment&entityId=${assignments.a}`)
      .set(as(officer))
      .expect(200);
    expect(JSON.stringify(log.body)).toContain('Overtime contradicts the time records');
    const again = await http()
      .post(`/questionnaire-assignments/${assignments.a}/submit`)
      .set(as(supplierA))
      .send({ answers: { 'pay.overtime': 2 } })
      .expect(202);
    expect(again.body.attempt).toBe(2);
  });

  it('exports the campaign’s answers as CSV: one row per recipient, one column per question', async () => {
    const response = await http()
      .get(`/questionnaire-campaigns/${campaignId}/answers.csv`)
      .set(as(officer))
      .expect(200);
    const [header, ...rows] = response.text.trim().split(/\r?\n/);
    expect(header).toContain('docs.held,docs.return,pay.fee');
    expect(rows).toHaveLength(2);
    expect(response.text).toContain('MYR 3,000.00');
    await http()
      .get('/questionnaire-campaigns/00000000-0000-4000-8000-000000000000/answers.csv')
      .set(as(officer))
      .expect(404);
  });

  it('pre-fills a new campaign from the site’s recent answers to the same version', async () => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'Again', templateId, dueOn: '2099-12-31', supplierIds: [sites.b, sites.c] })
      .expect(201);
    expect(created.body.progress).toMatchObject({ recipients: 2, prefilled: 1 });
    const { body } = await http()
      .get(`/questionnaire-assignments?campaignId=${created.body.id}`)
      .set(as(supplierB))
      .expect(200);
    const mine = await http()
      .get(`/questionnaire-assignments/${body.items[0].id}`)
      .set(as(supplierB))
      .expect(200);
    expect(mine.body).toMatchObject({ prefilled: true, status: 'sent' });
    expect(mine.body.answers['pay.overtime']).toBe(4);
  });

  it('refuses answers once the campaign is closed (409)', async () => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'Short', templateId, dueOn: '2099-12-31', supplierIds: [sites.c, sites.a] })
      .expect(201);
    const { body } = await http()
      .get(`/questionnaire-assignments?campaignId=${created.body.id}`)
      .set(as(supplierA))
      .expect(200);
    await http()
      .post(`/questionnaire-campaigns/${created.body.id}/close`)
      .set(as(officer))
      .expect(200);
    await http()
      .put(`/questionnaire-assignments/${body.items[0].id}/draft`)
      .set(as(supplierA))
      .send({ answers: { 'docs.held': 'no' } })
      .expect(409);
  });

  it('refuses answers once the campaign has expired (past its closing day: 409)', async () => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'Expired', templateId, dueOn: '2099-12-31', supplierIds: [sites.a] })
      .expect(201);
    // Campaigns cannot be created in the past: move this one's dates back instead.
    await db.query(
      'UPDATE questionnaire_campaigns SET due_on = current_date - 40, closes_on = current_date - 10 WHERE id = $1',
      [created.body.id],
    );
    const { body } = await http()
      .get(`/questionnaire-assignments?campaignId=${created.body.id}`)
      .set(as(supplierA))
      .expect(200);
    const response = await http()
      .post(`/questionnaire-assignments/${body.items[0].id}/submit`)
      .set(as(supplierA))
      .send({ answers: goodAnswers })
      .expect(409);
    expect(response.body.detail).toMatch(/closed/);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM questionnaire_submissions WHERE assignment_id = $1',
      [body.items[0].id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('marks overdue assignments and records each reminder once per due date', async () => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'Due soon', templateId, dueOn: '2099-06-10', supplierIds: [sites.b] })
      .expect(201);
    const count = async (kind: string) =>
      (
        await db.query(
          'SELECT count(*)::int AS n FROM notifications n JOIN questionnaire_assignments a ON a.id = n.subject_id WHERE a.campaign_id = $1 AND n.kind = $2',
          [created.body.id, kind],
        )
      ).rows[0].n;
    const dataSource = app.get((await import('typeorm')).DataSource);
    await runQuestionnaireReminders(dataSource, '2099-06-08');
    await runQuestionnaireReminders(dataSource, '2099-06-09');
    expect(await count('questionnaire.due_soon')).toBe(1);
    await runQuestionnaireReminders(dataSource, '2099-06-11');
    await runQuestionnaireReminders(dataSource, '2099-06-12');
    expect(await count('questionnaire.overdue')).toBe(1);
    const campaign = await http()
      .get(`/questionnaire-campaigns/${created.body.id}`)
      .set(as(officer))
      .expect(200);
    expect(campaign.body.progress.byStatus.overdue).toBe(1);
    await waitFor(
      'the assignment notification',
      async () => (await count('questionnaire.assigned')) === 1,
    );
  });

  it('takes evidence files for file questions: type and size checked, kept to the assignment', async () => {
    const site = await createSite(app, officer, { name: 'Evidence site', country: 'MY' });
    const neighbour = await createSite(app, officer, { name: 'Neighbour site', country: 'MY' });
    const supplier = await member(app, officer, 'supplier', site.id);
    const { body: campaign } = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({
        name: 'Evidence',
        templateId,
        dueOn: '2099-06-30',
        supplierIds: [site.id, neighbour.id],
      })
      .expect(201);
    const { rows: created } = await db.query(
      'SELECT id, supplier_id FROM questionnaire_assignments WHERE campaign_id = $1',
      [campaign.id],
    );
    const assignmentOf = (siteId: string): string =>
      created.find((row: { supplier_id: string }) => row.supplier_id === siteId).id;
    const assignmentId = assignmentOf(site.id);
    const upload = (session: Session, contentType: string, bytes: Buffer, id = assignmentId) =>
      http()
        .post(`/questionnaire-assignments/${id}/files?filename=payslip.pdf`)
        .set(as(session))
        .set('Content-Type', contentType)
        .send(bytes);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

    const stored = await upload(supplier, 'application/pdf', pdf).expect(201);
    expect(stored.body).toMatchObject({ contentType: 'application/pdf', sizeBytes: pdf.length });
    const fileId: string = stored.body.id;

    const wrongType = await upload(supplier, 'application/x-msdownload', Buffer.from('MZ\x90'));
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers['content-type']).toContain('application/problem+json');
    // Said to be a PDF, but the bytes are not one.
    await upload(supplier, 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf')).expect(415);
    await upload(supplier, 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1, 0x25)).expect(413);
    // Another site's user can neither add to nor read this assignment's files.
    await upload(supplierB, 'application/pdf', pdf).expect(404);
    await http()
      .get(`/questionnaire-assignments/${assignmentId}/files/${fileId}`)
      .set(as(supplierB))
      .expect(404);

    // A file answer must name a file of this assignment.
    const foreign = await upload(officer, 'application/pdf', pdf, assignmentOf(neighbour.id));
    expect(foreign.status).toBe(201);
    const answerWith = (id: string) =>
      http()
        .post(`/questionnaire-assignments/${assignmentId}/submit`)
        .set(as(supplier))
        .send({ answers: { ...goodAnswers, 'pay.payslip': { fileId: id } } });
    const refused = await answerWith(foreign.body.id).expect(400);
    expect(fieldsOf(refused.body)).toContain('answers.pay.payslip');
    await answerWith(fileId).expect(202);

    const downloaded = await http()
      .get(`/questionnaire-assignments/${assignmentId}/files/${fileId}`)
      .set(as(officer))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(downloaded.headers['content-type']).toContain('application/pdf');
    expect(Buffer.compare(downloaded.body as Buffer, pdf)).toBe(0);
    const { rows } = await db.query(
      'SELECT count(*)::int AS count FROM stored_files WHERE owner_id = $1',
      [assignmentId],
    );
    expect(rows[0].count).toBe(1);
  });
});
