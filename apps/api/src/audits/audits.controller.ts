import { DomainError } from '@app/domain';
import { FilesService } from '@app/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { ApiEvidenceUpload } from '../common/evidence-upload.decorator';
import { sendStoredFile } from '../common/send-stored-file';
import { AuditReportDto, ScheduleAuditDto, SubmitAuditDto } from './audits.dto';
import { AuditsService } from './audits.service';

const EDITORS = ['admin', 'compliance_officer'] as const;
/** Everyone who may see some audit: which ones is decided per audit (see audit-visibility.ts). */
const VIEWERS = ['admin', 'compliance_officer', 'executive', 'auditor', 'supplier'] as const;

@ApiTags('audits')
@ApiBearerAuth()
@Controller('audits')
export class AuditsController {
  constructor(
    private readonly audits: AuditsService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'Schedule an audit of a site: announced (a date), semi-announced (a window the site is told) or unannounced (a window only the organisation and the auditors know)',
  })
  schedule(@CurrentUser() auth: AuthContext, @Body() dto: ScheduleAuditDto) {
    return this.audits.schedule(auth, actorOf(auth), dto);
  }

  @Get()
  @Roles(...VIEWERS)
  @ApiOperation({
    summary:
      'Audits the caller may see: all (officers, executives); assigned ones (auditors); their site’s, unannounced ones only once reported (supplier users)',
  })
  list(@CurrentUser() auth: AuthContext) {
    return this.audits.list(auth);
  }

  @Get(':id')
  @Roles(...VIEWERS)
  @ApiOperation({ summary: 'An audit with its findings and corrective actions' })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.audits.get(auth, id);
  }

  @Put(':id/report')
  @Roles('auditor')
  @ApiOperation({ summary: 'Save the report as a draft (any number of times until submitted)' })
  saveDraft(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: AuditReportDto,
  ) {
    return this.audits.saveDraft(auth, id, dto.report);
  }

  @Post(':id/submit')
  @HttpCode(202)
  @Roles('auditor')
  @ApiOperation({
    summary:
      'Submit the report once: it is locked and processed in the background (findings, corrective actions, fee remediation, risk, PDF). A second submit is a 409',
  })
  submit(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: SubmitAuditDto) {
    return this.audits.submit(auth, actorOf(auth), id, dto.report);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Cancel a planned audit' })
  cancel(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.audits.cancel(auth, actorOf(auth), id);
  }

  @Post(':id/files')
  @Roles('auditor')
  @ApiEvidenceUpload('Upload evidence for a finding (name it in the finding’s evidenceFileIds)')
  async upload(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query('filename') filename: string | undefined,
    @Req() req: Request,
  ) {
    await this.audits.assertEvidenceOpen(auth, id);
    return this.files.storeUpload(req, auth, { type: 'audit', id }, auth.userId, filename);
  }

  @Get(':id/files/:fileId')
  @Roles(...VIEWERS)
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: 'Download an evidence file of this audit' })
  async download(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Res() res: Response,
  ): Promise<void> {
    const audit = await this.audits.visible(auth, id);
    // A supplier user sees evidence once the report is in, never the auditors' work in progress.
    if (auth.role === 'supplier' && audit.submittedAt === null) throw DomainError.notFound('File');
    await sendStoredFile(this.files, auth, { type: 'audit', id: audit.id }, fileId, res);
  }

  @Get(':id/report.pdf')
  @Roles(...VIEWERS)
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The audit report as PDF (visit, findings, corrective action plan); 404 until rendered',
  })
  async reportPdf(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const audit = await this.audits.visible(auth, id);
    if (!audit.reportFileId) throw DomainError.notFound('Audit report PDF');
    await sendStoredFile(
      this.files,
      auth,
      { type: 'audit_report', id: audit.id },
      audit.reportFileId,
      res,
      'inline',
    );
  }
}
