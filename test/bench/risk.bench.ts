import { SECTOR_WEIGHT_ROWS } from '@app/domain';
import { dataSourceOptions } from '@app/persistence';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { seedChain } from './supply-chain.bench';

const SIZE = { sites: 100_000, links: 300_000, tierOne: 1_000 };
const AGENCIES = 2_000;
const ENGAGEMENTS = 20_000;
const SMALL = { sites: 2_000, links: 6_000, tierOne: 50 };
const EDITS = 20;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const peakRssMb = (pid: number): number =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function signUp(base: string, label: string) {
  const response = await fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisationName: `Risk Bench ${label}`,
      name: 'Bench Admin',
      email: `risk-${label}@bench.example`,
      password: 'correct horse battery staple',
    }),
  });
  const body = (await response.json()) as { accessToken: string; user: { organisationId: string } };
  return {
    organisationId: body.user.organisationId,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}

/** Products on some sites (so the DOL list matches), agencies with mixed practice, engagements. */
export async function seedRecruitment(
  dataSource: DataSource,
  organisationId: string,
): Promise<void> {
  await dataSource.query(
    `UPDATE suppliers SET products = (ARRAY['cotton yarn','garments','electronics','bricks',NULL])[1 + abs(hashtext(id::text)) % 5],
            workforce_migrant = workforce_total / 3, workforce_agency = workforce_total / 5
      WHERE organisation_id = $1`,
    [organisationId],
  );
  await dataSource.query(
    `INSERT INTO recruitment_agencies (organisation_id, name, licence_status, employer_pays_committed,
            retains_documents, deposit_required, contract_in_worker_language)
     SELECT $1, 'Agency ' || i, (ARRAY['licensed','unknown','expired','unlicensed'])[1 + i % 4],
            i % 3 = 0, i % 7 = 0, i % 5 = 0, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 2 = 0 END
       FROM generate_series(1, $2) i`,
    [organisationId, AGENCIES],
  );
  await dataSource.query(
    `WITH a AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM recruitment_agencies WHERE organisation_id = $1),
          s AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM suppliers WHERE organisation_id = $1)
     INSERT INTO agency_engagements (organisation_id, agency_id, supplier_id, origin_country,
            destination_country, workers_placed, monthly_wage_minor, wage_currency, fee_months)
     SELECT $1, a.id, s.id, 'NP', 'MY', 10 + i % 200, 150000, 'MYR',
            CASE WHEN i % 6 = 0 THEN NULL ELSE ((i % 40) / 10.0)::numeric(8,2) END
       FROM generate_series(1, $2) i
       JOIN a ON a.n = 1 + i % $3
       JOIN s ON s.n = 1 + (i * 7919) % $4`,
    [organisationId, ENGAGEMENTS, AGENCIES, SIZE.sites],
  );
  await dataSource.query('ANALYZE');
}

/** Requests a full recalculation as the API does (a row + an outbox event) and waits for it. */
async function fullRecalculation(dataSource: DataSource, organisationId: string, reason: string) {
  const [{ id }] = await dataSource.query(
    `INSERT INTO risk_recalculations (organisation_id, id, reason) VALUES ($1, gen_random_uuid(), $2) RETURNING id`,
    [organisationId, reason],
  );
  await dataSource.query(
    `INSERT INTO outbox_events (organisation_id, job_name, payload) VALUES ($1, 'risk.recalculate', $2)`,
    [organisationId, { all: true, recalculationId: id }],
  );
  await dataSource.query(`SELECT pg_notify('outbox_events', '')`);
  return id as string;
}

