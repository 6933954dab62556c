import { redisOptionsFromUrl } from '@app/config';
import { SCHEDULED_JOBS } from '@app/queues';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Client } from 'pg';
import request from 'supertest';
import { QUESTIONNAIRES_QUEUE } from '../../apps/worker/src/questionnaires/questionnaires.processor';
import { Session, createSite, member, signUp } from './harness/personas';
import { sql, startApi, startWorker, waitFor } from './harness/services';

interface Factor {
  code: string;
  points: number;
  source: string;
}

/** A published supplier template, small: the campaign tests are about who receives it. */
const siteTemplate = {
  key: 'e2e-campaign-recipients',
  title: 'Recipients check',
  description: 'Who gets this',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        {
          id: 'docs.held',
          type: 'yes_no',
          text: 'Do you keep workers’ passports?',
          required: true,
          options: [
            { value: 'yes', label: 'Yes', riskWeight: 10, indicators: ['retention_of_documents'] },
            { value: 'no', label: 'No', riskWeight: 0, indicators: [] },
          ],
        },
      ],
    },
  ],
};

const AGENCY_SURVEY = 'recruitment-agency-fee-practice-survey';

/** Answers to the built-in agency survey from an agency with poor practice (by interview). */
const poorAgencyAnswers = {
  licence_status: 'not_licensed',
  origin_countries: ['nepal'],
  destination_countries: ['malaysia'],
  workers_placed: 120,
  who_pays_recruitment_fee: 'worker',
  who_pays_medical: 'worker',
  who_pays_insurance: 'employer',
  who_pays_skills_tests: 'employer',
  who_pays_training: 'employer',
  who_pays_equipment: 'employer',
  who_pays_travel_origin: 'worker',
  who_pays_travel_transit: 'worker',
  who_pays_travel_destination: 'employer',
  who_pays_passport: 'worker',
  who_pays_visa: 'employer',
  who_pays_work_permit: 'employer',
  who_pays_document_processing: 'employer',
  who_pays_sub_agent: 'not_applicable',
  worker_fee_amount: { amountMinor: 450_000, currency: 'MYR' },
  monthly_wage: { amountMinor: 150_000, currency: 'MYR' },
  deposit_required: 'yes',
  loans_offered: 'no',
  contract_in_worker_language: 'no',
  contract_signed_when: 'after_arrival',
  contract_substitution: 'sometimes',
  documents_retained: 'yes',
  documents_returned_when: 'after_fees_paid',
  employer_pays_committed: 'no',
  complaint_mechanism: 'no',
  uses_sub_agents: 'no',
};

