import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import {
  createReadStream,
  createWriteStream,
  chmodSync,
  mkdtempSync,
  rmSync,
  statSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const COUNTRIES = ['VN', 'BD', 'IN', 'CN', 'TR', 'MY', 'KH', 'PK'];
const SECTORS = ['apparel_manufacturing', 'textiles', 'agriculture_crops', 'electronics_assembly'];
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('external_id,name,country,sector,workforce_total,workforce_migrant,address\n');
  for (let i = 1; i <= ROWS; i++) {
    const line = `IMP-${i},"Factory ${i}, Ltd",${COUNTRIES[i % 8]},${SECTORS[i % 4]},${100 + (i % 900)},${i % 50},"Lot ${i}, Industrial Zone ${i % 37}"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** 100,000-row supplier CSV: upload → background import → report, against a raw COPY of the same file. */
export async function importBench(databaseUrl: string, redisUrl: string): Promise<void> {
  console.log(`\nBulk import: ${ROWS.toLocaleString('en-GB')}-row supplier CSV`);
  const dir = mkdtempSync(join(tmpdir(), 'fairchain-bench-'));
  chmodSync(dir, 0o755); // the embedded server (user postgres) reads the file for the COPY baseline
  const file = join(dir, 'suppliers.csv');
  await writeCsv(file);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'b'.repeat(32),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const worker = await createWorkerApp(config);
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-import'),
  ).initialize();
  try {
    await dataSource.query(
      'CREATE TABLE bench_copy (external_id text, name text, country text, sector text, workforce_total int, workforce_migrant int, address text)',
    );
    let start = process.hrtime.bigint();
    await dataSource.query(`COPY bench_copy FROM '${file}' WITH (FORMAT csv, HEADER true)`);
    const copy = seconds(start);
    console.log(
      `  baseline  raw COPY of the same file into a scratch table: ${copy.toFixed(2)} s (${(statSync(file).size / 1e6).toFixed(1)} MB)`,
    );

    const signup = await fetch(`${base}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisationName: 'Import Bench',
        name: 'Import Admin',
        email: 'importer@bench.example',
        password: 'correct horse battery staple',
      }),
    });
    const { accessToken } = (await signup.json()) as { accessToken: string };
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    start = process.hrtime.bigint();
    const upload = await fetch(`${base}/imports/suppliers?fileName=suppliers.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      duplex: 'half',
    });
    const { id } = (await upload.json()) as { id: string };
    const uploaded = seconds(start);
    let report: { status: string; report: Record<string, number> };
    for (;;) {
      report = (await (
        await fetch(`${base}/imports/${id}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        })
      ).json()) as typeof report;
      if (report.status === 'completed' || report.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const total = seconds(start);
    clearInterval(sampler);
    const { created, rejected } = report.report;
    console.log(
      `  import    upload (streamed into PostgreSQL) ${uploaded.toFixed(2)} s; upload → report ${total.toFixed(2)} s: ${report.status}, ${created} created, ${rejected} rejected  (target < 20 s with 300,000 links; links import not built yet)`,
    );
    console.log(
      `  ratio     ${(total / copy).toFixed(1)}× the raw COPY; peak RSS of the process running api + worker: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target < 512 MB for the worker)`,
    );
  } finally {
    await dataSource.destroy();
    await worker.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
