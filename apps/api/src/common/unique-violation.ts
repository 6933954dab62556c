import { QueryFailedError } from 'typeorm';

/** A PostgreSQL unique violation on `constraint`: a concurrent request wrote the same row first. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
