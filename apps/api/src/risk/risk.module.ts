import {
  ReportingCompany,
  RiskRecalculation,
  RiskReferenceEdition,
  tenantRepositoryProvider,
} from '@app/persistence';
import { Module } from '@nestjs/common';
import { SupplyChainModule } from '../supply-chain/supply-chain.module';
import { PortfolioRiskService } from './portfolio-risk.service';
import { RecalculationsService } from './recalculations.service';
import { ReferenceEditionsService } from './reference-editions.service';
import { RiskController } from './risk.controller';
import { SiteRiskService } from './site-risk.service';

/** Risk scores with their explanations, portfolio views, recalculation and reference editions. */
@Module({
  imports: [SupplyChainModule],
  controllers: [RiskController],
  providers: [
    SiteRiskService,
    PortfolioRiskService,
    RecalculationsService,
    ReferenceEditionsService,
    tenantRepositoryProvider(ReportingCompany, 'Company'),
    tenantRepositoryProvider(RiskRecalculation, 'Recalculation'),
    tenantRepositoryProvider(RiskReferenceEdition, 'Reference edition'),
  ],
})
export class RiskModule {}
