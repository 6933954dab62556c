import { RISK_MODEL_VERSION } from '@app/domain';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Session, createSite, member, signUp } from './harness/personas';
import { ROOT, sql, startApi, startWorker, waitFor } from './harness/services';

interface Factor {
  code: string;
  points: number;
  value: unknown;
  source: string;
  note?: string;
  actionable: boolean;
}

describe('Risk engine: explained scores, chain risk, recalculation through BullMQ', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let officer: Session;
  let companyId: string;
  const sites: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const risk = async (siteId: string, session = officer) =>
    (await http().get(`/suppliers/${siteId}/risk`).set(as(session)).expect(200)).body;
  /** Waits until the site's risk satisfies `ready` (the worker works in the background). */
  const riskWhen = (siteId: string, what: string, ready: (body: any) => boolean) =>
    waitFor(what, async () => {
      const body = await risk(siteId);
      return body.status === 'scored' && !body.recalculationPending && ready(body) ? body : null;
    });
  const link = (buyer: { buyerCompanyId?: string; buyerSupplierId?: string }, supplierId: string) =>
    http()
      .post('/supply-links')
      .set(as(officer))
      .send({ ...buyer, supplierId })
      .expect(201);

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    officer = await signUp(app, 'risk-officer');
    companyId = (
      await http()
        .post('/companies')
        .set(as(officer))
        .send({
          name: 'Risk Brand Ltd',
          registrationNumber: 'RB-1',
          hqCountry: 'GB',
          sector: 'apparel_manufacturing',
          financialYearEndMonth: 12,
          financialYearEndDay: 31,
        })
        .expect(201)
    ).body.id;
    // A UK garment factory (tier 1) ← a Bangladeshi mill (tier 2) ← a Chinese spinner (tier 3).
    sites.factory = (
      await createSite(app, officer, {
        name: 'London Garments',
        country: 'GB',
        sector: 'apparel_manufacturing',
        products: 'shirts',
        workforceTotal: 200,
      })
    ).id;
    sites.mill = (
      await createSite(app, officer, {
        name: 'Dhaka Fabrics',
        country: 'BD',
        sector: 'textiles',
        products: 'woven fabric',
        workforceTotal: 800,
        workforceMigrant: 80,
      })
    ).id;
    sites.spinner = (
      await createSite(app, officer, {
        name: 'Xinjiang Spinning',
        country: 'CN',
        sector: 'textiles',
        products: 'Cotton yarn',
        workforceTotal: 500,
        workforceAgency: 400,
      })
    ).id;
    await link({ buyerCompanyId: companyId }, sites.factory);
    await link({ buyerSupplierId: sites.factory }, sites.mill);
    await link({ buyerSupplierId: sites.mill }, sites.spinner);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  it('explains a score: factors, points adding up to it, sources, model and reference versions', async () => {
    const spinner = await riskWhen(sites.spinner, 'the spinner scored', () => true);
    expect(spinner.factors.reduce((sum: number, f: Factor) => sum + f.points, 0)).toBe(
      spinner.score,
    );
    const byCode = (code: string) => spinner.factors.find((f: Factor) => f.code === code);
    expect(byCode('country')).toMatchObject({
      value: 'Tier 3',
      source: 'us-tip-report@builtin-2025#CN',
    });
    expect(byCode('commodity')).toMatchObject({ value: 'Cotton', points: 15 });
    expect(byCode('slavery_index').note).toContain('not loaded');
    expect(byCode('recruitment')).toMatchObject({ points: 8, value: null }); // agency workers, no agency
    expect(byCode('visibility').note).toContain('no evidence');
    expect(spinner).toMatchObject({ noEvidence: true, modelVersion: RISK_MODEL_VERSION });
    expect(spinner.referenceEditions['tip-tiers']).toBe('builtin-2025');
    expect(['high', 'critical']).toContain(spinner.band);
  });

  it('shows upstream exposure: the tier-1 factory carries its tier-3 spinner’s risk', async () => {
    const spinner = await risk(sites.spinner);
    const factory = await riskWhen(sites.factory, 'the factory scored', (b) => b.upstream);
    expect(factory.ownScore).toBeLessThan(spinner.score);
    expect(factory.score).toBe(spinner.score);
    expect(factory.upstream).toEqual({
      supplierId: sites.spinner,
      name: 'Xinjiang Spinning',
      score: spinner.score,
    });
    expect(factory.factors.find((f: Factor) => f.code === 'chain')).toMatchObject({
      points: spinner.score - factory.ownScore,
      source: `supplier:${sites.spinner}`,
    });
    expect(factory.mainFactor).toBe('chain');
  });

  it('recalculates a site and its buyers when the site is edited', async () => {
    const before = await risk(sites.factory);
    await http()
      .patch(`/suppliers/${sites.spinner}`)
      .set(as(officer))
      .send({ products: 'polyester staple fibre', workforceAgency: 0 })
      .expect(200);
    const spinner = await riskWhen(
      sites.spinner,
      'the spinner rescored',
      (b) => b.factors.find((f: Factor) => f.code === 'commodity').points === 0,
    );
    expect(spinner.factors.find((f: Factor) => f.code === 'commodity').note).toContain(
      'not in our data',
    );
    const factory = await riskWhen(
      sites.factory,
      'the factory rescored',
      (b) => b.score < before.score,
    );
    expect(factory.upstream.score).toBeLessThan(before.upstream.score);
    // Only the factory's chain moved: its own explanation is kept, and still adds up.
    expect(factory.factors.map((f: Factor) => f.code)).toContain('country');
    expect(factory.factors.reduce((sum: number, f: Factor) => sum + f.points, 0)).toBe(
      factory.score,
    );
  });

  it('weighs the recruitment-fee practice of the agencies placing workers at the site', async () => {
    const agency = await http()
      .post('/agencies')
      .set(as(officer))
      .send({
        name: 'Fee Charging Recruiters',
        licenceStatus: 'unlicensed',
        retainsDocuments: true,
        depositRequired: false,
        contractInWorkerLanguage: false,
        feesChargedToWorkers: [
          { category: 'recruitment_service', amountMinor: 300_000, currency: 'BDT' },
        ],
      })
      .expect(201);
    await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: agency.body.id,
        supplierId: sites.mill,
        originCountry: 'NP',
        destinationCountry: 'BD',
        workersPlaced: 80,
        monthlyWageMinor: 1_500_000,
        wageCurrency: 'BDT',
      })
      .expect(201);
    const mill = await riskWhen(sites.mill, 'the mill rescored', (b) =>
      b.factors.some((f: Factor) => f.code === 'recruitment' && f.points > 0),
    );
    const recruitment = mill.factors.find((f: Factor) => f.code === 'recruitment');
    // 0.2 months of wages (8 + 0.8), documents 6, unlicensed 5, no contract in language 3 → 23.
    expect(recruitment.points).toBe(23);
    expect(recruitment.parts[0].reasons).toContain('workers pay 0.2 months of wages in fees');
    expect(recruitment.parts[0].reasons).toContain("retains workers' identity documents");
    expect(recruitment.sourceDetail.records[0].type).toBe('agency_engagement');
  });

  it('gives a supplier user its own score and the factors it can act on, nothing else', async () => {
    const supplier = await member(app, officer, 'supplier', sites.mill);
    const own = await risk(sites.mill, supplier);
    expect(own.score).toBeGreaterThan(0);
    expect(own.upstream).toBeUndefined();
    expect(
      own.factors.every(
        (f: Factor & { code: string }) => f.actionable || f.code === 'outside_site_control',
      ),
    ).toBe(true);
    expect(JSON.stringify(own)).not.toContain(sites.spinner);
    expect(own.factors.reduce((sum: number, f: Factor) => sum + f.points, 0)).toBe(own.score);
    await http().get(`/suppliers/${sites.factory}/risk`).set(as(supplier)).expect(404);
    await http().get(`/companies/${companyId}/risk`).set(as(supplier)).expect(403);
    // Monthly totals would show grievances moving the score: not for the site's users.
    await http().get(`/suppliers/${sites.mill}/risk/history`).set(as(supplier)).expect(403);
    await http().post('/risk/recalculations').set(as(supplier)).expect(403);
  });

  it('summarises the portfolio: bands, tiers, heatmap, the top sites with their main factor', async () => {
    const { body } = await http().get(`/companies/${companyId}/risk`).set(as(officer)).expect(200);
    expect(body.sites).toBe(3);
    expect(body.unscored).toBe(0);
    const bandTotal = Object.values(body.bands as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(bandTotal).toBe(3);
    expect(body.byTier.map((t: { tier: number }) => t.tier)).toEqual([1, 2, 3]);
    expect(body.heatmap).toContainEqual(
      expect.objectContaining({ country: 'CN', sector: 'textiles', sites: 1 }),
    );
    expect(body.top).toHaveLength(3);
    expect(body.top[0].score).toBeGreaterThanOrEqual(body.top[2].score);
    expect(body.top.every((site: { mainFactor: string }) => site.mainFactor)).toBe(true);
  });

  it('filters suppliers by risk band', async () => {
    const mill = await risk(sites.mill);
    const { body } = await http()
      .get(`/suppliers?riskBand=${mill.band}`)
      .set(as(officer))
      .expect(200);
    expect(body.items.map((s: { id: string }) => s.id)).toContain(sites.mill);
    const other = await http()
      .get(`/suppliers?riskBand=${mill.band === 'low' ? 'critical' : 'low'}`)
      .set(as(officer))
      .expect(200);
    expect(other.body.items.map((s: { id: string }) => s.id)).not.toContain(sites.mill);
    const bad = await http().get('/suppliers?riskBand=severe').set(as(officer)).expect(400);
    expect(bad.body.errors[0].field).toBe('riskBand');
  });

  it('keeps history month by month, for a site and for the portfolio', async () => {
    const site = await http()
      .get(`/suppliers/${sites.spinner}/risk/history?months=3`)
      .set(as(officer))
      .expect(200);
    expect(site.body.months).toHaveLength(3);
    const current = site.body.months[2];
    expect(current.score).toBe((await risk(sites.spinner)).score);
    expect(current.modelVersion).toBe(RISK_MODEL_VERSION);
    const portfolio = await http()
      .get(`/companies/${companyId}/risk/history`)
      .set(as(officer))
      .expect(200);
    expect(portfolio.body.months).toHaveLength(12);
    expect(portfolio.body.months[11].sitesScored).toBe(3);
    await http()
      .get(`/suppliers/${sites.spinner}/risk/history?months=0`)
      .set(as(officer))
      .expect(400);
  });

  it('runs a full recalculation with progress, and a second one changes nothing (idempotent)', async () => {
    const run = async () => {
      const accepted = await http().post('/risk/recalculations').set(as(officer)).expect(202);
      expect(accepted.body.status).toBe('queued');
      return waitFor('the recalculation', async () => {
        const { body } = await http()
          .get(`/risk/recalculations/${accepted.body.id}`)
          .set(as(officer))
          .expect(200);
        return body.status === 'done' ? body : null;
      });
    };
    await run();
    const second = await run();
    expect(second).toMatchObject({
      sitesTotal: 3,
      sitesDone: 3,
      percentDone: 100,
      sitesChanged: 0,
    });
  });

  it('keeps the history an earlier model version wrote, and adds the new version’s beside it', async () => {
    const db = await sql();
    try {
      // What an earlier model left behind: the stored score and a snapshot of last month.
      await db.query("UPDATE site_risk_scores SET model_version = '0.9.0' WHERE supplier_id = $1", [
        sites.factory,
      ]);
      await db.query(
        `INSERT INTO site_risk_snapshots (organisation_id, supplier_id, score, band, own_score,
                main_factor, model_version, reference_version, computed_at)
         SELECT organisation_id, supplier_id, 12, 'low', 12, 'country', '0.9.0', reference_version,
                now() - interval '40 days'
           FROM site_risk_scores WHERE supplier_id = $1`,
        [sites.factory],
      );
      const history = () =>
        db
          .query(
            `SELECT id, score, band, model_version, computed_at FROM site_risk_snapshots
              WHERE supplier_id = $1 ORDER BY id`,
            [sites.factory],
          )
          .then((result) => result.rows);
      const before = await history();
      const accepted = await http().post('/risk/recalculations').set(as(officer)).expect(202);
      await waitFor('the recalculation', async () => {
        const { body } = await http()
          .get(`/risk/recalculations/${accepted.body.id}`)
          .set(as(officer))
          .expect(200);
        return body.status === 'done' ? body : null;
      });
      const after = await history();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after).toHaveLength(before.length + 1);
      expect(after[after.length - 1].model_version).toBe(RISK_MODEL_VERSION);
      expect((await risk(sites.factory)).modelVersion).toBe(RISK_MODEL_VERSION);
    } finally {
      await db.end();
    }
  });

  it('coalesces a burst of changes into one run per organisation', async () => {
    await worker.close();
    for (const migrant of [10, 20, 30, 40, 50])
      await http()
        .patch(`/suppliers/${sites.factory}`)
        .set(as(officer))
        .send({ workforceMigrant: migrant })
        .expect(200);
    const db = await sql();
    const count = async () =>
      Number(
        (
          await db.query('SELECT count(*) FROM site_risk_snapshots WHERE supplier_id = $1', [
            sites.factory,
          ])
        ).rows[0].count,
      );
    const before = await count();
    worker = await startWorker();
    await riskWhen(sites.factory, 'the burst applied', (b) =>
      b.factors.some((f: Factor) => f.code === 'workforce' && f.note?.includes('migrant 25%')),
    );
    // Only the final state was scored: one snapshot (own score moved once), not five.
    expect((await count()) - before).toBeLessThanOrEqual(1);
    await db.end();
  });

  it('waits for the organisation’s running import, then recalculates', async () => {
    const db = await sql();
    const [{ id: importId }] = (
      await db.query(
        `INSERT INTO imports (organisation_id, kind, status) VALUES ($1, 'suppliers', 'running') RETURNING id`,
        [officer.organisationId],
      )
    ).rows;
    await http()
      .patch(`/suppliers/${sites.factory}`)
      .set(as(officer))
      .send({ workforceMigrant: 150 })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await risk(sites.factory)).recalculationPending).toBe(true);
    await db.query(`UPDATE imports SET status = 'completed' WHERE id = $1`, [importId]);
    await db.end();
    await riskWhen(sites.factory, 'the recalculation after the import', (b) =>
      b.factors.some((f: Factor) => f.code === 'workforce' && f.note?.includes('migrant 75%')),
    );
  });

  describe('reference data editions', () => {
    const load = (
      table: string,
      csv: string,
      session = officer,
      query = 'edition=2026&source=Test%20source&licence=Public%20domain',
    ) =>
      http()
        .post(`/risk/reference/${table}?${query}`)
        .set(as(session))
        .set('Content-Type', 'text/csv')
        .send(csv);

    it('loads a new TIP edition; new scores use it, old snapshots keep theirs', async () => {
      const before = await risk(sites.factory);
      const response = await load(
        'tip-tiers',
        'iso2,country,edition,tier,previous_edition_tier,source\nGB,United Kingdom,2026,Tier 2 Watch List,Tier 1,test\nCN,China,2026,Tier 3,Tier 3,test\n',
      ).expect(201);
      expect(response.body).toMatchObject({ table: 'tip-tiers', edition: '2026', rows: 2 });
      const factory = await riskWhen(
        sites.factory,
        'the factory on the new edition',
        (b) => b.referenceEditions['tip-tiers'] === response.body.editionId,
      );
      expect(factory.factors.find((f: Factor) => f.code === 'country')).toMatchObject({
        value: 'Tier 2 Watch List',
        source: `us-tip-report@${response.body.editionId}#GB`,
      });
      // Bangladesh is not in this (deliberately short) edition: unknown, never Tier 1.
      const mill = await risk(sites.mill);
      expect(mill.factors.find((f: Factor) => f.code === 'country')).toMatchObject({ value: null });
      const db = await sql();
      const versions = await db.query(
        'SELECT DISTINCT reference_version FROM site_risk_snapshots WHERE supplier_id = $1',
        [sites.factory],
      );
      await db.end();
      expect(versions.rows.map((r) => r.reference_version)).toContain(before.referenceVersion);
      const listed = await http().get('/risk/reference').set(as(officer)).expect(200);
      const tip = listed.body.tables.find((t: { table: string }) => t.table === 'tip-tiers');
      expect(tip.inUse.editionId).toBe(response.body.editionId);
    });

    it('uses an organisation’s own Slavery Index copy when loaded', async () => {
      const csv = readFileSync(
        join(ROOT, 'test/fixtures/risk/slavery-index-synthetic.csv'),
        'utf8',
      );
      await load('slavery-index', csv).expect(201);
      const factory = await riskWhen(sites.factory, 'the factory with the index', (b) =>
        b.factors.some((f: Factor) => f.code === 'slavery_index' && f.value === 0.5),
      );
      expect(factory.factors.find((f: Factor) => f.code === 'slavery_index').source).toMatch(
        /^walk-free-global-slavery-index@/,
      );
    });

    it('refuses bad files, bad tables, other content types and non-admins', async () => {
      const bad = await load(
        'tip-tiers',
        'iso2,country,edition,tier,previous_edition_tier,source\nGB,UK,2026,Tier 9,,x\n',
      ).expect(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.body.errors[0]).toMatchObject({ field: 'tier' });
      expect(bad.body.errors[0].message).toContain('line 2');
      await load('tip-tiers', 'iso2,tier\n').expect(400);
      await load('no-such-table', 'a\n1\n').expect(404);
      const missing = await load('tip-tiers', 'x', officer, 'edition=2026').expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['source', 'licence']),
      );
      await http()
        .post('/risk/reference/tip-tiers?edition=1&source=abc&licence=abc')
        .set(as(officer))
        .set('Content-Type', 'application/json')
        .send({})
        .expect(400);
      const compliance = await member(app, officer, 'compliance_officer');
      await load('tip-tiers', 'iso2\nGB\n', compliance).expect(403);
    });
  });

  it('keeps every tenant’s risk to itself', async () => {
    const stranger = await signUp(app, 'risk-stranger');
    await http().get(`/suppliers/${sites.factory}/risk`).set(as(stranger)).expect(404);
    await http().get(`/suppliers/${sites.factory}/risk/history`).set(as(stranger)).expect(404);
    await http().get(`/companies/${companyId}/risk`).set(as(stranger)).expect(404);
    const own = await http().get('/risk/reference').set(as(stranger)).expect(200);
    const tip = own.body.tables.find((t: { table: string }) => t.table === 'tip-tiers');
    expect(tip.inUse.editionId).toBe('builtin-2025');
  });
});
