import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationDelivery1795458505692 implements MigrationInterface {
  name = 'NotificationDelivery1795458505692';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "notifications" ADD "attempts" integer NOT NULL DEFAULT \'0\'');
    await db.query(
      'ALTER TABLE "notifications" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await db.query(
      'CREATE INDEX "notifications_due_idx" ON "notifications" ("next_attempt_at") WHERE status = \'pending\'',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX "public"."notifications_due_idx"');
    await db.query('ALTER TABLE "notifications" DROP COLUMN "next_attempt_at"');
    await db.query('ALTER TABLE "notifications" DROP COLUMN "attempts"');
  }
}