describe('Questionnaire campaigns: recipients by filter and by agency, agency surveys in site risk, the reminder schedule', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let officer: Session;
  let templateId: string;
  let agencySurveyId: string;
  /** The map: name → site id. */
  const sites: Record<string, string> = {};
  const agencies: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (session: Session) => ({ Authorization: `Bearer ${session.token}` });
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);
  const nameOf = (id: string) => Object.keys(sites).find((name) => sites[name] === id) ?? id;
  const tierOf = async (id: string) =>
    (await http().get(`/suppliers/${id}`).set(as(officer)).expect(200)).body.tier;
  const risk = async (siteId: string, session = officer) =>
    (await http().get(`/suppliers/${siteId}/risk`).set(as(session)).expect(200)).body;
  /** Nothing of the organisation left in the outbox (tiers, risk): the map has settled. */
  const settled = async (session: Session) => {
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM outbox_events WHERE organisation_id = $1 AND processed_at IS NULL',
      [session.organisationId],
    );
    return rows[0].n === 0;
  };
  const campaignsOf = async (session: Session) =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM questionnaire_campaigns WHERE organisation_id = $1) AS campaigns,
                (SELECT count(*)::int FROM questionnaire_assignments WHERE organisation_id = $1) AS assignments`,
        [session.organisationId],
      )
    ).rows[0];
  /** Sends the test template by `filter`; the names of the sites that received it, sorted. */
  const recipientsOf = async (filter: Record<string, unknown>): Promise<string[]> => {
    const created = await http()
      .post('/questionnaire-campaigns')
      .set(as(officer))
      .send({ name: `By ${JSON.stringify(filter)}`, templateId, dueOn: '2099-12-31', filter })
      .expect(201);
    const { rows } = await db.query(
      'SELECT supplier_id, agency_id FROM questionnaire_assignments WHERE campaign_id = $1',
      [created.body.id],
    );
    expect(rows.every((row) => row.agency_id === null)).toBe(true);
    expect(created.body.progress.recipients).toBe(rows.length);
    expect(created.body.recipientRule).toEqual({ filter });
    return rows.map((row) => nameOf(row.supplier_id)).sort();
  };
  const link = (body: Record<string, unknown>) =>
    http().post('/supply-links').set(as(officer)).send(body).expect(201);

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    db = await sql();
    officer = await signUp(app, 'campaign-officer');
    const company = await http()
      .post('/companies')
      .set(as(officer))
      .send({
        name: 'Campaign Brand Ltd',
        hqCountry: 'GB',
        sector: 'apparel_manufacturing',
        financialYearEndMonth: 12,
        financialYearEndDay: 31,
      })
      .expect(201);
    // TIP placements (built-in 2025 table): GB Tier 1; MY, VN Tier 2; BR Tier 2 Watch List;
    // CN Tier 3; SO Special Case; AD not ranked.
    const map: [string, string, string][] = [
      ['gb1', 'GB', 'apparel_manufacturing'],
      ['cn1', 'CN', 'electronics_assembly'],
      ['my2', 'MY', 'textiles'],
      ['br2', 'BR', 'textiles'],
      ['ad2', 'AD', 'apparel_manufacturing'],
      ['so3', 'SO', 'textiles'],
      ['vnUnmapped', 'VN', 'apparel_manufacturing'],
      ['brArchived', 'BR', 'textiles'],
    ];
    // The Chinese tier-1 site also has the markers of high risk (goods on the US DOL list, most of
    // the workforce through agencies), so the map spans more than one risk band.
    const extra: Record<string, Record<string, unknown>> = {
      cn1: { products: 'Cotton yarn', workforceTotal: 500, workforceAgency: 400 },
    };
    for (const [name, country, sector] of map)
      sites[name] = (await createSite(app, officer, { name, country, sector, ...extra[name] })).id;
    await link({ buyerCompanyId: company.body.id, supplierId: sites.gb1 });
    await link({ buyerCompanyId: company.body.id, supplierId: sites.cn1 });
    await link({ buyerSupplierId: sites.gb1, supplierId: sites.my2 });
    await link({ buyerSupplierId: sites.gb1, supplierId: sites.br2 });
    await link({ buyerSupplierId: sites.cn1, supplierId: sites.ad2 });
    await link({ buyerSupplierId: sites.br2, supplierId: sites.so3 });
    // Archived: matches the country and sector filters below, but receives nothing.
    await http()
      .patch(`/suppliers/${sites.brArchived}`)
      .set(as(officer))
      .send({ status: 'archived' })
      .expect(200);
    await waitFor('the tiers computed', async () => (await tierOf(sites.so3)) === 3);
    expect(await tierOf(sites.ad2)).toBe(2);
    for (const name of ['agency', 'other agency', 'unlisted agency', 'archived agency'])
      agencies[name] = (
        await http()
          .post('/agencies')
          .set(as(officer))
          .send({ name: `Agency ${name}`, licenceStatus: 'licensed' })
          .expect(201)
      ).body.id;
    await http()
      .patch(`/agencies/${agencies['archived agency']}`)
      .set(as(officer))
      .send({ status: 'archived' })
      .expect(200);

    templateId = (
      await http()
        .post('/questionnaire-templates')
        .set(as(officer))
        .send({ definition: siteTemplate })
        .expect(201)
    ).body.id;
    await http()
      .post(`/questionnaire-templates/${templateId}/publish`)
      .set(as(officer))
      .expect(200);
    const { body: templates } = await http()
      .get('/questionnaire-templates')
      .set(as(officer))
      .expect(200);
    agencySurveyId = templates.find((t: { key: string }) => t.key === AGENCY_SURVEY).id;
    await waitFor('the map’s risk scored', async () => settled(officer), 40_000);
  }, 90_000);

  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await app?.close();
  });

  describe('recipients by filter: exactly the active sites matching every criterion', () => {
    it('tiers: [2] reaches the tier-2 sites; [1, 3] the tier-1 and tier-3 ones; unmapped never', async () => {
      expect(await recipientsOf({ tiers: [2] })).toEqual(['ad2', 'br2', 'my2']);
      expect(await recipientsOf({ tiers: [1, 3] })).toEqual(['cn1', 'gb1', 'so3']);
    });

    it('sectors: [textiles] reaches the active textile sites (not the archived one)', async () => {
      expect(await recipientsOf({ sectors: ['textiles'] })).toEqual(['br2', 'my2', 'so3']);
      expect(
        await recipientsOf({ sectors: ['electronics_assembly', 'apparel_manufacturing'] }),
      ).toEqual(['ad2', 'cn1', 'gb1', 'vnUnmapped']);
    });

    it('highRiskCountries: US TIP Report Tier 2 Watch List, Tier 3 or Special Case, or not ranked at all (Tier 1 and Tier 2 are not)', async () => {
      // BR Watch List, CN Tier 3, SO Special Case, AD unranked; not GB (Tier 1), MY and VN (Tier 2).
      expect(await recipientsOf({ highRiskCountries: true })).toEqual(['ad2', 'br2', 'cn1', 'so3']);
    });

    it('the issue’s example, “all tier-2 sites in high-risk countries”: tiers [2] + highRiskCountries', async () => {
      expect(await recipientsOf({ tiers: [2], highRiskCountries: true })).toEqual(['ad2', 'br2']);
    });

    it('combines countries, sectors and tiers: every criterion must hold', async () => {
      expect(await recipientsOf({ countries: ['BR', 'MY', 'GB'], sectors: ['textiles'] })).toEqual([
        'br2',
        'my2',
      ]);
      expect(
        await recipientsOf({ countries: ['BR', 'MY', 'SO'], sectors: ['textiles'], tiers: [3] }),
      ).toEqual(['so3']);
    });

    it('riskBands: the sites whose current band is listed; “unscored” the sites without a score', async () => {
      const active = Object.keys(sites).filter((name) => name !== 'brArchived');
      const bands: Record<string, string> = {};
      for (const name of active) {
        const body = await risk(sites[name]);
        expect(body.status).toBe('scored');
        bands[name] = body.band;
      }
      // The map spans more than one band, so a band filter must include some and exclude others.
      // The Chinese site is in a band of its own or shares it with some: a band filter must both
      // include and exclude.
      const band = bands.cn1;
      expect(bands.gb1).not.toBe(band);
      const withBand = active.filter((name) => bands[name] === band).sort();
      expect(await recipientsOf({ riskBands: [band] })).toEqual(withBand);
      expect(await recipientsOf({ riskBands: [band], tiers: [1] })).toEqual(
        withBand.filter((name) => ['gb1', 'cn1'].includes(name)),
      );

      // A site the risk engine has not reached yet: its score is removed (it has no other way of
      // staying unscored while the worker runs).
      await db.query(
        'DELETE FROM site_risk_scores WHERE organisation_id = $1 AND supplier_id = $2',
        [officer.organisationId, sites.vnUnmapped],
      );
      expect(await recipientsOf({ riskBands: ['unscored'] })).toEqual(['vnUnmapped']);
      expect(await recipientsOf({ riskBands: ['unscored', band] })).toEqual(
        [...withBand.filter((name) => name !== 'vnUnmapped'), 'vnUnmapped'].sort(),
      );
      expect((await risk(sites.vnUnmapped)).status).not.toBe('scored');
    });
  });

  describe('recipients by agency', () => {
    it('sends an agency survey to exactly the listed agencies, one assignment each', async () => {
      const created = await http()
        .post('/questionnaire-campaigns')
        .set(as(officer))
        .send({
          name: 'Agency fees 2099',
          templateId: agencySurveyId,
          dueOn: '2099-12-31',
          agencyIds: [agencies.agency, agencies['other agency'], agencies.agency],
        })
        .expect(201);
      expect(created.body.progress).toMatchObject({ recipients: 2 });
      const { body } = await http()
        .get(`/questionnaire-assignments?campaignId=${created.body.id}`)
        .set(as(officer))
        .expect(200);
      expect(
        body.items
          .map((item: { recipient: { type: string; id: string } }) => item.recipient)
          .map((recipient: { type: string; id: string }) => `${recipient.type}:${recipient.id}`)
          .sort(),
      ).toEqual([`agency:${agencies.agency}`, `agency:${agencies['other agency']}`].sort());
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM questionnaire_assignments WHERE campaign_id = $1 AND supplier_id IS NOT NULL',
        [created.body.id],
      );
      expect(rows[0].n).toBe(0);
    });

    it('refuses agencies for a site template, sites for an agency survey, and an archived or unknown agency; nothing created', async () => {
      const before = await campaignsOf(officer);
      const send = (body: Record<string, unknown>) =>
        http()
          .post('/questionnaire-campaigns')
          .set(as(officer))
          .send({ name: 'Wrong', dueOn: '2099-12-31', ...body });
      const agencyToSiteTemplate = await send({ templateId, agencyIds: [agencies.agency] }).expect(
        400,
      );
      expect(fieldsOf(agencyToSiteTemplate.body)).toEqual(['agencyIds']);
      const sitesToSurvey = await send({
        templateId: agencySurveyId,
        filter: { tiers: [2] },
      }).expect(400);
      expect(fieldsOf(sitesToSurvey.body)).toEqual(['agencyIds']);
      const gone = await send({
        templateId: agencySurveyId,
        agencyIds: [
          agencies.agency,
          agencies['archived agency'],
          '00000000-0000-4000-8000-000000000000',
        ],
      }).expect(404);
      expect(fieldsOf(gone.body)).toEqual(['agencyIds[1]', 'agencyIds[2]']);
      expect(await campaignsOf(officer)).toEqual(before);
    });
  });

  describe('a bad filter or recipient list: 400 problem+json naming the field, nothing created', () => {
    // Agency lists are checked against the agency survey, so that only the list itself is wrong.
    it.each<[string, { survey?: boolean } & Record<string, unknown>, string]>([
      ['an unknown risk band', { filter: { riskBands: ['high', 'severe'] } }, 'filter.riskBands'],
      ['tier 0', { filter: { tiers: [0, 2] } }, 'filter.tiers'],
      ['a tier that is not a whole number', { filter: { tiers: [1.5] } }, 'filter.tiers'],
      [
        'highRiskCountries that is not a boolean',
        { filter: { highRiskCountries: 'yes' } },
        'filter.highRiskCountries',
      ],
      ['an unknown country', { filter: { countries: ['XX'] } }, 'filter.countries'],
      ['an unknown criterion', { filter: { regions: ['ASEAN'] } }, 'filter.regions'],
      ['an agency id that is not a uuid', { agencyIds: ['agency-1'], survey: true }, 'agencyIds'],
      ['an empty agency list', { agencyIds: [], survey: true }, 'agencyIds'],
      [
        'both a filter and a list of sites',
        { filter: { tiers: [2] }, supplierIds: ['00000000-0000-4000-8000-000000000000'] },
        'recipients',
      ],
    ])('refuses %s', async (_label, { survey, ...recipients }, field) => {
      const before = await campaignsOf(officer);
      const response = await http()
        .post('/questionnaire-campaigns')
        .set(as(officer))
        .send({
          name: 'Bad',
          templateId: survey ? agencySurveyId : templateId,
          dueOn: '2099-12-31',
          ...recipients,
        })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fieldsOf(response.body)).toEqual([field]);
      expect(await campaignsOf(officer)).toEqual(before);
    });
  });

  it('scores an agency survey an officer filled for the agency, and its flags reach the sites it places workers at, only those', async () => {
    // Its own organisation, so that nothing else moves these sites' risk.
    const buyer = await signUp(app, 'agency-survey-officer');
    const placedAt = await createSite(app, buyer, { name: 'Placed at', country: 'MY' });
    const elsewhere = await createSite(app, buyer, { name: 'Other agency’s site', country: 'MY' });
    const agencyFor = async (name: string, siteId: string) => {
      const agency = await http()
        .post('/agencies')
        .set(as(buyer))
        .send({ name, licenceStatus: 'licensed' })
        .expect(201);
      await http()
        .post('/engagements')
        .set(as(buyer))
        .send({
          agencyId: agency.body.id,
          supplierId: siteId,
          originCountry: 'NP',
          destinationCountry: 'MY',
          workersPlaced: 40,
          monthlyWageMinor: 150_000,
          wageCurrency: 'MYR',
        })
        .expect(201);
      return agency.body.id as string;
    };
    const surveyed = await agencyFor('Kathmandu Manpower', placedAt.id);
    await agencyFor('Unsurveyed Recruiters', elsewhere.id);
    await waitFor('both sites scored', async () => settled(buyer), 40_000);
    const elsewhereBefore = await risk(elsewhere.id, buyer);
    expect(elsewhereBefore.status).toBe('scored');

    const { body: templates } = await http()
      .get('/questionnaire-templates')
      .set(as(buyer))
      .expect(200);
    const survey = templates.find((t: { key: string }) => t.key === AGENCY_SURVEY);
    const campaign = await http()
      .post('/questionnaire-campaigns')
      .set(as(buyer))
      .send({
        name: 'Agency check',
        templateId: survey.id,
        dueOn: '2099-12-31',
        agencyIds: [surveyed],
      })
      .expect(201);
    const { body: listed } = await http()
      .get(`/questionnaire-assignments?campaignId=${campaign.body.id}`)
      .set(as(buyer))
      .expect(200);
    expect(listed.items).toHaveLength(1);
    const assignmentId: string = listed.items[0].id;
    expect(listed.items[0].recipient).toMatchObject({ type: 'agency', id: surveyed });

    // The officer answers on the agency's behalf: a draft first, then the submission.
    await http()
      .put(`/questionnaire-assignments/${assignmentId}/draft`)
      .set(as(buyer))
      .send({ answers: { licence_status: 'not_licensed' } })
      .expect(200);
    await http()
      .post(`/questionnaire-assignments/${assignmentId}/submit`)
      .set(as(buyer))
      .send({ answers: poorAgencyAnswers })
      .expect(202);
    const result = await waitFor('the agency survey scored', async () => {
      const { body } = await http()
        .get(`/questionnaire-assignments/${assignmentId}/result`)
        .set(as(buyer))
        .expect(200);
      return body.submission.status === 'scored' ? body : null;
    });
    const submissionId: string = result.submission.id;
    expect(result.flags.map((flag: { indicator: string }) => flag.indicator)).toEqual(
      expect.arrayContaining(['debt_bondage', 'deception', 'retention_of_documents']),
    );
    expect(result.facts).toMatchObject({ feeMonths: 3, documentsRetained: true });

    const questionnaire = await waitFor(
      'the agency survey in the site’s risk explanation',
      async () => {
        const body = await risk(placedAt.id, buyer);
        if (body.recalculationPending) return null;
        return body.factors?.find((factor: Factor) => factor.code === 'questionnaire') ?? null;
      },
      45_000,
    );
    expect(questionnaire.source).toBe(`questionnaire:${submissionId}`);
    expect(questionnaire.points).toBeGreaterThan(0);
    // What the agency's record leaves unknown (fees, deposit, documents, contract) the survey answers.
    const recruitment = (await risk(placedAt.id, buyer)).factors.find(
      (factor: Factor) => factor.code === 'recruitment',
    );
    expect(recruitment.source.split(',')).toContain(`questionnaire:${submissionId}`);
    expect(recruitment.parts[0].reasons).toEqual(
      expect.arrayContaining([
        'workers pay 3 months of wages in fees (more than one month: serious)',
        'deposit required',
        "retains workers' identity documents",
        "no contract in the worker's language",
        `unknowns answered by the agency's questionnaire of ${result.submission.submittedAt.slice(0, 10)}`,
      ]),
    );

    // A full recalculation of the organisation finds nothing left to change: the scoped run after
    // scoring reached every site the survey concerns, and the other site has nothing to take.
    const accepted = await http().post('/risk/recalculations').set(as(buyer)).expect(202);
    const full = await waitFor('the full recalculation', async () => {
      const { body } = await http()
        .get(`/risk/recalculations/${accepted.body.id}`)
        .set(as(buyer))
        .expect(200);
      return body.status === 'done' ? body : null;
    });
    expect(full).toMatchObject({ sitesTotal: 2, sitesChanged: 0 });
    const elsewhereAfter = await risk(elsewhere.id, buyer);
    expect(elsewhereAfter.recalculationPending).toBe(false);
    expect(elsewhereAfter.factors.map((factor: Factor) => factor.code)).not.toContain(
      'questionnaire',
    );
    expect(JSON.stringify(elsewhereAfter)).not.toContain(submissionId);
    expect(elsewhereAfter.score).toBe(elsewhereBefore.score);
  }, 120_000);

  describe('reminders on their BullMQ schedule', () => {
    let queue: Queue;
    beforeAll(() => {
      queue = new Queue(QUESTIONNAIRES_QUEUE, {
        connection: redisOptionsFromUrl(process.env.E2E_REDIS_URL!),
      });
    });
    afterAll(async () => {
      await queue?.close();
    });

    it('a starting worker registers the hourly reminder job scheduler', async () => {
      await queue.removeJobScheduler('questionnaire-reminders');
      expect(await queue.getJobScheduler('questionnaire-reminders')).toBeUndefined();
      const restarted = await startWorker();
      try {
        const schedulers = await queue.getJobSchedulers();
        const reminders = schedulers.filter(
          (scheduler) => scheduler.name === SCHEDULED_JOBS.questionnaireReminders,
        );
        expect(reminders).toHaveLength(1);
        expect(reminders[0]).toMatchObject({ key: 'questionnaire-reminders', every: 3_600_000 });
      } finally {
        await restarted.close();
      }
    });

    it('a run of the scheduled job through the queue marks an overdue assignment and records one reminder', async () => {
      const site = await createSite(app, officer, { name: 'Late site', country: 'MY' });
      const supplier = await member(app, officer, 'supplier', site.id);
      const onTime = await createSite(app, officer, { name: 'On-time site', country: 'MY' });
      await member(app, officer, 'supplier', onTime.id);
      const late = await http()
        .post('/questionnaire-campaigns')
        .set(as(officer))
        .send({ name: 'Late', templateId, dueOn: '2099-12-31', supplierIds: [site.id] })
        .expect(201);
      const due = await http()
        .post('/questionnaire-campaigns')
        .set(as(officer))
        .send({ name: 'Not due yet', templateId, dueOn: '2099-12-31', supplierIds: [onTime.id] })
        .expect(201);
      // Campaigns cannot be created in the past: move this one's due date back instead.
      await db.query(`UPDATE questionnaire_campaigns SET due_on = current_date - 2 WHERE id = $1`, [
        late.body.id,
      ]);
      await db.query(
        'UPDATE questionnaire_assignments SET due_on = current_date - 2 WHERE campaign_id = $1',
        [late.body.id],
      );
      const assignmentOf = async (campaignId: string) =>
        (
          await db.query(
            'SELECT id, status FROM questionnaire_assignments WHERE campaign_id = $1',
            [campaignId],
          )
        ).rows[0];
      const reminders = async (assignmentId: string) =>
        (
          await db.query(
            `SELECT kind, recipient_user_id FROM notifications
              WHERE subject_id = $1 AND kind IN ('questionnaire.overdue', 'questionnaire.due_soon')`,
            [assignmentId],
          )
        ).rows;
      const runThroughQueue = async () => {
        const job = await queue.add(SCHEDULED_JOBS.questionnaireReminders, {});
        const state = await waitFor('the reminder job to run', async () => {
          const current = await job.getState();
          return current === 'completed' || current === 'failed' ? current : null;
        });
        expect(state).toBe('completed');
      };

      await runThroughQueue();
      const overdue = await assignmentOf(late.body.id);
      expect(overdue.status).toBe('overdue');
      expect(await reminders(overdue.id)).toEqual([
        { kind: 'questionnaire.overdue', recipient_user_id: supplier.userId },
      ]);
      const notDue = await assignmentOf(due.body.id);
      expect(notDue.status).toBe('sent');
      expect(await reminders(notDue.id)).toEqual([]);

      // The next hour's run finds it still overdue: no second reminder for the same due date.
      await runThroughQueue();
      expect(await reminders(overdue.id)).toHaveLength(1);
      const campaign = await http()
        .get(`/questionnaire-campaigns/${late.body.id}`)
        .set(as(officer))
        .expect(200);
      expect(campaign.body.progress.byStatus).toMatchObject({ overdue: 1, sent: 0 });
    });
  });
});
