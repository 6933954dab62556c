import { dataSourceOptions } from '@app/persistence';
import { DataSource } from 'typeorm';

describe('Database schema', () => {
  it('is exactly what the entities describe once the committed migrations have run (no drift)', async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(process.env.E2E_DATABASE_URL!),
    ).initialize();
    try {
      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((query) => query.query)).toEqual([]);
      const pending = await dataSource.showMigrations();
      expect(pending).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('carries the organisation id on every tenant-owned table, NOT NULL and leading an index', async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(process.env.E2E_DATABASE_URL!),
    ).initialize();
    try {
      const rows: { table_name: string; is_nullable: string; leads_index: boolean }[] =
        await dataSource.query(`
        SELECT c.table_name, c.is_nullable,
               EXISTS (SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
                       WHERE t.relname = c.table_name AND a.attname = 'organisation_id') AS leads_index
          FROM information_schema.columns c
         WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id'
         ORDER BY c.table_name`);
      expect(rows.map((row) => row.table_name)).toEqual([
        'activity_log',
        'notifications',
        'outbox_events',
        'refresh_tokens',
        'reporting_companies',
        'supplier_tiers',
        'suppliers',
        'supply_links',
        'users',
      ]);
      for (const row of rows) expect(row).toMatchObject({ is_nullable: 'NO', leads_index: true });
    } finally {
      await dataSource.destroy();
    }
  });
});
