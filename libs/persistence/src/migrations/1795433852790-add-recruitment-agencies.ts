import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recruitment agencies with their fee practice, their engagements at sites, and dated FX rates. */
export class AddRecruitmentAgencies1795433852790 implements MigrationInterface {
  name = 'AddRecruitmentAgencies1795433852790';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "recruitment_agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "external_id" text, "name" text NOT NULL, "licence_number" text, "licensing_country" character(2), "licence_status" text NOT NULL DEFAULT \'unknown\', "licence_expires_on" date, "countries_of_operation" text array NOT NULL DEFAULT \'{}\', "employer_pays_committed" boolean, "fees_charged_to_workers" jsonb NOT NULL DEFAULT \'[]\', "deposit_required" boolean, "deposit_amount_minor" bigint, "deposit_currency" character(3), "loans_offered" boolean, "loan_interest_rate_percent" numeric(6,2), "retains_documents" boolean, "contract_in_worker_language" boolean, "status" text NOT NULL DEFAULT \'active\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "recruitment_agencies_deposit_check" CHECK (deposit_amount_minor IS NULL OR (deposit_amount_minor >= 0 AND deposit_currency IS NOT NULL)), CONSTRAINT "recruitment_agencies_status_check" CHECK (status IN (\'active\',\'archived\')), CONSTRAINT "recruitment_agencies_licence_status_check" CHECK (licence_status IN (\'licensed\',\'expired\',\'suspended\',\'revoked\',\'unlicensed\',\'unknown\')), CONSTRAINT "PK_71ae3e9a7a9c83b0d046999a699" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "recruitment_agencies_org_name_idx" ON "recruitment_agencies" ("organisation_id", "name") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "recruitment_agencies_org_external_id_key" ON "recruitment_agencies" ("organisation_id", "external_id") WHERE external_id IS NOT NULL',
    );
    await db.query(
      'CREATE TABLE "agency_engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "origin_country" character(2) NOT NULL, "destination_country" character(2) NOT NULL, "workers_placed" integer NOT NULL, "monthly_wage_minor" bigint NOT NULL, "wage_currency" character(3) NOT NULL, "fee_months" numeric(8,2), "fee_burden" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agency_engagements_wage_check" CHECK (monthly_wage_minor > 0), CONSTRAINT "agency_engagements_workers_check" CHECK (workers_placed >= 0), CONSTRAINT "PK_47bf866c48d168a7d392790b62e" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "agency_engagements_org_agency_idx" ON "agency_engagements" ("organisation_id", "agency_id") ',
    );
    await db.query(
      'CREATE INDEX "agency_engagements_org_supplier_idx" ON "agency_engagements" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE TABLE "fx_rates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "base" character(3) NOT NULL, "quote" character(3) NOT NULL, "rate" numeric(24,10) NOT NULL, "valid_on" date NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fx_rates_positive_check" CHECK (rate > 0), CONSTRAINT "PK_94eb17e7eddb6df0cec5985ea5f" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE UNIQUE INDEX "fx_rates_org_pair_date_key" ON "fx_rates" ("organisation_id", "base", "quote", "valid_on") ',
    );
    await db.query(
      'ALTER TABLE "recruitment_agencies" ADD CONSTRAINT "recruitment_agencies_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "agency_engagements" ADD CONSTRAINT "agency_engagements_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "agency_engagements" ADD CONSTRAINT "agency_engagements_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "recruitment_agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "agency_engagements" ADD CONSTRAINT "agency_engagements_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "fx_rates" ADD CONSTRAINT "fx_rates_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "fx_rates" DROP CONSTRAINT "fx_rates_organisation_id_fkey"');
    await db.query(
      'ALTER TABLE "agency_engagements" DROP CONSTRAINT "agency_engagements_supplier_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "agency_engagements" DROP CONSTRAINT "agency_engagements_agency_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "agency_engagements" DROP CONSTRAINT "agency_engagements_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "recruitment_agencies" DROP CONSTRAINT "recruitment_agencies_organisation_id_fkey"',
    );
    await db.query('DROP INDEX "public"."fx_rates_org_pair_date_key"');
    await db.query('DROP TABLE "fx_rates"');
    await db.query('DROP INDEX "public"."agency_engagements_org_supplier_idx"');
    await db.query('DROP INDEX "public"."agency_engagements_org_agency_idx"');
    await db.query('DROP TABLE "agency_engagements"');
    await db.query('DROP INDEX "public"."recruitment_agencies_org_external_id_key"');
    await db.query('DROP INDEX "public"."recruitment_agencies_org_name_idx"');
    await db.query('DROP TABLE "recruitment_agencies"');
  }
}