async function waitDone(dataSource: DataSource, id: string) {
  for (;;) {
    const [row] = await dataSource.query(
      `SELECT status, sites_changed, extract(epoch FROM finished_at - started_at) AS run FROM risk_recalculations WHERE id = $1`,
      [id],
    );
    if (row.status === 'done') return row as { sites_changed: number; run: number };
    if (row.status === 'failed') throw new Error('recalculation failed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A new sector-weights edition (every weight one point up): every site's factors change. */
async function newSectorEdition(dataSource: DataSource, organisationId: string, bump: number) {
  const rows = SECTOR_WEIGHT_ROWS.map((row) => ({
    ...row,
    weight: Math.min(20, row.weight + bump),
  }));
  await dataSource.query(
    `INSERT INTO risk_reference_editions (organisation_id, id, table_name, edition, source, licence, rows, row_count)
     VALUES ($1, gen_random_uuid(), 'sector-weights', $2, 'bench', 'bench', $3, $4)`,
    [organisationId, `bench-${bump}`, JSON.stringify(rows), rows.length],
  );
}

/** The worker in its own process, as in production. */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    [
      // e.g. BENCH_WORKER_NODE_ARGS=--cpu-prof to profile the worker
      ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
      join(__dirname, '..', '..', 'apps', 'worker', 'src', 'main.js'),
    ],
    {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * Full recalculation of 100,000 sites / 300,000 links / 2,000 agencies / 20,000 engagements in the
 * worker (its own process, so its peak memory is its own), against reading the same inputs alone;
 * then one site edited in a small tenant while the large tenant's full recalculation runs.
 */
export async function riskBench(databaseUrl: string, redisUrl: string): Promise<void> {
  console.log(
    `\nRisk: full recalculation of ${SIZE.sites.toLocaleString('en-GB')} sites / ${SIZE.links.toLocaleString('en-GB')} links / ${AGENCIES.toLocaleString('en-GB')} agencies / ${ENGAGEMENTS.toLocaleString('en-GB')} engagements`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'b'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig({ ...env, PORT: '0' }));
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-risk'),
  ).initialize();
  const large = await signUp(base, 'large');
  const small = await signUp(base, 'small');
  let start = process.hrtime.bigint();
  await seedChain(dataSource, large.organisationId, SIZE);
  await seedRecruitment(dataSource, large.organisationId);
  await seedChain(dataSource, small.organisationId, SMALL);
  console.log(`  (generated in ${seconds(start).toFixed(1)} s)`);
  const worker = spawnWorker(env);
  try {
    // The small tenant's first scores: the worker is up (booted, connected) before any timing.
    await waitDone(
      dataSource,
      await fullRecalculation(dataSource, small.organisationId, 'initial'),
    );
    // Baseline: the same inputs read in this process, nothing computed or written.
    start = process.hrtime.bigint();
    await dataSource.query(
      'SELECT id, country, sector, products, workforce_total, workforce_migrant, workforce_agency FROM suppliers WHERE organisation_id = $1',
      [large.organisationId],
    );
    await dataSource.query(
      'SELECT e.*, a.licence_status FROM agency_engagements e JOIN recruitment_agencies a ON a.id = e.agency_id WHERE e.organisation_id = $1',
      [large.organisationId],
    );
    await dataSource.query(
      'SELECT buyer_supplier_id::text || supplier_id::text FROM supply_links WHERE organisation_id = $1',
      [large.organisationId],
    );
    const baseline = seconds(start);
    console.log(
      `  baseline  read the inputs only (sites, engagements, links): ${baseline.toFixed(2)} s`,
    );

    const runs: Array<[string, () => Promise<void>]> = [
      ['cold (no scores yet: 100k scores and snapshots written)', () => Promise.resolve()],
      ['warm (nothing changed: nothing written)', () => Promise.resolve()],
      [
        'new reference edition (every score rewritten)',
        () => newSectorEdition(dataSource, large.organisationId, 1),
      ],
    ];
    for (const [label, prepare] of runs) {
      await prepare();
      start = process.hrtime.bigint();
      const done = await waitDone(
        dataSource,
        await fullRecalculation(dataSource, large.organisationId, label),
      );
      const total = seconds(start);
      console.log(
        `  full      ${label}: ${total.toFixed(2)} s request → done (job ${Number(done.run).toFixed(2)} s, ${done.sites_changed.toLocaleString('en-GB')} sites changed); ${(total / baseline).toFixed(1)}× the read alone`,
      );
    }
    console.log(
      `  memory    worker peak RSS: ${peakRssMb(worker.pid!).toFixed(0)} MB (target < 1,024 MB)`,
    );

    // Edits in the small tenant while the large one recalculates in full, again and again.
    const siteIds: string[] = (
      await dataSource.query(
        'SELECT id FROM suppliers WHERE organisation_id = $1 ORDER BY id LIMIT $2',
        [small.organisationId, EDITS],
      )
    ).map((row: { id: string }) => row.id);
    let bump = 2;
    let current = '';
    const keepLargeBusy = async () => {
      await newSectorEdition(dataSource, large.organisationId, bump++ % 2 === 0 ? 0 : 1);
      current = await fullRecalculation(dataSource, large.organisationId, 'background');
    };
    await keepLargeBusy();
    const latencies: number[] = [];
    let overlapped = 0;
    for (const [index, id] of siteIds.entries()) {
      const [{ status }] = await dataSource.query(
        'SELECT status FROM risk_recalculations WHERE id = $1',
        [current],
      );
      if (status === 'done') await keepLargeBusy();
      const migrant = 100 + index;
      const editStart = process.hrtime.bigint();
      const patched = await fetch(`${base}/suppliers/${id}`, {
        method: 'PATCH',
        headers: { ...small.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ workforceTotal: 1000, workforceMigrant: migrant }),
      });
      if (!patched.ok) throw new Error(`edit answered ${patched.status}`);
      for (;;) {
        const body = (await (
          await fetch(`${base}/suppliers/${id}/risk`, { headers: small.headers })
        ).json()) as {
          factors: Array<{ code: string; note?: string }>;
        };
        const workforce = body.factors?.find((factor) => factor.code === 'workforce');
        if (workforce?.note?.includes(`migrant ${Math.round(migrant / 10)}%`)) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      latencies.push(seconds(editStart));
      const [{ status: after }] = await dataSource.query(
        'SELECT status FROM risk_recalculations WHERE id = $1',
        [current],
      );
      if (after !== 'done' || status !== 'done') overlapped++;
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `  edit      one site edited → new score visible through the API: p50 ${percentile(latencies, 0.5).toFixed(2)} s, p95 ${percentile(latencies, 0.95).toFixed(2)} s, max ${latencies[latencies.length - 1].toFixed(2)} s (${EDITS} edits, ${overlapped} during the other tenant's full recalculation; target p95 < 2 s)`,
    );
    await waitDone(dataSource, current);
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await dataSource.destroy();
    await api.close();
  }
}
