import { seedDemoStatement, type Http } from '@app/devstack/demo-statement';
import { DEMO_ORGANISATION, DEMO_USERS, seedDemo } from '@app/devstack/seed-demo';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, waitFor } from './harness/services';

/** What `npm start` puts in a fresh database, through the same schema rules as the product. */
describe('The demo organisation', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    dataSource = app.get(DataSource);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  it('is seeded once, with a mapped multi-tier chain and agencies its users can see', async () => {
    expect(await seedDemo(dataSource)).toBe('created');
    expect(await seedDemo(dataSource)).toBe('exists');
    const officer = DEMO_USERS.find((user) => user.role === 'compliance_officer')!;
    const login = await request(app.getHttpServer())
      .post('/auth/login')
      .send({ email: officer.email, password: officer.password })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const organisation = await request(app.getHttpServer()).get('/organisation').set(auth);
    expect(organisation.body.name).toBe(DEMO_ORGANISATION);
    const sites = await waitFor('the demo tiers', async () => {
      const { body } = await request(app.getHttpServer())
        .get('/suppliers?limit=100')
        .set(auth)
        .expect(200);
      const items = body.items as { tier: number | null }[];
      return items.some((site) => site.tier !== null && site.tier >= 3) ? items : null;
    });
    if (!sites) throw new Error('unreachable: waitFor returns only a found value');
    expect(sites.length).toBeGreaterThanOrEqual(10);
    expect(sites.some((site) => site.tier === null)).toBe(true); // one unmapped site
    const agencies = await request(app.getHttpServer()).get('/agencies').set(auth).expect(200);
    expect(agencies.body.length).toBe(3);

    // Every site is scored in the background, and the portfolio shows where to look first.
    const [company] = (await request(app.getHttpServer()).get('/companies').set(auth)).body as {
      id: string;
    }[];
    const portfolio = await waitFor('the demo risk', async () => {
      const { body } = await request(app.getHttpServer())
        .get(`/companies/${company.id}/risk`)
        .set(auth)
        .expect(200);
      return body.unscored === 0 && !body.recalculationPending ? body : null;
    });
    expect(portfolio.top.length).toBeGreaterThan(0);
  });

  it('has a self-assessment campaign under way: two factories answered, the demo supplier started', async () => {
    const login = async (role: string) => {
      const person = DEMO_USERS.find((user) => user.role === role)!;
      const { body } = await request(app.getHttpServer())
        .post('/auth/login')
        .send({ email: person.email, password: person.password })
        .expect(200);
      return { Authorization: `Bearer ${body.accessToken}` };
    };
    const officer = await login('compliance_officer');
    const { body: campaigns } = await request(app.getHttpServer())
      .get('/questionnaire-campaigns')
      .set(officer)
      .expect(200);
    expect(campaigns).toHaveLength(1);
    const campaign = await waitFor('the demo answers scored', async () => {
      const { body } = await request(app.getHttpServer())
        .get(`/questionnaire-campaigns/${campaigns[0].id}`)
        .set(officer)
        .expect(200);
      return body.progress.byStatus.scored === 2 ? body : null;
    });
    expect(campaign.progress).toMatchObject({
      recipients: 5,
      byStatus: expect.objectContaining({ scored: 2, in_progress: 1, sent: 2 }),
    });

    // The worrying answers reach Klang Valley's explained risk.
    const { body: sites } = await request(app.getHttpServer())
      .get('/suppliers?limit=100')
      .set(officer)
      .expect(200);
    const klang = (sites.items as { id: string; name: string }[]).find((site) =>
      site.name.startsWith('Klang Valley'),
    )!;
    await waitFor('the questionnaire in Klang Valley’s risk', async () => {
      const { body } = await request(app.getHttpServer())
        .get(`/suppliers/${klang.id}/risk`)
        .set(officer)
        .expect(200);
      const factor = body.factors?.find((f: { code: string }) => f.code === 'questionnaire');
      return factor && factor.points > 0 ? factor : null;
    });

    const supplier = await login('supplier');
    const { body: mine } = await request(app.getHttpServer())
      .get('/questionnaire-assignments')
      .set(supplier)
      .expect(200);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ status: 'in_progress' });
    const { body: assignment } = await request(app.getHttpServer())
      .get(`/questionnaire-assignments/${mine.items[0].id}`)
      .set(supplier)
      .expect(200);
    expect(assignment).toMatchObject({ locale: 'vi', editable: true });
    expect(assignment.answers).toMatchObject({ total_workers: 850 });
  });

  it('has audits: one reported and processed, one unannounced that its site cannot see', async () => {
    const login = async (role: string) => {
      const person = DEMO_USERS.find((user) => user.role === role)!;
      const { body } = await request(app.getHttpServer())
        .post('/auth/login')
        .send({ email: person.email, password: person.password })
        .expect(200);
      return { Authorization: `Bearer ${body.accessToken}` };
    };
    const officer = await login('compliance_officer');
    const { body: audits } = await request(app.getHttpServer())
      .get('/audits')
      .set(officer)
      .expect(200);
    expect(audits).toHaveLength(3);
    const reported = audits.find((audit: { site: { name: string } }) =>
      audit.site.name.startsWith('Klang Valley'),
    );
    const processed = await waitFor('the demo audit processed', async () => {
      const { body } = await request(app.getHttpServer())
        .get(`/audits/${reported.id}`)
        .set(officer)
        .expect(200);
      return body.status === 'processed' ? body : null;
    });
    expect(processed.findings.map((finding: { severity: string }) => finding.severity)).toEqual([
      'critical',
      'critical',
      'major',
      'minor',
    ]);
    const { body: auditorView } = await request(app.getHttpServer())
      .get('/audits')
      .set(await login('auditor'))
      .expect(200);
    expect(auditorView).toHaveLength(3);
    // The demo supplier works at Saigon Stitch, whose unannounced audit is still planned.
    const { body: supplierView } = await request(app.getHttpServer())
      .get('/audits')
      .set(await login('supplier'))
      .expect(200);
    expect(supplierView).toEqual([]);
    // And a worker-voice channel whose public form answers without an account.
    const { body: channels } = await request(app.getHttpServer())
      .get('/grievance-channels')
      .set(officer)
      .expect(200);
    expect(channels).toHaveLength(1);
    await request(app.getHttpServer()).get(`/g/${channels[0].code}?lang=ne`).expect(200);
  });

  it('has a statement for the last financial year, drafted and submitted for the board', async () => {
    const http: Http = async (method, path, body, token) => {
      const call = request(app.getHttpServer())
        [method.toLowerCase() as 'get' | 'post' | 'put'](path)
        .set(token ? { Authorization: `Bearer ${token}` } : {});
      const response = await (body === undefined ? call : call.send(body as object));
      return { status: response.status, body: response.body };
    };
    expect(await seedDemoStatement(http)).toBe('created');
    expect(await seedDemoStatement(http)).toBe('exists');
    const person = DEMO_USERS.find((user) => user.role === 'executive')!;
    const login = await http('POST', '/auth/login', {
      email: person.email,
      password: person.password,
    });
    const token = login.body.accessToken as string;
    const { body: list } = await http('GET', '/statements', undefined, token);
    expect(list).toEqual([expect.objectContaining({ status: 'submitted', version: 1 })]);
    const { body: statement } = await http('GET', `/statements/${list[0].id}`, undefined, token);
    const value = (block: string, key: string) =>
      statement.content.blocks[block].figures.find(
        (f: { key: string }) => f.key === `${block}.${key}`,
      ).value;
    expect(value('structure', 'sites')).toBeGreaterThanOrEqual(10);
    expect(value('policies', 'registered')).toBe(4);
    expect(value('training', 'people')).toBe(44);
    expect(statement.readyForApproval).toEqual([]);
  });
});
