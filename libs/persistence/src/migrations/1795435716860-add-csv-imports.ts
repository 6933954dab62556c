import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk CSV imports: the job with its progress and report, and the uploaded file in chunks. */
export class AddCsvImports1795435716860 implements MigrationInterface {
  name = 'AddCsvImports1795435716860';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT \'queued\', "file_name" text, "file_bytes" bigint NOT NULL DEFAULT \'0\', "total_rows" integer NOT NULL DEFAULT \'0\', "rows_done" integer NOT NULL DEFAULT \'0\', "created" integer NOT NULL DEFAULT \'0\', "updated" integer NOT NULL DEFAULT \'0\', "unchanged" integer NOT NULL DEFAULT \'0\', "rejected" integer NOT NULL DEFAULT \'0\', "rejections" jsonb NOT NULL DEFAULT \'[]\', "failure" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "imports_status_check" CHECK (status IN (\'queued\',\'running\',\'completed\',\'failed\')), CONSTRAINT "PK_ea10c62f5eb1d75e83d8b5225db" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "imports_org_created_idx" ON "imports" ("organisation_id", "created_at") ',
    );
    await db.query(
      'CREATE TABLE "import_chunks" ("organisation_id" uuid NOT NULL, "import_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "import_chunks_pkey" PRIMARY KEY ("organisation_id", "import_id", "seq"))',
    );
    await db.query(
      'ALTER TABLE "imports" ADD CONSTRAINT "imports_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "import_chunks" ADD CONSTRAINT "import_chunks_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "import_chunks" DROP CONSTRAINT "import_chunks_import_id_fkey"');
    await db.query('ALTER TABLE "imports" DROP CONSTRAINT "imports_organisation_id_fkey"');
    await db.query('DROP TABLE "import_chunks"');
    await db.query('DROP INDEX "public"."imports_org_created_idx"');
    await db.query('DROP TABLE "imports"');
  }
}
