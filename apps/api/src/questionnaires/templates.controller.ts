import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { readCsvBody } from '../common/body-parsing';
import { LocaleQuery, TemplateBodyDto, TranslationParams } from './questionnaires.dto';
import { TemplatesService } from './templates.service';

const READERS = ['admin', 'compliance_officer', 'executive'] as const;
const EDITORS = ['admin', 'compliance_officer'] as const;

@ApiTags('questionnaires')
@ApiBearerAuth()
@Controller('questionnaire-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Questionnaire templates (every version), with their languages' })
  list(@CurrentUser() auth: AuthContext) {
    return this.templates.list(auth);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A template version, its texts in the chosen language' })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Query() query: LocaleQuery) {
    return this.templates.get(auth, id, query.locale);
  }

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({
    summary:
      'A new draft: version 1 of a new key, or the next version of an existing template (validated: no dangling conditions, no unknown indicator)',
  })
  create(@CurrentUser() auth: AuthContext, @Body() body: TemplateBodyDto) {
    return this.templates.create(auth, actorOf(auth), body.definition);
  }

  @Put(':id')
  @Roles(...EDITORS)
  @ApiOperation({
    summary: 'Replace a draft’s definition (a published version never changes: 409)',
  })
  update(@CurrentUser() auth: AuthContext, @Param('id') id: string, @Body() body: TemplateBodyDto) {
    return this.templates.update(auth, actorOf(auth), id, body.definition);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Publish a draft: from now on it is immutable and can be sent' })
  publish(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.templates.publish(auth, actorOf(auth), id);
  }

  @Get(':id/translations/:locale')
  @Roles(...EDITORS)
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The translation file for a language: key, base text, translation (empty where missing), for a translator',
  })
  async exportTranslation(
    @CurrentUser() auth: AuthContext,
    @Param() params: TranslationParams,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.templates.exportTranslation(auth, params.id, params.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.send(file.csv);
  }

  @Put(':id/translations/:locale')
  @Roles(...EDITORS)
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'The translated file', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary:
      'Import a translated file; missing strings fall back to the base language and are listed',
  })
  async importTranslation(
    @CurrentUser() auth: AuthContext,
    @Param() params: TranslationParams,
    @Req() req: Request,
  ) {
    return this.templates.importTranslation(
      auth,
      actorOf(auth),
      params.id,
      params.locale,
      await readCsvBody(req),
    );
  }
}
