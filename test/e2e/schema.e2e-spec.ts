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
      // Every table but the tenants themselves and TypeORM's bookkeeping belongs to a tenant.
      const rows: { table_name: string; is_nullable: string | null; leads_index: boolean }[] =
        await dataSource.query(`
        SELECT t.table_name, c.is_nullable,
               EXISTS (SELECT 1 FROM pg_index i JOIN pg_class r ON r.oid = i.indrelid
                        JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = i.indkey[0]
                       WHERE r.relname = t.table_name AND a.attname = 'organisation_id') AS leads_index
          FROM information_schema.tables t
          LEFT JOIN information_schema.columns c
            ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'organisation_id'
         WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
           AND t.table_name NOT IN ('organisations', 'schema_migrations')
         ORDER BY t.table_name`);
      expect(rows.length).toBeGreaterThanOrEqual(12);
      for (const row of rows) {
        expect({
          table: row.table_name,
          nullable: row.is_nullable,
          leadsIndex: row.leads_index,
        }).toEqual({
          table: row.table_name,
          nullable: 'NO',
          leadsIndex: true,
        });
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
