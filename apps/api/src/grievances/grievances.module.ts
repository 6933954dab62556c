import {
  GrievanceCase,
  GrievanceChannel,
  RecruitmentAgency,
  Supplier,
  tenantRepositoryProvider,
} from '@app/persistence';
import { Module } from '@nestjs/common';
import { GrievanceCasesService } from './grievance-cases.service';
import { GrievanceChannelsService } from './grievance-channels.service';
import { GrievanceCipher } from './grievance-cipher';
import { GrievanceIntakeService } from './grievance-intake.service';
import {
  GrievanceCasesController,
  GrievanceChannelsController,
  GrievanceSummariesController,
} from './grievances.controller';
import { PublicGrievancesController } from './public-grievances.controller';

/** Worker grievances: channels and posters, the public form, case handling, shared summaries. */
@Module({
  controllers: [
    GrievanceChannelsController,
    GrievanceCasesController,
    GrievanceSummariesController,
    PublicGrievancesController,
  ],
  providers: [
    GrievanceCipher,
    GrievanceIntakeService,
    GrievanceChannelsService,
    GrievanceCasesService,
    tenantRepositoryProvider(GrievanceChannel, 'Channel'),
    tenantRepositoryProvider(GrievanceCase, 'Case'),
    tenantRepositoryProvider(Supplier, 'Site'),
    tenantRepositoryProvider(RecruitmentAgency, 'Agency'),
  ],
})
export class GrievancesModule {}
