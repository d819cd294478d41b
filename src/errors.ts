/**
 * Domain errors: each is a GraphQLError with an `extensions.code` users can act on. Anything
 * else thrown inside a request is masked as INTERNAL_SERVER_ERROR by `formatError`
 * (src/graphql/format-error.ts), so no stack trace or Cypher text ever leaves the server.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
/** An event dataset file that cannot be imported at all (wrong layout, too large, empty). */
export const badImportFile = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { reason: 'BAD_IMPORT_FILE', ...details });
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} not found: ${id}`, { id });
// `http.status` sets the HTTP status when the error ends a request before execution; Apollo
// removes it from the response body.
export const unauthenticated = (message = 'a valid bearer token is required') =>
  new AppError('UNAUTHENTICATED', message, { http: { status: 401 } });
export const forbidden = (message = 'this operation needs the editor role') =>
  new AppError('FORBIDDEN', message, { http: { status: 403 } });
export const serviceUnavailable = (message = 'the graph database is unreachable; try again shortly') =>
  new AppError('SERVICE_UNAVAILABLE', message);
export const queryTimeout = (message = 'the query took longer than its time limit; narrow it (fewer hops, types or a date window)') =>
  new AppError('QUERY_TIMEOUT', message);

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
