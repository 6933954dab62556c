import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import request from 'supertest';
import { SubmissionIntake } from '../../apps/api/src/questionnaires/submission-intake';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

const template = {
  key: 'burst-check',
  title: 'Burst check',
  description: 'Two questions',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        {
          id: 'docs',
          type: 'yes_no',
          text: 'Do you keep workers’ passports?',
          required: true,
          options: [
            { value: 'yes', label: 'Yes', riskWeight: 10, indicators: ['retention_of_documents'] },
            { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
          ],
        },
        { id: 'overtime', type: 'integer', text: 'Overtime hours', required: true, min: 0 },
      ],
    },
  ],
};

/**
 * Submissions that arrive together are committed together (one transaction per batch), yet each
 * is checked and answered as if it came alone. The batch is made certain by holding the first
 * submissions' rows locked until the rest are queued behind them.
 */
describe('Questionnaires: a burst of submissions, committed together, answered one by one', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let supplierA: Session;
  let supplierB: Session;
  const assignmentOf: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const submit = (session: Session, site: string, answers: Record<string, unknown>) =>
    http()
      .post(`/questionnaire-assignments/${assignmentOf[site]}/submit`)
      .set(as(session))
      .send({ answers })
      .then((response) => response);

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'burst-officer');
    const sites: Record<string, string> = {};
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f'])
      sites[name] = (await createSite(app, officer, { name: `Burst ${name}`, country: 'MY' })).id;
    supplierA = await member(app, officer, 'supplier', sites.a);
    supplierB = await member(app, officer, 'supplier', sites.b);
    const created = await http()
      .post('/questionnaire-templates')
      .set(as(officer))
      .send({ definition: template })
      .expect(201);
    await http()
      .post(`/questionnaire-templates/${created.body.id}/publish`)
      .set(as(officer))
      .expect(200);
    const campaign = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: 'Burst', templateId: created.body.id, dueOn: '2099-12-31', filter: {} })
      .expect(201);
    const { body } = await http()
      .get(`/questionnaire-assignments?campaignId=${campaign.body.id}`)
      .set(as(officer))
      .expect(200);
    for (const item of body.items)
      for (const [name, id] of Object.entries(sites))
        if (item.recipient.id === id) assignmentOf[name] = item.id;
  });

  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  it('answers each submission of a batch on its own: 202, 409, 404 and 400 side by side', async () => {
    const intake = app.get(SubmissionIntake);
    // A batch (the intake writes one at a time per organisation) waits on a row held here...
    await db.query('BEGIN');
    await db.query('SELECT 1 FROM questionnaire_assignments WHERE id = $1 FOR UPDATE', [
      assignmentOf.c,
    ]);
    const held = [submit(officer, 'c', { docs: 'no', overtime: 2 })];
    await waitFor('the held batch waiting on the lock', async () => {
      // Inside a transaction the activity view is a snapshot taken once: ask for a fresh one.
      await db.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF a%'",
      );
      return rows[0].n === 1;
    });
    // ...so everything sent now queues up and is written as one batch.
    const burst = [
      submit(officer, 'd', { docs: 'no', overtime: 3 }),
      submit(supplierA, 'a', { docs: 'yes', overtime: 20 }),
      submit(supplierA, 'a', { docs: 'no', overtime: 1 }),
      submit(supplierA, 'b', { docs: 'no', overtime: 1 }),
      submit(supplierB, 'b', { docs: 'no', overtime: 'twenty' }),
      submit(officer, 'e', { docs: 'yes' }),
      submit(officer, 'f', { docs: 'no', overtime: 0 }),
    ];
    const organisationId = officer.organisationId;
    await waitFor('the burst queued behind the held batch', () =>
      Promise.resolve(intake.queued(organisationId) === burst.length),
    );
    await db.query('COMMIT');

    const responses = await Promise.all([...held, ...burst]);
    // The two submits of A race (two connections): whichever the server took first wins.
    const [, , oneOfA, otherOfA, otherSite, wrongType, missing, last] = responses;
    const [won, lost] = oneOfA.status === 202 ? [oneOfA, otherOfA] : [otherOfA, oneOfA];
    expect(responses.map((response) => response.status)).toEqual([
      202,
      202,
      oneOfA.status,
      otherOfA.status,
      404,
      400,
      400,
      202,
    ]);
    expect([won.status, lost.status]).toEqual([202, 409]);
    expect(won.body).toMatchObject({ assignmentId: assignmentOf.a, attempt: 1 });
    expect(lost.body.detail).toMatch(/already submitted/);
    expect(otherSite.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrongType.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'answers.overtime',
    ]);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'answers.overtime',
    ]);
    expect(last.body).toMatchObject({ assignmentId: assignmentOf.f, status: 'submitted' });

    // What was stored: one submission per accepted submit, each logged as its own user's act.
    const { rows: stored } = await db.query(
      `SELECT s.assignment_id, s.answers, l.actor_user_id
         FROM questionnaire_submissions s
         JOIN activity_log l ON l.entity_id = s.assignment_id::text AND l.action = 'questionnaire.submitted'
        WHERE s.organisation_id = $1`,
      [organisationId],
    );
    const byAssignment = new Map(stored.map((row) => [row.assignment_id, row]));
    expect(byAssignment.size).toBe(stored.length);
    expect([...byAssignment.keys()].sort()).toEqual(
      [assignmentOf.a, assignmentOf.c, assignmentOf.d, assignmentOf.f].sort(),
    );
    expect(byAssignment.get(assignmentOf.a)).toMatchObject({
      answers: won === oneOfA ? { docs: 'yes', overtime: 20 } : { docs: 'no', overtime: 1 },
      actor_user_id: supplierA.userId,
    });
    expect(byAssignment.get(assignmentOf.f)?.actor_user_id).toBe(officer.userId);
    // The three accepted submissions of the burst went in one transaction, with one scoring job.
    const { rows: events } = await db.query(
      "SELECT payload FROM outbox_events WHERE organisation_id = $1 AND job_name = 'questionnaire.score' ORDER BY id",
      [organisationId],
    );
    expect(events.map((event) => event.payload.submissionIds.length)).toEqual([1, 3]);

    await waitFor('every accepted submission scored', async () => {
      const { rows } = await db.query(
        "SELECT count(*) FILTER (WHERE status = 'scored')::int AS scored FROM questionnaire_submissions WHERE organisation_id = $1",
        [organisationId],
      );
      return rows[0].scored === 4;
    });
    const { rows: assignments } = await db.query(
      'SELECT id, status, submission_count FROM questionnaire_assignments WHERE organisation_id = $1',
      [organisationId],
    );
    const statusOf = new Map(assignments.map((row) => [row.id, row]));
    expect(statusOf.get(assignmentOf.a)).toMatchObject({ status: 'scored', submission_count: 1 });
    expect(statusOf.get(assignmentOf.b)).toMatchObject({ status: 'sent', submission_count: 0 });
    expect(statusOf.get(assignmentOf.e)).toMatchObject({ status: 'sent', submission_count: 0 });
  });
});
