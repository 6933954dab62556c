import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { ConstraintNamingStrategy } from './naming-strategy';

/** The one TypeORM configuration used by the api, the worker, the CLI and the tests. */
export function dataSourceOptions(
  databaseUrl: string,
  applicationName = 'fairchain',
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes only through committed migrations.
    namingStrategy: new ConstraintNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension (and no superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 10 },
  };
}
