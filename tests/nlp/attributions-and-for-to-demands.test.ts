/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - an attribution names the one who says a clause ("According to X, Y was behind the blast"
 *   accuses Y, by X, as "X said Y was behind the blast" does);
 * - a for-to clause of a demand names the one asked ("called for Ostmark to expel the Front": "call
 *   for" is a verb of demanding, lexicon DEMANDS verbs).
 * Near misses: an attribution of a clause that blames no one, a call for a thing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, rels } = relationChecks(parser, inventedActors());

describe('an attribution', () => {
  it('names the accuser of a culpability clause', async () => {
    await has('According to Valdoria, Ostmark was behind the attack.', 'ACCUSES valdoria>ostmark');
    await has('According to the Levy, the Front was behind the bombing.', 'ACCUSES levy>front');
  });

  it('not of a clause that blames no one', async () => {
    const text = 'According to the Levy, the convoy reached Karn on Monday.';
    expect(
      (await rels(text)).filter((r) => r.startsWith('ACCUSES')),
      text,
    ).toEqual([]);
  });
});

describe('a for-to clause of a demand', () => {
  it('names the one asked', async () => {
    await has('Valdoria called for Ostmark to expel the Front.', 'DEMANDS valdoria>ostmark');
    await has('The League called for the Levy to leave the valley.', 'DEMANDS league>levy');
  });

  it('not a call for a thing', async () => {
    const text = 'Valdoria called for calm after the bombing.';
    expect(
      (await rels(text)).filter((r) => r.startsWith('DEMANDS')),
      text,
    ).toEqual([]);
  });
});
