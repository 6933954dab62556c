import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { streamCsv } from '../common/stream-csv';
import { CampaignsService } from './campaigns.service';
import { CreateCampaignDto } from './questionnaires.dto';

const READERS = ['admin', 'compliance_officer', 'executive'] as const;
const EDITORS = ['admin', 'compliance_officer'] as const;

@ApiTags('questionnaires')
@ApiBearerAuth()
@Controller('questionnaire-campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'Send a published template version to sites (by list or filter) or agencies, with a due date; one assignment per recipient',
  })
  create(@CurrentUser() auth: AuthContext, @Body() dto: CreateCampaignDto) {
    return this.campaigns.create(auth, actorOf(auth), dto);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Campaigns with their progress (counts by status, response rate)' })
  list(@CurrentUser() auth: AuthContext) {
    return this.campaigns.list(auth);
  }

  @Get(':id')
  @Roles(...READERS)
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.campaigns.get(auth, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Stop accepting answers' })
  close(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.campaigns.close(auth, actorOf(auth), id);
  }

  @Get(':id/answers.csv')
  @Roles(...READERS)
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The campaign’s answers: one row per recipient, one column per question (latest submission; option labels in the base language)',
  })
  async exportCsv(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const campaign = await this.campaigns.get(auth, id);
    await streamCsv(
      res,
      `campaign-${campaign.id}-answers.csv`,
      this.campaigns.exportCsv(auth, campaign.id),
    );
  }
}
