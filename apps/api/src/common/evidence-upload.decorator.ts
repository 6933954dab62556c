import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery } from '@nestjs/swagger';

/**
 * OpenAPI for a route that takes one evidence file as the raw request body (FilesService
 * .storeUpload): the types, the optional filename, and the 413/415 answers.
 */
export const ApiEvidenceUpload = (summary: string): MethodDecorator =>
  applyDecorators(
    ApiConsumes('application/pdf', 'image/png', 'image/jpeg'),
    ApiBody({
      description: 'The file itself (PDF, PNG, JPEG, DOCX, XLSX, text or CSV; 10 MB by default)',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiQuery({ name: 'filename', required: false }),
    ApiOperation({ summary: `${summary}. 413 when too large, 415 for another type` }),
  );
