import { FilesService } from '@app/platform';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { sendStoredFile } from '../common/send-stored-file';
import { StatementDeadlinesService } from './statement-deadlines.service';
import {
  ApproveStatementDto,
  CreateStatementDto,
  ListStatementsQueryDto,
  NarrativeDto,
  PublishStatementDto,
  RegimeQueryDto,
  ReturnStatementDto,
  SignStatementDto,
  TraceQueryDto,
} from './statements.dto';
import { StatementsService } from './statements.service';

const EDITORS = ['admin', 'compliance_officer'] as const;
const READERS = ['admin', 'compliance_officer', 'executive'] as const;

@ApiTags('statements')
@ApiBearerAuth()
@Controller('statements')
export class StatementsController {
  constructor(
    private readonly statements: StatementsService,
    private readonly deadlines: StatementDeadlinesService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'Start the statement of a company for a financial year: a draft whose figures are taken from the records now (and frozen with them)',
  })
  create(@CurrentUser() auth: AuthContext, @Body() dto: CreateStatementDto) {
    return this.statements.create(auth, actorOf(auth), dto);
  }

  @Get()
  @Roles(...READERS)
  list(@CurrentUser() auth: AuthContext, @Query() query: ListStatementsQueryDto) {
    return this.statements.list(auth, query.companyId);
  }

  @Get('deadlines')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'What is due when: each company’s statement, six months after its financial year-end, with the reminders recorded',
  })
  due(@CurrentUser() auth: AuthContext) {
    return this.deadlines.list(auth);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The statement: workflow, narratives and its figures as JSON' })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.get(auth, id);
  }

  @Get(':id/report')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The statement under one regime’s headings (UK s.54, Australia s.16, Canada s.11, California §1714.43), as JSON',
  })
  report(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query() query: RegimeQueryDto,
  ) {
    return this.statements.report(auth, id, query.regime);
  }

  @Get(':id/html')
  @Roles(...READERS)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The statement as an HTML page, for one regime' })
  html(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Query() query: RegimeQueryDto) {
    return this.statements.html(auth, id, query.regime);
  }

  @Get(':id/registry')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The fields the UK modern slavery statement registry asks for, filled from the records (what they cannot fill is listed)',
  })
  registry(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.registry(auth, id);
  }

  @Get(':id/trace/:key')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The records a figure or table counted, as frozen when the figures were taken (they never change after publication)',
  })
  trace(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('key') key: string,
    @Query() query: TraceQueryDto,
  ) {
    return this.statements.trace(auth, id, key, query);
  }

  @Put(':id/narratives/:key')
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'Write the narrative of an area (structure, policies, due_diligence, risk, effectiveness, training) or of another regime’s heading (e.g. au_msa_s16.consultation); drafts only',
  })
  narrative(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('key') key: string,
    @Body() dto: NarrativeDto,
  ) {
    return this.statements.setNarrative(auth, actorOf(auth), id, key, dto.text);
  }

  @Post(':id/refresh')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Take the draft’s figures again from the records as they are now' })
  refresh(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.refresh(auth, actorOf(auth), id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({
    summary: 'Submit the draft for the board’s approval (400 listing what is missing)',
  })
  submit(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.submit(auth, actorOf(auth), id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles(...EDITORS, 'executive')
  @ApiOperation({
    summary: 'Send a submitted or approved (unsigned) statement back to draft, saying why',
  })
  sendBack(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: ReturnStatementDto,
  ) {
    return this.statements.sendBack(auth, actorOf(auth), id, dto.reason);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...EDITORS, 'executive')
  @ApiOperation({
    summary:
      'Record the board’s approval (the body and the day); 400 listing what is missing if any area is missing or empty or the year is not over',
  })
  approve(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: ApproveStatementDto,
  ) {
    return this.statements.approve(auth, actorOf(auth), id, dto);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('executive')
  @ApiOperation({ summary: 'Sign the approved statement as a director (executives only)' })
  sign(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: SignStatementDto) {
    return this.statements.sign(auth, actorOf(auth), id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...EDITORS, 'executive')
  @ApiOperation({
    summary:
      'Publish the signed statement: it can never change again; its PDF is rendered and its SHA-256 recorded',
  })
  publish(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: PublishStatementDto,
  ) {
    return this.statements.publish(auth, actorOf(auth), id, dto);
  }

  @Post(':id/versions')
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'Start a new version of a published statement (a draft with its narrative and fresh figures); it supersedes the old one when published, and both stay downloadable',
  })
  newVersion(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.newVersion(auth, actorOf(auth), id);
  }

  @Post(':id/documents')
  @HttpCode(202)
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Ask for a PDF of the statement as it is now, for one regime (rendered in the background)',
  })
  render(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() dto: RegimeQueryDto) {
    return this.statements.requestPdf(auth, actorOf(auth), id, dto.regime);
  }

  @Get(':id/documents')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The PDFs asked for, with their status (queued, rendering, done, failed)',
  })
  documents(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.statements.listDocuments(auth, id);
  }

  @Get(':id/documents/:documentId/pdf')
  @Roles(...READERS)
  @ApiProduces('application/pdf')
  async documentPdf(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Param('documentId') documentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileId, owner } = await this.statements.documentFile(auth, id, documentId);
    await sendStoredFile(this.files, auth, owner, fileId, res, 'inline');
  }

  @Get(':id/pdf')
  @Roles(...READERS)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The statement’s PDF: the published one, else the newest rendered' })
  async pdf(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileId, owner } = await this.statements.latestPdf(auth, id);
    await sendStoredFile(this.files, auth, owner, fileId, res, 'inline');
  }
}
