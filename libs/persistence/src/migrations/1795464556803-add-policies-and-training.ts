import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPoliciesAndTraining1795464556803 implements MigrationInterface {
  name = 'AddPoliciesAndTraining1795464556803';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE "policy_documents" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid, "title" text NOT NULL, "topic" text NOT NULL, "version" text NOT NULL, "adopted_on" date NOT NULL, "url" text, "summary" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "policy_documents_topic_check" CHECK (topic IN (\'modern_slavery\',\'supplier_code_of_conduct\',\'recruitment_fees\',\'identity_documents\',\'grievance_mechanism\',\'responsible_purchasing\',\'other\')), CONSTRAINT "PK_1b216a28d5d763f95b4c9f2e6db" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "policy_documents_org_company_idx" ON "policy_documents" ("organisation_id", "company_id") ',
    );
    await db.query(
      'CREATE TABLE "training_sessions" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid, "held_on" date NOT NULL, "topic" text NOT NULL, "audience" text NOT NULL, "people_trained" integer NOT NULL, "provider" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "training_sessions_people_check" CHECK (people_trained >= 0), CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id"))',
    );
    await db.query(
      'CREATE INDEX "training_sessions_org_held_idx" ON "training_sessions" ("organisation_id", "held_on") ',
    );
    await db.query(
      'ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "reporting_companies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await db.query(
      'ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "reporting_companies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "training_sessions" DROP CONSTRAINT "training_sessions_company_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "training_sessions" DROP CONSTRAINT "training_sessions_organisation_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "policy_documents" DROP CONSTRAINT "policy_documents_company_id_fkey"',
    );
    await db.query(
      'ALTER TABLE "policy_documents" DROP CONSTRAINT "policy_documents_organisation_id_fkey"',
    );
    await db.query('DROP INDEX "public"."training_sessions_org_held_idx"');
    await db.query('DROP TABLE "training_sessions"');
    await db.query('DROP INDEX "public"."policy_documents_org_company_idx"');
    await db.query('DROP TABLE "policy_documents"');
  }
}
