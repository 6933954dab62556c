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
    await manager.query(
      `INSERT INTO activity_log
         (organisation_id, actor_kind, actor_user_id, request_id, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        scope.organisationId,
        actor.kind,
        actor.kind === 'user' ? actor.userId : null,
        actor.requestId ?? null,
        record.action,
        record.entityType,
        record.entityId,
        record.before ? JSON.stringify(record.before) : null,
        record.after ? JSON.stringify(record.after) : null,
      ],
    );
  }
}
