import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import request from 'supertest';
import { createSite, member, Session, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

describe('Supply-chain map: companies, sites, links and tiers', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let companyId: string;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });

  const company = {
    name: 'Northwind Apparel UK Ltd',
    hqCountry: 'gb',
    sector: 'apparel_manufacturing',
    annualTurnoverMinor: 12_000_000_000,
    turnoverCurrency: 'GBP',
    financialYearEndMonth: 3,
    financialYearEndDay: 31,
  };
  const link = (body: Record<string, unknown>) =>
    http().post('/supply-links').set(as(officer)).send(body);
  const tierOf = async (id: string) =>
    (await http().get(`/suppliers/${id}`).set(as(officer)).expect(200)).body.tier;

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'mapper');
    companyId = (await http().post('/companies').set(as(officer)).send(company).expect(201)).body
      .id;
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
    await db.end();
  });

  it('records a reporting company with its financial year and turnover', async () => {
    const { body } = await http().get(`/companies/${companyId}`).set(as(officer)).expect(200);
    expect(body).toMatchObject({
      hqCountry: 'GB',
      annualTurnoverMinor: 12_000_000_000,
      turnoverCurrency: 'GBP',
      financialYearEndMonth: 3,
    });
    const bad = await http()
      .post('/companies')
      .set(as(officer))
      .send({ ...company, financialYearEndMonth: 2, financialYearEndDay: 30 })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('financialYearEndDay');
  });

  it.each([
    ['an unknown country code', { country: 'XZ' }, 'country'],
    ['an unknown sector', { sector: 'space_mining' }, 'sector'],
    ['a negative workforce', { workforceTotal: -5 }, 'workforceTotal'],
    [
      'more migrant workers than workers',
      { workforceTotal: 100, workforceMigrant: 101 },
      'workforceMigrant',
    ],
    ['a malformed contact e-mail', { contactEmail: 'not-an-email' }, 'contactEmail'],
    ['a malformed HS code', { hsCode: '61.09' }, 'hsCode'],
  ])(
    'refuses a site with %s (400 naming the field), writing nothing',
    async (_case, fields, field) => {
      const before = Number(
        (
          await db.query('SELECT count(*) FROM suppliers WHERE organisation_id = $1', [
            officer.organisationId,
          ])
        ).rows[0].count,
      );
      const response = await http()
        .post('/suppliers')
        .set(as(officer))
        .send({ name: 'Refused Site', country: 'VN', sector: 'apparel_manufacturing', ...fields })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      const after = Number(
        (
          await db.query('SELECT count(*) FROM suppliers WHERE organisation_id = $1', [
            officer.organisationId,
          ])
        ).rows[0].count,
      );
      expect(after).toBe(before);
    },
  );

  it('refuses a duplicate external id (409)', async () => {
    await createSite(app, officer, { externalId: 'VN-0001' });
    const response = await http()
      .post('/suppliers')
      .set(as(officer))
      .send({ externalId: 'VN-0001', name: 'Twin', country: 'VN', sector: 'apparel_manufacturing' })
      .expect(409);
    expect(response.body.errors[0].field).toBe('externalId');
  });

  it.each([
    [
      'a currency that is not ISO 4217',
      { spendCurrency: 'USDT', annualSpendMinor: 100 },
      400,
      'spendCurrency',
    ],
    [
      'a spend amount as a float string',
      { spendCurrency: 'USD', annualSpendMinor: '1250.50' },
      400,
      'annualSpendMinor',
    ],
    [
      'a fractional spend amount',
      { spendCurrency: 'USD', annualSpendMinor: 12.5 },
      400,
      'annualSpendMinor',
    ],
  ])('refuses a link with %s', async (_case, fields, status, field) => {
    const site = await createSite(app, officer);
    const response = await link({
      buyerCompanyId: companyId,
      supplierId: site.id,
      ...fields,
    }).expect(status);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it("refuses a link to another organisation's site (404 naming it) and from a site to itself (400)", async () => {
    const stranger = await signUp(app, 'stranger');
    const theirs = await createSite(app, stranger);
    const mine = await createSite(app, officer);
    const foreign = await link({ buyerCompanyId: companyId, supplierId: theirs.id }).expect(404);
    expect(foreign.body.errors).toEqual([{ field: 'supplierId', message: 'not found' }]);
    const foreignBuyer = await link({ buyerSupplierId: theirs.id, supplierId: mine.id }).expect(
      404,
    );
    expect(foreignBuyer.body.errors[0].field).toBe('buyerSupplierId');
    const self = await link({ buyerSupplierId: mine.id, supplierId: mine.id }).expect(400);
    expect(self.body.errors[0].field).toBe('supplierId');
    const links = await db.query('SELECT count(*) FROM supply_links WHERE supplier_id = ANY($1)', [
      [theirs.id, mine.id],
    ]);
    expect(Number(links.rows[0].count)).toBe(0);
  });

  it('refuses an archived site in a new link (409), and a duplicate link (409)', async () => {
    const site = await createSite(app, officer);
    await link({ buyerCompanyId: companyId, supplierId: site.id }).expect(201);
    const duplicate = await link({ buyerCompanyId: companyId, supplierId: site.id }).expect(409);
    expect(duplicate.body.errors[0].field).toBe('supplierId');
    const archived = await createSite(app, officer);
    await http()
      .patch(`/suppliers/${archived.id}`)
      .set(as(officer))
      .send({ status: 'archived' })
      .expect(200);
    const refused = await link({ buyerSupplierId: site.id, supplierId: archived.id }).expect(409);
    expect(refused.body.errors[0].field).toBe('supplierId');
  });

  it('computes tiers as the shortest path from the company, through diamonds and cycles, in the background', async () => {
    const garment = await createSite(app, officer, { name: 'Tier1 Garment' });
    const mill = await createSite(app, officer, { name: 'Tier2 Mill', sector: 'textiles' });
    const spinner = await createSite(app, officer, {
      name: 'Tier3 Spinner',
      country: 'UZ',
      sector: 'textiles',
    });
    const dyehouse = await createSite(app, officer, { name: 'Dye House', sector: 'textiles' });
    const orphan = await createSite(app, officer, { name: 'Unlinked Site' });
    await link({ buyerCompanyId: companyId, supplierId: garment.id }).expect(201);
    await link({ buyerSupplierId: garment.id, supplierId: mill.id }).expect(201);
    await link({ buyerSupplierId: mill.id, supplierId: spinner.id }).expect(201);
    // Diamond: the garment factory also buys from the dye house, which buys from the mill.
    await link({ buyerSupplierId: garment.id, supplierId: dyehouse.id }).expect(201);
    await link({ buyerSupplierId: dyehouse.id, supplierId: mill.id }).expect(201);
    // Cycle: the spinner buys back from the garment factory.
    await link({ buyerSupplierId: spinner.id, supplierId: garment.id }).expect(201);

    await waitFor('tiers to be computed', async () => (await tierOf(spinner.id)) === 3);
    expect(await tierOf(garment.id)).toBe(1);
    expect(await tierOf(mill.id)).toBe(2);
    expect(await tierOf(dyehouse.id)).toBe(2);
    expect(await tierOf(orphan.id)).toBeNull();
    const perCompany = await db.query(
      'SELECT supplier_id, tier FROM supplier_tiers WHERE company_id = $1',
      [companyId],
    );
    expect(
      perCompany.rows.find((row: { supplier_id: string }) => row.supplier_id === spinner.id).tier,
    ).toBe(3);

    const unmapped = await http()
      .get('/suppliers?tier=unmapped&limit=200')
      .set(as(officer))
      .expect(200);
    expect(unmapped.body.items.map((site: { id: string }) => site.id)).toContain(orphan.id);

    // A new direct link makes the mill tier 1; removing it puts it back to tier 2.
    const direct = await link({ buyerCompanyId: companyId, supplierId: mill.id }).expect(201);
    await waitFor('the mill to become tier 1', async () => (await tierOf(mill.id)) === 1);
    expect(await tierOf(spinner.id)).toBe(2);
    await http().delete(`/supply-links/${direct.body.id}`).set(as(officer)).expect(204);
    await waitFor('the mill to return to tier 2', async () => (await tierOf(mill.id)) === 2);

    const graph = await http()
      .get(`/supply-chain/graph?companyId=${companyId}&depth=2`)
      .set(as(officer))
      .expect(200);
    const names = graph.body.nodes.map((node: { name: string }) => node.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Northwind Apparel UK Ltd',
        'Tier1 Garment',
        'Tier2 Mill',
        'Dye House',
      ]),
    );
    expect(names).not.toContain('Tier3 Spinner');
    expect(graph.body.edges).toContainEqual([garment.id, mill.id]);
  });

  it('pages sites in a stable order with a cursor, filtered', async () => {
    for (const name of ['Page A', 'Page B', 'Page C'])
      await createSite(app, officer, { name, country: 'BD' });
    const first = await http().get('/suppliers?country=bd&limit=2').set(as(officer)).expect(200);
    expect(first.body.items.map((site: { name: string }) => site.name)).toEqual([
      'Page A',
      'Page B',
    ]);
    const second = await http()
      .get(`/suppliers?country=BD&limit=2&cursor=${first.body.nextCursor}`)
      .set(as(officer))
      .expect(200);
    expect(second.body.items.map((site: { name: string }) => site.name)).toEqual(['Page C']);
    expect(second.body.nextCursor).toBeNull();
    const search = await http().get('/suppliers?q=page%20b').set(as(officer)).expect(200);
    expect(search.body.items.map((site: { name: string }) => site.name)).toEqual(['Page B']);
    await http().get('/suppliers?cursor=garbage').set(as(officer)).expect(400);
  });

  it('shows a supplier user only their own site', async () => {
    const own = await createSite(app, officer, { name: 'Own Site' });
    const other = await createSite(app, officer, { name: 'Other Site' });
    const supplier = await member(app, officer, 'supplier', own.id);
    const list = await http().get('/suppliers?status=all&limit=200').set(as(supplier)).expect(200);
    expect(list.body.items.map((site: { id: string }) => site.id)).toEqual([own.id]);
    await http().get(`/suppliers/${own.id}`).set(as(supplier)).expect(200);
    await http().get(`/suppliers/${other.id}`).set(as(supplier)).expect(404);
    await http()
      .patch(`/suppliers/${own.id}`)
      .set(as(supplier))
      .send({ name: 'Renamed' })
      .expect(403);
    await http().get('/supply-links').set(as(supplier)).expect(403);
    await http().get(`/supply-chain/graph?supplierId=${own.id}`).set(as(supplier)).expect(403);
  });

  it('exports the filtered list as CSV, safe to open in a spreadsheet', async () => {
    await createSite(app, officer, {
      name: '=HYPERLINK("http://evil")',
      country: 'KH',
      externalId: 'KH-1',
    });
    await createSite(app, officer, {
      name: 'Phnom Penh Garments, Ltd',
      country: 'KH',
      workforceTotal: 300,
    });
    await createSite(app, officer, { name: 'Elsewhere', country: 'LK' });
    const response = await http()
      .get('/suppliers/export.csv?country=KH')
      .set(as(officer))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,externalId,name,address,country,sector,products,hsCode,workforceTotal,workforceMigrant,workforceFemale,workforceAgency,lei,duns,osId,status,contactEmail,tier',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(lines[2]).toContain('"Phnom Penh Garments, Ltd",,KH,apparel_manufacturing,,,300,');
    const own = await createSite(app, officer, { name: 'Supplier Export Site', country: 'KH' });
    const supplier = await member(app, officer, 'supplier', own.id);
    const mine = await http().get('/suppliers/export.csv').set(as(supplier)).expect(200);
    expect(mine.text.trim().split('\r\n')).toHaveLength(2);
    expect(mine.text).toContain('Supplier Export Site');
  });

  it('logs every change to the map', async () => {
    const site = await createSite(app, officer, { name: 'Logged Site' });
    await http()
      .patch(`/suppliers/${site.id}`)
      .set(as(officer))
      .send({ status: 'archived' })
      .expect(200);
    const log = await http()
      .get(`/activity?entityType=supplier&entityId=${site.id}`)
      .set(as(officer))
      .expect(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'supplier.archived',
      'supplier.created',
    ]);
  });

  it('has the database refuse a link to a site of another organisation, and the deletion of a site', async () => {
    const stranger = await signUp(app, 'map-stranger');
    const theirs = await createSite(app, stranger);
    const ours = await createSite(app, officer);
    // Straight to the database, past the API's own checks: the backstop must hold on its own.
    await expect(
      db.query(
        'INSERT INTO supply_links (organisation_id, buyer_supplier_id, supplier_id) VALUES ($1, $2, $3)',
        [officer.organisationId, ours.id, theirs.id],
      ),
    ).rejects.toThrow(/not in its organisation/);
    await expect(
      db.query(
        'INSERT INTO supply_links (organisation_id, buyer_supplier_id, supplier_id) VALUES ($1, $2, gen_random_uuid())',
        [officer.organisationId, ours.id],
      ),
    ).rejects.toThrow(/not in its organisation/);
    await expect(db.query('DELETE FROM suppliers WHERE id = $1', [ours.id])).rejects.toThrow(
      /archived, never deleted/,
    );
  });
});
