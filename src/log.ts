/** Structured logs (pino, JSON lines on stderr-free stdout); one root logger, children per concern. */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the root logger at the given level. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'conflict-graph' }, redact: ['password', '*.password', 'token', 'req.headers.authorization'] });
}
