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
    expect(portfolio.bands.low).toBe(0); // no evidence anywhere yet: nothing can be low
  });
});
