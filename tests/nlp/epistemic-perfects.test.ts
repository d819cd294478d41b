/**
 * Construction class, with invented actors and sentences and the real parser: an epistemic
 * perfect. "X may have sheltered Y", "might have received arms from Z": a guess about what
 * happened is a hedged claim (alleged). Near misses: a modal of possibility or ability about the
 * present or future ("may shelter", "could have sheltered", "may mediate") states nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { statusOf, rels } = relationChecks(parser, inventedActors());

describe('an epistemic perfect', () => {
  it('is an alleged claim', async () => {
    expect(await statusOf('Ostmark might have sheltered Front fighters.', 'SHELTERS ostmark>front')).toBe('alleged');
    expect(await statusOf('Valdoria said Ostmark may have sheltered Front fighters.', 'SHELTERS ostmark>front')).toBe('alleged');
    expect(await statusOf('Ida Voss said the Front may have received weapons from Ostmark.', 'SUPPORTS ostmark>front')).toBe('alleged');
  });

  it('not a modal of possibility about the present or future, nor a counterfactual', async () => {
    for (const text of [
      'Ostmark may shelter Front fighters.',
      'Ostmark could have sheltered Front fighters.',
      'Ostmark may mediate between Valdoria and the Front.',
    ])
      expect(await rels(text), text).toEqual([]);
  });
});
