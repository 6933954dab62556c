/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL (embedded, data in .data/) and
 * Redis (Debian's redis-server) unless DATABASE_URL / REDIS_URL point elsewhere, applies the
 * migrations, seeds the demo organisation, runs the api and the worker, and prints where to go.
 * Ctrl-C stops everything it started.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataSourceOptions, prepareSchema } from '@app/persistence';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { freePort, portInUse } from './free-port';
import { startRedisServer, type RunningRedis } from './redis-server';
import { fetchClient, seedDemoStatement } from './demo-statement';
import { DEMO_USERS, seedDemo } from './seed-demo';

const root = resolve(__dirname, '..', '..', '..', '..');
const dataDir = join(root, '.data');
const say = (message = ''): boolean => process.stdout.write(`${message}\n`);

async function portOr(preferred: number): Promise<number> {
  return (await portInUse(preferred)) ? freePort() : preferred;
}

/**
 * A secret made once per checkout and kept in .data/ (git-ignored), unless the environment sets
 * it: the JWT secret, and the key that seals grievance texts.
 */
function localSecret(name: 'JWT_SECRET' | 'GRIEVANCE_TEXT_KEY', make: () => string): string {
  if (process.env[name]) return process.env[name];
  const file = join(dataDir, name.toLowerCase().replaceAll('_', '-'));
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the api stopped while starting');
    const ok = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the api was not ready after ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  let postgres: RunningPostgres | undefined;
  let redis: RunningRedis | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;

  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      say('\nStopping...');
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        ),
      );
      await redis?.stop();
      await postgres?.stop();
      say('Stopped api, worker, Redis and PostgreSQL.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      say('Starting PostgreSQL (embedded, data in .data/postgres)...');
      postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: await portOr(54329),
        persistent: true,
      });
      await postgres.createDatabase('fairchain');
      databaseUrl = postgres.url('fairchain');
    }
    let redisUrl = process.env.REDIS_URL;
    if (!redisUrl) {
      say('Starting Redis (redis-server, data in .data/redis)...');
      redis = await startRedisServer({
        port: await portOr(63799),
        dataDir: join(dataDir, 'redis'),
      });
      redisUrl = redis.url;
    }

    say('Applying database migrations...');
    const dataSource = await new DataSource(
      dataSourceOptions(databaseUrl, 'fairchain-demo'),
    ).initialize();
    const applied = await prepareSchema(dataSource, 'run');
    say(applied.length ? `  applied ${applied.join(', ')}` : '  schema already up to date');
    const seeded = await seedDemo(dataSource);
    say(
      seeded === 'created' ? 'Seeded the demo organisation.' : 'Demo organisation already present.',
    );
    await dataSource.destroy();

    const port = process.env.PORT ? Number(process.env.PORT) : await portOr(3000);
    const env = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: localSecret('JWT_SECRET', () => randomBytes(32).toString('hex')),
      GRIEVANCE_TEXT_KEY: localSecret('GRIEVANCE_TEXT_KEY', () =>
        randomBytes(32).toString('base64'),
      ),
      PORT: String(port),
      DB_MIGRATIONS: 'check',
    };
    for (const app of ['api', 'worker'] as const) {
      const log = createWriteStream(join(dataDir, 'logs', `${app}.log`), { flags: 'a' });
      const child = spawn(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
      child.stderr?.on('data', (chunk: Buffer) =>
        process.stderr.write(`[${app}] ${chunk.toString()}`),
      );
      child.once('exit', (code, signal) => {
        if (!stopping) {
          say(
            `The ${app} stopped unexpectedly (${signal ?? `exit code ${code}`}); see .data/logs/${app}.log`,
          );
          void stop(1);
        }
      });
      children.push(child);
    }
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url, children[0]);
    const statement = await seedDemoStatement(fetchClient(url)).catch((error: Error) => {
      say(`  (the demo statement was not composed: ${error.message})`);
      return 'skipped' as const;
    });

    say();
    say(`Fairchain is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    say();
    say(`  API            ${url}`);
    say(`  API docs       ${url}/docs   (OpenAPI JSON at ${url}/docs-json)`);
    say(`  Health         ${url}/health/ready`);
    say(`  Logs           .data/logs/api.log, .data/logs/worker.log`);
    say();
    say('Demo organisation: Northwind Apparel Ltd. Sign in (POST /auth/login) as:');
    for (const user of DEMO_USERS) {
      say(
        `  ${user.role.padEnd(19)} ${user.email.padEnd(32)} ${user.password.padEnd(28)} ${user.does}`,
      );
    }
    say();
    if (statement !== 'skipped')
      say(
        'The demo statement for the last financial year is drafted and submitted for approval: GET /statements (the executive approves and signs it).',
      );
    say();
    say('Press Ctrl-C to stop everything.');
  } catch (error) {
    say(`Could not start: ${(error as Error).message}`);
    await stop(1);
  }
}

void main();
