import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Session, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

interface Report {
  status: string;
  report: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    rejections: { line: number; column: string; reason: string }[];
  };
}

describe('Bulk import of supply links and recruitment agencies from CSV', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let officer: Session;
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const importFile = async (kind: string, csv: string): Promise<Report> => {
    const accepted = await http()
      .post(`/imports/${kind}`)
      .set(as(officer))
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(202);
    const report: unknown = await waitFor(`the ${kind} import`, async () => {
      const { body } = await http().get(`/imports/${accepted.body.id}`).set(as(officer));
      return ['completed', 'failed'].includes(body.status) ? body : null;
    });
    return report as Report;
  };
  const site = async (externalId: string) =>
    (await http().get('/suppliers?limit=100').set(as(officer)).expect(200)).body.items.find(
      (item: { externalId: string }) => item.externalId === externalId,
    );

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    officer = await signUp(app, 'link-importer');
    await http()
      .post('/companies')
      .set(as(officer))
      .send({
        name: 'Import Brand Ltd',
        registrationNumber: '01234567',
        hqCountry: 'GB',
        sector: 'apparel_manufacturing',
        financialYearEndMonth: 12,
        financialYearEndDay: 31,
      })
      .expect(201);
    const sites = await importFile(
      'suppliers',
      [
        'external_id,name,country,sector',
        'GAR-1,Garment One,BD,apparel_manufacturing',
        'MILL-1,Mill One,IN,textiles',
        'GIN-1,Gin One,IN,agriculture_crops',
        'OLD-1,Closed Site,IN,textiles',
      ].join('\n'),
    );
    expect(sites.report.created).toBe(4);
    const closed = await site('OLD-1');
    await http()
      .patch(`/suppliers/${closed.id}`)
      .set(as(officer))
      .send({ status: 'archived' })
      .expect(200);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const LINKS = [
    'buyer_company,buyer_external_id,supplier_external_id,commodity,annual_spend_minor,spend_currency',
    '01234567,,GAR-1,T-shirts,250000000,USD', // line 2: company (by registration number) → tier 1
    ',GAR-1,MILL-1,Jersey fabric,,', //          line 3
    ',MILL-1,GIN-1,Cotton lint,,', //             line 4
    ',GAR-1,NOPE-9,Buttons,,', //                 line 5: unknown supplier
    ',NOPE-8,GIN-1,,,', //                        line 6: unknown buyer
    ',GIN-1,GIN-1,,,', //                         line 7: a site supplying itself
    ',MILL-1,OLD-1,Yarn,,', //                    line 8: archived site in a new link
    ',GAR-1,MILL-1,Jersey fabric,,', //           line 9: repeated in the file
    ',MILL-1,GAR-1,Fabric,12.50,USD', //          line 10: spend as a decimal
    '99999999,,GAR-1,,,', //                      line 11: no such company
    '01234567,GAR-1,MILL-1,,,', //                line 12: two buyers
  ].join('\n');

  it('imports links by external id, reports each bad row by line and column, and recomputes tiers', async () => {
    const first = await importFile('links', LINKS);
    expect(first).toMatchObject({
      status: 'completed',
      report: { created: 3, updated: 0, unchanged: 0, rejected: 8 },
    });
    expect(first.report.rejections.map(({ line, column }) => [line, column])).toEqual([
      [5, 'supplier_external_id'],
      [6, 'buyer_external_id'],
      [7, 'supplier_external_id'],
      [8, 'supplier_external_id'],
      [9, 'supplier_external_id'],
      [10, 'annual_spend_minor'],
      [11, 'buyer_company'],
      [12, 'buyer_company'],
    ]);
    expect(first.report.rejections[3].reason).toMatch(/archived/);
    expect(first.report.rejections[4].reason).toMatch(/already appears on line 3/);

    await waitFor('tiers from the imported links', async () => (await site('GIN-1')).tier === 3);
    expect((await site('GAR-1')).tier).toBe(1);
    expect((await site('MILL-1')).tier).toBe(2);

    const again = await importFile('links', LINKS);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 8 });

    const changed = await importFile(
      'links',
      'buyer_external_id,supplier_external_id,commodity\nGAR-1,MILL-1,Denim\n',
    );
    expect(changed.report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const mill = await site('MILL-1');
    const graph = await http()
      .get(`/supply-links?supplierId=${mill.id}`)
      .set(as(officer))
      .expect(200);
    expect(JSON.stringify(graph.body)).toMatch(/Denim/);
  });

  it('refuses up front a links file with no buyer column (400 naming it)', async () => {
    const response = await http()
      .post('/imports/links')
      .set(as(officer))
      .set('Content-Type', 'text/csv')
      .send('supplier_external_id,commodity\nGAR-1,Cotton\n')
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'buyer_external_id or buyer_company',
    ]);
  });

  const AGENCIES = [
    'external_id,name,licence_number,licensing_country,licence_status,licence_expires_on,countries_of_operation,' +
      'employer_pays_committed,fees_currency,fee_recruitment_service_minor,fee_documents_minor,deposit_amount_minor,' +
      'deposit_currency,loans_offered,loan_interest_rate_percent,retains_documents,contract_in_worker_language',
    'AG-1,Kathmandu Placement Pvt Ltd,123/075,NP,licensed,2027-03-31,NP;MY,no,NPR,15000000,500000,2000000,NPR,yes,36,yes,no',
    'AG-2,Dhaka Fair Recruitment,RL-88,BD,licensed,2027-12-31,BD MY,yes,,0,,,,no,,no,yes', // no fees
    'AG-3,Float Fees Ltd,,,unknown,,,,NPR,150000.00,,,,,,,', //  line 4: fee as a decimal
    'AG-4,Bad Currency Ltd,,,,,,,XYZ,1000,,,,,,,', //            line 5: not ISO 4217
    'AG-5,Odd Status Ltd,,,pending,,,,,,,,,,,,', //              line 6: unknown licence status
    'AG-6,Maybe Ltd,,,,,,perhaps,,,,,,,,,', //                  line 7: not yes/no
    'AG-7,Late Ltd,,,,2027-02-30,,,,,,,,,,,', //                 line 8: no such date
    'AG-8,Quiet Agency Ltd,,,,,,,,,,,,,,,', // line 9: fees not known
  ].join('\n');

  it('imports agencies with their fee practice, rejecting bad amounts, currencies and codes', async () => {
    const first = await importFile('agencies', AGENCIES);
    expect(first.report).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 5 });
    expect(first.report.rejections.map(({ line, column }) => [line, column])).toEqual([
      [4, 'fee_recruitment_service_minor'],
      [5, 'fees_currency'],
      [6, 'licence_status'],
      [7, 'employer_pays_committed'],
      [8, 'licence_expires_on'],
    ]);
    expect(first.report.rejections[0].reason).toMatch(/minor units/);

    const agencies = (await http().get('/agencies').set(as(officer)).expect(200)).body;
    const kathmandu = agencies.find(
      (agency: { externalId: string }) => agency.externalId === 'AG-1',
    );
    expect(kathmandu).toMatchObject({
      licensingCountry: 'NP',
      licenceStatus: 'licensed',
      licenceExpiresOn: '2027-03-31',
      countriesOfOperation: ['NP', 'MY'],
      employerPaysCommitted: false,
      feesChargedToWorkers: [
        { category: 'recruitment_service', amountMinor: 15_000_000, currency: 'NPR' },
        { category: 'documents', amountMinor: 500_000, currency: 'NPR' },
      ],
      depositRequired: true,
      depositAmountMinor: 2_000_000,
      loansOffered: true,
      loanInterestRatePercent: 36,
      retainsDocuments: true,
      contractInWorkerLanguage: false,
    });
    const dhaka = agencies.find((agency: { externalId: string }) => agency.externalId === 'AG-2');
    expect(dhaka).toMatchObject({
      employerPaysCommitted: true,
      feesChargedToWorkers: [],
      depositRequired: null,
      countriesOfOperation: ['BD', 'MY'],
    });
    // Fee columns left empty say nothing: not known, which never counts as "no fees".
    const quiet = agencies.find((agency: { externalId: string }) => agency.externalId === 'AG-8');
    expect(quiet).toMatchObject({ feesChargedToWorkers: null, retainsDocuments: null });
    const stored = await sql();
    // SQL NULL, not a JSON null.
    const { rows: unknownFees } = await stored.query(
      'SELECT 1 FROM recruitment_agencies WHERE id = $1 AND fees_charged_to_workers IS NULL',
      [quiet.id],
    );
    await stored.end();
    expect(unknownFees).toHaveLength(1);

    const again = await importFile('agencies', AGENCIES);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 5 });
  });

  it('recomputes the fee burden of engagements when an imported agency changes its fees', async () => {
    const [agency] = (await http().get('/agencies').set(as(officer)).expect(200)).body.filter(
      (row: { externalId: string }) => row.externalId === 'AG-1',
    );
    await http()
      .post('/fx-rates')
      .set(as(officer))
      .send({ base: 'MYR', quote: 'NPR', rate: '30', validOn: '2026-01-01', source: 'Test rate' })
      .expect(201);
    const engagement = await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: agency.id,
        supplierId: (await site('GAR-1')).id,
        originCountry: 'NP',
        destinationCountry: 'MY',
        workersPlaced: 50,
        monthlyWageMinor: 170_000,
        wageCurrency: 'MYR',
      })
      .expect(201);
    // NPR 155,000 ÷ 30 = MYR 5,166.67 ÷ MYR 1,700 = 3.04 months.
    expect(engagement.body.feeMonths).toBe(3.04);

    // The agency moves to Employer Pays: a file with just the columns that change.
    const employerPays = await importFile(
      'agencies',
      'external_id,name,employer_pays_committed,fees_currency,fee_recruitment_service_minor,fee_documents_minor\n' +
        'AG-1,Kathmandu Placement Pvt Ltd,yes,,0,0\n',
    );
    expect(employerPays.report).toMatchObject({ created: 0, updated: 1, rejected: 0 });
    const [after] = (
      await http().get(`/engagements?agencyId=${agency.id}`).set(as(officer)).expect(200)
    ).body;
    expect(after.feeMonths).toBe(0);
    // Columns not in the file are left as they were.
    const kept = (await http().get(`/agencies/${agency.id}`).set(as(officer)).expect(200)).body;
    expect(kept).toMatchObject({
      employerPaysCommitted: true,
      feesChargedToWorkers: [],
      licenceNumber: '123/075',
      loanInterestRatePercent: 36,
      retainsDocuments: true,
    });
  });
});
