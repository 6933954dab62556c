import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxEventDelay1795457697729 implements MigrationInterface {
  name = 'OutboxEventDelay1795457697729';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "outbox_events" ADD "delay_ms" integer NOT NULL DEFAULT \'0\'');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE "outbox_events" DROP COLUMN "delay_ms"');
  }
}
