import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { json, signUpOverHttp } from './http';
import { rawBullmq } from './raw-bullmq';
import { spawnWorker } from './risk.bench';
import { seedChain } from './supply-chain.bench';

const SITES = 10_000;
const FINDINGS = 200;
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

const SEVERITIES = ['critical', 'major', 'minor', 'observation'] as const;

/** A long report: one finding in four critical, one in four major, fee findings among them. */
function reportWith(findings: number) {
  return {
    arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    access: 'granted',
    accessNote: null,
    workersInterviewed: {
      female: 20,
      male: 20,
      otherGender: 0,
      migrant: 30,
      agency: 25,
      onSite: 30,
      offSite: 10,
    },
    documentsReviewed: ['payroll', 'time_records', 'employment_contracts', 'recruitment_records'],
    redFlags: ['double_time_records'],
    summary: 'Bench report',
    findings: Array.from({ length: findings }, (_, index) => {
      const fees = index % 10 === 1;
      return {
        category: fees ? 'recruitment_fees' : 'working_hours',
        indicators: fees ? ['debt_bondage'] : ['excessive_overtime'],
        severity: SEVERITIES[index % 4],
        description: `Finding ${index + 1}: overtime above legal limits recorded in the time records.`,
        workersAffected: fees ? 5 + (index % 7) : null,
        feesPaid: fees ? { amountMinor: 300_000 + index * 1_000, currency: 'MYR' } : null,
        evidenceFileIds: [],
      };
    }),
  };
}

/**
 * An audit report of 200 findings submitted over HTTP and timed until the worker (its own
 * process) has written its findings, corrective actions and remediations, recalculated the site's
 * risk, and rendered its PDF; an empty report is the baseline measured the same way, and raw
 * BullMQ moving 200 no-op jobs is printed beside it.
 */
export async function auditsBench(
  databaseUrl: string,
  redisUrl: string,
  redisPort: number,
): Promise<void> {
  console.log(
    `\nAudits: a report of ${FINDINGS} findings submitted → processed (CAPs, remediation, risk) → PDF, in a map of ${SITES.toLocaleString('en-GB')} sites`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'a'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig({ ...env, PORT: '0' }));
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-audits'),
  ).initialize();
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const signup = await signUpOverHttp(base, 'Audit Bench', 'audits@bench.example');
  const officer = signup.accessToken;
  const organisationId = signup.user.organisationId;
  await seedChain(dataSource, organisationId, { sites: SITES, links: SITES * 3, tierOne: 200 });
  const invited = await json<{ user: { id: string }; invitation: { token: string } }>(
    await post('/users', officer, {
      email: 'auditor@bench.example',
      name: 'Bench Auditor',
      role: 'auditor',
    }),
  );
  const auditor = (
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
  const sites: { id: string }[] = await dataSource.query(
    'SELECT id FROM suppliers WHERE organisation_id = $1 ORDER BY id LIMIT 2',
    [organisationId],
  );
  const worker = spawnWorker(env);
  try {
    // Every site scored once first, so each run below measures its own recalculation.
    await json(await post('/risk/recalculations', officer, {}));
    await waitUntil(
      dataSource,
      'SELECT count(*)::int AS n FROM site_risk_scores WHERE organisation_id = $1',
      [organisationId],
      (n) => n >= SITES,
    );

    const run = async (siteId: string, findings: number) => {
      const audit = await json<{ id: string }>(
        await post('/audits', officer, {
          supplierId: siteId,
          type: 'unannounced',
          windowStart: new Date().toISOString().slice(0, 10),
          windowEnd: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          scopeIndicators: ['excessive_overtime', 'debt_bondage'],
          auditorIds: [invited.user.id],
        }),
      );
      const report = reportWith(findings);
      const start = process.hrtime.bigint();
      await json(await post(`/audits/${audit.id}/submit`, auditor, { report }));
      const accepted = seconds(start);
      await waitUntil(
        dataSource,
        "SELECT count(*)::int AS n FROM audits WHERE id = $1 AND status = 'processed'",
        [audit.id],
        (n) => n === 1,
      );
      const processed = seconds(start);
      await waitUntil(
        dataSource,
        `SELECT count(*)::int AS n FROM site_risk_scores r JOIN audits a ON a.supplier_id = r.supplier_id
          WHERE a.id = $1 AND r.computed_at >= a.processed_at`,
        [audit.id],
        (n) => n === 1,
      );
      const risk = seconds(start);
      await waitUntil(
        dataSource,
        'SELECT count(*)::int AS n FROM audits WHERE id = $1 AND report_file_id IS NOT NULL',
        [audit.id],
        (n) => n === 1,
      );
      const pdf = seconds(start);
      const [counts]: { actions: number; remediations: number }[] = await dataSource.query(
        `SELECT (SELECT count(*) FROM corrective_actions WHERE audit_id = $1)::int AS actions,
                (SELECT count(*) FROM fee_remediations WHERE audit_id = $1)::int AS remediations`,
        [audit.id],
      );
      return { accepted, processed, risk, pdf, ...counts };
    };

    const baseline = await run(sites[1].id, 0);
    const measured = await run(sites[0].id, FINDINGS);
    const noop = await rawBullmq(redisPort, FINDINGS);
    const s = (value: number) => `${value.toFixed(2)} s`;
    console.log(
      `  baseline  empty report: accepted ${s(baseline.accepted)}, processed ${s(baseline.processed)}, risk ${s(baseline.risk)}, PDF ${s(baseline.pdf)}; raw BullMQ ${FINDINGS} no-op jobs ${s(noop)}`,
    );
    console.log(
      `  report    ${FINDINGS} findings → ${measured.actions} corrective actions, ${measured.remediations} fee remediations: accepted ${s(measured.accepted)}, processed ${s(measured.processed)}, site risk recalculated ${s(measured.risk)} (target < 2 s; ${(measured.risk / baseline.risk).toFixed(2)}× the empty report)`,
    );
    console.log(
      `  pdf       rendered and stored ${s(measured.pdf - measured.processed)} after processing, ${s(measured.pdf)} after submit (target < 2 s; empty report ${s(baseline.pdf - baseline.processed)} after processing)`,
    );
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await dataSource.destroy();
    await api.close();
  }
}

async function waitUntil(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  done: (n: number) => boolean,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const [{ n }]: { n: number }[] = await dataSource.query(sql, params);
    if (done(n)) return;
    if (Date.now() > deadline) throw new Error(`Timed out: ${sql}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
