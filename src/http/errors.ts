/**
 * The one JSON error path of the HTTP layer, for everything that fails before (or outside)
 * GraphQL: a body that is not JSON, too large, in an unsupported charset or encoding, a bad
 * gzip stream, an unknown route, a method a route does not take. Every answer has the GraphQL
 * shape `{ errors: [{ message, extensions: { code } }] }` and the right status; the message is
 * ours (never the parser's text, a stack trace or a file path); unexpected errors are logged.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { isAppError, type AppError, type ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';

/** HTTP statuses of the domain errors when they end a plain HTTP route (exports). */
const APP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  INTERNAL_SERVER_ERROR: 500,
};

/** Sends a domain error (AppError) with its code, message and details, in the GraphQL shape. */
export function sendAppError(res: Response, err: AppError): void {
  const { code, http: _http, ...details } = err.extensions as Record<string, unknown>;
  res.status(APP_STATUS[err.code]).json({ errors: [{ message: err.message, extensions: { ...details, code } }] });
}

const CODES: Record<number, [code: string, message: string]> = {
  400: ['BAD_REQUEST', 'the request body could not be read (malformed JSON or a broken encoding)'],
  404: ['NOT_FOUND', 'no such route; see /explore, /graphql, /export/graphml, /healthz, /readyz, /guide'],
  405: ['METHOD_NOT_ALLOWED', 'this route does not take that method'],
  413: ['PAYLOAD_TOO_LARGE', 'the request body is over the size limit'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'the body must be JSON (application/json, UTF-8, identity, gzip or deflate)'],
  500: ['INTERNAL_SERVER_ERROR', 'internal error; it has been logged'],
};

/** Sends one error in the GraphQL shape. */
export function sendError(res: Response, status: number, message?: string, headers: Record<string, string> = {}): void {
  const [code, fallback] = CODES[status] ?? CODES[500]!;
  res
    .status(CODES[status] ? status : 500)
    .set(headers)
    .json({ errors: [{ message: message ?? fallback, extensions: { code } }] });
}

/** The last route: 404 in the same shape. */
export const notFoundHandler: RequestHandler = (_req, res) => sendError(res, 404);

/** Answers 405 (with Allow) for any method a route does not list. */
export function allowOnly(...methods: string[]): RequestHandler {
  const allowed = new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS']);
  return (req, res, next) => {
    if (allowed.has(req.method)) return next();
    sendError(res, 405, `${req.method} is not allowed here; use ${methods.join(' or ')}`, { allow: methods.join(', ') });
  };
}

/** Express's error handler, replaced: domain errors keep their code, body-parser's errors their 4xx status, the rest is 500. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (isAppError(err) && !res.headersSent) return void sendAppError(res, err);
    const status = Number((err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode);
    const known = Number.isInteger(status) && status >= 400 && status < 500;
    if (!known) logger.error({ err }, 'unexpected error in the HTTP layer');
    if (res.headersSent) return void res.end();
    sendError(res, known ? (CODES[status] ? status : 400) : 500);
  };
}
