/**
 * Construction class, with invented actors and sentences and the real parser: a person named
 * after a description set off by commas ("arrested a 15-year-old, X,", "a tribal elder, X,")
 * is proposed as a person the knowledge base does not hold; a name after other words and a comma
 * is not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { rels } = relationChecks(parser, inventedActors());

describe('a person named after a description', () => {
  it('is proposed as a person', async () => {
    expect(await rels('The Levy arrested a 15-year-old, Arno Kessel, in the valley in May.')).toContain('DETAINS levy>arno-kessel');
    expect(await rels('The Front abducted a tribal elder, Arno Kessel, near the border.')).toContain('ATTACKS front>arno-kessel');
  });

  it('not a name after other words', async () => {
    const out = await rels('The Levy arrested militants in the valley, Arno Kessel said.');
    expect(out.filter((r) => r.includes('DETAINS levy>arno'))).toEqual([]);
  });
});
