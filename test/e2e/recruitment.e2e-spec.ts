import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createSite, member, Session, signUp } from './harness/personas';
import { startApi } from './harness/services';

describe('Recruitment agencies, fees in months of wages, exchange rates', () => {
  let app: INestApplication;
  let officer: Session;
  let site: { id: string };
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });

  // A Nepal → Malaysia corridor: workers pay NPR 150,000 and USD 300 before departure.
  const agency = {
    externalId: 'AG-NP-07',
    name: 'Himalaya Manpower Pvt. Ltd',
    licenceNumber: '1234/067/68',
    licensingCountry: 'np',
    licenceStatus: 'licensed',
    licenceExpiresOn: '2027-06-30',
    countriesOfOperation: ['NP', 'my'],
    employerPaysCommitted: false,
    feesChargedToWorkers: [
      { category: 'recruitment_service', amountMinor: 15_000_000, currency: 'NPR' },
      { category: 'documents', amountMinor: 30_000, currency: 'usd' },
    ],
    depositRequired: true,
    depositAmountMinor: 2_000_000,
    depositCurrency: 'NPR',
    loansOffered: true,
    loanInterestRatePercent: 24,
    retainsDocuments: true,
    contractInWorkerLanguage: false,
  };

  beforeAll(async () => {
    app = await startApi();
    officer = await signUp(app, 'recruiter');
    site = await createSite(app, officer, {
      name: 'Klang Valley Apparel',
      country: 'MY',
      workforceTotal: 1100,
      workforceMigrant: 720,
    });
  });
  afterAll(() => app.close());

  it('records an agency with its fee practice and normalises codes', async () => {
    const { body } = await http().post('/agencies').set(as(officer)).send(agency).expect(201);
    expect(body).toMatchObject({
      licensingCountry: 'NP',
      countriesOfOperation: ['NP', 'MY'],
      loanInterestRatePercent: 24,
      retainsDocuments: true,
    });
    expect(body.feesChargedToWorkers[1]).toEqual({
      category: 'documents',
      amountMinor: 30_000,
      currency: 'USD',
    });
    await http().post('/agencies').set(as(officer)).send(agency).expect(409);
  });

  it.each([
    [
      'a fee amount as a float string',
      { feesChargedToWorkers: [{ category: 'travel', amountMinor: '120.50', currency: 'NPR' }] },
      'feesChargedToWorkers.0.amountMinor',
    ],
    [
      'a fee currency that is not ISO 4217',
      { feesChargedToWorkers: [{ category: 'travel', amountMinor: 100, currency: 'RUPEE' }] },
      'feesChargedToWorkers.0.currency',
    ],
    [
      'an unknown fee category',
      { feesChargedToWorkers: [{ category: 'gift', amountMinor: 100, currency: 'NPR' }] },
      'feesChargedToWorkers.0.category',
    ],
    [
      'an unknown country of operation',
      { countriesOfOperation: ['NP', 'XZ'] },
      'countriesOfOperation',
    ],
    ['an unknown licence status', { licenceStatus: 'pending' }, 'licenceStatus'],
  ])('refuses %s (400 naming the field)', async (_case, change, field) => {
    const response = await http()
      .post('/agencies')
      .set(as(officer))
      .send({ ...agency, externalId: undefined, ...change })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('expresses fees in months of the destination wage, unknown until the rates exist, with the rates used', async () => {
    const created = await http()
      .post('/agencies')
      .set(as(officer))
      .send({ ...agency, externalId: 'AG-NP-08' })
      .expect(201);
    const engagement = await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: created.body.id,
        supplierId: site.id,
        originCountry: 'NP',
        destinationCountry: 'MY',
        workersPlaced: 240,
        monthlyWageMinor: 170_000,
        wageCurrency: 'MYR',
      })
      .expect(201);
    // No exchange rates yet: unknown, with the reason, never zero.
    expect(engagement.body.feeMonths).toBeNull();
    expect(engagement.body.feeBurden.unknownBecause).toMatch(/no (NPR|USD)→MYR exchange rate/);

    await http()
      .post('/fx-rates')
      .set(as(officer))
      .send({ base: 'MYR', quote: 'NPR', rate: '30', validOn: '2026-11-01', source: 'Test rate' })
      .expect(201);
    const added = await http()
      .post('/fx-rates')
      .set(as(officer))
      .send({ base: 'USD', quote: 'MYR', rate: '4.5', validOn: '2026-11-01', source: 'Test rate' })
      .expect(201);
    expect(added.body.engagementsFilledIn).toBe(1);

    const [filled] = (
      await http().get(`/engagements?supplierId=${site.id}`).set(as(officer)).expect(200)
    ).body;
    // NPR 150,000 ÷ 30 = MYR 5,000; USD 300 × 4.5 = MYR 1,350; total MYR 6,350 ÷ MYR 1,700 = 3.74 months.
    expect(filled.feeMonths).toBe(3.74);
    expect(filled.feeBurden.totalInWageCurrencyMinor).toBe(635_000);
    expect(
      filled.feeBurden.ratesUsed
        .map((rate: { base: string; quote: string }) => `${rate.base}/${rate.quote}`)
        .sort(),
    ).toEqual(['MYR/NPR', 'USD/MYR']);

    // The Employer Pays Principle in practice: fees dropped to zero → 0 months.
    await http()
      .patch(`/agencies/${created.body.id}`)
      .set(as(officer))
      .send({ feesChargedToWorkers: [], employerPaysCommitted: true })
      .expect(200);
    const [after] = (
      await http().get(`/engagements?agencyId=${created.body.id}`).set(as(officer)).expect(200)
    ).body;
    expect(after.feeMonths).toBe(0);

    // Fees not recorded (left out, or null to take them back) are not known: never "no fees".
    await http()
      .patch(`/agencies/${created.body.id}`)
      .set(as(officer))
      .send({ feesChargedToWorkers: null })
      .expect(200);
    const [unknown] = (
      await http().get(`/engagements?agencyId=${created.body.id}`).set(as(officer)).expect(200)
    ).body;
    expect(unknown.feeMonths).toBeNull();
    expect(unknown.feeBurden.unknownBecause).toBe(
      'the fees this agency charges workers are not recorded',
    );
    const { body: silent } = await http()
      .post('/agencies')
      .set(as(officer))
      .send({ name: 'Silent Manpower', externalId: 'AG-NP-09' })
      .expect(201);
    expect(silent.feesChargedToWorkers).toBeNull();
  });

  it('refuses bad exchange rates and engagements', async () => {
    const rate = await http()
      .post('/fx-rates')
      .set(as(officer))
      .send({ base: 'USD', quote: 'USD', rate: '1', validOn: '2026-11-01', source: 'x' })
      .expect(400);
    expect(rate.body.errors[0].field).toBe('quote');
    const float = await http()
      .post('/fx-rates')
      .set(as(officer))
      .send({ base: 'USD', quote: 'EUR', rate: 0.92, validOn: '2026-11-01', source: 'x' })
      .expect(400);
    expect(float.body.errors[0].field).toBe('rate');

    const stranger = await signUp(app, 'other-recruiter');
    const theirSite = await createSite(app, stranger);
    const agencies = (await http().get('/agencies').set(as(officer)).expect(200)).body;
    const foreign = await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: agencies[0].id,
        supplierId: theirSite.id,
        originCountry: 'NP',
        destinationCountry: 'MY',
        workersPlaced: 1,
        monthlyWageMinor: 1,
        wageCurrency: 'MYR',
      })
      .expect(404);
    expect(foreign.body.errors).toEqual([{ field: 'supplierId', message: 'not found' }]);
    const zeroWage = await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: agencies[0].id,
        supplierId: site.id,
        originCountry: 'NP',
        destinationCountry: 'MY',
        workersPlaced: 1,
        monthlyWageMinor: 0,
        wageCurrency: 'MYR',
      })
      .expect(400);
    expect(zeroWage.body.errors[0].field).toBe('monthlyWageMinor');
    await http().get(`/agencies/${agencies[0].id}`).set(as(stranger)).expect(404);
  });

  it('keeps agencies from supplier users', async () => {
    const supplier = await member(app, officer, 'supplier', site.id);
    await http().get('/agencies').set(as(supplier)).expect(403);
    await http().get('/engagements').set(as(supplier)).expect(403);
  });
});
