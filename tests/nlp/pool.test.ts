import { afterAll, describe, expect, it } from 'vitest';
import { poolParsers } from '../../src/parser-local/pool.ts';
import type { SentenceParser } from '../../src/parser-local/types.ts';
import { testParser } from '../helpers/parser.ts';

describe('parser pool', () => {
  // two connections (one server thread each), shared by both pools below
  const a = testParser();
  const b = testParser();
  const pool = poolParsers([a, b]);
  afterAll(() => pool.close());

  it('splits a request over its connections and keeps the order sent', async () => {
    const sentences = Array.from({ length: 9 }, (_, k) => `Envoy number ${k + 1} met the council.`);
    const parsed = await pool.parse(sentences);
    expect(parsed).toHaveLength(9);
    for (const [k, p] of parsed.entries()) expect(p.tokens.map((t) => t.word)).toContain(String(k + 1));
  });

  it('hands the next sentence to whichever connection is free, so both work to the end', async () => {
    const seen = [0, 0];
    let largest = 0;
    const counted = (p: SentenceParser, k: number): SentenceParser => ({
      parse: (xs) => {
        seen[k] = (seen[k] ?? 0) + xs.length;
        largest = Math.max(largest, xs.length);
        return p.parse(xs);
      },
      close: () => p.close(),
    });
    const both = poolParsers([counted(a, 0), counted(b, 1)]);
    // one long sentence first: with fixed halves one connection would take it and half the rest
    const long = `The envoy ${'and the council '.repeat(12)}met on Monday.`;
    const sentences = [long, ...Array.from({ length: 7 }, (_, k) => `Envoy ${k + 1} met the council.`)];
    const parsed = await both.parse(sentences);
    expect(parsed.map((p) => p.tokens.at(-2)?.word)).toEqual(['Monday', ...Array.from({ length: 7 }, () => 'council')]);
    expect(seen[0]! + seen[1]!).toBe(8);
    expect(Math.min(...seen)).toBeGreaterThan(0);
    // small requests, taken as each connection frees up (fixed halves would send 4 at once)
    expect(largest).toBe(1);
  });
});
