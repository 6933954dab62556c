import { readRequestBody } from '@app/platform';
import { HttpException, HttpStatus } from '@nestjs/common';
import { json, urlencoded, type ErrorRequestHandler, type RequestHandler } from 'express';
import { ValidationProblem } from './validation';

/** Largest JSON body the API accepts; files come through dedicated upload routes. */
export const JSON_BODY_LIMIT = '1mb';
/** Largest HTML form body (the public grievance form: a few fields and up to 5,000 characters). */
export const FORM_BODY_LIMIT = '64kb';

interface BodyParserError {
  type?: string;
}

/**
 * Express's JSON and HTML-form parsers, followed by a translator of their errors into the API's
 * own: a body that cannot be read is a 400 naming "body", an oversized one a 413.
 */
export function bodyParsing(): [RequestHandler, RequestHandler, ErrorRequestHandler] {
  const translate: ErrorRequestHandler = (error: BodyParserError, _req, _res, next) => {
    if (error?.type === 'entity.parse.failed') {
      return next(new ValidationProblem([{ field: 'body', message: 'is not valid JSON' }]));
    }
    if (error?.type === 'entity.too.large') {
      return next(new HttpException('The request body is too large', HttpStatus.PAYLOAD_TOO_LARGE));
    }
    if (error?.type)
      return next(new ValidationProblem([{ field: 'body', message: 'could not be read' }]));
    return next(error);
  };
  return [
    json({ limit: JSON_BODY_LIMIT }),
    urlencoded({ extended: false, limit: FORM_BODY_LIMIT }),
    translate,
  ];
}

/** Largest reference-data file accepted in one request (the TIP table is ~60 kB). */
export const REFERENCE_CSV_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Reads a small text/csv request body whole: 400 for another type, 413 when too large (at once when
 * Content-Length says so, else as soon as the bytes read exceed the limit). It stops reading without
 * destroying the request, so the 413 still reaches the client.
 */
export async function readCsvBody(
  req: NodeJS.ReadableStream & { headers: Record<string, string | string[] | undefined> },
  limitBytes = REFERENCE_CSV_LIMIT_BYTES,
): Promise<string> {
  if (!/^text\/csv\b/i.test(String(req.headers['content-type'] ?? '')))
    throw new ValidationProblem([{ field: 'Content-Type', message: 'must be text/csv' }]);
  return (await readRequestBody(req, limitBytes)).toString('utf8');
}
