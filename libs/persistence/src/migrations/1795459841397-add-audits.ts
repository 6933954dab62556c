import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAudits1795459841397 implements MigrationInterface {
  name = 'AddAudits1795459841397';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "audits" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "supplier_id" uuid NOT NULL, "type" text NOT NULL, "planned_on" date, "window_start" date, "window_end" date, "scope_indicators" text array NOT NULL, "scope_notes" text, "audit_firm" text, "auditor_ids" uuid array NOT NULL, "status" text NOT NULL DEFAULT \'planned\', "report_draft" jsonb, "report" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "processed_at" TIMESTAMP WITH TIME ZONE, "report_file_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audits_schedule_check" CHECK ((type = \'announced\' AND planned_on IS NOT NULL) OR\n   (type <> \'announced\' AND window_start IS NOT NULL AND window_end >= window_start)), CONSTRAINT "audits_status_check" CHECK (status IN (\'planned\',\'submitted\',\'processed\',\'cancelled\')), CONSTRAINT "audits_type_check" CHECK (type IN (\'announced\',\'semi_announced\',\'unannounced\')), CONSTRAINT "PK_b2d7a2089999197dc7024820f28" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "audits_org_supplier_idx" ON "audits" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "audits_org_reference_key" ON "audits" ("organisation_id", "reference") ',
    );
    await db.query(
      'CREATE TABLE "audit_findings" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "position" integer NOT NULL, "category" text NOT NULL, "severity" text NOT NULL, "indicators" text array NOT NULL, "description" text NOT NULL, "workers_affected" integer, "fees_paid_minor" bigint, "fees_currency" text, "evidence_file_ids" uuid array NOT NULL, "closed_on" date, CONSTRAINT "PK_b66fb855ac062aabeccdd4ec1b4" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "audit_findings_org_supplier_idx" ON "audit_findings" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "audit_findings_audit_position_key" ON "audit_findings" ("audit_id", "position") ',
    );
    await db.query(
      'CREATE TABLE "corrective_actions" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "finding_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "severity" text NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT \'open\', "root_cause" text, "action_plan" text, "officer_comment" text, "evidence_note" text, "evidence_file_ids" uuid array NOT NULL, "closure_method" text, "closed_on" date, "overdue_since" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "corrective_actions_status_check" CHECK (status IN (\'open\',\'plan_submitted\',\'plan_accepted\',\'evidence_submitted\',\'follow_up_required\',\'closed\')), CONSTRAINT "PK_b1382eccccc5ca8d821e3688ade" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "corrective_actions_due_idx" ON "corrective_actions" ("due_on") WHERE status <> \'closed\'',
    );
    await db.query(
      'CREATE INDEX "corrective_actions_org_supplier_idx" ON "corrective_actions" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "corrective_actions_finding_key" ON "corrective_actions" ("finding_id") ',
    );
    await db.query(
      'CREATE TABLE "fee_remediations" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "agency_id" uuid, "audit_id" uuid, "finding_id" uuid, "workers_affected" integer NOT NULL, "owed_minor" bigint NOT NULL, "repaid_minor" bigint NOT NULL DEFAULT \'0\', "currency" text NOT NULL, "status" text NOT NULL DEFAULT \'open\', "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fee_remediations_closed_check" CHECK ((status = \'closed\') = (repaid_minor = owed_minor)), CONSTRAINT "fee_remediations_amounts_check" CHECK (repaid_minor >= 0 AND repaid_minor <= owed_minor), CONSTRAINT "fee_remediations_status_check" CHECK (status IN (\'open\',\'closed\')), CONSTRAINT "PK_7d581d40daea8a64291cd84ef5f" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "fee_remediations_org_supplier_idx" ON "fee_remediations" ("organisation_id", "supplier_id") ',
    );
    await db.query(
      'CREATE UNIQUE INDEX "fee_remediations_finding_key" ON "fee_remediations" ("finding_id") WHERE finding_id IS NOT NULL',
    );
    await db.query(
      'CREATE TABLE "fee_repayments" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "remediation_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "paid_on" date NOT NULL, "evidence_file_id" uuid, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5ac132e69d10c2ebad4620bf65" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "fee_repayments_org_remediation_idx" ON "fee_repayments" ("organisation_id", "remediation_id") ',
    );
    await db.query(
      'ALTER TABLE "audits" ADD CONSTRAINT "audits_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "audits" ADD CONSTRAINT "audits_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "audit_findings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "fee_remediations" ADD CONSTRAINT "fee_remediations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "fee_remediations" ADD CONSTRAINT "fee_remediations_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "audit_findings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "fee_repayments" ADD CONSTRAINT "fee_repayments_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "fee_repayments" ADD CONSTRAINT "fee_repayments_remediation_id_fkey" FOREIGN KEY ("remediation_id") REFERENCES "fee_remediations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "fee_repayments" DROP CONSTRAINT "fee_repayments_remediation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "fee_repayments" DROP CONSTRAINT "fee_repayments_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "fee_remediations" DROP CONSTRAINT "fee_remediations_finding_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "fee_remediations" DROP CONSTRAINT "fee_remediations_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" DROP CONSTRAINT "corrective_actions_finding_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" DROP CONSTRAINT "corrective_actions_audit_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "corrective_actions" DROP CONSTRAINT "corrective_actions_organisation_id_fkey"',
    );
    await db.query('ALTER TABLE "audit_findings" DROP CONSTRAINT "audit_findings_audit_id_fkey"');
    await db.query(
      'ALTER TABLE "audit_findings" DROP CONSTRAINT "audit_findings_organisation_id_fkey"',
    );
    await db.query('ALTER TABLE "audits" DROP CONSTRAINT "audits_supplier_id_fkey"');
    await db.query('ALTER TABLE "audits" DROP CONSTRAINT "audits_organisation_id_fkey"');
    await db.query('DROP INDEX "public"."fee_repayments_org_remediation_idx"');
    await db.query('DROP TABLE "fee_repayments"');
    await db.query('DROP INDEX "public"."fee_remediations_finding_key"');
    await db.query('DROP INDEX "public"."fee_remediations_org_supplier_idx"');
    await db.query('DROP TABLE "fee_remediations"');
    await db.query('DROP INDEX "public"."corrective_actions_finding_key"');
    await db.query('DROP INDEX "public"."corrective_actions_org_supplier_idx"');
    await db.query('DROP INDEX "public"."corrective_actions_due_idx"');
    await db.query('DROP TABLE "corrective_actions"');
    await db.query('DROP INDEX "public"."audit_findings_audit_position_key"');
    await db.query('DROP INDEX "public"."audit_findings_org_supplier_idx"');
    await db.query('DROP TABLE "audit_findings"');
    await db.query('DROP INDEX "public"."audits_org_reference_key"');
    await db.query('DROP INDEX "public"."audits_org_supplier_idx"');
    await db.query('DROP TABLE "audits"');
  }
}
