import { channelStrings } from '@app/documents';
import { freePort } from '@app/devstack/free-port';
import { startRedisServer, type RunningRedis } from '@app/devstack/redis-server';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import request from 'supertest';
import { flagOverdueGrievances } from '../../apps/worker/src/grievances/flag-overdue-grievances';
import { Session, createSite, member, signUp } from './harness/personas';
import {
  exited,
  spawnApp,
  sql,
  startApi,
  startWorker,
  testConfig,
  testEnv,
  waitFor,
} from './harness/services';

interface Factor {
  code: string;
  points: number;
}

const SECRET_STORY = 'The supervisor Rajan keeps our passports in room 12 and we owe 4500 ringgit';
const binary = (
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};
const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('Worker grievances: anonymous reports, follow-up without identity, case handling', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let executive: Session;
  let supplier: Session & { supplierId: string | null };
  let siteId: string;
  let channel: { id: string; code: string; publicUrl: string };
  let filed: { reference: string; followUpKey: string };
  let caseId: string;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const report = (body: Record<string, unknown>, code = channel.code) =>
    http().post(`/g/${code}`).set('Content-Type', 'application/json').send(body);
  const followUp = (reference: string, key: string) =>
    http()
      .post(`/g/${channel.code}/follow-up`)
      .set('Content-Type', 'application/json')
      .send({ reference, key });

  beforeAll(async () => {
    app = await startApi(testConfig({ APP_URL: 'https://voice.example' }));
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'grievance-officer');
    executive = await member(app, officer, 'executive');
    siteId = (await createSite(app, officer, { name: 'Klang Valley Apparel', country: 'MY' })).id;
    supplier = await member(app, officer, 'supplier', siteId);
  });
  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  it('opens a channel for a site in the workers’ languages, refusing unknown ones', async () => {
    const bad = await http()
      .post('/grievance-channels')
      .set(as(officer))
      .send({ name: 'Voice', supplierId: siteId, languages: ['ne', 'xx'] })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['languages.1']);
    const { body } = await http()
      .post('/grievance-channels')
      .set(as(officer))
      .send({ name: 'Klang Valley voice', supplierId: siteId, languages: ['ne', 'bn', 'en'] })
      .expect(201);
    channel = body;
    expect(channel.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/,
    );
    expect(channel.publicUrl).toBe(`https://voice.example/g/${channel.code}`);
  });

  it('renders a poster with every language’s heading and a QR code of the channel’s address', async () => {
    const response = await http()
      .get(`/grievance-channels/${channel.id}/poster.pdf`)
      .set(as(officer))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'poster-'));
    const file = join(dir, 'poster.pdf');
    writeFileSync(file, response.body as Buffer);
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8');
    for (const lang of ['ne', 'bn', 'en']) expect(text).toContain(channelStrings(lang).heading);
    expect(text).toContain(channel.code);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const image = execFileSync('sh', ['-c', `ls ${dir}/page*.png`])
      .toString()
      .trim()
      .split('\n')[0];
    // stderr ignored: zbarimg complains about a missing D-Bus on these machines.
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', image], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    expect(decoded).toBe(channel.publicUrl);
  });

  it('shows the form without an account, and the same 404 for an unknown or closed code', async () => {
    const form = await http().get(`/g/${channel.code}?lang=ne`).expect(200);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.text).toContain('lang="ne"');
    expect(form.headers['cache-control']).toBe('no-store');
    const unknown = await http().get('/g/ZZZZ-ZZZZ-ZZ').expect(404);
    const { body: closed } = await http()
      .post('/grievance-channels')
      .set(as(officer))
      .send({ name: 'Old', supplierId: siteId, languages: ['en'] })
      .expect(201);
    await http().post(`/grievance-channels/${closed.id}/close`).set(as(officer)).expect(200);
    const gone = await http().get(`/g/${closed.code}`).expect(404);
    expect(gone.text).toBe(unknown.text);
    const json = await report({ category: 'other', description: 'x' }, closed.code).expect(404);
    const jsonUnknown = await report(
      { category: 'other', description: 'x' },
      'ZZZZ-ZZZZ-ZZ',
    ).expect(404);
    expect(json.body.detail).toBe(jsonUnknown.body.detail);
  });

  it('refuses attachments, over-long text and oversized bodies, storing nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM grievance_cases');
    const attached = await report({
      category: 'other',
      description: 'x',
      attachments: ['a.jpg'],
    }).expect(400);
    expect(fieldsOf(attached.body)).toContain('attachments');
    const long = await report({ category: 'other', description: 'y'.repeat(5001) }).expect(400);
    expect(fieldsOf(long.body)).toContain('description');
    await report({ category: 'other', description: 'z'.repeat(1_100_000) }).expect(413);
    const after = await db.query('SELECT count(*)::int AS n FROM grievance_cases');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('files a report with its day only, the text sealed, and a key shown once; the system registers it', async () => {
    const { body } = await report({
      category: 'retention_of_documents',
      description: SECRET_STORY,
      happenedOn: day(-3),
      workersAffected: 'many',
      contactPreference: 'check_replies_here',
    }).expect(201);
    filed = body;
    expect(filed.reference).toMatch(/^GR-/);
    expect(filed.followUpKey.length).toBeGreaterThanOrEqual(25);
    const { rows } = await db.query('SELECT * FROM grievance_cases WHERE reference = $1', [
      filed.reference,
    ]);
    const stored = rows[0];
    caseId = stored.id;
    const everything = JSON.stringify(stored);
    expect(everything).not.toContain('passports');
    expect(everything).not.toContain(filed.followUpKey);
    expect(Object.keys(stored).filter((column) => /(^|_)ip($|_)|agent|_at$/.test(column))).toEqual(
      [],
    );
    expect(stored.received_on).toBeInstanceOf(Date);
    await waitFor('the system acknowledgement', async () => {
      const { rows: now } = await db.query('SELECT registered FROM grievance_cases WHERE id = $1', [
        caseId,
      ]);
      return now[0].registered === true;
    });
    const { rows: outbox } = await db.query(
      "SELECT payload FROM outbox_events WHERE job_name = 'grievance.received' AND payload::text LIKE $1",
      [`%${caseId}%`],
    );
    expect(outbox).toEqual([]);
  });

  it('takes the HTML form, and keeps markup as text everywhere', async () => {
    const page = await http()
      .post(`/g/${channel.code}`)
      .type('form')
      .send({
        lang: 'en',
        category: 'withholding_of_wages',
        description: '<script>alert("x")</script> wages late',
        workersAffected: 'a_few',
        contactPreference: 'none',
      })
      .expect(200);
    const reference = /GR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(page.text)![0];
    const key = /[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec(page.text)![0];
    const thread = await http()
      .post(`/g/${channel.code}/follow-up/messages`)
      .type('form')
      .send({ lang: 'en', reference, key, text: '<img src=x onerror=alert(1)> more' })
      .expect(200);
    expect(thread.text).not.toContain('<img src=x');
    expect(thread.text).toContain('&lt;img src=x');
    const { rows } = await db.query('SELECT id FROM grievance_cases WHERE reference = $1', [
      reference,
    ]);
    const { body } = await http()
      .get(`/grievance-cases/${rows[0].id}`)
      .set(as(officer))
      .expect(200);
    expect(body.description).toBe('<script>alert("x")</script> wages late');
  });

  it('answers a wrong key with 404 and throttles repeated wrong keys for a reference', async () => {
    await followUp(filed.reference, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA').expect(404);
    const { rows } = await db.query(
      `INSERT INTO grievance_cases (organisation_id, reference, follow_up_key_hash, channel_id, category,
              description_sealed, workers_affected, contact_preference, received_on, indicators)
       SELECT organisation_id, 'GR-TTTT-TTTT', 'x', channel_id, 'other', description_sealed,
              'unknown', 'none', received_on, '{}' FROM grievance_cases WHERE id = $1 RETURNING reference`,
      [caseId],
    );
    const target = rows[0].reference;
    for (let attempt = 0; attempt < 5; attempt++)
      await followUp(target, `WRONG-KEY${attempt}`).expect(404);
    await followUp(target, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA').expect(429);
    // The real case is still reachable with its key.
    const { body } = await followUp(filed.reference, filed.followUpKey).expect(200);
    expect(body).toMatchObject({ reference: filed.reference, status: 'received', messages: [] });
  });

  it('lets officers triage, acknowledge, investigate and record the outcome; the reporter reads the replies', async () => {
    await http().post(`/grievance-cases/${caseId}/close`).set(as(officer)).send({}).expect(409);
    const triaged = await http()
      .post(`/grievance-cases/${caseId}/triage`)
      .set(as(officer))
      .send({ severity: 'high', indicators: ['retention_of_documents', 'debt_bondage'] })
      .expect(200);
    expect(triaged.body).toMatchObject({ severity: 'high', description: SECRET_STORY });
    await http()
      .post(`/grievance-cases/${caseId}/acknowledge`)
      .set(as(officer))
      .send({ text: 'Thank you. We have received your report and are looking into it.' })
      .expect(200);
    const seen = await followUp(filed.reference, filed.followUpKey).expect(200);
    expect(seen.body.status).toBe('acknowledged');
    expect(seen.body.messages[0]).toMatchObject({ from: 'organisation' });
    await http().post(`/grievance-cases/${caseId}/investigate`).set(as(officer)).expect(200);
    await http()
      .post(`/grievance-cases/${caseId}/outcome`)
      .set(as(officer))
      .send({ outcome: 'substantiated', message: 'Passports are being returned this week.' })
      .expect(200);
    // The remedy links a record of this organisation only.
    const missing = await http()
      .post(`/grievance-cases/${caseId}/remedy`)
      .set(as(officer))
      .send({ feeRemediationId: '0b6f8a52-9d1e-4c1a-8f00-3c7e2b9d4a11' })
      .expect(404);
    expect(fieldsOf(missing.body)).toEqual(['feeRemediationId']);
  });

  it('raises the site’s risk by the substantiated indicators, and hides grievances from the site', async () => {
    const officerView = await waitFor<{
      body: { score: number };
      factor: { points: number; note: string };
    }>('the grievance in the risk explanation', async () => {
      const { body } = await http().get(`/suppliers/${siteId}/risk`).set(as(officer)).expect(200);
      const factor = (body.factors ?? []).find((f: { code: string }) => f.code === 'grievances');
      return (factor && factor.points > 0 ? { body, factor } : null) as never;
    });
    expect(officerView.factor.note).toContain('debt_bondage');
    const { body: siteView } = await http()
      .get(`/suppliers/${siteId}/risk`)
      .set(as(supplier))
      .expect(200);
    expect(siteView.factors.map((f: { code: string }) => f.code)).not.toContain('grievances');
    expect(siteView.score).toBe(officerView.body.score - officerView.factor.points);
    expect(JSON.stringify(siteView)).not.toContain(caseId);
    // Nor can the site filter itself by the stored band, which counts the grievance.
    const filtered = await http().get('/suppliers?riskBand=high').set(as(supplier)).expect(400);
    expect(fieldsOf(filtered.body)).toEqual(['riskBand']);
  });

  it('shows the site a score scored without grievances, so a floored site is never shown as low', async () => {
    // In an organisation of its own, so the other tests' counts of cases stay as they are.
    const owner = await signUp(app, 'grievance-floor-officer');
    // A low-risk site with no questionnaire or audit: raised to medium by the no-evidence floor.
    const quiet = (
      await createSite(app, owner, {
        name: 'Leeds Print Works',
        country: 'GB',
        sector: 'other_services',
        workforceTotal: 40,
      })
    ).id;
    const quietSupplier = await member(app, owner, 'supplier', quiet);
    const { body: voice } = await http()
      .post('/grievance-channels')
      .set(as(owner))
      .send({ name: 'Leeds voice', supplierId: quiet, languages: ['en'] })
      .expect(201);
    await report(
      { category: 'other', description: 'We are not paid for the night shift.' },
      voice.code,
    ).expect(201);
    const officerView = await waitFor<{ score: number; noEvidence: boolean; factors: Factor[] }>(
      'the open grievance in the risk explanation',
      async () => {
        const { body } = await http().get(`/suppliers/${quiet}/risk`).set(as(owner)).expect(200);
        const factor = (body.factors ?? []).find((f: Factor) => f.code === 'grievances');
        return factor && factor.points > 0 && !body.recalculationPending ? body : null;
      },
    );
    expect(officerView.noEvidence).toBe(true);
    expect(officerView.score).toBe(30);
    const { body: siteView } = await http()
      .get(`/suppliers/${quiet}/risk`)
      .set(as(quietSupplier))
      .expect(200);
    // Subtracting the grievance's points would show 28 (low) and give the report away.
    expect(siteView).toMatchObject({ score: 30, band: 'medium' });
    expect(siteView.factors.map((f: Factor) => f.code)).not.toContain('grievances');
    expect(siteView.factors.reduce((sum: number, f: Factor) => sum + f.points, 0)).toBe(30);
  });

  it('shows cases to officers only: executives get counts, supplier users learn nothing', async () => {
    for (const path of [
      '/grievance-cases',
      `/grievance-cases/${caseId}`,
      '/grievance-cases/kpis?from=2026-01-01&to=2026-12-31',
    ])
      await http().get(path).set(as(supplier)).expect(403);
    await http().get('/grievance-cases').set(as(executive)).expect(403);
    const { body: kpis } = await http()
      .get(`/grievance-cases/kpis?from=${day(-30)}&to=${day(0)}`)
      .set(as(executive))
      .expect(200);
    expect(kpis.received).toBe(3); // two filed through the channel, one written by the key test
    expect(JSON.stringify(kpis)).not.toContain(filed.reference);
    const { body: nothingShared } = await http()
      .get('/grievance-summaries')
      .set(as(supplier))
      .expect(200);
    expect(nothingShared).toEqual([]);
    await http()
      .post(`/grievance-cases/${caseId}/share`)
      .set(as(officer))
      .send({ summary: 'Workers report that identity documents are held by the company.' })
      .expect(200);
    const { body: shared } = await http().get('/grievance-summaries').set(as(supplier)).expect(200);
    expect(shared).toHaveLength(1);
    expect(JSON.stringify(shared)).not.toContain(caseId);
    expect(JSON.stringify(shared)).not.toContain(filed.reference);
    const { rows } = await db.query(
      "SELECT count(*)::int AS n FROM activity_log WHERE action = 'grievance_case.summary_shared' AND entity_id = $1",
      [caseId],
    );
    expect(rows[0].n).toBe(1);
    const { rows: logs } = await db.query(
      'SELECT before, after FROM activity_log WHERE entity_id = $1',
      [caseId],
    );
    expect(JSON.stringify(logs)).not.toContain('passports');
  });

  it('flags acknowledgements past 7 days', async () => {
    const run = await flagOverdueGrievances(
      worker.get((await import('typeorm')).DataSource),
      day(8),
    );
    expect(run.acknowledgements).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query(
      `SELECT status, acknowledgement_overdue FROM grievance_cases
        WHERE organisation_id = $1 ORDER BY status`,
      [officer.organisationId],
    );
    // The acknowledged case is not overdue; the two still waiting for acknowledgement are.
    expect(rows.map((row) => [row.status, row.acknowledgement_overdue])).toEqual([
      ['outcome_recorded', false],
      ['received', true],
      ['received', true],
    ]);
    const { rows: reminders } = await db.query(
      "SELECT count(*)::int AS n FROM notifications WHERE recipient_user_id = $1 AND kind = 'grievance.overdue'",
      [officer.userId],
    );
    expect(reminders[0].n).toBe(1);
  });
});

describe('Grievance intake: bursts throttled, and the words never reach a log', () => {
  let redis: RunningRedis;
  let db: Client;
  const processes: { child: ChildProcess; output: string[] }[] = [];
  let url: string;

  beforeAll(async () => {
    redis = await startRedisServer({ port: await freePort() });
    db = await sql();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = testEnv({
      REDIS_URL: redis.url,
      PORT: String(port),
      LOG_LEVEL: 'trace',
      PUBLIC_REPORTS_PER_MINUTE: '3',
    });
    for (const app of ['api', 'worker'] as const) {
      const child = spawnApp(app, env);
      const output: string[] = [];
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
      processes.push({ child, output });
    }
    await waitFor('the api', () =>
      fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    );
  });
  afterAll(async () => {
    for (const { child } of processes) child.kill('SIGTERM');
    await Promise.all(processes.map(({ child }) => exited(child)));
    await redis?.stop();
    await db?.end();
  });

  it('throttles a burst from one client without storing anything about it, and logs no words', async () => {
    const json = async (path: string, body: unknown, token?: string) => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const signup = await json('/auth/signup', {
      organisationName: 'Log Watch',
      name: 'Officer',
      email: `log.${Date.now()}@e2e.example`,
      password: 'a perfectly long passphrase',
    });
    const token = signup.body.accessToken as string;
    const site = await json(
      '/suppliers',
      { name: 'Log Site', country: 'MY', sector: 'apparel_manufacturing' },
      token,
    );
    const opened = await json(
      '/grievance-channels',
      { name: 'Watch', supplierId: site.body.id, languages: ['en'] },
      token,
    );
    const code = opened.body.code as string;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++)
      statuses.push(
        (
          await json(`/g/${code}`, {
            category: 'debt_bondage',
            description: `${SECRET_STORY} (${attempt})`,
          })
        ).status,
      );
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM grievance_cases c JOIN grievance_channels g ON g.id = c.channel_id
        WHERE g.code = $1`,
      [code.replaceAll('-', '')],
    );
    expect(rows[0].n).toBe(3);
    await waitFor('the reports registered', async () => {
      const { rows: left } = await db.query(
        `SELECT count(*)::int AS n FROM grievance_cases c JOIN grievance_channels g ON g.id = c.channel_id
          WHERE g.code = $1 AND NOT c.registered`,
        [code.replaceAll('-', '')],
      );
      return left[0].n === 0;
    });
    const logs = processes.map(({ output }) => output.join('')).join('\n');
    expect(logs.length).toBeGreaterThan(1000);
    expect(logs).toContain('/g/');
    expect(logs).not.toContain('passports');
    expect(logs).not.toContain('Rajan');
    expect(logs).not.toContain('127.0.0.1"');
  });
});
