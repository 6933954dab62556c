import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { json, signUpOverHttp } from './http';
import { postConcurrently } from './load-client';
import { rawBullmq } from './raw-bullmq';
import { spawnWorker } from './risk.bench';

const REPORTS = 500;
const IN_FLIGHT = 64;
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * 500 public grievance reports posted concurrently to one channel, timed until every one is
 * stored and registered by the worker (its own process), then counted: none may be missing.
 */
export async function grievancesBench(
  databaseUrl: string,
  redisUrl: string,
  redisPort: number,
): Promise<void> {
  console.log(
    `\nGrievances: ${REPORTS} public reports posted concurrently (${IN_FLIGHT} in flight) → stored and registered`,
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'g'.repeat(32),
    GRIEVANCE_TEXT_KEY: Buffer.alloc(32, 9).toString('base64'),
    // One bench client stands for many workers' phones.
    PUBLIC_REPORTS_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
  };
  const api = await createApiApp(loadConfig({ ...env, PORT: '0' }));
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = await new DataSource(
    dataSourceOptions(databaseUrl, 'bench-grievances'),
  ).initialize();
  const worker = spawnWorker(env);
  try {
    const signup = await signUpOverHttp(base, 'Grievance Bench', 'grievances@bench.example');
    const headers = {
      authorization: `Bearer ${signup.accessToken}`,
      'content-type': 'application/json',
    };
    const site = await json<{ id: string }>(
      await fetch(`${base}/suppliers`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          name: 'Bench Site',
          country: 'MY',
          sector: 'apparel_manufacturing',
        }),
      }),
    );
    const channel = await json<{ code: string }>(
      await fetch(`${base}/grievance-channels`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Bench', supplierId: site.id, languages: ['en', 'ne'] }),
      }),
    );
    const baseline = await rawBullmq(redisPort, REPORTS);
    const requests = Array.from({ length: REPORTS }, (_, index) => ({
      url: `${base}/g/${channel.code}`,
      body: JSON.stringify({
        category: index % 2 ? 'withholding_of_wages' : 'retention_of_documents',
        description: `Report ${index}: our passports are kept by the supervisor and pay is late.`,
        workersAffected: 'a_few',
      }),
    }));
    const start = process.hrtime.bigint();
    const sent = await postConcurrently({
      requests,
      headers: { 'content-type': 'application/json' },
      inFlight: IN_FLIGHT,
      expectedStatus: 201,
    });
    const accepted = seconds(start);
    if (sent.refused)
      throw new Error(`${sent.refused} reports refused: ${sent.examples.join('; ')}`);
    let counts = { stored: 0, registered: 0 };
    for (;;) {
      [counts] = await dataSource.query(
        `SELECT count(*)::int AS stored, count(*) FILTER (WHERE registered)::int AS registered
           FROM grievance_cases WHERE organisation_id = $1`,
        [signup.user.organisationId],
      );
      if (counts.registered >= REPORTS) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const total = seconds(start);
    const rate = (s: number) => `${Math.round(REPORTS / s).toLocaleString('en-GB')}/s`;
    console.log(
      `  baseline  raw BullMQ, ${REPORTS} no-op jobs: ${baseline.toFixed(2)} s  ${rate(baseline)}`,
    );
    console.log(
      `  filed     all ${REPORTS} accepted (201, stored sealed) in ${accepted.toFixed(2)} s  ${rate(accepted)}`,
    );
    console.log(
      `  registered ${counts.registered} of ${REPORTS} stored (${counts.stored}) and registered ${total.toFixed(2)} s after the first: ${rate(total)} end to end, ${REPORTS - counts.stored} lost; ${(total / baseline).toFixed(1)}× the raw no-op time`,
    );
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await dataSource.destroy();
    await api.close();
  }
}
