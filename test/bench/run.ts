/**
 * `npm run bench`: figures, not tests. Starts its own embedded PostgreSQL and redis-server, then
 * measures each path against a baseline run in the same process on the same services.
 *
 *   outbox: N events committed to outbox_events → relay → BullMQ → worker → notification rows,
 *           against a raw BullMQ baseline (addBulk + a no-op Worker) for the same N.
 *   map:    tier recomputation for 100,000 sites / 300,000 links (against the in-memory BFS alone),
 *           and the supplier list page over HTTP, filtered, 50 rows (against GET /health).
 *   import: a 100,000-row supplier CSV uploaded and applied (against a raw COPY of the same file).
 *   risk:   full recalculation of 100,000 sites (against reading its inputs alone), and one site
 *           edited in another tenant while that runs (latency until the API shows the new score).
 *   questionnaires: a campaign to 10,000 sites created over HTTP; 2,000 submissions posted
 *           concurrently and scored by the worker (against raw BullMQ no-op jobs, same count).
 *   audits: a 200-finding report processed, risk recalculated and its PDF rendered (against an
 *           empty report); the report PDF alone (against plain text).
 *   grievances: 500 public reports posted concurrently and registered by the worker.
 *   statements: the sample statement PDF (2,000-row table, against plain text); the draft of a
 *           100,000-site organisation composed and frozen by POST /statements and /refresh
 *           (against reading its inputs alone), and its PDF rendered by the worker in its own
 *           process, with its peak RSS (against the same job for a statement with no sites).
 */
import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { freePort, startRedisServer, withScratchPostgres } from '@app/devstack';
import { dataSourceOptions, prepareSchema } from '@app/persistence';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { importBench } from './imports.bench';
import { auditReportPdfBench } from './audit-report.bench';
import { auditsBench } from './audits.bench';
import { grievancesBench } from './grievances.bench';
import { questionnairesBench } from './questionnaires.bench';
import { rawBullmq } from './raw-bullmq';
import { riskBench } from './risk.bench';
import { statementsBench } from './statements.bench';
import { supplyChainBench } from './supply-chain.bench';

const N = Number(process.env.BENCH_OUTBOX_EVENTS ?? 20_000);
/** BENCH_ONLY=outbox,map,import,risk,questionnaires,audits,grievances,statements runs a subset (all by default). */
const ONLY = new Set(
  (
    process.env.BENCH_ONLY ?? 'outbox,map,import,risk,questionnaires,audits,grievances,statements'
  ).split(','),
);

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (count: number, s: number): string =>
  `${Math.round(count / s).toLocaleString('en-GB')}/s`;

async function outbox(databaseUrl: string, redisUrl: string): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, 'bench')).initialize();
  await prepareSchema(dataSource, 'run');
  const [{ id: organisationId }] = await dataSource.query(
    `INSERT INTO organisations (name) VALUES ('Bench') RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO users (organisation_id, email, name, role, status)
     SELECT $1, 'bench' || i || '@bench.example', 'Bench ' || i, 'auditor', 'active' FROM generate_series(1, $2) i`,
    [organisationId, N],
  );
  const worker = await createWorkerApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: 'b'.repeat(32),
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '100',
    }),
  );
  const start = process.hrtime.bigint();
  await dataSource.query(
    `INSERT INTO outbox_events (organisation_id, job_name, payload)
     SELECT $1, 'notification.user-welcome', jsonb_build_object('userId', id, 'kind', 'welcome') FROM users WHERE organisation_id = $1`,
    [organisationId],
  );
  let enqueuedAfter = 0;
  for (;;) {
    const [{ n, q }] = await dataSource.query(
      'SELECT count(*) FILTER (WHERE processed_at IS NOT NULL)::int AS n, count(*) FILTER (WHERE enqueued_at IS NOT NULL)::int AS q FROM outbox_events',
    );
    if (!enqueuedAfter && q === N) enqueuedAfter = seconds(start);
    if (n === N) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const elapsed = seconds(start);
  const [{ n: notifications }] = await dataSource.query(
    'SELECT count(*)::int AS n FROM notifications',
  );
  if (notifications !== N) throw new Error(`expected ${N} notifications, found ${notifications}`);
  await worker.close();
  await dataSource.destroy();
  console.log(
    `            (all ${N.toLocaleString('en-GB')} events were in BullMQ after ${enqueuedAfter.toFixed(2)} s)`,
  );
  return elapsed;
}

async function outboxBench(
  databaseUrl: string,
  redisUrl: string,
  redisPort: number,
): Promise<void> {
  console.log(
    `Outbox → BullMQ → worker → PostgreSQL, ${N.toLocaleString('en-GB')} jobs (2-core machine)`,
  );
  const baseline = await rawBullmq(redisPort, N);
  console.log(
    `  baseline  raw BullMQ addBulk + no-op worker (concurrency 50): ${baseline.toFixed(2)} s  ${rate(N, baseline)}`,
  );
  const measured = await outbox(databaseUrl, redisUrl);
  console.log(
    `  outbox    commit → relay → job → notification row, exactly once: ${measured.toFixed(2)} s  ${rate(N, measured)}`,
  );
  console.log(
    `  ratio     outbox path takes ${(measured / baseline).toFixed(2)}× the raw no-op time`,
  );
}

async function main(): Promise<void> {
  const redis = await startRedisServer({ port: await freePort() });
  try {
    await withScratchPostgres(async (databaseUrl) => {
      if (ONLY.has('outbox')) await outboxBench(databaseUrl, redis.url, redis.port);
      if (ONLY.has('map')) await supplyChainBench(databaseUrl, redis.url);
      if (ONLY.has('import')) await importBench(databaseUrl, redis.url);
      if (ONLY.has('risk')) await riskBench(databaseUrl, redis.url);
      if (ONLY.has('questionnaires')) await questionnairesBench(databaseUrl, redis.url, redis.port);
      if (ONLY.has('audits')) {
        await auditsBench(databaseUrl, redis.url, redis.port);
        await auditReportPdfBench();
      }
      if (ONLY.has('grievances')) await grievancesBench(databaseUrl, redis.url, redis.port);
      if (ONLY.has('statements')) await statementsBench(databaseUrl, redis.url);
    });
  } finally {
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
