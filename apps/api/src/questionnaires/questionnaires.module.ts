import {
  QuestionnaireAssignment,
  QuestionnaireCampaign,
  QuestionnaireSubmission,
  QuestionnaireTemplate,
  tenantRepositoryProvider,
} from '@app/persistence';
import { FilesModule } from '@app/platform';
import { Module } from '@nestjs/common';
import { AssignmentsController } from './assignments.controller';
import { PublishedDefinitions } from './published-definitions';
import { AssignmentsService } from './assignments.service';
import { SubmissionIntake } from './submission-intake';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';

/** Questionnaires: templates and translations, campaigns, and the answers suppliers give. */
@Module({
  imports: [FilesModule],
  controllers: [TemplatesController, CampaignsController, AssignmentsController],
  providers: [
    TemplatesService,
    CampaignsService,
    AssignmentsService,
    SubmissionIntake,
    PublishedDefinitions,
    tenantRepositoryProvider(QuestionnaireTemplate, 'Template'),
    tenantRepositoryProvider(QuestionnaireCampaign, 'Campaign'),
    tenantRepositoryProvider(QuestionnaireAssignment, 'Assignment'),
    tenantRepositoryProvider(QuestionnaireSubmission, 'Submission'),
  ],
})
export class QuestionnairesModule {}
