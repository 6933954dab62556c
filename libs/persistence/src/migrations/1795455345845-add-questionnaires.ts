import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddQuestionnaires1795455345845 implements MigrationInterface {
  name = 'AddQuestionnaires1795455345845';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "questionnaire_templates" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "version" integer NOT NULL, "status" text NOT NULL DEFAULT \'draft\', "title" text NOT NULL, "audience" text NOT NULL, "base_locale" text NOT NULL, "definition" jsonb NOT NULL, "translations" jsonb NOT NULL, "built_in" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "questionnaire_templates_audience_check" CHECK (audience IN (\'supplier\',\'agency\')), CONSTRAINT "questionnaire_templates_status_check" CHECK (status IN (\'draft\',\'published\')), CONSTRAINT "PK_fec9840e628a8b8381858310bdc" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE UNIQUE INDEX "questionnaire_templates_org_key_version_key" ON "questionnaire_templates" ("organisation_id", "key", "version") ',
    );
    await db.query(
      'CREATE TABLE "questionnaire_campaigns" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "template_id" uuid NOT NULL, "due_on" date NOT NULL, "closes_on" date NOT NULL, "status" text NOT NULL DEFAULT \'open\', "recipient_rule" jsonb NOT NULL, "recipients_count" integer NOT NULL DEFAULT \'0\', "prefill_months" integer NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "questionnaire_campaigns_status_check" CHECK (status IN (\'open\',\'closed\')), CONSTRAINT "PK_c1e77f96f83b09677d59f840587" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "questionnaire_campaigns_org_created_idx" ON "questionnaire_campaigns" ("organisation_id", "created_at") ',
    );
    await db.query(
      'CREATE TABLE "questionnaire_assignments" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "template_id" uuid NOT NULL, "supplier_id" uuid, "agency_id" uuid, "status" text NOT NULL DEFAULT \'sent\', "due_on" date NOT NULL, "locale" text, "draft" jsonb NOT NULL, "prefilled_from" uuid, "submission_count" integer NOT NULL DEFAULT \'0\', "latest_submission_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "scored_at" TIMESTAMP WITH TIME ZONE, "score" smallint, "reopen_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "questionnaire_assignments_recipient_check" CHECK ((supplier_id IS NULL) <> (agency_id IS NULL)), CONSTRAINT "questionnaire_assignments_status_check" CHECK (status IN (\'sent\',\'in_progress\',\'submitted\',\'scored\',\'overdue\',\'reopened\')), CONSTRAINT "PK_157fb37efa4dbd94bec1012b25a" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "questionnaire_assignments_due_idx" ON "questionnaire_assignments" ("due_on", "status") ',
    );
    await db.query(
      'CREATE INDEX "questionnaire_assignments_org_supplier_idx" ON "questionnaire_assignments" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE INDEX "questionnaire_assignments_org_campaign_status_idx" ON "questionnaire_assignments" ("organisation_id", "campaign_id", "status") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "questionnaire_assignments_campaign_agency_key" ON "questionnaire_assignments" ("campaign_id", "agency_id") WHERE agency_id IS NOT NULL',
    );
    await db.query(
      'CREATE UNIQUE INDEX "questionnaire_assignments_campaign_supplier_key" ON "questionnaire_assignments" ("campaign_id", "supplier_id") WHERE supplier_id IS NOT NULL',
    );
    await db.query(
      'CREATE TABLE "questionnaire_submissions" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "template_id" uuid NOT NULL, "supplier_id" uuid, "agency_id" uuid, "attempt" integer NOT NULL, "answers" jsonb NOT NULL, "locale" text, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT \'pending\', "score" smallint, "result" jsonb, "flagged_indicators" text array, "scored_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "questionnaire_submissions_status_check" CHECK (status IN (\'pending\',\'scored\')), CONSTRAINT "PK_f33cc94a89fae16474244a8622b" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "questionnaire_submissions_org_supplier_idx" ON "questionnaire_submissions" ("organisation_id", "supplier_id", "submitted_at") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "questionnaire_submissions_assignment_attempt_key" ON "questionnaire_submissions" ("assignment_id", "attempt") ',
    );
    await db.query(
      'CREATE TABLE "stored_files" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "stored_files_org_owner_idx" ON "stored_files" ("organisation_id", "owner_type", "owner_id") ',
    );
    await db.query('ALTER TABLE "notifications" ADD "subject_type" text');
    await db.query('ALTER TABLE "notifications" ADD "subject_id" uuid');
    await db.query(
      'ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_campaigns" ADD CONSTRAINT "questionnaire_campaigns_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_campaigns" ADD CONSTRAINT "questionnaire_campaigns_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "questionnaire_templates"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "questionnaire_campaigns"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "recruitment_agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_submissions" ADD CONSTRAINT "questionnaire_submissions_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "questionnaire_submissions" ADD CONSTRAINT "questionnaire_submissions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "questionnaire_assignments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_submissions" DROP CONSTRAINT "questionnaire_submissions_assignment_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_submissions" DROP CONSTRAINT "questionnaire_submissions_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" DROP CONSTRAINT "questionnaire_assignments_agency_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" DROP CONSTRAINT "questionnaire_assignments_supplier_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" DROP CONSTRAINT "questionnaire_assignments_campaign_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_assignments" DROP CONSTRAINT "questionnaire_assignments_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_campaigns" DROP CONSTRAINT "questionnaire_campaigns_template_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_campaigns" DROP CONSTRAINT "questionnaire_campaigns_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "questionnaire_templates" DROP CONSTRAINT "questionnaire_templates_organisation_id_fkey"',
    );
    await db.query('ALTER TABLE "notifications" DROP COLUMN "subject_id"');
    await db.query('ALTER TABLE "notifications" DROP COLUMN "subject_type"');
    await db.query('DROP INDEX "public"."stored_files_org_owner_idx"');
    await db.query('DROP TABLE "stored_files"');
    await db.query('DROP INDEX "public"."questionnaire_submissions_assignment_attempt_key"');
    await db.query('DROP INDEX "public"."questionnaire_submissions_org_supplier_idx"');
    await db.query('DROP TABLE "questionnaire_submissions"');
    await db.query('DROP INDEX "public"."questionnaire_assignments_campaign_supplier_key"');
    await db.query('DROP INDEX "public"."questionnaire_assignments_campaign_agency_key"');
    await db.query('DROP INDEX "public"."questionnaire_assignments_org_campaign_status_idx"');
    await db.query('DROP INDEX "public"."questionnaire_assignments_org_supplier_idx"');
    await db.query('DROP INDEX "public"."questionnaire_assignments_due_idx"');
    await db.query('DROP TABLE "questionnaire_assignments"');
    await db.query('DROP INDEX "public"."questionnaire_campaigns_org_created_idx"');
    await db.query('DROP TABLE "questionnaire_campaigns"');
    await db.query('DROP INDEX "public"."questionnaire_templates_org_key_version_key"');
    await db.query('DROP TABLE "questionnaire_templates"');
  }
}
