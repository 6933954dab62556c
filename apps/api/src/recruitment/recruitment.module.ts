import {
  AgencyEngagement,
  FxRateRecord,
  RecruitmentAgency,
  Supplier,
  tenantRepositoryProvider,
} from '@app/persistence';
import { Module } from '@nestjs/common';
import { FxRatesService } from './fx-rates.service';
import { RecruitmentController } from './recruitment.controller';
import { RecruitmentService } from './recruitment.service';

/** Recruitment agencies, their engagements at supplier sites, and the exchange rates for fee maths. */
@Module({
  controllers: [RecruitmentController],
  providers: [
    RecruitmentService,
    FxRatesService,
    tenantRepositoryProvider(RecruitmentAgency, 'Agency'),
    tenantRepositoryProvider(AgencyEngagement, 'Engagement'),
    tenantRepositoryProvider(FxRateRecord, 'Exchange rate'),
    tenantRepositoryProvider(Supplier, 'Supplier'),
  ],
})
export class RecruitmentModule {}
