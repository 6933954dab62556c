import { ImportJob, tenantRepositoryProvider } from '@app/persistence';
import { Controller, Get, HttpCode, Module, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@app/domain';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { IMPORT_KINDS, ImportKind, ImportsService } from './imports.service';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':kind')
  @HttpCode(202)
  @Roles('admin', 'compliance_officer')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'The CSV file itself (UTF-8, header row; see README "Bulk import")',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiQuery({ name: 'fileName', required: false })
  @ApiOperation({
    summary: 'Upload a CSV of suppliers; it is applied in the background (follow GET /imports/:id)',
  })
  upload(
    @CurrentUser() auth: AuthContext,
    @Param('kind') kind: string,
    @Req() req: Request,
    @Query('fileName') fileName?: string,
  ) {
    if (!Object.prototype.hasOwnProperty.call(IMPORT_KINDS, kind))
      throw DomainError.notFound('Import kind');
    if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? '')) {
      throw new DomainError(
        'invalid',
        'Send the file as the request body with Content-Type: text/csv',
        [{ field: 'Content-Type', message: 'must be text/csv' }],
      );
    }
    return this.imports.upload(
      auth,
      actorOf(auth),
      kind as ImportKind,
      req,
      fileName?.slice(0, 200) ?? null,
    );
  }

  @Get()
  @Roles('admin', 'compliance_officer')
  list(@CurrentUser() auth: AuthContext) {
    return this.imports.list(auth);
  }

  @Get(':id')
  @Roles('admin', 'compliance_officer')
  @ApiOperation({
    summary:
      'Progress (rows done / total) and, when done, the report: created, updated, unchanged, rejected rows',
  })
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.imports.get(auth, id);
  }
}

@Module({
  controllers: [ImportsController],
  providers: [ImportsService, tenantRepositoryProvider(ImportJob, 'Import')],
})
export class ImportsModule {}
