import { FilesService } from '@app/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { ApiEvidenceUpload } from '../common/evidence-upload.decorator';
import { sendStoredFile } from '../common/send-stored-file';
import { AssignmentsService } from './assignments.service';
import { AssignmentQuery, DraftDto, LocaleQuery, ReopenDto, SubmitDto } from './questionnaires.dto';

const READERS = ['admin', 'compliance_officer', 'executive'] as const;
const EDITORS = ['admin', 'compliance_officer'] as const;
/** Supplier users answer for their site; officers may answer for an agency (or a site, by interview). */
const ANSWERERS = ['admin', 'compliance_officer', 'supplier'] as const;

@ApiTags('questionnaires')
@ApiBearerAuth()
@Controller('questionnaire-assignments')
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly files: FilesService,
  ) {}

  @Post(':id/files')
  @Roles(...ANSWERERS)
  @ApiEvidenceUpload('Upload an evidence file for a file question; answer it with {"fileId": …}')
  async upload(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query('filename') filename: string | undefined,
    @Req() req: Request,
  ) {
    await this.assignments.assertAnswerable(auth, id);
    return this.files.storeUpload(
      req,
      auth,
      { type: 'questionnaire_assignment', id },
      auth.userId,
      filename,
    );
  }

  @Get(':id/files/:fileId')
  @Roles(...READERS, 'supplier')
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: 'Download an evidence file of this questionnaire' })
  async download(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.assignments.assertVisible(auth, id);
    await sendStoredFile(this.files, auth, { type: 'questionnaire_assignment', id }, fileId, res);
  }

  @Get()
  @Roles(...READERS, 'supplier')
  @ApiOperation({ summary: 'Questionnaires to answer (a supplier user: their own site’s only)' })
  list(@CurrentUser() auth: AuthContext, @Query() query: AssignmentQuery) {
    return this.assignments.list(auth, query);
  }

  @Get(':id')
  @Roles(...READERS, 'supplier')
  @ApiOperation({
    summary: 'A questionnaire in the chosen language, with the answers saved so far',
  })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Query() query: LocaleQuery) {
    return this.assignments.get(auth, id, query.locale);
  }

  @Put(':id/draft')
  @Roles(...ANSWERERS)
  @ApiOperation({ summary: 'Save answers (partial is fine; each is type-checked)' })
  saveDraft(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: DraftDto) {
    return this.assignments.saveDraft(auth, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(202)
  @Roles(...ANSWERERS)
  @ApiOperation({
    summary:
      'Submit: every required question shown must be answered; scored in the background. A second submit is 409',
  })
  submit(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: SubmitDto) {
    return this.assignments.submit(auth, actorOf(auth), id, dto);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Let the answerer change a submitted questionnaire (reason logged)' })
  reopen(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: ReopenDto) {
    return this.assignments.reopen(auth, actorOf(auth), id, dto.reason);
  }

  @Get(':id/result')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The latest submission’s answers beside the ILO indicator flags they raised and the score explanation',
  })
  result(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Query() query: LocaleQuery) {
    return this.assignments.result(auth, id, query.locale);
  }
}
