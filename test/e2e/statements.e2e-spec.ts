import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { recordStatementReminders } from '../../apps/worker/src/statements/statement-reminders';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, testConfig, waitFor } from './harness/services';

const DAY_MS = 86_400_000;
const day = (offset: number): string =>
  new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
/** The company's financial year ended ten days ago; what happened in it is dated 30 days ago. */
const YEAR_END = day(-10);
const IN_YEAR = day(-30);
const APP_URL = 'https://statements.example';
const AREAS = ['structure', 'policies', 'due_diligence', 'risk', 'effectiveness', 'training'];
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('Annual statements: composed from the records, approved, signed, published', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let executive: Session;
  let auditor: Session;
  let supplier: Session;
  let companyId: string;
  let emptyCompanyId: string;
  let statementId: string;
  const sites: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const figure = (content: any, block: string, key: string) =>
    content.blocks[block].figures.find((f: { key: string }) => f.key === `${block}.${key}`);
  const dir = mkdtempSync(join(tmpdir(), 'statements-e2e-'));

  function pdfText(pdf: Buffer, name: string): string {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    expect(spawnSync('/usr/bin/qpdf', ['--check', file]).status).toBe(0);
    return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }

  async function download(path: string): Promise<Buffer> {
    const response = await http()
      .get(path)
      .set(as(officer))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return response.body as Buffer;
  }

  async function renderedDocument(id: string, documentId: string) {
    return waitFor(
      `statement PDF ${documentId}`,
      async () => {
        const { body } = await http().get(`/statements/${id}/documents`).set(as(officer));
        const document = body.find((d: { id: string }) => d.id === documentId);
        return document?.status === 'done' ? document : null;
      },
      30_000,
    );
  }

  beforeAll(async () => {
    const config = testConfig({ APP_URL });
    app = await startApi(config);
    worker = await startWorker(config);
    db = await sql();
    officer = await signUp(app, 'statement-officer');
    executive = await member(app, officer, 'executive');
    auditor = await member(app, officer, 'auditor');
    const [, month, dayOfMonth] = YEAR_END.split('-').map(Number);
    const company = {
      name: 'Harrow & Finch Apparel Ltd',
      registrationNumber: '01234567',
      hqCountry: 'GB',
      sector: 'apparel_manufacturing',
      annualTurnoverMinor: 4_500_000_000, // £45m
      turnoverCurrency: 'GBP',
      financialYearEndMonth: month,
      financialYearEndDay: dayOfMonth,
    };
    companyId = (await http().post('/companies').set(as(officer)).send(company).expect(201)).body
      .id;
    emptyCompanyId = (
      await http()
        .post('/companies')
        .set(as(officer))
        .send({ ...company, name: 'Empty Holdings Ltd', registrationNumber: '07654321' })
        .expect(201)
    ).body.id;

    // Two tier-1 factories and a tier-2 spinner upstream of one of them.
    const site = async (name: string, fields: Record<string, unknown>) =>
      (sites[name] = (await createSite(app, officer, { name, ...fields })).id);
    await site('Klang Valley Apparel', {
      country: 'MY',
      workforceTotal: 900,
      workforceMigrant: 600,
      workforceAgency: 300,
      workforceFemale: 500,
    });
    await site('Dhaka Knit Garments', {
      country: 'BD',
      workforceTotal: 1200,
      workforceFemale: 800,
    });
    await site('Coimbatore Spinning', {
      country: 'IN',
      sector: 'textiles',
      workforceTotal: 400,
    });
    for (const name of ['Klang Valley Apparel', 'Dhaka Knit Garments'])
      await http()
        .post('/supply-links')
        .set(as(officer))
        .send({ buyerCompanyId: companyId, supplierId: sites[name] })
        .expect(201);
    await http()
      .post('/supply-links')
      .set(as(officer))
      .send({
        buyerSupplierId: sites['Klang Valley Apparel'],
        supplierId: sites['Coimbatore Spinning'],
      })
      .expect(201);
    supplier = await member(app, officer, 'supplier', sites['Dhaka Knit Garments']);

    // An agency placing Nepali workers at Klang Valley, at four months of wages in fees.
    const agency = (
      await http()
        .post('/agencies')
        .set(as(officer))
        .send({
          name: 'Himalaya Manpower Pvt Ltd',
          licensingCountry: 'NP',
          licenceStatus: 'licensed',
          countriesOfOperation: ['NP', 'MY'],
          employerPaysCommitted: false,
          feesChargedToWorkers: [
            { category: 'recruitment_service', amountMinor: 680_000, currency: 'MYR' },
          ],
          depositRequired: true,
          depositAmountMinor: 50_000,
          depositCurrency: 'MYR',
          retainsDocuments: true,
          contractInWorkerLanguage: false,
        })
        .expect(201)
    ).body;
    await http()
      .post('/engagements')
      .set(as(officer))
      .send({
        agencyId: agency.id,
        supplierId: sites['Klang Valley Apparel'],
        originCountry: 'NP',
        destinationCountry: 'MY',
        workersPlaced: 240,
        monthlyWageMinor: 170_000,
        wageCurrency: 'MYR',
      })
      .expect(201);

    await http()
      .post('/policies')
      .set(as(officer))
      .send({
        title: 'Employer Pays policy on recruitment fees',
        topic: 'recruitment_fees',
        version: '2.0',
        adoptedOn: day(-200),
      })
      .expect(201);
    await http()
      .post('/training-sessions')
      .set(as(officer))
      .send({
        heldOn: day(-100),
        topic: 'Forced-labour indicators',
        audience: 'procurement',
        peopleTrained: 18,
      })
      .expect(201);

    // An unannounced audit at Klang Valley, reported with a critical debt-bondage finding.
    const audit = (
      await http()
        .post('/audits')
        .set(as(officer))
        .send({
          supplierId: sites['Klang Valley Apparel'],
          type: 'unannounced',
          windowStart: day(1),
          windowEnd: day(20),
          scopeIndicators: ['debt_bondage'],
          auditFirm: 'Ethical Audits Ltd',
          auditorIds: [auditor.userId],
        })
        .expect(201)
    ).body;
    await http()
      .post(`/audits/${audit.id}/submit`)
      .set(as(auditor))
      .send({
        report: {
          arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          access: 'granted',
          workersInterviewed: {
            female: 8,
            male: 7,
            otherGender: 0,
            migrant: 12,
            agency: 6,
            onSite: 10,
            offSite: 5,
          },
          documentsReviewed: ['payroll', 'recruitment_records'],
          redFlags: ['recruitment_debt'],
          summary: 'Workers repay recruitment loans from their wages.',
          findings: [
            {
              category: 'recruitment_fees',
              indicators: ['debt_bondage', 'deception'],
              severity: 'critical',
              description: 'Workers paid four months of wages in fees to a sub-agent.',
              workersAffected: 40,
              feesPaid: { amountMinor: 27_200_000, currency: 'MYR' },
              evidenceFileIds: [],
            },
          ],
        },
      })
      .expect(202);
    await waitFor('the audit processed', async () => {
      const { rows } = await db.query('SELECT status FROM audits WHERE id = $1', [audit.id]);
      return rows[0]?.status === 'processed';
    });
    // The year being reported on is over: move what happened "today" back into it.
    await db.query(
      `UPDATE audits SET submitted_at = $2::date + time '10:00',
              report = jsonb_set(report, '{arrivedAt}', to_jsonb(($2::date + time '09:00')::text || 'Z'))
        WHERE id = $1`,
      [audit.id, IN_YEAR],
    );
    await db.query('UPDATE corrective_actions SET created_at = $2::date WHERE audit_id = $1', [
      audit.id,
      IN_YEAR,
    ]);
    await db.query('UPDATE fee_remediations SET created_at = $2::date WHERE audit_id = $1', [
      audit.id,
      IN_YEAR,
    ]);
    await waitFor(
      'tiers and risk scores of the three sites',
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS scored FROM supplier_tiers t
           JOIN site_risk_scores r ON r.supplier_id = t.supplier_id AND r.organisation_id = t.organisation_id
          WHERE t.company_id = $1`,
          [companyId],
        );
        return rows[0].scored === 3;
      },
      30_000,
    );
  }, 90_000);

  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  it('composes a draft whose figures are the records’, each traced to the records it counted', async () => {
    const bad = await http()
      .post('/statements')
      .set(as(officer))
      .send({ companyId, yearEnding: 1999 })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['yearEnding']);
    const { body } = await http()
      .post('/statements')
      .set(as(officer))
      .send({ companyId, yearEnding: Number(YEAR_END.slice(0, 4)) })
      .expect(201);
    statementId = body.id;
    expect(body).toMatchObject({
      status: 'draft',
      version: 1,
      companyName: 'Harrow & Finch Apparel Ltd',
      period: { to: YEAR_END },
    });
    const { content } = body;
    expect(content.hasRecords).toBe(true);
    expect(figure(content, 'structure', 'sites').value).toBe(3);
    expect(figure(content, 'structure', 'sites_tier_1').value).toBe(2);
    expect(figure(content, 'structure', 'sites_tier_2').value).toBe(1);
    expect(figure(content, 'structure', 'workers').value).toBe(2500);
    expect(figure(content, 'structure', 'migrant_workers').value).toBe(600);
    expect(figure(content, 'structure', 'agencies').value).toBe(1);
    expect(figure(content, 'audits', 'visits')).toMatchObject({ value: 1, previous: 0 });
    expect(figure(content, 'audits', 'unannounced_share').value).toBe(100);
    expect(figure(content, 'audits', 'third_party').value).toBe(1);
    expect(figure(content, 'findings_by_indicator', 'critical').value).toBe(1);
    expect(figure(content, 'corrective_actions', 'opened').value).toBe(1);
    expect(figure(content, 'fee_remediation', 'outstanding_myr')).toMatchObject({
      value: '27200000',
      currency: 'MYR',
    });
    expect(figure(content, 'fee_exposure', 'workers_over_one_month').value).toBe(240);
    expect(figure(content, 'policies', 'registered').value).toBe(1);
    expect(figure(content, 'training', 'people').value).toBe(18);
    // Nobody answered a questionnaire: no rate is made up.
    expect(figure(content, 'questionnaire_coverage', 'response_rate').value).toBeNull();
    expect(content.blocks.questionnaire_coverage.gaps.join(' ')).toMatch(/No questionnaires/);
    const bands = ['critical', 'high', 'medium', 'low', 'unscored'].map(
      (band) => figure(content, 'risk_bands', band).value as number,
    );
    expect(bands.reduce((a, b) => a + b, 0)).toBe(3);
    expect(content.highlights.indicatorsFound.map((i: { name: string }) => i.name)).toEqual([
      'Deception',
      'Debt bondage',
    ]);

    // The trace lists exactly the records a figure counted.
    const tier1 = await http()
      .get(`/statements/${statementId}/trace/structure.sites_tier_1`)
      .set(as(executive))
      .expect(200);
    expect(tier1.body).toMatchObject({ kind: 'site', total: 2, value: 2 });
    expect(tier1.body.records.map((r: { name: string }) => r.name).sort()).toEqual([
      'Dhaka Knit Garments',
      'Klang Valley Apparel',
    ]);
    const unannounced = await http()
      .get(`/statements/${statementId}/trace/audits.unannounced`)
      .set(as(officer))
      .expect(200);
    expect(unannounced.body.records).toEqual([
      expect.objectContaining({ type: 'unannounced', thirdParty: true, visitedOn: IN_YEAR }),
    ]);
    await http()
      .get(`/statements/${statementId}/trace/structure.nothing`)
      .set(as(officer))
      .expect(404);
  });

  it('keeps the figures and their traces as they were when the records change later', async () => {
    await http()
      .patch(`/suppliers/${sites['Dhaka Knit Garments']}`)
      .set(as(officer))
      .send({ name: 'Dhaka Knit Garments (renamed)' })
      .expect(200);
    const extra = await createSite(app, officer, { name: 'Late Addition Ltd', country: 'VN' });
    await http()
      .post('/supply-links')
      .set(as(officer))
      .send({ buyerCompanyId: companyId, supplierId: extra.id })
      .expect(201);
    const { body } = await http().get(`/statements/${statementId}`).set(as(officer)).expect(200);
    expect(figure(body.content, 'structure', 'sites').value).toBe(3);
    const trace = await http()
      .get(`/statements/${statementId}/trace/structure.sites`)
      .set(as(officer))
      .expect(200);
    expect(trace.body.total).toBe(3);
    expect(trace.body.records.map((r: { name: string }) => r.name)).toContain(
      'Dhaka Knit Garments',
    );
  });

  it('refuses approval while an area is missing or empty, listing what is missing', async () => {
    await http()
      .post(`/statements/${statementId}/approve`)
      .set(as(executive))
      .send({ body: 'Board of Directors', approvedOn: day(-1) })
      .expect(400)
      .expect((response) =>
        expect(fieldsOf(response.body)).toEqual(AREAS.map((area) => `narratives.${area}`)),
      );
    for (const area of AREAS.slice(0, 5))
      await http()
        .put(`/statements/${statementId}/narratives/${area}`)
        .set(as(officer))
        .send({ text: `Our ${area.replace('_', ' ')} this year.\n\nA second paragraph.` })
        .expect(200);
    await http()
      .put(`/statements/${statementId}/narratives/training`)
      .set(as(officer))
      .send({ text: '   ' })
      .expect(200);
    const submit = await http()
      .post(`/statements/${statementId}/submit`)
      .set(as(officer))
      .expect(400);
    expect(submit.body.errors).toEqual([{ field: 'narratives.training', message: 'is empty' }]);
    await http()
      .put(`/statements/${statementId}/narratives/bogus`)
      .set(as(officer))
      .send({ text: 'x' })
      .expect(400)
      .expect((response) => expect(fieldsOf(response.body)).toEqual(['key']));
    await http()
      .put(`/statements/${statementId}/narratives/training`)
      .set(as(officer))
      .send({ text: 'Procurement staff were trained on forced-labour indicators.' })
      .expect(200);
    await http()
      .put(`/statements/${statementId}/narratives/au_msa_s16.consultation`)
      .set(as(officer))
      .send({ text: 'The company owns no other entities.' })
      .expect(200);
  });

  it('lets only an executive sign, after the board’s approval; then publishes a PDF with its SHA-256', async () => {
    await http()
      .post(`/statements/${statementId}/sign`)
      .set(as(executive))
      .send({ title: 'Director', signedOn: day(0) })
      .expect(409);
    await http().post(`/statements/${statementId}/submit`).set(as(officer)).expect(200);
    await http()
      .post(`/statements/${statementId}/approve`)
      .set(as(executive))
      .send({ body: 'Board of Directors of Harrow & Finch Apparel Ltd', approvedOn: day(-20) })
      .expect(400)
      .expect((response) => expect(fieldsOf(response.body)).toEqual(['approvedOn']));
    await http()
      .post(`/statements/${statementId}/approve`)
      .set(as(executive))
      .send({ body: 'Board of Directors of Harrow & Finch Apparel Ltd', approvedOn: day(-2) })
      .expect(200);
    const notExecutive = await http()
      .post(`/statements/${statementId}/sign`)
      .set(as(officer))
      .send({ title: 'Director', signedOn: day(-1) })
      .expect(403);
    expect(notExecutive.headers['content-type']).toMatch(/^application\/problem\+json/);
    const signed = await http()
      .post(`/statements/${statementId}/sign`)
      .set(as(executive))
      .send({
        name: 'Eleanor Marsh',
        title: 'Chief Executive Officer and Director',
        signedOn: day(-1),
      })
      .expect(200);
    expect(signed.body.signature).toEqual({
      name: 'Eleanor Marsh',
      title: 'Chief Executive Officer and Director',
      signedOn: day(-1),
    });
    await http()
      .post(`/statements/${statementId}/publish`)
      .set(as(officer))
      .send({ statementUrl: 'https://harrowfinch.example/modern-slavery' })
      .expect(200);
    const published = await waitFor(
      'the published PDF',
      async () => {
        const { body } = await http().get(`/statements/${statementId}`).set(as(executive));
        return body.pdf ? body : null;
      },
      30_000,
    );
    expect(published.status).toBe('published');
    const pdf = await download(`/statements/${statementId}/pdf`);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(published.pdf.sha256);
    const text = words(pdfText(pdf, 'published'));
    expect(text).toContain('Harrow & Finch Apparel Ltd');
    expect(text).toContain('Modern slavery statement (UK Modern Slavery Act 2015, section 54)');
    expect(text).toContain('Signed by Eleanor Marsh, Chief Executive Officer and Director');
    expect(text).toContain('Structure, business and supply chains');
    expect(text).toContain('Training (s.54(5)(f))');
    expect(text).toContain(`${APP_URL}/statements/${statementId}/trace/structure.sites`);
    expect(text).not.toContain('DRAFT');
    expect(text).not.toMatch(/NaN|undefined/);
  }, 60_000);

  it('never changes a published statement: 409 through the API, refused by the database', async () => {
    await http()
      .put(`/statements/${statementId}/narratives/risk`)
      .set(as(officer))
      .send({ text: 'Rewritten after publication' })
      .expect(409);
    await http().post(`/statements/${statementId}/refresh`).set(as(officer)).expect(409);
    await http().post(`/statements/${statementId}/submit`).set(as(officer)).expect(409);
    await expect(
      db.query(`UPDATE statements SET narratives = '{}' WHERE id = $1`, [statementId]),
    ).rejects.toThrow(/published and cannot change/);
    await expect(
      db.query('DELETE FROM statement_records WHERE statement_id = $1', [statementId]),
    ).rejects.toThrow(/cannot change/);
  });

  it('supersedes it with a new version, both downloadable', async () => {
    const { body: next } = await http()
      .post(`/statements/${statementId}/versions`)
      .set(as(officer))
      .expect(201);
    expect(next).toMatchObject({ version: 2, status: 'draft', supersedesId: statementId });
    expect(next.narratives.training).toMatch(/Procurement staff/);
    // The new version's figures are taken now: the renamed site and the new one are in them.
    expect(figure(next.content, 'structure', 'sites').value).toBe(4);
    await http().post(`/statements/${statementId}/versions`).set(as(officer)).expect(409);
    await http().post(`/statements/${next.id}/submit`).set(as(officer)).expect(200);
    await http()
      .post(`/statements/${next.id}/approve`)
      .set(as(executive))
      .send({ body: 'Board of Directors', approvedOn: day(0) })
      .expect(200);
    await http()
      .post(`/statements/${next.id}/sign`)
      .set(as(executive))
      .send({ title: 'Director', signedOn: day(0) })
      .expect(200);
    await http().post(`/statements/${next.id}/publish`).set(as(executive)).send({}).expect(200);
    const { body: old } = await http()
      .get(`/statements/${statementId}`)
      .set(as(officer))
      .expect(200);
    expect(old).toMatchObject({ status: 'published', supersededById: next.id });
    await waitFor(
      'the second PDF',
      async () => {
        const { body } = await http().get(`/statements/${next.id}`).set(as(officer));
        return body.pdf;
      },
      30_000,
    );
    const text = words(pdfText(await download(`/statements/${next.id}/pdf`), 'v2'));
    expect(text).toContain('This version supersedes version 1');
    expect((await download(`/statements/${statementId}/pdf`)).length).toBeGreaterThan(1000);
  }, 60_000);

  it('renders the same records for Australia, Canada and California, saying what they cannot show', async () => {
    const au = await http()
      .get(`/statements/${statementId}/report?regime=au_msa_s16`)
      .set(as(executive))
      .expect(200);
    expect(au.body.sections).toHaveLength(7);
    const consultation = au.body.sections.find((s: { id: string }) => s.id === 'consultation');
    expect(consultation.narrative).toBe('The company owns no other entities.');
    expect(consultation.recordGaps.join(' ')).toMatch(/not recorded/);
    const ca = await http()
      .get(`/statements/${statementId}/html?regime=ca_s211`)
      .set(as(officer))
      .expect(200);
    expect(ca.headers['content-type']).toMatch(/^text\/html/);
    expect(ca.text).toContain('Attestation');
    expect(ca.text).toContain('Harrow &amp; Finch Apparel Ltd');
    const california = await http()
      .get(`/statements/${statementId}/report?regime=us_ca_tisca`)
      .set(as(officer))
      .expect(200);
    const certification = california.body.sections.find(
      (s: { id: string }) => s.id === 'certification',
    );
    expect(certification.recordGaps[0]).toMatch(/not recorded/);
    await http()
      .get(`/statements/${statementId}/report?regime=fr_vigilance`)
      .set(as(officer))
      .expect(400)
      .expect((response) => expect(fieldsOf(response.body)).toEqual(['regime']));
    const { body: doc } = await http()
      .post(`/statements/${statementId}/documents`)
      .set(as(executive))
      .send({ regime: 'au_msa_s16' })
      .expect(202);
    expect(doc.status).toBe('queued');
    await renderedDocument(statementId, doc.id);
    const text = words(
      pdfText(await download(`/statements/${statementId}/documents/${doc.id}/pdf`), 'au'),
    );
    expect(text).toContain('Australia Modern Slavery Act 2018');
    expect(text).toContain('Consultation with owned or controlled entities');
  }, 60_000);

  it('exports the registry fields from the records', async () => {
    const { body } = await http()
      .get(`/statements/${statementId}/registry`)
      .set(as(executive))
      .expect(200);
    expect(body).toMatchObject({
      organisationsCovered: [{ name: 'Harrow & Finch Apparel Ltd', companyNumber: '01234567' }],
      statementUrl: 'https://harrowfinch.example/modern-slavery',
      period: { to: YEAR_END },
      approver: { name: 'Eleanor Marsh', jobTitle: 'Chief Executive Officer and Director' },
      turnover: { band: '36m_to_60m' },
      yearsProducingStatements: { years: 1, band: 'first' },
    });
    expect(body.areas.every((area: { covered: boolean }) => area.covered)).toBe(true);
    expect(body.summary.policies.onWorkerPaidRecruitmentFees).toBe(true);
    expect(body.summary.policies.onRetentionOfIdentityDocuments).toBe(false);
    expect(body.summary.socialAudits).toMatchObject({ unannounced: 1, byThirdParty: 1 });
    expect(body.summary.indicatorsFound).toEqual(['Deception', 'Debt bondage']);
    expect(body.summary.remediation.recruitmentFeesOutstanding).toEqual([
      expect.objectContaining({ currency: 'MYR', amountMinor: '27200000' }),
    ]);
  });

  it('says plainly when a period has no data, and still renders', async () => {
    const { body } = await http()
      .post('/statements')
      .set(as(officer))
      .send({ companyId: emptyCompanyId, yearEnding: 2010 })
      .expect(201);
    expect(body.content.hasRecords).toBe(false);
    expect(figure(body.content, 'structure', 'sites').value).toBe(0);
    expect(body.content.blocks.structure.gaps).toContain(
      'No supplier sites are mapped for this company in our records.',
    );
    expect(figure(body.content, 'high_risk_coverage', 'coverage').value).toBeNull();
    const { body: doc } = await http()
      .post(`/statements/${body.id}/documents`)
      .set(as(officer))
      .send({})
      .expect(202);
    await renderedDocument(body.id, doc.id);
    const text = words(pdfText(await download(`/statements/${body.id}/pdf`), 'empty'));
    expect(text).toContain('DRAFT');
    expect(text).toContain('Our records hold no data for this company and period');
    expect(text).toContain('No supplier sites are mapped for this company in our records.');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  }, 60_000);

  it('creates one statement when the same year is started twice at once', async () => {
    const start = () =>
      http()
        .post('/statements')
        .set(as(officer))
        .send({ companyId: emptyCompanyId, yearEnding: 2011 });
    const statuses = (await Promise.all([start(), start()])).map((response) => response.status);
    expect(statuses.sort()).toEqual([201, 409]);
    const { rows } = await db.query(
      `SELECT count(*)::int AS count FROM statements WHERE company_id = $1 AND period_to = ('2011-' || $2)::date`,
      [emptyCompanyId, YEAR_END.slice(5)],
    );
    expect(rows[0].count).toBe(1);
  });

  it('refuses approval of a year that is not over', async () => {
    const { body } = await http()
      .post('/statements')
      .set(as(officer))
      .send({ companyId, yearEnding: Number(YEAR_END.slice(0, 4)) + 1 })
      .expect(201);
    const response = await http()
      .post(`/statements/${body.id}/approve`)
      .set(as(officer))
      .send({ body: 'Board', approvedOn: day(0) })
      .expect(400);
    expect(fieldsOf(response.body)).toEqual([
      ...AREAS.map((area) => `narratives.${area}`),
      'period',
    ]);
  });

  it('shows what is due when, and records each reminder once', async () => {
    const { body } = await http().get('/statements/deadlines').set(as(executive)).expect(200);
    const empty = body.find((row: { companyId: string }) => row.companyId === emptyCompanyId);
    expect(empty).toMatchObject({ financialYear: { to: YEAR_END }, statement: null });
    const done = body.find((row: { companyId: string }) => row.companyId === companyId);
    expect(done).toMatchObject({ statement: { status: 'published', version: 2 }, overdue: false });
    const dataSource = worker.get(DataSource);
    const twoWeeksBefore = new Date(Date.parse(`${empty.dueOn}T00:00:00Z`) - 14 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const first = await recordStatementReminders(dataSource, twoWeeksBefore);
    expect(first.recorded).toBeGreaterThanOrEqual(2); // the officer and the executive, at least
    expect((await recordStatementReminders(dataSource, twoWeeksBefore)).recorded).toBe(0);
    const { rows } = await db.query(
      `SELECT recipient_user_id FROM notifications
        WHERE kind = 'statement.due_soon' AND subject_id = $1`,
      [emptyCompanyId],
    );
    expect(rows.map((row) => row.recipient_user_id).sort()).toEqual(
      [officer.userId, executive.userId].sort(),
    );
    // The published statement's company is not reminded.
    const { rows: published } = await db.query(
      `SELECT count(*)::int AS count FROM notifications
        WHERE kind = 'statement.due_soon' AND subject_id = $1`,
      [companyId],
    );
    expect(published[0].count).toBe(0);
    const again = await http().get('/statements/deadlines').set(as(officer)).expect(200);
    const row = again.body.find((r: { companyId: string }) => r.companyId === emptyCompanyId);
    expect(row.reminders.find((r: { key: string }) => r.key === 'two_weeks').recorded).toBe(true);
  });

  it('keeps statements to their organisation and away from supplier users', async () => {
    await http().get('/statements').set(as(supplier)).expect(403);
    await http().get(`/statements/${statementId}`).set(as(auditor)).expect(403);
    const stranger = await signUp(app, 'statement-stranger');
    await http().get(`/statements/${statementId}`).set(as(stranger)).expect(404);
    await http()
      .get(`/statements/${statementId}/trace/structure.sites`)
      .set(as(stranger))
      .expect(404);
    await http().get(`/statements/${statementId}/pdf`).set(as(stranger)).expect(404);
    await http()
      .post('/statements')
      .set(as(stranger))
      .send({ companyId, yearEnding: 2026 })
      .expect(404)
      .expect((response) => expect(fieldsOf(response.body)).toEqual(['companyId']));
    const { body } = await http().get('/statements').set(as(stranger)).expect(200);
    expect(body).toEqual([]);
  });
});
