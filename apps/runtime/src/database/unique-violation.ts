import { QueryFailedError } from 'typeorm';

/**
 * Whether a query failed on a unique constraint (SQLSTATE 23505), optionally a
 * particular one: the database's answer to "this already exists".
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // TypeORM wraps the driver's error; prepared statements on the pool throw pg's own.
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
}
