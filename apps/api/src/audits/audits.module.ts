import {
  Audit,
  CorrectiveAction,
  FeeRemediation,
  FeeRepayment,
  Supplier,
  tenantRepositoryProvider,
} from '@app/persistence';
import { FilesModule } from '@app/platform';
import { Module } from '@nestjs/common';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';
import { CorrectiveActionsController } from './corrective-actions.controller';
import { CorrectiveActionsService } from './corrective-actions.service';
import { FeeRemediationsController } from './fee-remediations.controller';
import { FeeRemediationsService } from './fee-remediations.service';

/** Audits and remedy: planning, auditor reports, corrective actions, recruitment-fee repayment. */
@Module({
  imports: [FilesModule],
  controllers: [AuditsController, CorrectiveActionsController, FeeRemediationsController],
  providers: [
    AuditsService,
    CorrectiveActionsService,
    FeeRemediationsService,
    tenantRepositoryProvider(Audit, 'Audit'),
    tenantRepositoryProvider(Supplier, 'Site'),
    tenantRepositoryProvider(CorrectiveAction, 'Corrective action'),
    tenantRepositoryProvider(FeeRemediation, 'Fee remediation'),
    tenantRepositoryProvider(FeeRepayment, 'Repayment'),
  ],
})
export class AuditsModule {}
