import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';

const SITES = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const LINKS = SITES * 3;
const TIER_ONE = Math.ceil(SITES / 100);
const COUNTRIES = ['VN', 'BD', 'IN', 'CN', 'TR', 'MY', 'KH', 'PK'];
const SECTORS = ['apparel_manufacturing', 'textiles', 'agriculture_crops', 'electronics_assembly'];
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

async function writeLines(file: string, lines: () => Generator<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines()) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* supplierLines(): Generator<string> {
  yield 'external_id,name,country,sector,workforce_total,workforce_migrant,address\n';
  for (let i = 1; i <= SITES; i++)
    yield `IMP-${i},"Factory ${i}, Ltd",${COUNTRIES[i % 8]},${SECTORS[i % 4]},${100 + (i % 900)},${i % 50},"Lot ${i}, Industrial Zone ${i % 37}"\n`;
}

/** The company buys from the first 1%; every later site is bought by an earlier one; then random extra links. */
function* linkLines(): Generator<string> {
  // mulberry32: a small PRNG with a full period (an LCG's low bits cycle too soon for this).
  let seed = 42;
  const random = (below: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return 1 + (((t ^ (t >>> 14)) >>> 0) % below);
  };
  const seen = new Set<number>();
  yield 'buyer_company,buyer_external_id,supplier_external_id,commodity,annual_spend_minor,spend_currency\n';
  for (let i = 1; i <= TIER_ONE; i++) yield `BENCH-CO,,IMP-${i},Garments,${i * 1000},USD\n`;
  for (let i = TIER_ONE + 1; i <= SITES; i++) {
    const buyer = random(i - 1);
    seen.add(buyer * SITES + i);
    yield `,IMP-${buyer},IMP-${i},Inputs,,\n`;
  }
  for (let written = SITES; written < LINKS;) {
    const buyer = random(SITES);
    const supplier = random(SITES);
    if (buyer === supplier || seen.has(buyer * SITES + supplier)) continue;
    seen.add(buyer * SITES + supplier);
    written++;
    yield `,IMP-${buyer},IMP-${supplier},,,\n`;
  }
}

/** Peak resident memory of a process so far (Linux VmHWM), in MB. */
const peakRssMb = (pid: number): number =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

