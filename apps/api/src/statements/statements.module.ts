import {
  PolicyDocument,
  ReportingCompany,
  Statement,
  StatementDocument,
  TrainingSession,
  tenantRepositoryProvider,
} from '@app/persistence';
import { FilesModule } from '@app/platform';
import { Module } from '@nestjs/common';
import { StatementDeadlinesService } from './statement-deadlines.service';
import { StatementSourcesController } from './statement-sources.controller';
import { StatementSourcesService } from './statement-sources.service';
import { StatementsController } from './statements.controller';
import { StatementsService } from './statements.service';

/** Annual statements, and the policy register and training records they draw on. */
@Module({
  imports: [FilesModule],
  controllers: [StatementSourcesController, StatementsController],
  providers: [
    StatementSourcesService,
    StatementsService,
    StatementDeadlinesService,
    tenantRepositoryProvider(PolicyDocument, 'Policy'),
    tenantRepositoryProvider(TrainingSession, 'Training session'),
    tenantRepositoryProvider(ReportingCompany, 'Company'),
    tenantRepositoryProvider(Statement, 'Statement'),
    tenantRepositoryProvider(StatementDocument, 'Document'),
  ],
})
export class StatementsModule {}
