import { ActivityLogEntry, TenantScope } from '@app/persistence';
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
    const entry = manager.create(ActivityLogEntry, {
      organisationId: scope.organisationId,
      actorKind: actor.kind,
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      requestId: actor.requestId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    });
    await manager.save(entry);
  }
}
