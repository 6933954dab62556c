import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { GrievanceCasesService } from './grievance-cases.service';
import { GrievanceChannelsService } from './grievance-channels.service';
import {
  CaseListQuery,
  CaseMessageDto,
  CreateChannelDto,
  KpiQuery,
  OutcomeDto,
  RemedyDto,
  ShareSummaryDto,
  TriageDto,
} from './grievances.dto';

/** Only compliance officers and admins handle cases and channels. */
const HANDLERS = ['admin', 'compliance_officer'] as const;

@ApiTags('grievances')
@ApiBearerAuth()
@Controller('grievance-channels')
export class GrievanceChannelsController {
  constructor(private readonly channels: GrievanceChannelsService) {}

  @Post()
  @Roles(...HANDLERS)
  @ApiOperation({
    summary:
      'Open a channel for a site (or an agency’s corridor) in the workers’ languages; its public code leads to /g/<code>',
  })
  open(@CurrentUser() auth: AuthContext, @Body() dto: CreateChannelDto) {
    return this.channels.open(auth, actorOf(auth), dto);
  }

  @Get()
  @Roles(...HANDLERS)
  list(@CurrentUser() auth: AuthContext) {
    return this.channels.list(auth);
  }

  @Get(':id')
  @Roles(...HANDLERS)
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.channels.get(auth, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Close the channel: its code then answers like one that never existed' })
  close(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.channels.close(auth, actorOf(auth), id);
  }

  @Get(':id/poster.pdf')
  @Roles(...HANDLERS)
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The notice-board poster: QR code, the code to type, what can be reported, anonymity and no retaliation, in each language',
  })
  async poster(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { filename, pdf } = await this.channels.poster(auth, id);
    res
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${filename}"`,
      })
      .send(pdf);
  }
}

@ApiTags('grievances')
@ApiBearerAuth()
@Controller('grievance-cases')
export class GrievanceCasesController {
  constructor(private readonly cases: GrievanceCasesService) {}

  @Get()
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Cases, newest first, with overdue acknowledgement and feedback' })
  list(@CurrentUser() auth: AuthContext, @Query() query: CaseListQuery) {
    return this.cases.list(auth, query.status);
  }

  @Get('kpis')
  @Roles(...HANDLERS, 'executive')
  @ApiOperation({
    summary:
      'Counts for a period (received, acknowledged in time, resolved, median days to resolve, by category): no case, no text',
  })
  kpis(@CurrentUser() auth: AuthContext, @Query() query: KpiQuery) {
    return this.cases.kpis(auth, query);
  }

  @Get(':id')
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'A case with the worker’s words and the messages' })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.cases.get(auth, id);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Severity, ILO indicators, site and agency' })
  triage(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: TriageDto) {
    return this.cases.triage(auth, actorOf(auth), id, dto);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Acknowledge (the reporter sees it; target: 7 days), with a message' })
  acknowledge(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: CaseMessageDto,
  ) {
    return this.cases.acknowledge(auth, actorOf(auth), id, dto.text);
  }

  @Post(':id/investigate')
  @HttpCode(200)
  @Roles(...HANDLERS)
  investigate(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.cases.investigate(auth, actorOf(auth), id);
  }

  @Post(':id/messages')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'A message to the reporter, who reads it with the case key' })
  message(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: CaseMessageDto) {
    return this.cases.message(auth, actorOf(auth), id, dto.text);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Substantiated, partly, not substantiated or withdrawn' })
  outcome(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: OutcomeDto) {
    return this.cases.recordOutcome(auth, actorOf(auth), id, dto.outcome, dto.message);
  }

  @Post(':id/remedy')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Link the remedy: a corrective action or a fee remediation' })
  remedy(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: RemedyDto) {
    return this.cases.remedy(auth, actorOf(auth), id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Close with feedback to the reporter (target: 3 months)' })
  close(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: CaseMessageDto) {
    return this.cases.close(auth, actorOf(auth), id, dto.text);
  }

  @Post(':id/share')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({
    summary:
      'Share a summary in your own words with the site’s users (logged); they never see the case',
  })
  share(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: ShareSummaryDto) {
    return this.cases.share(auth, actorOf(auth), id, dto.summary);
  }
}

@ApiTags('grievances')
@ApiBearerAuth()
@Controller('grievance-summaries')
export class GrievanceSummariesController {
  constructor(private readonly cases: GrievanceCasesService) {}

  @Get()
  @Roles(...HANDLERS, 'supplier')
  @ApiOperation({
    summary: 'Summaries an officer chose to share with a site (a supplier user: their own site’s)',
  })
  list(@CurrentUser() auth: AuthContext) {
    return this.cases.sharedWithSite(auth);
  }
}
