import { FilesService } from '@app/platform';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { ApiEvidenceUpload } from '../common/evidence-upload.decorator';
import { sendStoredFile } from '../common/send-stored-file';
import { RemediationSummaryQuery, RepaymentDto } from './audits.dto';
import { FeeRemediationsService } from './fee-remediations.service';

const READERS = ['admin', 'compliance_officer', 'executive'] as const;
const SITE_SIDE = ['admin', 'compliance_officer', 'supplier'] as const;

@ApiTags('audits')
@ApiBearerAuth()
@Controller('fee-remediations')
export class FeeRemediationsController {
  constructor(
    private readonly remediations: FeeRemediationsService,
    private readonly files: FilesService,
  ) {}

  @Get()
  @Roles(...READERS, 'supplier')
  @ApiOperation({
    summary: 'Recruitment fees owed back to workers, repaid and outstanding (a supplier: its own)',
  })
  list(@CurrentUser() auth: AuthContext) {
    return this.remediations.list(auth);
  }

  @Get('summary')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Totals per currency for a period (owed, repaid, repaid in the period, outstanding, workers), optionally for one company’s chain',
  })
  summary(@CurrentUser() auth: AuthContext, @Query() query: RemediationSummaryQuery) {
    return this.remediations.summary(auth, query);
  }

  @Get(':id')
  @Roles(...READERS, 'supplier')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.remediations.get(auth, id);
  }

  @Post(':id/repayments')
  @Roles(...SITE_SIDE)
  @ApiOperation({
    summary:
      'Record a repayment to workers (not more than is outstanding: 400); the remediation closes at zero',
  })
  repay(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: RepaymentDto) {
    return this.remediations.repay(auth, actorOf(auth), id, dto);
  }

  @Post(':id/files')
  @Roles(...SITE_SIDE)
  @ApiEvidenceUpload('Upload evidence of a repayment (transfer list, signed receipts)')
  async upload(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query('filename') filename: string | undefined,
    @Req() req: Request,
  ) {
    await this.remediations.assertOpen(auth, id);
    return this.files.storeUpload(
      req,
      auth,
      { type: 'fee_remediation', id },
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
    const remediation = await this.remediations.visible(auth, id);
    await sendStoredFile(
      this.files,
      auth,
      { type: 'fee_remediation', id: remediation.id },
      fileId,
      res,
    );
  }
}
