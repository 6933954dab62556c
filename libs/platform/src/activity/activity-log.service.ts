import type { TenantScope } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../actor';

export interface ActivityRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends to the activity log inside the caller's transaction, so a change and its log entry
 * are committed together or not at all. Callers pass only fields that are safe to keep forever
 * (never password hashes, tokens or grievance text).
 */
@Injectable()
export class ActivityLogService {
  async append(
    manager: EntityManager,
    scope: TenantScope,
    actor: Actor,
    record: ActivityRecord,
  ): Promise<void> {
    await this.appendMany(manager, scope, [{ actor, record }]);
  }

  /** Several entries in one statement (a batch of submissions is logged in one round trip). */
  async appendMany(
    manager: EntityManager,
    scope: TenantScope,
    entries: readonly { actor: Actor; record: ActivityRecord }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map(({ actor, record }) => ({
      actor_kind: actor.kind,
      actor_user_id: actor.kind === 'user' ? actor.userId : null,
      request_id: actor.requestId ?? null,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    }));
    // WITH ORDINALITY keeps the entries' order in their ids.
    await manager.query(
      `INSERT INTO activity_log
         (organisation_id, actor_kind, actor_user_id, request_id, action, entity_type, entity_id, before, after)
       SELECT $1, r.actor_kind, r.actor_user_id, r.request_id, r.action, r.entity_type, r.entity_id,
              r.before, r.after
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(entry, n),
              jsonb_to_record(e.entry) AS r(actor_kind text, actor_user_id uuid, request_id text,
                action text, entity_type text, entity_id text, before jsonb, after jsonb)
        ORDER BY e.n`,
      [scope.organisationId, JSON.stringify(rows)],
    );
  }
}
