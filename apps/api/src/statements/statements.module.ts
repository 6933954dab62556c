import {
  PolicyDocument,
  ReportingCompany,
  TrainingSession,
  tenantRepositoryProvider,
} from '@app/persistence';
import { Module } from '@nestjs/common';
import { StatementSourcesController } from './statement-sources.controller';
import { StatementSourcesService } from './statement-sources.service';

/** Annual statements: for now the policy register and training records they draw on. */
@Module({
  controllers: [StatementSourcesController],
  providers: [
    StatementSourcesService,
    tenantRepositoryProvider(PolicyDocument, 'Policy'),
    tenantRepositoryProvider(TrainingSession, 'Training session'),
    tenantRepositoryProvider(ReportingCompany, 'Company'),
  ],
})
export class StatementsModule {}
