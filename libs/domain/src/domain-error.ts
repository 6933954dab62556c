/**
 * Errors the domain and services raise. They carry a stable code; the HTTP layer maps each code
 * to a status in one place (apps/api problem-details filter), so no service throws HTTP errors.
 */
export type DomainErrorCode =
  'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'forbidden' | 'invalid_state';

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** Deliberately says nothing about whether the record exists in another organisation. */
  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what} not found`);
  }

  /** An id in the request that does not resolve in the caller's organisation: 404 naming the field. */
  static missingReference(field: string, what: string): DomainError {
    return new DomainError('not_found', `${what} not found`, [{ field, message: 'not found' }]);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError('conflict', message, field ? [{ field, message }] : []);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('invalid', `${field} ${message}`, [{ field, message }]);
  }
}
