import { FilesService } from '@app/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { ApiEvidenceUpload } from '../common/evidence-upload.decorator';
import { sendStoredFile } from '../common/send-stored-file';
import {
  CorrectiveActionEvidenceDto,
  CorrectiveActionPlanDto,
  OfficerCommentDto,
} from './audits.dto';
import { CorrectiveActionsService } from './corrective-actions.service';

const EDITORS = ['admin', 'compliance_officer'] as const;
const READERS = ['admin', 'compliance_officer', 'executive'] as const;
/** The site answers for its own actions; officers may record a step on its behalf. */
const SITE_SIDE = ['admin', 'compliance_officer', 'supplier'] as const;

class CorrectiveActionQuery {
  @ApiPropertyOptional({
    enum: [
      'open',
      'plan_submitted',
      'plan_accepted',
      'evidence_submitted',
      'follow_up_required',
      'closed',
    ],
  })
  @IsOptional()
  @IsIn([
    'open',
    'plan_submitted',
    'plan_accepted',
    'evidence_submitted',
    'follow_up_required',
    'closed',
  ])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  auditId?: string;
}

@ApiTags('audits')
@ApiBearerAuth()
@Controller('corrective-actions')
export class CorrectiveActionsController {
  constructor(
    private readonly actions: CorrectiveActionsService,
    private readonly files: FilesService,
  ) {}

  @Get()
  @Roles(...READERS, 'supplier')
  @ApiOperation({
    summary:
      'Corrective actions (a supplier user: their site’s), soonest due first, with "overdue"',
  })
  list(@CurrentUser() auth: AuthContext, @Query() query: CorrectiveActionQuery) {
    return this.actions.list(auth, query);
  }

  @Get(':id')
  @Roles(...READERS, 'supplier')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.actions.get(auth, id);
  }

  @Post(':id/plan')
  @HttpCode(200)
  @Roles(...SITE_SIDE)
  @ApiOperation({ summary: 'Propose the root cause and the action plan (from open)' })
  plan(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: CorrectiveActionPlanDto,
  ) {
    return this.actions.submitPlan(auth, actorOf(auth), id, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Accept the proposed plan' })
  accept(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: OfficerCommentDto,
  ) {
    return this.actions.accept(auth, actorOf(auth), id, dto.comment);
  }

  @Post(':id/send-back')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Send the plan (or the evidence) back to the site, saying why' })
  sendBack(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: OfficerCommentDto,
  ) {
    return this.actions.sendBack(auth, actorOf(auth), id, dto.comment);
  }

  @Post(':id/files')
  @Roles(...SITE_SIDE)
  @ApiEvidenceUpload('Upload evidence of completion')
  async upload(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query('filename') filename: string | undefined,
    @Req() req: Request,
  ) {
    await this.actions.assertEvidenceOpen(auth, id);
    return this.files.storeUpload(
      req,
      auth,
      { type: 'corrective_action', id },
      auth.userId,
      filename,
    );
  }

  @Get(':id/files/:fileId')
  @Roles(...READERS, 'supplier')
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Res() res: Response,
  ): Promise<void> {
    const action = await this.actions.visible(auth, id);
    await sendStoredFile(
      this.files,
      auth,
      { type: 'corrective_action', id: action.id },
      fileId,
      res,
    );
  }

  @Post(':id/evidence')
  @HttpCode(200)
  @Roles(...SITE_SIDE)
  @ApiOperation({ summary: 'Submit evidence of completion (from plan accepted or follow-up)' })
  evidence(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: CorrectiveActionEvidenceDto,
  ) {
    return this.actions.submitEvidence(auth, actorOf(auth), id, dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Verified by desk review: closes the action and its finding' })
  verify(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: OfficerCommentDto,
  ) {
    return this.actions.verify(auth, actorOf(auth), id, dto.comment);
  }

  @Post(':id/follow-up-audit')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'The evidence is not enough: a follow-up audit must verify' })
  followUp(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: OfficerCommentDto,
  ) {
    return this.actions.requireFollowUpAudit(auth, actorOf(auth), id, dto.comment);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Close after the follow-up audit confirmed the fix' })
  close(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: OfficerCommentDto) {
    return this.actions.closeAfterFollowUp(auth, actorOf(auth), id, dto.comment);
  }
}