function spawnWorker(env: Record<string, string>): ChildProcess {
  const worker = spawn(
    process.execPath,
    [join(__dirname, '..', '..', 'apps', 'worker', 'src', 'main.js')],
    { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return worker;
}

/**
 * 100,000 sites then 300,000 links, each uploaded as CSV and applied by the worker (a process of
 * its own, so its peak memory is its own), against a raw COPY of the same two files.
 */
export async function importBench(databaseUrl: string, redisUrl: string): Promise<void> {
  console.log(
    `\nBulk import: ${SITES.toLocaleString('en-GB')}-row supplier CSV + ${LINKS.toLocaleString('en-GB')}-row links CSV`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'fairchain-bench-'));
  chmodSync(dir, 0o755); // the embedded server (user postgres) reads the files for the COPY baseline
  const suppliersCsv = join(dir, 'suppliers.csv');
  const linksCsv = join(dir, 'links.csv');
  await writeLines(suppliersCsv, supplierLines);
  await writeLines(linksCsv, linkLines);
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'b'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig(env));
  await api.listen(0, '127.0.0.1');
  const worker = spawnWorker(env);
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-import'),
  ).initialize();
  try {
    await dataSource.query(
      'CREATE TABLE bench_copy_sites (external_id text, name text, country text, sector text, workforce_total int, workforce_migrant int, address text)',
    );
    await dataSource.query(
      'CREATE TABLE bench_copy_links (buyer_company text, buyer_external_id text, supplier_external_id text, commodity text, annual_spend_minor bigint, spend_currency text)',
    );
    let start = process.hrtime.bigint();
    await dataSource.query(
      `COPY bench_copy_sites FROM '${suppliersCsv}' WITH (FORMAT csv, HEADER true)`,
    );
    await dataSource.query(
      `COPY bench_copy_links FROM '${linksCsv}' WITH (FORMAT csv, HEADER true)`,
    );
    const copy = seconds(start);
    const megabytes = (statSync(suppliersCsv).size + statSync(linksCsv).size) / 1e6;
    console.log(
      `  baseline  raw COPY of the same two files into scratch tables: ${copy.toFixed(2)} s (${megabytes.toFixed(1)} MB)`,
    );

    const headers = await signUp(base);
    const company = await fetch(`${base}/companies`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Import Bench Brand Ltd',
        registrationNumber: 'BENCH-CO',
        hqCountry: 'GB',
        sector: 'apparel_manufacturing',
        financialYearEndMonth: 12,
        financialYearEndDay: 31,
      }),
    });
    if (company.status !== 201) throw new Error(`company: ${company.status}`);

    start = process.hrtime.bigint();
    const sites = await importFile(base, headers, 'suppliers', suppliersCsv);
    const links = await importFile(base, headers, 'links', linksCsv);
    const total = seconds(start);
    console.log(
      `  import    sites: upload ${sites.upload.toFixed(2)} s, upload → report ${sites.total.toFixed(2)} s (${sites.summary})`,
    );
    console.log(
      `            links: upload ${links.upload.toFixed(2)} s, upload → report ${links.total.toFixed(2)} s (${links.summary})`,
    );
    console.log(
      `            both files, first upload → last report: ${total.toFixed(2)} s  (target < 20 s); worker peak RSS ${peakRssMb(worker.pid!).toFixed(0)} MB (target < 512 MB)`,
    );
    console.log(`  ratio     ${(total / copy).toFixed(1)}× the raw COPY of the same rows`);
    await waitForTiers(dataSource, start);
    await waitForRisk(dataSource, start);
  } finally {
    await dataSource.destroy();
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function signUp(base: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisationName: 'Import Bench',
      name: 'Import Admin',
      email: 'importer@bench.example',
      password: 'correct horse battery staple',
    }),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

async function importFile(
  base: string,
  headers: Record<string, string>,
  kind: string,
  file: string,
): Promise<{ upload: number; total: number; summary: string }> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${base}/imports/${kind}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  });
  const { id } = (await response.json()) as { id: string };
  const upload = seconds(start);
  for (;;) {
    const job = (await (await fetch(`${base}/imports/${id}`, { headers })).json()) as {
      status: string;
      failure: string | null;
      report: Record<string, number>;
    };
    if (job.status === 'failed') throw new Error(`${kind} import failed: ${job.failure}`);
    if (job.status === 'completed') {
      const { created, rejected } = job.report;
      return { upload, total: seconds(start), summary: `${created} created, ${rejected} rejected` };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** After the links: how long until every site's tier is visible (the background recomputation). */
async function waitForTiers(dataSource: DataSource, start: bigint): Promise<void> {
  for (;;) {
    const [{ pending }] = await dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE job_name = 'supply-chain.recompute-tiers' AND processed_at IS NULL`,
    );
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [{ mapped }] = await dataSource.query(
    `SELECT count(*)::int AS mapped FROM suppliers WHERE external_id LIKE 'IMP-%' AND tier IS NOT NULL`,
  );
  console.log(
    `            tiers visible for ${mapped.toLocaleString('en-GB')} sites ${seconds(start).toFixed(2)} s after the first upload`,
  );
}

/** And until every imported site's risk is visible (recalculated once the imports are done). */
async function waitForRisk(dataSource: DataSource, start: bigint): Promise<void> {
  for (;;) {
    const [{ pending }] = await dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE job_name = 'risk.recalculate' AND processed_at IS NULL`,
    );
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [{ scored }] = await dataSource.query(
    `SELECT count(*)::int AS scored FROM site_risk_scores r JOIN suppliers s ON s.id = r.supplier_id
      WHERE s.external_id LIKE 'IMP-%'`,
  );
  console.log(
    `            risk visible for ${scored.toLocaleString('en-GB')} sites ${seconds(start).toFixed(2)} s after the first upload`,
  );
}
