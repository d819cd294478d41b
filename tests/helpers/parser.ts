/** Access to the parser process started once per run by tests/parser-setup.ts. */
import { inject } from 'vitest';
import { connectParser } from '../../src/parser-local/client.ts';
import type { SentenceParser } from '../../src/parser-local/types.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    parser: { port: number; token: string };
  }
}

/** A new connection to the test parser (close it in afterAll); each connection is one server thread. */
export function testParser(): SentenceParser {
  const { port, token } = inject('parser');
  return connectParser(port, token);
}
