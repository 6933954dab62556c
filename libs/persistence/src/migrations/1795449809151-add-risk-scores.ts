import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRiskScores1795449809151 implements MigrationInterface {
  name = 'AddRiskScores1795449809151';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "site_risk_scores" ("organisation_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "score" smallint NOT NULL, "band" text NOT NULL, "own_score" smallint NOT NULL, "own_factors" json NOT NULL, "factors_hash" text NOT NULL, "upstream_score" smallint, "upstream_supplier_id" uuid, "no_evidence" boolean NOT NULL, "main_factor" text NOT NULL, "main_factor_points" smallint NOT NULL, "model_version" text NOT NULL, "reference_version" text NOT NULL, "as_of" date NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "site_risk_scores_band_check" CHECK (band IN (\'low\',\'medium\',\'high\',\'critical\')), CONSTRAINT "site_risk_scores_score_check" CHECK (score BETWEEN 0 AND 100 AND own_score BETWEEN 0 AND 100), CONSTRAINT "site_risk_scores_pkey" PRIMARY KEY ("organisation_id", "supplier_id"))',
    );
    await db.query(
      'CREATE TABLE "site_risk_snapshots" ("organisation_id" uuid NOT NULL, "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "supplier_id" uuid NOT NULL, "score" smallint NOT NULL, "band" text NOT NULL, "own_score" smallint NOT NULL, "main_factor" text NOT NULL, "model_version" text NOT NULL, "reference_version" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6381b98202bbdaad382698a6c65" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "site_risk_snapshots_org_site_time_idx" ON "site_risk_snapshots" ("organisation_id", "supplier_id", "computed_at") ',
    );
    await db.query(
      'CREATE TABLE "risk_recalculations" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'queued\', "reason" text NOT NULL, "requested_by" uuid, "sites_total" integer, "sites_done" integer NOT NULL DEFAULT \'0\', "sites_changed" integer, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "risk_recalculations_status_check" CHECK (status IN (\'queued\',\'running\',\'done\',\'failed\')), CONSTRAINT "PK_40c38464d00bdf9e64f224569a3" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "risk_recalculations_org_created_idx" ON "risk_recalculations" ("organisation_id", "created_at") ',
    );
    await db.query(
      'CREATE TABLE "risk_reference_editions" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL, "table_name" text NOT NULL, "edition" text NOT NULL, "source" text NOT NULL, "licence" text NOT NULL, "rows" jsonb NOT NULL, "row_count" integer NOT NULL, "loaded_by" uuid, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "risk_reference_editions_table_check" CHECK (table_name IN (\'tip-tiers\',\'dol-goods\',\'dol-downstream\',\'sector-weights\',\'slavery-index\')), CONSTRAINT "PK_e3badd9d31c78ff82f8aa3663fd" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "risk_reference_editions_org_table_idx" ON "risk_reference_editions" ("organisation_id", "table_name", "loaded_at") ',
    );
    await db.query(
      'ALTER TABLE "risk_recalculations" ADD CONSTRAINT "risk_recalculations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "risk_reference_editions" ADD CONSTRAINT "risk_reference_editions_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "risk_reference_editions" DROP CONSTRAINT "risk_reference_editions_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "risk_recalculations" DROP CONSTRAINT "risk_recalculations_organisation_id_fkey"',
    );
    await db.query('DROP INDEX "public"."risk_reference_editions_org_table_idx"');
    await db.query('DROP TABLE "risk_reference_editions"');
    await db.query('DROP INDEX "public"."risk_recalculations_org_created_idx"');
    await db.query('DROP TABLE "risk_recalculations"');
    await db.query('DROP INDEX "public"."site_risk_snapshots_org_site_time_idx"');
    await db.query('DROP TABLE "site_risk_snapshots"');
    await db.query('DROP TABLE "site_risk_scores"');
  }
}
