import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStatements1796591049149 implements MigrationInterface {
  name = 'AddStatements1796591049149';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "statements" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "version" integer NOT NULL, "status" text NOT NULL DEFAULT \'draft\', "content" jsonb NOT NULL, "narratives" jsonb NOT NULL DEFAULT \'{}\', "snapshot_at" TIMESTAMP WITH TIME ZONE NOT NULL, "supersedes_id" uuid, "superseded_by_id" uuid, "approval_body" text, "approved_on" date, "signer_name" text, "signer_title" text, "signed_on" date, "signed_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "statement_url" text, "pdf_file_id" uuid, "pdf_sha256" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statements_period_check" CHECK (period_to > period_from), CONSTRAINT "statements_status_check" CHECK (status IN (\'draft\',\'submitted\',\'approved\',\'signed\',\'published\')), CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE UNIQUE INDEX "statements_org_company_year_version_key" ON "statements" ("organisation_id", "company_id", "period_to", "version") ',
    );
    await db.query(
      'CREATE TABLE "statement_records" ("organisation_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "kind" text NOT NULL, "seq" integer NOT NULL, "record_id" uuid NOT NULL, "facts" jsonb NOT NULL, CONSTRAINT "statement_records_pkey" PRIMARY KEY ("organisation_id", "statement_id", "kind", "seq"))',
    );
    await db.query(
      'CREATE TABLE "statement_documents" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "regime" text NOT NULL, "status" text NOT NULL DEFAULT \'queued\', "statement_status" text NOT NULL, "file_id" uuid, "sha256" text, "size_bytes" integer, "error" text, "requested_by" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "statement_documents_status_check" CHECK (status IN (\'queued\',\'rendering\',\'done\',\'failed\')), CONSTRAINT "PK_017693802492248d3189e67eda7" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "statement_documents_org_statement_idx" ON "statement_documents" ("organisation_id", "statement_id") ',
    );
    await db.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "statements_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "statement_documents" ADD CONSTRAINT "statement_documents_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "statements_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "reporting_companies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // A published statement is what the public read: the database refuses to change or delete it,
    // or the records its figures were counted from. Only the pointer to a superseding version, and
    // the PDF's file and hash once (the worker records them after publication), may be set.
    await db.query(`CREATE FUNCTION statements_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status = 'published' THEN
            RAISE EXCEPTION 'statement % is published and cannot be deleted', OLD.id USING ERRCODE = '23514';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status = 'published' AND (
             (to_jsonb(NEW) - ARRAY['superseded_by_id','pdf_file_id','pdf_sha256','updated_at'])
               IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['superseded_by_id','pdf_file_id','pdf_sha256','updated_at'])
             OR (OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256)
             OR (OLD.superseded_by_id IS NOT NULL AND NEW.superseded_by_id IS DISTINCT FROM OLD.superseded_by_id)) THEN
          RAISE EXCEPTION 'statement % is published and cannot change', OLD.id USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      'CREATE TRIGGER statements_published_immutable BEFORE UPDATE OR DELETE ON statements FOR EACH ROW EXECUTE FUNCTION statements_published_immutable()',
    );
    await db.query(`CREATE FUNCTION statement_records_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed_rows r JOIN statements s ON s.id = r.statement_id
                    WHERE s.status = 'published') THEN
          RAISE EXCEPTION 'the records of a published statement cannot change' USING ERRCODE = '23514';
        END IF;
        RETURN NULL;
      END $$`);
    for (const [operation, table] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'OLD'],
      ['DELETE', 'OLD'],
    ])
      await db.query(
        `CREATE TRIGGER statement_records_frozen_${operation.toLowerCase()} AFTER ${operation} ON statement_records REFERENCING ${table} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION statement_records_frozen()`,
      );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const operation of ['insert', 'update', 'delete'])
      await db.query(`DROP TRIGGER statement_records_frozen_${operation} ON statement_records`);
    await db.query('DROP FUNCTION statement_records_frozen()');
    await db.query('DROP TRIGGER statements_published_immutable ON statements');
    await db.query('DROP FUNCTION statements_published_immutable()');
    await db.query('ALTER TABLE "statements" DROP CONSTRAINT "statements_company_id_fkey"');
    await db.query(
      'ALTER TABLE "statement_documents" DROP CONSTRAINT "statement_documents_organisation_id_fkey"',
    );
    await db.query('ALTER TABLE "statements" DROP CONSTRAINT "statements_organisation_id_fkey"');
    await db.query('DROP INDEX "public"."statement_documents_org_statement_idx"');
    await db.query('DROP TABLE "statement_documents"');
    await db.query('DROP TABLE "statement_records"');
    await db.query('DROP INDEX "public"."statements_org_company_year_version_key"');
    await db.query('DROP TABLE "statements"');
  }
}
