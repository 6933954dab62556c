import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGrievances1795461837738 implements MigrationInterface {
  name = 'AddGrievances1795461837738';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "grievance_channels" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "supplier_id" uuid, "agency_id" uuid, "origin_country" text, "destination_country" text, "languages" text array NOT NULL, "status" text NOT NULL DEFAULT \'open\', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grievance_channels_target_check" CHECK ((supplier_id IS NULL) <> (agency_id IS NULL)), CONSTRAINT "grievance_channels_status_check" CHECK (status IN (\'open\',\'closed\')), CONSTRAINT "PK_27b35db6304be93274af87111ec" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "grievance_channels_org_idx" ON "grievance_channels" ("organisation_id", "status") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "grievance_channels_code_key" ON "grievance_channels" ("code") ',
    );
    await db.query(
      'CREATE TABLE "grievance_cases" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "follow_up_key_hash" text NOT NULL, "channel_id" uuid NOT NULL, "category" text NOT NULL, "description_sealed" text NOT NULL, "happened_on" date, "workers_affected" text NOT NULL, "contact_preference" text NOT NULL, "contact_sealed" text, "language" text, "received_on" date NOT NULL, "registered" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT \'received\', "severity" text, "indicators" text array NOT NULL, "supplier_id" uuid, "agency_id" uuid, "acknowledged_on" date, "outcome" text, "outcome_on" date, "closed_on" date, "remedy_corrective_action_id" uuid, "remedy_fee_remediation_id" uuid, "acknowledgement_overdue" boolean NOT NULL DEFAULT false, "feedback_overdue" boolean NOT NULL DEFAULT false, CONSTRAINT "grievance_cases_status_check" CHECK (status IN (\'received\',\'acknowledged\',\'investigating\',\'outcome_recorded\',\'closed\')), CONSTRAINT "PK_a8edba74ecbb5c8967fda61e04b" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "grievance_cases_org_supplier_idx" ON "grievance_cases" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE INDEX "grievance_cases_org_status_idx" ON "grievance_cases" ("organisation_id", "status") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "grievance_cases_reference_key" ON "grievance_cases" ("reference") ',
    );
    await db.query(
      'CREATE TABLE "grievance_messages" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" integer NOT NULL, "author" text NOT NULL, "text_sealed" text NOT NULL, "sent_on" date NOT NULL, CONSTRAINT "grievance_messages_author_check" CHECK (author IN (\'organisation\',\'reporter\')), CONSTRAINT "PK_85225744335040862cbc6f42b6f" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "grievance_messages_case_idx" ON "grievance_messages" ("organisation_id", "case_id", "position") ',
    );
    await db.query(
      'CREATE TABLE "grievance_shared_summaries" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "summary" text NOT NULL, "shared_by" uuid NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_265bbb89e3e68525062c36c42ae" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "grievance_shared_summaries_org_supplier_idx" ON "grievance_shared_summaries" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'ALTER TABLE "grievance_channels" ADD CONSTRAINT "grievance_channels_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "grievance_channels" ADD CONSTRAINT "grievance_channels_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "grievance_cases" ADD CONSTRAINT "grievance_cases_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "grievance_cases" ADD CONSTRAINT "grievance_cases_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "grievance_channels"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "grievance_messages" ADD CONSTRAINT "grievance_messages_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "grievance_shared_summaries" ADD CONSTRAINT "grievance_shared_summaries_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "grievance_shared_summaries" DROP CONSTRAINT "grievance_shared_summaries_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "grievance_messages" DROP CONSTRAINT "grievance_messages_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "grievance_cases" DROP CONSTRAINT "grievance_cases_channel_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "grievance_cases" DROP CONSTRAINT "grievance_cases_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "grievance_channels" DROP CONSTRAINT "grievance_channels_supplier_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "grievance_channels" DROP CONSTRAINT "grievance_channels_organisation_id_fkey"',
    );
    await db.query('DROP INDEX "public"."grievance_shared_summaries_org_supplier_idx"');
    await db.query('DROP TABLE "grievance_shared_summaries"');
    await db.query('DROP INDEX "public"."grievance_messages_case_idx"');
    await db.query('DROP TABLE "grievance_messages"');
    await db.query('DROP INDEX "public"."grievance_cases_reference_key"');
    await db.query('DROP INDEX "public"."grievance_cases_org_status_idx"');
    await db.query('DROP INDEX "public"."grievance_cases_org_supplier_idx"');
    await db.query('DROP TABLE "grievance_cases"');
    await db.query('DROP INDEX "public"."grievance_channels_code_key"');
    await db.query('DROP INDEX "public"."grievance_channels_org_idx"');
    await db.query('DROP TABLE "grievance_channels"');
  }
}
