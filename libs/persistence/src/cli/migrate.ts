import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { prepareSchema } from '../schema-gate';

/** A command-line tool: it talks to the person running it on stdout / stderr. */
const say = (message: string): boolean => process.stdout.write(`${message}\n`);
const complain = (message: string): boolean => process.stderr.write(`${message}\n`);

/** `npm run migrate`: applies pending migrations to DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    complain('DATABASE_URL is required, e.g. postgres://user:password@127.0.0.1:5432/fairchain');
    process.exit(2);
  }
  const dataSource = await new DataSource(dataSourceOptions(url, 'fairchain-migrate')).initialize();
  try {
    const applied = await prepareSchema(dataSource, 'run');
    say(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  complain(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
