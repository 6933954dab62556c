/**
 * Starts the real services every e2e test talks to: a throw-away embedded PostgreSQL with a fresh
 * database (migrated once) and a redis-server, both on free loopback ports. Tests that stop Redis
 * or kill workers start their own extra ones (see services.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import tsconfig from '../../../tsconfig.json';

// Jest's module mapper does not reach global setup; resolve @app/* here the same way.
register({ baseUrl: join(__dirname, '..', '..', '..'), paths: tsconfig.compilerOptions.paths });

export default async function globalSetup(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the path mapping above */
  const { startEmbeddedPostgres, startRedisServer, freePort } =
    require('@app/devstack') as typeof import('../../../libs/devstack/src');
  const { dataSourceOptions, prepareSchema } =
    require('@app/persistence') as typeof import('../../../libs/persistence/src');
  const { DataSource } = require('typeorm') as typeof import('typeorm');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const dir = mkdtempSync(join(tmpdir(), 'fairchain-e2e-'));
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: await freePort(),
    persistent: false,
  });
  await postgres.createDatabase('fairchain_test');
  const redis = await startRedisServer({ port: await freePort() });

  const dataSource = await new DataSource(
    dataSourceOptions(postgres.url('fairchain_test')),
  ).initialize();
  await prepareSchema(dataSource, 'run');
  await dataSource.destroy();

  process.env.E2E_DATABASE_URL = postgres.url('fairchain_test');
  process.env.E2E_POSTGRES_ADMIN_URL = postgres.url('postgres');
  process.env.E2E_REDIS_URL = redis.url;
  (globalThis as Record<string, unknown>).__E2E_SERVICES__ = { postgres, redis, dir };
}
