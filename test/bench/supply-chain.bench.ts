import { loadConfig } from '@app/config';
import { computeTiers } from '@app/domain';
import { dataSourceOptions } from '@app/persistence';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { recomputeTiers } from '../../apps/worker/src/supply-chain/supply-chain.processor';

const SITES = 100_000;
const LINKS = 300_000;
const TIER_ONE = 1_000;
const REQUESTS = 300;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** A chain of 100k sites: 1,000 direct suppliers, each further site bought by an earlier one, plus random extra links. */
export async function seedChain(
  dataSource: DataSource,
  organisationId: string,
  size: { sites: number; links: number; tierOne: number } = {
    sites: SITES,
    links: LINKS,
    tierOne: TIER_ONE,
  },
): Promise<void> {
  const [{ id: companyId }] = await dataSource.query(
    `INSERT INTO reporting_companies (organisation_id, name, hq_country, sector, financial_year_end_month, financial_year_end_day)
     VALUES ($1, 'Bench Brand Ltd', 'GB', 'apparel_manufacturing', 12, 31) RETURNING id`,
    [organisationId],
  );
  await dataSource.query(
    `INSERT INTO suppliers (organisation_id, external_id, name, country, sector, workforce_total)
     SELECT $1, 'S' || i, 'Site ' || lpad(i::text, 6, '0'),
            (ARRAY['VN','BD','IN','CN','TR','MY','KH','PK'])[1 + i % 8],
            (ARRAY['apparel_manufacturing','textiles','agriculture_crops','electronics_assembly'])[1 + i % 4], 100 + i % 900
       FROM generate_series(1, $2) i`,
    [organisationId, size.sites],
  );
  await dataSource.query('DROP TABLE IF EXISTS bench_sites');
  await dataSource.query(
    `CREATE TEMP TABLE bench_sites AS SELECT id, row_number() OVER (ORDER BY external_id) AS n FROM suppliers WHERE organisation_id = $1`,
    [organisationId],
  );
  await dataSource.query(`CREATE INDEX ON bench_sites (n)`);
  await dataSource.query(
    `INSERT INTO supply_links (organisation_id, buyer_company_id, supplier_id)
     SELECT $1, $2, id FROM bench_sites WHERE n <= $3`,
    [organisationId, companyId, size.tierOne],
  );
  // Every later site is bought by a random earlier one (so all are reachable), then random extra links.
  await dataSource.query(
    `WITH picks AS MATERIALIZED (
       SELECT id, 1 + floor(random() * (n - 1))::int AS buyer_n FROM bench_sites WHERE n > $2)
     INSERT INTO supply_links (organisation_id, buyer_supplier_id, supplier_id)
     SELECT $1, b.id, p.id FROM picks p JOIN bench_sites b ON b.n = p.buyer_n`,
    [organisationId, size.tierOne],
  );
  const [{ count }] = await dataSource.query(
    'SELECT count(*)::int AS count FROM supply_links WHERE organisation_id = $1',
    [organisationId],
  );
  await dataSource.query(
    `WITH picks AS MATERIALIZED (
       SELECT 1 + floor(random() * $3)::int AS buyer_n, 1 + floor(random() * $3)::int AS supplier_n
         FROM generate_series(1, $2))
     INSERT INTO supply_links (organisation_id, buyer_supplier_id, supplier_id)
     SELECT DISTINCT ON (b.id, s.id) $1::uuid, b.id, s.id FROM picks p
       JOIN bench_sites b ON b.n = p.buyer_n
       JOIN bench_sites s ON s.n = p.supplier_n
      WHERE b.id <> s.id
     ON CONFLICT DO NOTHING`,
    [organisationId, size.links - count, size.sites],
  );
  await dataSource.query('ANALYZE');
}

async function timeRequests(
  app: INestApplication,
  path: string,
  token?: string,
): Promise<number[]> {
  const url = `${await app.getUrl()}${path}`.replace('[::1]', '127.0.0.1');
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    times.push(seconds(start) * 1000);
  }
  return times.sort((a, b) => a - b);
}

