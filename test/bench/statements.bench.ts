import { loadConfig } from '@app/config';
import {
  composeStatementContent,
  financialYearEnding,
  latestEndedFinancialYear,
  previousFinancialYear,
  regimeById,
  type StatementCompany,
  type StatementContent,
  type StatementPeriods,
} from '@app/domain';
import { buildStatementView, renderStatementPdf } from '@app/documents';
import { dataSourceOptions, Statement, statementMeta } from '@app/persistence';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource, type EntityManager } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import {
  readStatementSources,
  writeFrozenRecords,
} from '../../apps/api/src/statements/statement-snapshot';
import { recomputeTiers } from '../../apps/worker/src/supply-chain/supply-chain.processor';
import { json, signUpOverHttp } from './http';
import { seedRecruitment, spawnWorker } from './risk.bench';
import { statementPdfBench } from './statement-pdf.bench';
import { seedChain } from './supply-chain.bench';

const SIZE = { sites: 100_000, links: 300_000, tierOne: 1_000 };
/** The year's records besides the map (each split about 2:1 between the year and the one before). */
const AUDITS = 1_000;
const FINDINGS_PER_AUDIT = 3;
const ASSIGNMENTS = 3_000;
const CHANNELS = 100;
const GRIEVANCES = 1_500;
const TRAINING = 60;
const PORTFOLIO_REQUESTS = 5;
const RENDERS = 2;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const s = (value: number): string => `${value.toFixed(2)} s`;
const n = (value: number): string => value.toLocaleString('en-GB');
const kb = (bytes: number): string => `${n(Math.round(bytes / 1024))} KB`;
const peakRssMb = (pid: number): number =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const SEVERITIES = ['critical', 'major', 'minor', 'observation'];
const CATEGORIES = [
  'identity_documents',
  'wages',
  'working_hours',
  'freedom_of_movement',
  'contracts',
  'deductions_and_debt',
  'threats_and_violence',
  'living_conditions',
  'grievance_mechanism',
  'subcontracting',
  'access_to_site',
  'other',
];
const INDICATORS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_sexual_violence',
  'intimidation_threats',
  'retention_of_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_conditions',
  'excessive_overtime',
];
const GRIEVANCE_CATEGORIES = [...INDICATORS, 'health_and_safety', 'discrimination', 'other'];
const OUTCOMES = ['substantiated', 'partly_substantiated', 'not_substantiated', 'withdrawn'];
const AUDIENCES = [
  'board',
  'procurement',
  'compliance',
  'all_staff',
  'suppliers',
  'recruitment_agencies',
  'workers',
];

/** Sites numbered 1..N in a stable order (a CTE, not a temp table: the pool may switch connection). */
const NUMBERED_SITES = `s AS (SELECT id, row_number() OVER (ORDER BY external_id)::int AS n
                               FROM suppliers WHERE organisation_id = $1)`;
const NUMBERED_AGENCIES = `g AS (SELECT id, row_number() OVER (ORDER BY name, id)::int AS n
                                  FROM recruitment_agencies WHERE organisation_id = $1)`;

/**
 * The year's events, in SQL, for every data block: questionnaires sent and answered, audits with
 * findings, corrective actions (open, closed, overdue), fee remediations with repayments,
 * grievance channels and cases, policies and training. `current`/`previous` are the first days of
 * the reporting year and of the one before; each event is dated within 360 days of one of them.
 */
