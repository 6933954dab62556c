import { DomainError } from '@app/domain';
import {
  FxRateRecord,
  InjectTenantRepository,
  TenantRepository,
  TenantScope,
  toFxRate,
} from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { CreateFxRateDto } from './recruitment.dto';
import { RecruitmentService } from './recruitment.service';

/** The organisation's dated exchange rates (used to express fees in months of wages). */
@Injectable()
export class FxRatesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(FxRateRecord) private readonly rates: TenantRepository<FxRateRecord>,
    private readonly recruitment: RecruitmentService,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async list(scope: TenantScope) {
    return (
      await this.rates.find(scope, { order: { base: 'ASC', quote: 'ASC', validOn: 'DESC' } })
    ).map(toFxRate);
  }

  async create(scope: TenantScope, actor: Actor, dto: CreateFxRateDto) {
    if (dto.base === dto.quote) throw DomainError.invalid('quote', 'must differ from base');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const record = await this.rates.within(manager).insert(scope, dto);
        const filledIn = await this.recruitment.recomputeBurdens(manager, scope, {
          onlyUnknown: true,
        });
        const view = toFxRate(record);
        await this.activity.append(manager, scope, actor, {
          action: 'fx-rate.added',
          entityType: 'fx-rate',
          entityId: record.id,
          after: { ...view, filledIn },
        });
        // Fee burdens that were unknown may now be known: every engaged site may move.
        if (filledIn > 0)
          await this.outbox.enqueue(manager, scope, 'risk.recalculate', { all: true });
        return { ...view, engagementsFilledIn: filledIn };
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'fx_rates_org_pair_date_key'
      ) {
        throw DomainError.conflict(
          `A ${dto.base}→${dto.quote} rate for ${dto.validOn} already exists`,
          'validOn',
        );
      }
      throw error;
    }
  }
}
