import { DomainError, DomainErrorCode, FieldProblem } from '@app/domain';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ValidationProblem } from './validation';

/** RFC 9457 problem details, as every error response of the API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  /** The offending fields, for 400s (and 409s about one field). */
  errors?: FieldProblem[];
  /** For GET /health/ready: the state of each dependency. */
  checks?: Record<string, unknown>;
}

const STATUS_OF: Record<DomainErrorCode, number> = {
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  invalid_state: HttpStatus.CONFLICT,
};

/**
 * The one place where errors become HTTP responses: domain errors by code, Nest's HTTP errors by
 * status, anything else as a 500 that is logged (with the request id, without the request body)
 * and described to the caller without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.describe(exception);
    const body: ProblemDetails = {
      type: 'about:blank',
      title: STATUS_CODES[problem.status] ?? 'Error',
      status: problem.status,
      detail: problem.detail,
      instance: request.originalUrl?.split('?')[0] ?? request.url,
      requestId: request.id,
      ...(problem.errors?.length ? { errors: problem.errors } : {}),
      ...(problem.checks ? { checks: problem.checks } : {}),
    };
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private describe(exception: unknown): {
    status: number;
    detail: string;
    errors?: FieldProblem[];
    checks?: Record<string, unknown>;
  } {
    if (exception instanceof DomainError) {
      return {
        status: STATUS_OF[exception.code],
        detail: exception.message,
        errors: exception.fields,
      };
    }
    if (exception instanceof ValidationProblem) {
      return { status: 400, detail: exception.message, errors: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Terminus answers an unready service with the state of each check: keep it.
      const checks =
        typeof response === 'object' && response !== null && 'details' in response
          ? (response.details as Record<string, unknown>)
          : undefined;
      return {
        status,
        detail:
          status === 429 ? 'Too many attempts; wait a minute and try again' : exception.message,
        checks,
      };
    }
    return {
      status: 500,
      detail: 'Something went wrong on our side. Quote the request id when you report it.',
    };
  }
}