async function seedYearRecords(
  db: DataSource,
  organisationId: string,
  companyId: string,
  userId: string,
  current: string,
  previous: string,
  today: string,
): Promise<Record<string, number>> {
  // A day in the reporting year (two in three) or the year before.
  const day = (i: string) =>
    `(CASE WHEN ${i} % 3 = 0 THEN $3::date ELSE $2::date END + (${i} * 7) % 360)`;
  const years = [organisationId, current, previous];

  const [{ id: templateId }] = await db.query(
    `INSERT INTO questionnaire_templates (organisation_id, key, version, status, title, audience,
            base_locale, definition, translations, published_at)
     VALUES ($1, 'bench-statement', 1, 'published', 'Forced-labour self-assessment', 'supplier',
             'en', '{}', '{}', now()) RETURNING id`,
    [organisationId],
  );
  // One campaign per year (a site is asked once per campaign), both closed.
  for (const [index, from] of [current, previous].entries()) {
    const count = index === 0 ? Math.round((ASSIGNMENTS * 2) / 3) : Math.round(ASSIGNMENTS / 3);
    const [{ id: campaignId }] = await db.query(
      `INSERT INTO questionnaire_campaigns (organisation_id, name, template_id, due_on, closes_on,
              status, recipient_rule, recipients_count, prefill_months)
       VALUES ($1, $2, $3, $4::date + 90, $4::date + 330, 'closed', '{}', $5, 0) RETURNING id`,
      [organisationId, `Bench campaign ${from}`, templateId, from, count],
    );
    await db.query(
      `WITH ${NUMBERED_SITES}
       INSERT INTO questionnaire_assignments (organisation_id, campaign_id, template_id, supplier_id,
              status, due_on, draft, submission_count, submitted_at, scored_at, score)
       SELECT $1, $2, $3, s.id, CASE WHEN i % 5 < 3 THEN 'scored' ELSE 'overdue' END,
              $4::date + 30 + i % 300, '{}', CASE WHEN i % 5 < 3 THEN 1 ELSE 0 END,
              CASE WHEN i % 5 < 3 THEN ($4::date + 20 + i % 300)::timestamptz END,
              CASE WHEN i % 5 < 3 THEN ($4::date + 20 + i % 300)::timestamptz END,
              CASE WHEN i % 5 < 3 THEN i % 100 END
         FROM generate_series(1, $5) i JOIN s ON s.n = 1 + (i * 13) % ${SIZE.sites}`,
      [organisationId, campaignId, templateId, from, count],
    );
  }
  await db.query(
    `INSERT INTO questionnaire_submissions (organisation_id, assignment_id, template_id, supplier_id,
            attempt, answers, submitted_at, status, score, scored_at)
     SELECT organisation_id, id, template_id, supplier_id, 1, '{}', submitted_at, 'scored', score,
            scored_at
       FROM questionnaire_assignments WHERE organisation_id = $1 AND submitted_at IS NOT NULL`,
    [organisationId],
  );

  await db.query(
    `WITH ${NUMBERED_SITES}
     INSERT INTO audits (organisation_id, reference, supplier_id, type, planned_on, window_start,
            window_end, scope_indicators, audit_firm, auditor_ids, status, report, submitted_at,
            processed_at)
     SELECT $1, 'AUD-BENCH-' || lpad(i::text, 5, '0'), s.id, t.type,
            CASE WHEN t.type = 'announced' THEN v.day END,
            CASE WHEN t.type <> 'announced' THEN v.day - 7 END,
            CASE WHEN t.type <> 'announced' THEN v.day + 7 END,
            '{}', CASE WHEN i % 4 = 0 THEN NULL ELSE 'Bench Audit Firm ' || i % 5 END, '{}',
            'processed', jsonb_build_object('arrivedAt', v.day + time '09:00', 'summary', 'Bench'),
            v.day + time '17:00', v.day + time '17:05'
       FROM generate_series(1, $4) i
       CROSS JOIN LATERAL (SELECT (ARRAY['announced','semi_announced','unannounced'])[1 + i % 3] AS type) t
       CROSS JOIN LATERAL (SELECT ${day('i')} AS day) v
       JOIN s ON s.n = 1 + (i * 7919) % ${SIZE.sites}`,
    [...years, AUDITS],
  );
  await db.query(
    `WITH f AS (
       SELECT a.organisation_id, a.id, a.supplier_id, p,
              (row_number() OVER (ORDER BY a.reference, p))::int AS k
         FROM audits a CROSS JOIN generate_series(1, $2) p WHERE a.organisation_id = $1)
     INSERT INTO audit_findings (organisation_id, audit_id, supplier_id, position, category, severity,
            indicators, description, workers_affected, fees_paid_minor, fees_currency,
            evidence_file_ids)
     SELECT organisation_id, id, supplier_id, p,
            CASE WHEN k % 10 = 0 THEN 'recruitment_fees' ELSE ($3::text[])[1 + k % 12] END,
            ($4::text[])[1 + (k / 3) % 4],
            CASE WHEN k % 10 = 0 THEN ARRAY['debt_bondage'] ELSE ARRAY[($5::text[])[1 + k % 11]] END,
            'Bench finding ' || k, CASE WHEN k % 10 = 0 THEN 3 + k % 12 END,
            CASE WHEN k % 10 = 0 THEN 300000 + k * 100 END, CASE WHEN k % 10 = 0 THEN 'MYR' END, '{}'
       FROM f`,
    [organisationId, FINDINGS_PER_AUDIT, CATEGORIES, SEVERITIES, INDICATORS],
  );
  // Critical and major findings get a corrective action; three in five are closed. Those past due
  // carry overdue_since already, so the worker's overdue sweep finds nothing (and recalculates no
  // risk) while the PDF job is measured.
  await db.query(
    `WITH c AS (
       SELECT f.organisation_id, f.audit_id, f.id, f.supplier_id, f.severity,
              (a.report->>'arrivedAt')::date AS opened,
              (a.report->>'arrivedAt')::date + CASE f.severity WHEN 'critical' THEN 30 ELSE 90 END AS due,
              abs(hashtext(f.id::text)) % 5 AS r
         FROM audit_findings f JOIN audits a ON a.id = f.audit_id
        WHERE f.organisation_id = $1 AND f.severity IN ('critical', 'major'))
     INSERT INTO corrective_actions (organisation_id, audit_id, finding_id, supplier_id, severity,
            due_on, status, evidence_file_ids, closed_on, overdue_since, created_at)
     SELECT organisation_id, audit_id, id, supplier_id, severity, due,
            CASE WHEN r < 3 THEN 'closed' ELSE 'open' END, '{}',
            CASE WHEN r < 3 THEN due - 10 + r * 10 END,
            CASE WHEN r >= 3 AND due < $2::date THEN due + 1 WHEN r = 2 THEN due + 1 END,
            opened + time '17:05'
       FROM c`,
    [organisationId, today],
  );
  // Each fee finding owes its workers' fees back: a third repaid, a third half repaid, a third not yet.
  await db.query(
    `WITH ${NUMBERED_AGENCIES},
          r AS (
       SELECT f.organisation_id, f.supplier_id, f.audit_id, f.id, f.workers_affected,
              f.fees_paid_minor * f.workers_affected AS owed, (a.report->>'arrivedAt')::date AS opened,
              (row_number() OVER (ORDER BY f.id))::int AS k
         FROM audit_findings f JOIN audits a ON a.id = f.audit_id
        WHERE f.organisation_id = $1 AND f.category = 'recruitment_fees')
     INSERT INTO fee_remediations (organisation_id, supplier_id, agency_id, audit_id, finding_id,
            workers_affected, owed_minor, repaid_minor, currency, status, closed_on, created_at)
     SELECT r.organisation_id, r.supplier_id, g.id, r.audit_id, r.id, r.workers_affected, r.owed,
            CASE r.k % 3 WHEN 0 THEN r.owed WHEN 1 THEN r.owed / 2 ELSE 0 END, 'MYR',
            CASE WHEN r.k % 3 = 0 THEN 'closed' ELSE 'open' END,
            CASE WHEN r.k % 3 = 0 THEN r.opened + 60 END, r.opened + time '17:05'
       FROM r JOIN g ON g.n = 1 + r.k % (SELECT count(*) FROM g)`,
    [organisationId],
  );
  await db.query(
    `INSERT INTO fee_repayments (organisation_id, remediation_id, amount_minor, currency, paid_on,
            recorded_by)
     SELECT organisation_id, id, repaid_minor, currency, created_at::date + 60, $2
       FROM fee_remediations WHERE organisation_id = $1 AND repaid_minor > 0`,
    [organisationId, userId],
  );

  // Channels: four in five at a site, the rest for an agency's corridor.
  await db.query(
    `WITH ${NUMBERED_SITES}, ${NUMBERED_AGENCIES}
     INSERT INTO grievance_channels (organisation_id, code, name, supplier_id, agency_id,
            origin_country, destination_country, languages)
     SELECT $1, 'BENCH-ST-' || lpad(i::text, 4, '0'), 'Bench channel ' || i,
            CASE WHEN i % 5 <> 0 THEN s.id END, CASE WHEN i % 5 = 0 THEN g.id END,
            CASE WHEN i % 5 = 0 THEN 'NP' END, CASE WHEN i % 5 = 0 THEN 'MY' END,
            ARRAY['en', 'ne', 'ms']
       FROM generate_series(1, $2) i
       JOIN s ON s.n = 1 + (i * 104729) % ${SIZE.sites}
       JOIN g ON g.n = 1 + i % (SELECT count(*) FROM g)`,
    [organisationId, CHANNELS],
  );
  // Cases: received; acknowledged; outcome recorded; closed (in turn).
  await db.query(
    `WITH ch AS (SELECT id, supplier_id, agency_id, (row_number() OVER (ORDER BY code))::int AS n
                   FROM grievance_channels WHERE organisation_id = $1)
     INSERT INTO grievance_cases (organisation_id, reference, follow_up_key_hash, channel_id,
            category, description_sealed, workers_affected, contact_preference, language,
            received_on, registered, status, indicators, supplier_id, agency_id, acknowledged_on,
            outcome, outcome_on, closed_on)
     SELECT $1, 'GR-BENCH-' || lpad(i::text, 5, '0'), md5(i::text), ch.id,
            ($5::text[])[1 + i % 14], 'sealed', 'several', 'none', 'en', v.day, true,
            (ARRAY['received','acknowledged','outcome_recorded','closed'])[1 + i % 4],
            '{}', ch.supplier_id, ch.agency_id,
            CASE WHEN i % 4 > 0 THEN v.day + 1 + i % 10 END,
            CASE WHEN i % 4 > 1 THEN ($6::text[])[1 + (i / 4) % 4] END,
            CASE WHEN i % 4 > 1 THEN v.day + 20 + i % 30 END,
            CASE WHEN i % 4 = 3 THEN v.day + 30 + i % 40 END
       FROM generate_series(1, $4) i
       CROSS JOIN LATERAL (SELECT ${day('i')} AS day) v
       JOIN ch ON ch.n = 1 + i % ${CHANNELS}`,
    [...years, GRIEVANCES, GRIEVANCE_CATEGORIES, OUTCOMES],
  );

  await db.query(
    `INSERT INTO policy_documents (organisation_id, company_id, title, topic, version, adopted_on, url)
     SELECT $1, CASE WHEN i % 2 = 0 THEN $2::uuid END, 'Bench policy: ' || t.topic, t.topic,
            '1.' || i, $3::date - 400 + (i * 40)::int, 'https://bench.example/policies/' || i
       FROM unnest($4::text[]) WITH ORDINALITY AS t(topic, i)`,
    [
      organisationId,
      companyId,
      current,
      [
        'modern_slavery',
        'supplier_code_of_conduct',
        'recruitment_fees',
        'identity_documents',
        'grievance_mechanism',
        'responsible_purchasing',
        'other',
      ],
    ],
  );
  await db.query(
    `INSERT INTO training_sessions (organisation_id, company_id, held_on, topic, audience,
            people_trained, provider)
     SELECT $1, CASE WHEN i % 3 = 0 THEN NULL ELSE $4::uuid END, ${day('i')},
            'Forced-labour indicators ' || i, ($6::text[])[1 + i % 7], 5 + (i * 17) % 200,
            CASE WHEN i % 2 = 0 THEN 'Bench Training Co' END
       FROM generate_series(1, $5) i`,
    [...years, companyId, TRAINING, AUDIENCES],
  );
  await db.query('ANALYZE');
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM questionnaire_assignments WHERE organisation_id = $1)::int AS assignments,
            (SELECT count(*) FROM audits WHERE organisation_id = $1)::int AS audits,
            (SELECT count(*) FROM audit_findings WHERE organisation_id = $1)::int AS findings,
            (SELECT count(*) FROM corrective_actions WHERE organisation_id = $1)::int AS "corrective actions",
            (SELECT count(*) FROM fee_remediations WHERE organisation_id = $1)::int AS "fee remediations",
            (SELECT count(*) FROM grievance_cases WHERE organisation_id = $1)::int AS grievances,
            (SELECT count(*) FROM policy_documents WHERE organisation_id = $1)::int AS policies,
            (SELECT count(*) FROM training_sessions WHERE organisation_id = $1)::int AS training`,
    [organisationId],
  );
  return counts as Record<string, number>;
}

interface DocumentRow {
  id: string;
  status: string;
  sizeBytes: number | null;
  error: string | null;
}

/**
 * Issue 9's speed targets for a 100,000-site organisation: the draft's data blocks composed and
 * frozen by `POST /statements` (and `/refresh`) against reading the same inputs alone; the PDF
 * rendered by the `statement.render` job in a worker of its own process (peak RSS from /proc),
 * against the same job for a statement with no sites, and the renderer alone in this process.
 * The sample statement's PDF against plain text runs first (statement-pdf.bench.ts).
 */
export async function statementsBench(databaseUrl: string, redisUrl: string): Promise<void> {
  await statementPdfBench();
  console.log(
    `\nStatements: the draft of a ${n(SIZE.sites)}-site / ${n(SIZE.links)}-link organisation composed and frozen, then its PDF`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'c'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const config = loadConfig({ ...env, PORT: '0' });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-statements'),
  ).initialize();
  const request = (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  let worker: ChildProcess | null = null;
  const stopWorker = async () => {
    if (!worker) return;
    const exited = once(worker, 'exit');
    worker.kill('SIGTERM');
    await exited;
    worker = null;
  };
  try {
    const admin = await signUpOverHttp(base, 'Statement Bench', 'statements@bench.example');
    const organisationId = admin.user.organisationId;
    const invited = await json<{ invitation: { token: string } }>(
      await request('POST', '/users', admin.accessToken, {
        email: 'officer@statements.bench.example',
        name: 'Bench Compliance Officer',
        role: 'compliance_officer',
      }),
    );
    const officer = (
      await json<{ accessToken: string }>(
        await fetch(`${base}/auth/accept-invitation`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            token: invited.invitation.token,
            password: 'correct horse battery staple',
          }),
        }),
      )
    ).accessToken;

    let start = process.hrtime.bigint();
    await seedChain(dataSource, organisationId, SIZE);
    await seedRecruitment(dataSource, organisationId);
    await dataSource.query(
      `UPDATE reporting_companies SET financial_year_end_month = 3, financial_year_end_day = 31,
              registration_number = '01234567', annual_turnover_minor = 250000000000,
              turnover_currency = 'GBP'
        WHERE organisation_id = $1`,
      [organisationId],
    );
    const [{ id: companyId }]: { id: string }[] = await dataSource.query(
      'SELECT id FROM reporting_companies WHERE organisation_id = $1',
      [organisationId],
    );
    // A second company of the same organisation with no sites mapped: the PDF job's baseline.
    const [{ id: emptyCompanyId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO reporting_companies (organisation_id, name, hq_country, sector,
              financial_year_end_month, financial_year_end_day)
       VALUES ($1, 'Bench Holdings (no sites) Ltd', 'GB', 'apparel_manufacturing', 3, 31) RETURNING id`,
      [organisationId],
    );
    const { mapped } = await dataSource.transaction((manager: EntityManager) =>
      recomputeTiers(manager, organisationId),
    );
    const generated = seconds(start);

    // Scores: a full recalculation by the worker, before the year's events are added (so the
    // scores reflect the map, workforce and agencies only).
    worker = spawnWorker(env);
    start = process.hrtime.bigint();
    const recalculation = await json<{ id: string }>(
      await request('POST', '/risk/recalculations', officer, {}),
    );
    for (;;) {
      const state = await json<{ status: string; error: string | null }>(
        await request('GET', `/risk/recalculations/${recalculation.id}`, officer),
      );
      if (state.status === 'done') break;
      if (state.status === 'failed') throw new Error(`risk recalculation failed: ${state.error}`);
      if (seconds(start) > 600) throw new Error('risk recalculation timed out');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const scoring = seconds(start);
    await stopWorker();
    const [{ scored }]: { scored: number }[] = await dataSource.query(
      'SELECT count(*)::int AS scored FROM site_risk_scores WHERE organisation_id = $1',
      [organisationId],
    );

    const today = new Date().toISOString().slice(0, 10);
    const year = latestEndedFinancialYear(today, { month: 3, day: 31 });
    const yearEnding = Number(year.to.slice(0, 4));
    const periods: StatementPeriods = {
      current: financialYearEnding(yearEnding, { month: 3, day: 31 }),
      previous: previousFinancialYear(year),
      snapshotOn: today,
    };
    const [{ id: userId }]: { id: string }[] = await dataSource.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'admin' LIMIT 1`,
      [organisationId],
    );
    start = process.hrtime.bigint();
    const events = await seedYearRecords(
      dataSource,
      organisationId,
      companyId,
      userId,
      periods.current.from,
      periods.previous.from,
      today,
    );
    console.log(
      `  (generated in ${s(generated)}: ${n(mapped)} sites mapped to the company; risk scored by a full recalculation in the worker in ${s(scoring)}, ${n(scored)} scores; ` +
        `then in ${s(seconds(start))}, in ${periods.previous.from} – ${periods.current.to}: ${Object.entries(
          events,
        )
          .map(([kind, count]) => `${n(count)} ${kind}`)
          .join(', ')}; year ending ${periods.current.to})`,
    );

    // Baselines: the same inputs read alone, in one REPEATABLE READ transaction; the company's
    // risk portfolio over HTTP.
    const read = async () =>
      dataSource.transaction('REPEATABLE READ', (manager) =>
        readStatementSources(manager, organisationId, companyId, periods),
      );
    await read(); // warm-up (plans, caches)
    start = process.hrtime.bigint();
    const rows = await read();
    const readAlone = seconds(start);
    const portfolio: number[] = [];
    for (let i = 0; i < PORTFOLIO_REQUESTS; i++) {
      start = process.hrtime.bigint();
      await json(await request('GET', `/companies/${companyId}/risk`, officer));
      portfolio.push(seconds(start));
    }
    console.log(
      `  baseline  read the statement's inputs alone (readStatementSources, 12 queries, REPEATABLE READ): ${s(readAlone)} ` +
        `(${n(rows.sites.length)} sites, ${n(rows.engagements.length)} engagements, ${n(rows.agencies.length)} agencies)`,
    );
    console.log(
      `  baseline  GET /companies/:id/risk (the risk portfolio), median of ${PORTFOLIO_REQUESTS}: ${s(median(portfolio))}`,
    );

    start = process.hrtime.bigint();
    const created = await json<{
      id: string;
      content: Pick<StatementContent, 'recordCounts' | 'blocks'>;
    }>(await request('POST', '/statements', officer, { companyId, yearEnding }));
    const create = seconds(start);
    const [stored]: { records: number; content: number; stored: number }[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM statement_records WHERE organisation_id = $1 AND statement_id = $2)::int AS records,
                octet_length(content::text) AS content, pg_column_size(content) AS stored
           FROM statements WHERE organisation_id = $1 AND id = $2`,
      [organisationId, created.id],
    );
    console.log(
      `  create    POST /statements (read, compose, freeze ${n(stored.records)} records, insert): ${s(create)} ` +
        `(target < 10 s; ${(create / readAlone).toFixed(1)}× the read alone, ${(create / median(portfolio)).toFixed(1)}× the portfolio GET)`,
    );
    console.log(
      `            frozen records by kind: ${Object.entries(created.content.recordCounts)
        .map(([kind, count]) => `${kind} ${n(count)}`)
        .join(', ')}`,
    );
    // Every block should have something to show: a table row, or a figure other than 0 or null.
    const blocks = Object.values(created.content.blocks);
    const empty = blocks.filter(
      (block) =>
        !block.tables.some((table) => table.rows.length > 0) &&
        !block.figures.some((figure) => figure.value !== null && Number(figure.value) !== 0),
    );
    console.log(
      `            content JSON ${kb(stored.content)} (${kb(stored.stored)} stored, compressed); ` +
        `${blocks.length - empty.length} of ${blocks.length} data blocks with data${empty.length ? ` (empty: ${empty.map((b) => b.block).join(', ')})` : ''}, ` +
        `gaps said plainly: ${blocks.reduce((sum, block) => sum + block.gaps.length, 0)}`,
    );
    start = process.hrtime.bigint();
    await json(await request('POST', `/statements/${created.id}/refresh`, officer));
    const refresh = seconds(start);
    console.log(
      `  refresh   POST /statements/:id/refresh (the same, replacing the frozen records): ${s(refresh)} ` +
        `(target < 10 s; ${(refresh / readAlone).toFixed(1)}× the read alone)`,
    );

    // Where the time goes: the same steps called one by one in this process, rolled back.
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      start = process.hrtime.bigint();
      const phaseRows = await readStatementSources(
        runner.manager,
        organisationId,
        companyId,
        periods,
      );
      const phaseRead = seconds(start);
      const [companyRow]: {
        name: string;
        registration_number: string | null;
        hq_country: string;
        sector: string;
        annual_turnover_minor: string | null;
        turnover_currency: string | null;
      }[] = await runner.query('SELECT * FROM reporting_companies WHERE id = $1', [companyId]);
      const statementCompany: StatementCompany = {
        id: companyId,
        name: companyRow.name,
        registrationNumber: companyRow.registration_number,
        hqCountry: companyRow.hq_country,
        sector: companyRow.sector,
        turnover:
          companyRow.annual_turnover_minor && companyRow.turnover_currency
            ? { minor: companyRow.annual_turnover_minor, currency: companyRow.turnover_currency }
            : null,
      };
      start = process.hrtime.bigint();
      const { content, records } = composeStatementContent({
        company: statementCompany,
        periods,
        snapshotAt: new Date().toISOString(),
        rows: phaseRows,
      });
      const phaseCompose = seconds(start);
      start = process.hrtime.bigint();
      await writeFrozenRecords(runner.manager, organisationId, randomUUID(), records);
      const phaseWrite = seconds(start);
      start = process.hrtime.bigint();
      const contentJson = JSON.stringify(content);
      const phaseStringify = seconds(start);
      console.log(
        `  phases    the same steps one by one (rolled back): read ${s(phaseRead)}, compose in libs/domain ${s(phaseCompose)}, ` +
          `write frozen records ${s(phaseWrite)}, content to JSON ${s(phaseStringify)} (${kb(contentJson.length)}); ` +
          `sum ${s(phaseRead + phaseCompose + phaseWrite + phaseStringify)} against ${s(create)} over HTTP`,
      );
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }

    // The PDF: the worker in a process of its own, doing nothing but these jobs.
    const noSites = await json<{ id: string }>(
      await request('POST', '/statements', officer, { companyId: emptyCompanyId, yearEnding }),
    );
    const renderJob = async (statementId: string) => {
      const jobStart = process.hrtime.bigint();
      const document = await json<{ id: string }>(
        await request('POST', `/statements/${statementId}/documents`, officer, {}),
      );
      for (;;) {
        const list = await json<DocumentRow[]>(
          await request('GET', `/statements/${statementId}/documents`, officer),
        );
        const row = list.find((d) => d.id === document.id);
        if (row?.status === 'done') return { seconds: seconds(jobStart), size: row.sizeBytes ?? 0 };
        if (row?.status === 'failed') throw new Error(`statement PDF failed: ${row.error}`);
        if (seconds(jobStart) > 300) throw new Error('statement PDF timed out');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    worker = spawnWorker(env);
    const pid = worker.pid!;
    await renderJob(noSites.id); // the worker's start, and its first render (fonts, JIT)
    const afterStart = { peak: peakRssMb(pid), rss: rssMb(pid) };
    const baseline = await renderJob(noSites.id);
    console.log(
      `  baseline  statement.render job for the company with no sites, request → done: ${s(baseline.seconds)} (${kb(baseline.size)}); ` +
        `worker RSS after starting and one such job ${afterStart.rss.toFixed(0)} MB, peak ${afterStart.peak.toFixed(0)} MB`,
    );
    const jobs: { seconds: number; size: number }[] = [];
    for (let run = 0; run < RENDERS; run++) jobs.push(await renderJob(created.id));
    const peak = peakRssMb(pid);
    console.log(
      `  pdf       statement.render job for the ${n(SIZE.sites)}-site statement, POST /documents → GET /documents says done: ` +
        `${jobs.map((job) => s(job.seconds)).join(', ')} (target < 5 s; ${(median(jobs.map((j) => j.seconds)) / baseline.seconds).toFixed(1)}× the no-sites statement's), ${kb(jobs[0].size)}`,
    );
    console.log(
      `  memory    worker peak RSS (VmHWM, the whole process since it started): ${peak.toFixed(0)} MB (target < 300 MB; ${(peak - afterStart.peak).toFixed(0)} MB above its peak before these jobs)`,
    );
    await stopWorker();

    // The renderer alone, here, on the same view the job builds.
    const statement = await dataSource
      .getRepository(Statement)
      .findOneByOrFail({ organisationId, id: created.id });
    const regime = regimeById('uk_msa_s54')!;
    start = process.hrtime.bigint();
    const view = buildStatementView({
      meta: await statementMeta(dataSource, statement),
      content: statement.content,
      narratives: statement.narratives,
      regime,
      traceBase: `${config.APP_URL}/statements/${statement.id}/trace`,
    });
    const viewTime = seconds(start);
    start = process.hrtime.bigint();
    const pdf = await renderStatementPdf(view);
    const renderTime = seconds(start);
    console.log(
      `  render    renderStatementPdf alone in this process on the same view: ${s(renderTime)} ` +
        `(view built in ${s(viewTime)}), ${pageCount(pdf)} pages, ${kb(pdf.length)}, ` +
        `${view.sections.length} sections, ${n(view.sections.reduce((sum, sec) => sum + sec.tables.reduce((t, table) => t + table.rows.length, 0), 0))} table rows`,
    );
  } finally {
    await stopWorker();
    await dataSource.destroy();
    await api.close();
  }
}
