/**
 * The one place errors are shaped for clients. Domain errors (AppError) keep their code and
 * message, also when graphql-js wrapped them (a bad Date literal, a limit rule); GraphQL's own
 * parse/validation errors keep theirs; everything else becomes INTERNAL_SERVER_ERROR with a
 * generic message and is logged in full on the server. Stack traces never leave.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Builds Apollo's `formatError` hook. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    const app = findAppError(unwrapResolverError(error)) ?? findAppError(error);
    if (app) {
      const { code, http: _http, ...details } = app.extensions as Record<string, unknown>;
      return { message: app.message, locations, path, extensions: { ...details, code } };
    }
    const code = String(formatted.extensions?.code ?? '');
    // graphql-js's parser enforces MAX_QUERY_TOKENS with a syntax error: report it as the bound it is.
    if (code === 'GRAPHQL_PARSE_FAILED' && /more th(?:at|an) \d+ tokens/.test(formatted.message)) {
      return {
        message: `query is too long: ${formatted.message.replace(/^Syntax Error: /, '')}`,
        extensions: { code: 'BAD_USER_INPUT', limit: 'tokens' },
      };
    }
    // graphql-js stops coercing variables after 50 bad values with a code-less error: still the client's.
    if (/^Too many errors processing variables/.test(formatted.message))
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    if (CLIENT_CODES.has(code)) return { message: formatted.message, locations, path, extensions: { code } };
    logger.error({ err: unwrapResolverError(error), path }, 'unexpected error in a GraphQL request');
    return { message: 'internal error; it has been logged', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
