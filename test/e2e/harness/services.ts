import { AppConfig, loadConfig } from '@app/config';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';

export const ROOT = join(__dirname, '..', '..', '..');
export const JWT_SECRET = 'e2e-only-secret-0123456789abcdef0123456789';
/** 32 bytes, base64: seals grievance texts in the e2e database. */
export const GRIEVANCE_KEY = Buffer.alloc(32, 7).toString('base64');

/** Settings the e2e processes run with: the harness's PostgreSQL and Redis, quick relay and stall checks. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: required('E2E_DATABASE_URL'),
    REDIS_URL: required('E2E_REDIS_URL'),
    JWT_SECRET,
    GRIEVANCE_TEXT_KEY: GRIEVANCE_KEY,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '200',
    OUTBOX_REDELIVER_AFTER_SECONDS: '5',
    WORKER_LOCK_MS: '2000',
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig(testEnv(overrides));
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through jest (global setup)`);
  return value;
}

export async function startApi(config: AppConfig = testConfig()): Promise<INestApplication> {
  const app = await createApiApp(config);
  await app.init();
  return app;
}

export function startWorker(config: AppConfig = testConfig()): Promise<INestApplicationContext> {
  return createWorkerApp(config);
}

/** A compiled app (npm test builds first) as a separate OS process, for crash and boot tests. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** A direct SQL connection to the test database, for checking what the product stored. */
export async function sql(url = required('E2E_DATABASE_URL')): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Polls until `probe` returns a truthy value, or fails with `what` after the timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
