import {
  InjectTenantRepository,
  RiskRecalculation,
  TenantRepository,
  type TenantScope,
} from '@app/persistence';
import { ActivityLogService, OutboxService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as timeOrderedUuid } from 'uuid';

export function recalculationView(recalculation: RiskRecalculation) {
  const { sitesTotal, sitesDone } = recalculation;
  return {
    id: recalculation.id,
    status: recalculation.status,
    reason: recalculation.reason,
    sitesTotal,
    sitesDone,
    sitesChanged: recalculation.sitesChanged,
    percentDone: sitesTotal ? Math.floor((sitesDone / sitesTotal) * 100) : 0,
    error: recalculation.error,
    createdAt: recalculation.createdAt.toISOString(),
    startedAt: recalculation.startedAt?.toISOString() ?? null,
    finishedAt: recalculation.finishedAt?.toISOString() ?? null,
  };
}

/** Full recalculations of an organisation's risk: requested by people or by new reference data. */
@Injectable()
export class RecalculationsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(RiskRecalculation)
    private readonly recalculations: TenantRepository<RiskRecalculation>,
    private readonly outbox: OutboxService,
    private readonly activity: ActivityLogService,
  ) {}

  async request(scope: TenantScope, actor: Actor, reason = 'requested') {
    return this.dataSource.transaction((manager) =>
      this.requestWithin(manager, scope, actor, reason),
    );
  }

  /** In the caller's transaction: the request exists exactly when the change that caused it does. */
  async requestWithin(manager: EntityManager, scope: TenantScope, actor: Actor, reason: string) {
    const recalculation = await this.recalculations.within(manager).insert(scope, {
      id: timeOrderedUuid(),
      status: 'queued',
      reason,
      requestedBy: actor.kind === 'user' ? actor.userId : null,
    });
    await this.outbox.enqueue(manager, scope, 'risk.recalculate', {
      all: true,
      recalculationId: recalculation.id,
    });
    await this.activity.append(manager, scope, actor, {
      action: 'risk.recalculation-requested',
      entityType: 'risk-recalculation',
      entityId: recalculation.id,
      after: { reason },
    });
    return recalculationView(recalculation);
  }

  async get(scope: TenantScope, id: string) {
    return recalculationView(await this.recalculations.getById(scope, id));
  }

  async list(scope: TenantScope) {
    return (await this.recalculations.find(scope, { order: { createdAt: 'DESC' }, take: 20 })).map(
      recalculationView,
    );
  }
}
