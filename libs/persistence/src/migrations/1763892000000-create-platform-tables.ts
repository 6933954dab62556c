import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants, users, refresh tokens, the append-only activity log, the job outbox and notifications. */
export class CreatePlatformTables1763892000000 implements MigrationInterface {
  name = 'CreatePlatformTables1763892000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CONSTRAINT users_role_check CHECK (role IN ('admin','compliance_officer','auditor','supplier','executive')),
        status text NOT NULL CONSTRAINT users_status_check CHECK (status IN ('invited','active','disabled')),
        supplier_id uuid NULL,
        password_hash text NULL,
        invitation_token_hash text NULL,
        invitation_expires_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_supplier_binding_only_for_suppliers CHECK (supplier_id IS NULL OR role = 'supplier'),
        CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)))
      )`);
    // Login is by e-mail alone, so an address belongs to one account across all organisations.
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await db.query(`CREATE INDEX users_org_email_idx ON users (organisation_id, email)`);
    await db.query(
      `CREATE UNIQUE INDEX users_invitation_token_key ON users (invitation_token_hash) WHERE invitation_token_hash IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL,
        family_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        revoked_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash)`);
    await db.query(
      `CREATE INDEX refresh_tokens_org_user_idx ON refresh_tokens (organisation_id, user_id)`,
    );

    await db.query(`
      CREATE TABLE activity_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        actor_user_id uuid NULL,
        actor_kind text NOT NULL CONSTRAINT activity_log_actor_kind_check CHECK (actor_kind IN ('user','system')),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb NULL,
        after jsonb NULL,
        request_id text NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX activity_log_org_id_idx ON activity_log (organisation_id, id)`);
    await db.query(
      `CREATE INDEX activity_log_org_entity_idx ON activity_log (organisation_id, entity_type, entity_id)`,
    );
    // Append-only, enforced by the database itself.
    await db.query(`
      CREATE FUNCTION activity_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER activity_log_no_update_or_delete BEFORE UPDATE OR DELETE ON activity_log
      FOR EACH ROW EXECUTE FUNCTION activity_log_is_append_only()`);
    await db.query(`
      CREATE TRIGGER activity_log_no_truncate BEFORE TRUNCATE ON activity_log
      FOR EACH STATEMENT EXECUTE FUNCTION activity_log_is_append_only()`);

    await db.query(`
      CREATE TABLE outbox_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz NULL,
        enqueue_count integer NOT NULL DEFAULT 0,
        processed_at timestamptz NULL
      )`);
    await db.query(
      `CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE processed_at IS NULL`,
    );
    await db.query(`CREATE INDEX outbox_events_org_idx ON outbox_events (organisation_id, id)`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        recipient_user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        channel text NOT NULL DEFAULT 'email',
        status text NOT NULL DEFAULT 'pending' CONSTRAINT notifications_status_check CHECK (status IN ('pending','sent','failed')),
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (dedupe_key)`);
    await db.query(
      `CREATE INDEX notifications_org_recipient_idx ON notifications (organisation_id, recipient_user_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE outbox_events`);
    await db.query(`DROP TABLE activity_log`);
    await db.query(`DROP FUNCTION activity_log_is_append_only()`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE organisations`);
  }
}
