/**
 * Several connections to one parser process, used as one parser: a request is split into as
 * many slices as there are connections and the slices are parsed at once, one server thread
 * each, so a long article (or a folder ingest) uses both cores. Answers keep the order sent.
 */
import type { ParsedSentence, SentenceParser } from './types.ts';

/** Wraps `clients` (at least one) as a single parser. */
export function poolParsers(clients: readonly SentenceParser[]): SentenceParser {
  let next = 0;
  return {
    async parse(sentences) {
      if (clients.length === 1 || sentences.length < 2 * clients.length) return clients[next++ % clients.length]!.parse(sentences);
      const size = Math.ceil(sentences.length / clients.length);
      const parts = clients.map((c, k) => c.parse(sentences.slice(k * size, (k + 1) * size)));
      return (await Promise.all(parts)).flat() as ParsedSentence[];
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}
