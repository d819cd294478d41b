import { afterAll, describe, expect, it } from 'vitest';
import { poolParsers } from '../../src/parser-local/pool.ts';
import { testParser } from '../helpers/parser.ts';

describe('parser pool', () => {
  const pool = poolParsers([testParser(), testParser()]);
  afterAll(() => pool.close());

  it('splits a request over its connections and keeps the order sent', async () => {
    const sentences = Array.from({ length: 9 }, (_, k) => `Envoy number ${k + 1} met the council.`);
    const parsed = await pool.parse(sentences);
    expect(parsed).toHaveLength(9);
    for (const [k, p] of parsed.entries()) expect(p.tokens.map((t) => t.word)).toContain(String(k + 1));
  });
});
