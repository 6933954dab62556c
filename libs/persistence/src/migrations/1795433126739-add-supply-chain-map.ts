import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reporting companies, supplier sites, supply links with per-company tiers; binds supplier users to a site. */
export class AddSupplyChainMap1795433126739 implements MigrationInterface {
  name = 'AddSupplyChainMap1795433126739';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "suppliers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "external_id" text, "name" text NOT NULL, "address" text, "country" character(2) NOT NULL, "sector" text NOT NULL, "products" text, "hs_code" text, "workforce_total" integer NOT NULL DEFAULT \'0\', "workforce_migrant" integer NOT NULL DEFAULT \'0\', "workforce_female" integer NOT NULL DEFAULT \'0\', "workforce_agency" integer NOT NULL DEFAULT \'0\', "lei" text, "duns" text, "os_id" text, "status" text NOT NULL DEFAULT \'active\', "contact_email" text, "tier" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "suppliers_workforce_check" CHECK (workforce_total >= 0 AND workforce_migrant >= 0 AND workforce_female >= 0 AND workforce_agency >= 0\n   AND workforce_migrant <= workforce_total AND workforce_female <= workforce_total AND workforce_agency <= workforce_total), CONSTRAINT "suppliers_status_check" CHECK (status IN (\'active\',\'archived\')), CONSTRAINT "PK_b70ac51766a9e3144f778cfe81e" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "suppliers_org_tier_idx" ON "suppliers" ("organisation_id", "tier") ',
    );
    await db.query(
      'CREATE INDEX "suppliers_org_sector_idx" ON "suppliers" ("organisation_id", "sector") ',
    );
    await db.query(
      'CREATE INDEX "suppliers_org_country_idx" ON "suppliers" ("organisation_id", "country") ',
    );
    await db.query(
      'CREATE INDEX "suppliers_org_name_idx" ON "suppliers" ("organisation_id", "name", "id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "suppliers_org_external_id_key" ON "suppliers" ("organisation_id", "external_id") WHERE external_id IS NOT NULL',
    );
    await db.query(
      'CREATE TABLE "reporting_companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "registration_number" text, "hq_country" character(2) NOT NULL, "sector" text NOT NULL, "annual_turnover_minor" bigint, "turnover_currency" character(3), "financial_year_end_month" smallint NOT NULL, "financial_year_end_day" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reporting_companies_turnover_check" CHECK (annual_turnover_minor IS NULL OR (annual_turnover_minor >= 0 AND turnover_currency IS NOT NULL)), CONSTRAINT "reporting_companies_fy_end_check" CHECK (financial_year_end_month BETWEEN 1 AND 12 AND financial_year_end_day BETWEEN 1 AND 31), CONSTRAINT "PK_31004a541bb927d1fbb93e63f6a" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "reporting_companies_org_name_idx" ON "reporting_companies" ("organisation_id", "name") ',
    );
    await db.query(
      'CREATE TABLE "supplier_tiers" ("organisation_id" uuid NOT NULL, "company_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "tier" smallint NOT NULL, CONSTRAINT "supplier_tiers_pkey" PRIMARY KEY ("organisation_id", "company_id", "supplier_id"))',
    );
    await db.query(
      'CREATE TABLE "supply_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "buyer_company_id" uuid, "buyer_supplier_id" uuid, "supplier_id" uuid NOT NULL, "commodity" text, "annual_spend_minor" bigint, "spend_currency" character(3), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "supply_links_spend_check" CHECK (annual_spend_minor IS NULL OR (annual_spend_minor >= 0 AND spend_currency IS NOT NULL)), CONSTRAINT "supply_links_not_self_check" CHECK (buyer_supplier_id IS NULL OR buyer_supplier_id <> supplier_id), CONSTRAINT "supply_links_one_buyer_check" CHECK ((buyer_company_id IS NULL) <> (buyer_supplier_id IS NULL)), CONSTRAINT "PK_f52274c75682188e91848871775" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "supply_links_org_supplier_idx" ON "supply_links" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "supply_links_site_pair_key" ON "supply_links" ("organisation_id", "buyer_supplier_id", "supplier_id") WHERE buyer_supplier_id IS NOT NULL',
    );
    await db.query(
      'CREATE UNIQUE INDEX "supply_links_company_pair_key" ON "supply_links" ("organisation_id", "buyer_company_id", "supplier_id") WHERE buyer_company_id IS NOT NULL',
    );
    await db.query(
      'ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "reporting_companies" ADD CONSTRAINT "reporting_companies_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supplier_tiers" ADD CONSTRAINT "supplier_tiers_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "reporting_companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supplier_tiers" ADD CONSTRAINT "supplier_tiers_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supply_links" ADD CONSTRAINT "supply_links_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supply_links" ADD CONSTRAINT "supply_links_buyer_company_id_fkey" FOREIGN KEY ("buyer_company_id") REFERENCES "reporting_companies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supply_links" ADD CONSTRAINT "supply_links_buyer_supplier_id_fkey" FOREIGN KEY ("buyer_supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "supply_links" ADD CONSTRAINT "supply_links_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "supply_links" DROP CONSTRAINT "supply_links_supplier_id_fkey"');
    await db.query(
      'ALTER TABLE "supply_links" DROP CONSTRAINT "supply_links_buyer_supplier_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "supply_links" DROP CONSTRAINT "supply_links_buyer_company_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "supply_links" DROP CONSTRAINT "supply_links_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "supplier_tiers" DROP CONSTRAINT "supplier_tiers_supplier_id_fkey"',
    );
    await db.query('ALTER TABLE "supplier_tiers" DROP CONSTRAINT "supplier_tiers_company_id_fkey"');
    await db.query(
      'ALTER TABLE "reporting_companies" DROP CONSTRAINT "reporting_companies_organisation_id_fkey"',
    );
    await db.query('ALTER TABLE "users" DROP CONSTRAINT "users_supplier_id_fkey"');
    await db.query('ALTER TABLE "suppliers" DROP CONSTRAINT "suppliers_organisation_id_fkey"');
    await db.query('DROP INDEX "public"."supply_links_company_pair_key"');
    await db.query('DROP INDEX "public"."supply_links_site_pair_key"');
    await db.query('DROP INDEX "public"."supply_links_org_supplier_idx"');
    await db.query('DROP TABLE "supply_links"');
    await db.query('DROP TABLE "supplier_tiers"');
    await db.query('DROP INDEX "public"."reporting_companies_org_name_idx"');
    await db.query('DROP TABLE "reporting_companies"');
    await db.query('DROP INDEX "public"."suppliers_org_external_id_key"');
    await db.query('DROP INDEX "public"."suppliers_org_name_idx"');
    await db.query('DROP INDEX "public"."suppliers_org_country_idx"');
    await db.query('DROP INDEX "public"."suppliers_org_sector_idx"');
    await db.query('DROP INDEX "public"."suppliers_org_tier_idx"');
    await db.query('DROP TABLE "suppliers"');
  }
}
