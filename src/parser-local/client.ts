/**
 * A `SentenceParser` over one socket to a running parser process (see process.ts).
 *
 * The connection opens with the token line, then carries newline-delimited JSON requests of up
 * to `batchSize` sentences each; the server answers a connection's requests in order, and each
 * answer is matched to its request by id. One connection is served by one server thread, so a
 * client that wants two cores opens two connections. If the connection drops while requests are
 * in flight (the process died or was killed), they reject with PARSER_CRASHED, as does every
 * later call. The socket keeps Node alive only while a request is in flight.
 */
import net from 'node:net';
import { ParserError } from './errors.ts';
import type { ParsedSentence, SentenceParser } from './types.ts';

interface Pending {
  resolve(sentences: ParsedSentence[]): void;
  reject(err: Error): void;
}

const crashed = (why: string) =>
  new ParserError(
    'PARSER_CRASHED',
    `the parser process is gone (${why}); requests in flight were lost. A new \`getSharedParser()\` starts a fresh one; if it keeps crashing, look for an OutOfMemoryError (raise PARSER_HEAP).`,
  );

/** Connects to the parser at 127.0.0.1:port with its token. */
export function connectParser(port: number, token: string, options: { batchSize?: number } = {}): SentenceParser {
  const batchSize = options.batchSize ?? 50;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: ParserError | undefined;
  let closedByUs = false;
  let buffer = '';

  const socket = net.connect({ host: '127.0.0.1', port });
  socket.setEncoding('utf8');
  socket.setNoDelay(true);
  socket.unref();
  socket.write(`${token}\n`);

  const failAll = (err: ParserError) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const answer = JSON.parse(line) as { id: number; sentences?: ParsedSentence[]; error?: string };
      const p = pending.get(answer.id);
      if (!p) continue;
      pending.delete(answer.id);
      if (answer.error !== undefined || !answer.sentences)
        p.reject(new ParserError('PARSER_REQUEST_FAILED', `the parser refused a request: ${answer.error ?? 'no sentences in the answer'}`));
      else p.resolve(answer.sentences);
    }
    if (pending.size === 0) socket.unref();
  });
  socket.on('error', (err) => failAll(crashed(err.message)));
  socket.on('close', () =>
    failAll(closedByUs ? new ParserError('PARSER_CRASHED', 'this parser client was closed') : crashed('connection closed')),
  );

  const request = (sentences: readonly string[]): Promise<ParsedSentence[]> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.ref();
      socket.write(`${JSON.stringify({ id, sentences })}\n`);
    });

  return {
    async parse(sentences) {
      const batches: Array<Promise<ParsedSentence[]>> = [];
      for (let k = 0; k < sentences.length; k += batchSize) batches.push(request(sentences.slice(k, k + batchSize)));
      return (await Promise.all(batches)).flat();
    },
    async close() {
      if (closedByUs) return;
      closedByUs = true;
      if (socket.destroyed) return;
      await new Promise<void>((resolve) => socket.end(resolve));
      socket.destroy();
    },
  };
}
