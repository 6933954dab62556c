import { HttpException, HttpStatus } from '@nestjs/common';
import { json, type ErrorRequestHandler, type RequestHandler } from 'express';
import { ValidationProblem } from './validation';

/** Largest JSON body the API accepts; files come through dedicated upload routes. */
export const JSON_BODY_LIMIT = '1mb';

interface BodyParserError {
  type?: string;
}

/**
 * Express's JSON parser, followed by a translator of its errors into the API's own: a body that is
 * not JSON is a 400 naming "body", an oversized one a 413. Both then leave as problem+json.
 */
export function jsonBodyParsing(): [RequestHandler, ErrorRequestHandler] {
  const translate: ErrorRequestHandler = (error: BodyParserError, _req, _res, next) => {
    if (error?.type === 'entity.parse.failed') {
      return next(new ValidationProblem([{ field: 'body', message: 'is not valid JSON' }]));
    }
    if (error?.type === 'entity.too.large') {
      return next(
        new HttpException(
          `The request body is larger than ${JSON_BODY_LIMIT}`,
          HttpStatus.PAYLOAD_TOO_LARGE,
        ),
      );
    }
    if (error?.type)
      return next(new ValidationProblem([{ field: 'body', message: 'could not be read' }]));
    return next(error);
  };
  return [json({ limit: JSON_BODY_LIMIT }), translate];
}
