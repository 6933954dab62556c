/* eslint-disable no-console -- a command-line tool talking to a person */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { prepareSchema } from '../schema-gate';

/** `npm run migrate`: applies pending migrations to DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is required, e.g. postgres://user:password@127.0.0.1:5432/fairchain',
    );
    process.exit(2);
  }
  const dataSource = await new DataSource(dataSourceOptions(url, 'fairchain-migrate')).initialize();
  try {
    const applied = await prepareSchema(dataSource, 'run');
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
