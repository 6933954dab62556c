import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { withScratchPostgres } from '@app/devstack';
import { dataSourceOptions } from '../data-source-options';
import { prepareSchema } from '../schema-gate';

/** A command-line tool: it talks to the person running it on stdout / stderr. */
const say = (message: string): boolean => process.stdout.write(`${message}\n`);
const complain = (message: string): boolean => process.stderr.write(`${message}\n`);

/**
 * `npm run migration:generate -- <name-of-change>`: applies the committed migrations to a scratch
 * embedded PostgreSQL (or DATABASE_URL), compares with the entities and writes the difference as a
 * new migration under libs/persistence/src/migrations for review.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9-]+$/.test(name)) {
    complain(
      'Usage: npm run migration:generate -- add-supplier-tables   (kebab-case, says what changes)',
    );
    process.exit(2);
  }
  const diff = async (url: string): Promise<void> => {
    const dataSource = await new DataSource(
      dataSourceOptions(url, 'fairchain-generate'),
    ).initialize();
    try {
      await prepareSchema(dataSource, 'run');
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        say('The entities match the migrations: nothing to generate.');
        return;
      }
      const stamp = Date.now();
      const className =
        name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()) + stamp;
      const line = (q: { query: string; parameters?: unknown[] }): string =>
        `    await db.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
      const file = join(process.cwd(), 'libs/persistence/src/migrations', `${stamp}-${name}.ts`);
      writeFileSync(
        file,
        [
          "import type { MigrationInterface, QueryRunner } from 'typeorm';",
          '',
          `export class ${className} implements MigrationInterface {`,
          `  name = '${className}';`,
          '',
          '  async up(db: QueryRunner): Promise<void> {',
          ...sql.upQueries.map(line),
          '  }',
          '',
          '  async down(db: QueryRunner): Promise<void> {',
          ...sql.downQueries.reverse().map(line),
          '  }',
          '}',
          '',
        ].join('\n'),
      );
      say(
        `Wrote ${file}\nReview it, then add ${className} to libs/persistence/src/migrations/index.ts.`,
      );
    } finally {
      await dataSource.destroy();
    }
  };
  if (process.env.DATABASE_URL) await diff(process.env.DATABASE_URL);
  else await withScratchPostgres(diff);
}

main().catch((error: unknown) => {
  complain(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