export async function supplyChainBench(databaseUrl: string, redisUrl: string): Promise<void> {
  console.log(
    `\nSupply-chain map: ${SITES.toLocaleString('en-GB')} sites, ${LINKS.toLocaleString('en-GB')} links`,
  );
  const app = await createApiApp(
    loadConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: 'b'.repeat(32),
      LOG_LEVEL: 'warn',
      PORT: '0',
    }),
  );
  await app.listen(0, '127.0.0.1');
  const signup = await fetch(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisationName: 'Bench Org',
      name: 'Bench Admin',
      email: 'bench@bench.example',
      password: 'correct horse battery staple',
    }),
  });
  const { accessToken, user } = (await signup.json()) as {
    accessToken: string;
    user: { organisationId: string };
  };
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, 'bench-map')).initialize();
  try {
    let start = process.hrtime.bigint();
    await seedChain(dataSource, user.organisationId);
    const [{ links }] = await dataSource.query(
      'SELECT count(*)::int AS links FROM supply_links WHERE organisation_id = $1',
      [user.organisationId],
    );
    console.log(
      `  (generated in ${seconds(start).toFixed(1)} s: ${links.toLocaleString('en-GB')} links)`,
    );

    const edges: { b: string; s: string }[] = await dataSource.query(
      'SELECT coalesce(buyer_company_id, buyer_supplier_id) AS b, supplier_id AS s FROM supply_links WHERE organisation_id = $1',
      [user.organisationId],
    );
    const [{ id: companyId }] = await dataSource.query(
      'SELECT id FROM reporting_companies WHERE organisation_id = $1',
      [user.organisationId],
    );
    start = process.hrtime.bigint();
    const tiers = computeTiers({
      roots: [companyId],
      edges: edges.map((edge) => [edge.b, edge.s] as const),
    });
    const bfs = seconds(start);

    start = process.hrtime.bigint();
    const { mapped } = await dataSource.transaction((manager) =>
      recomputeTiers(manager, user.organisationId),
    );
    const full = seconds(start);
    console.log(
      `  baseline  BFS alone over the loaded edges: ${bfs.toFixed(2)} s (${tiers.size.toLocaleString('en-GB')} sites reached)`,
    );
    console.log(
      `  tiers     cold recomputation, every tier written (read links, BFS, write): ${full.toFixed(2)} s, ${mapped.toLocaleString('en-GB')} mapped  (target < 5 s; ${(full / bfs).toFixed(1)}× the BFS)`,
    );
    // The common case: one new link changes a few tiers.
    const [{ id: deepSite }] = await dataSource.query(
      'SELECT id FROM suppliers WHERE organisation_id = $1 AND tier >= 3 ORDER BY external_id LIMIT 1',
      [user.organisationId],
    );
    await dataSource.query(
      'INSERT INTO supply_links (organisation_id, buyer_company_id, supplier_id) VALUES ($1, $2, $3)',
      [user.organisationId, companyId, deepSite],
    );
    start = process.hrtime.bigint();
    await dataSource.transaction((manager) => recomputeTiers(manager, user.organisationId));
    console.log(
      `  tiers     recomputation after one new link (only changed tiers written): ${seconds(start).toFixed(2)} s`,
    );
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(`            process RSS after: ${rss.toFixed(0)} MB`);

    const health = await timeRequests(app, '/health');
    const list = await timeRequests(
      app,
      '/suppliers?country=VN&sector=textiles&tier=3&limit=50',
      accessToken,
    );
    const search = await timeRequests(app, '/suppliers?q=site%200042&limit=50', accessToken);
    const report = (label: string, times: number[]) =>
      console.log(
        `  ${label} median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`,
      );
    report('baseline  GET /health over HTTP:                       ', health);
    report('list      GET /suppliers (country+sector+tier, 50 rows):', list);
    report('search    GET /suppliers?q= (text in name, 50 rows):   ', search);
    console.log(
      `  ratio     filtered page median is ${(percentile(list, 0.5) / percentile(health, 0.5)).toFixed(1)}× GET /health (target < 30 ms)`,
    );
  } finally {
    await dataSource.destroy();
    await app.close();
  }
}
