import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencyFeesMayBeUnknown1796658152531 implements MigrationInterface {
  name = 'AgencyFeesMayBeUnknown1796658152531';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE "recruitment_agencies" ALTER COLUMN "fees_charged_to_workers" DROP NOT NULL',
    );
    await db.query(
      'ALTER TABLE "recruitment_agencies" ALTER COLUMN "fees_charged_to_workers" DROP DEFAULT',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to a list that cannot be unknown: unknown fees become "none", as before this change.
    await db.query(
      'UPDATE "recruitment_agencies" SET "fees_charged_to_workers" = \'[]\' WHERE "fees_charged_to_workers" IS NULL',
    );
    await db.query(
      'ALTER TABLE "recruitment_agencies" ALTER COLUMN "fees_charged_to_workers" SET DEFAULT \'[]\'',
    );
    await db.query(
      'ALTER TABLE "recruitment_agencies" ALTER COLUMN "fees_charged_to_workers" SET NOT NULL',
    );
  }
}
