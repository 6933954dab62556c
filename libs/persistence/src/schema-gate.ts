import { DataSource, MigrationExecutor } from 'typeorm';

/** Any fixed number: every process that migrates takes this PostgreSQL advisory lock first. */
const MIGRATION_LOCK_KEY = 727_2026;

export class PendingMigrationsError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `The database schema is behind: ${pending.length} migration(s) pending (${pending.join(', ')}). ` +
        'Run `npm run migrate`, or start with DB_MIGRATIONS=run.',
    );
    this.name = 'PendingMigrationsError';
  }
}

export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const executor = new MigrationExecutor(dataSource);
  return (await executor.getPendingMigrations()).map((migration) => migration.name);
}

/**
 * Brings the schema up to date (mode "run") or refuses to go on when it is not (mode "check").
 * Several api and worker processes may start at once: the advisory lock makes them take turns,
 * and whoever comes second finds nothing left to run.
 */
export async function prepareSchema(
  dataSource: DataSource,
  mode: 'run' | 'check',
): Promise<string[]> {
  if (mode === 'check') {
    const pending = await pendingMigrations(dataSource);
    if (pending.length > 0) throw new PendingMigrationsError(pending);
    return [];
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}
