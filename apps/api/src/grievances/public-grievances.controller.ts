import {
  isChannelLanguage,
  renderFollowUpLoginPage,
  renderFollowUpPage,
  renderIntakePage,
  renderNotFoundPage,
  renderReceiptPage,
  renderTooManyAttemptsPage,
} from '@app/documents';
import { DomainError, formatChannelCode } from '@app/domain';
import { Body, Controller, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
import { GrievanceIntakeService } from './grievance-intake.service';

/**
 * Pages for workers: no script, no external resource, nothing cached, no referrer sent on. The
 * content is built from escaped text only (libs/documents/src/grievance-channel/public-pages).
 */
function sendPage(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    })
    .send(html);
}

/** JSON clients (apps, tests) get JSON; a browser posting the form gets pages. */
const wantsJson = (req: Request): boolean =>
  (req.headers['content-type'] ?? '').includes('application/json') ||
  (req.headers.accept ?? '').includes('application/json');

const languageOf = (requested: unknown, offered: string[]): string => {
  const lang = typeof requested === 'string' ? requested : '';
  return isChannelLanguage(lang) && offered.includes(lang) ? lang : (offered[0] ?? 'en');
};

type FormBody = Record<string, unknown>;

/** The public grievance channel at /g/<code>: the form, the receipt, and the follow-up. */
@ApiTags('grievances (public)')
@Public()
@Controller('g')
export class PublicGrievancesController {
  constructor(private readonly intake: GrievanceIntakeService) {}

  @Get(':code')
  @ApiOperation({ summary: 'The report form (HTML, in the channel’s languages; ?lang=ne|bn|en)' })
  async form(
    @Param('code') code: string,
    @Query('lang') lang: unknown,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(res, lang, async () => {
      const channel = await this.intake.channel(code);
      const language = languageOf(lang, channel.languages);
      return renderIntakePage({
        lang: language,
        languages: channel.languages,
        code: formatChannelCode(channel.code),
        actionPath: `/g/${formatChannelCode(channel.code)}`,
      });
    });
  }

  @Post(':code')
  @ApiOperation({
    summary:
      'File a report, no account: category, description, happenedOn, workersAffected, contactPreference, contactDetails. JSON gets {reference, followUpKey} (shown once); a form gets the receipt page',
  })
  async file(
    @Param('code') code: string,
    @Body() body: FormBody,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { lang, ...fields } = body ?? {};
    const input = wantsJson(req) ? fields : formFields(fields);
    if (wantsJson(req)) {
      const filed = await this.intake.file(code, input, req.ip ?? 'unknown', null);
      res.status(201).json({
        reference: filed.reference,
        followUpKey: filed.followUpKey,
        note: 'Keep the reference and the key: they are shown only once and cannot be recovered.',
      });
      return;
    }
    await this.page(res, lang, async () => {
      const channel = await this.intake.channel(code);
      const language = languageOf(lang, channel.languages);
      const path = `/g/${formatChannelCode(channel.code)}`;
      try {
        const filed = await this.intake.file(code, input, req.ip ?? 'unknown', language);
        return renderReceiptPage({
          lang: language,
          reference: filed.reference,
          followUpKey: filed.followUpKey,
          followUpPath: `${path}/follow-up?lang=${language}`,
        });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'invalid') throw error;
        return {
          status: 400,
          html: renderIntakePage({
            lang: language,
            languages: channel.languages,
            code: formatChannelCode(channel.code),
            actionPath: path,
            values: stringValues(fields),
            errors: Object.fromEntries(
              error.fields.map((problem) => [problem.field, problem.message]),
            ),
          }),
        };
      }
    });
  }

  @Get(':code/follow-up')
  @ApiOperation({ summary: 'The follow-up page: enter the case reference and key (HTML)' })
  async followUpLogin(
    @Param('code') code: string,
    @Query('lang') lang: unknown,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(res, lang, async () => {
      const channel = await this.intake.channel(code);
      return renderFollowUpLoginPage({
        lang: languageOf(lang, channel.languages),
        actionPath: `/g/${formatChannelCode(channel.code)}/follow-up`,
      });
    });
  }

  @Post(':code/follow-up')
  @ApiOperation({
    summary:
      'Read the case with {reference, key}: status and messages. A wrong key is a 404; repeated wrong keys for a reference are throttled (429)',
  })
  async followUp(
    @Param('code') code: string,
    @Body() body: FormBody,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (wantsJson(req)) {
      res.status(200).json(await this.intake.thread(code, body?.reference, body?.key));
      return;
    }
    await this.page(res, body?.lang, async () => {
      const thread = await this.intake.thread(code, body?.reference, body?.key);
      return this.threadPage(code, body, thread);
    });
  }

  @Post(':code/follow-up/messages')
  @ApiOperation({ summary: 'Add information to the case with {reference, key, text}' })
  async addInformation(
    @Param('code') code: string,
    @Body() body: FormBody,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (wantsJson(req)) {
      res
        .status(201)
        .json(await this.intake.addInformation(code, body?.reference, body?.key, body?.text));
      return;
    }
    await this.page(res, body?.lang, async () => {
      const thread = await this.intake.addInformation(code, body?.reference, body?.key, body?.text);
      return this.threadPage(code, body, thread);
    });
  }

  private async threadPage(
    code: string,
    body: FormBody,
    thread: Awaited<ReturnType<GrievanceIntakeService['thread']>>,
  ): Promise<string> {
    const channel = await this.intake.channel(code);
    return renderFollowUpPage({
      lang: languageOf(body?.lang, channel.languages),
      reference: thread.reference,
      key: typeof body?.key === 'string' ? body.key : '',
      status: thread.status,
      messages: thread.messages,
      addPath: `/g/${formatChannelCode(channel.code)}/follow-up/messages`,
    });
  }

  /** Renders a page, and the not-found and too-many-attempts pages in the visitor's language. */
  private async page(
    res: Response,
    lang: unknown,
    render: () => Promise<string | { status: number; html: string }>,
  ): Promise<void> {
    const language = typeof lang === 'string' && isChannelLanguage(lang) ? lang : 'en';
    try {
      const page = await render();
      if (typeof page === 'string') sendPage(res, 200, page);
      else sendPage(res, page.status, page.html);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found')
        return sendPage(res, 404, renderNotFoundPage({ lang: language }));
      if (error instanceof HttpException && error.getStatus() === 429)
        return sendPage(res, 429, renderTooManyAttemptsPage({ lang: language }));
      throw error;
    }
  }
}

/** A form posts strings; empty ones mean "not given". */
function formFields(fields: FormBody): FormBody {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => !(typeof value === 'string' && value.trim() === ''),
    ),
  );
}

function stringValues(fields: FormBody): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
