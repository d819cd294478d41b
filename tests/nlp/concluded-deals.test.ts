/**
 * Construction class of this file, with invented sentences and actors and the real parser: a deal
 * concluded, inked or clinched ("a peace deal concluded between Valdoria and the Front", "inked
 * an accord with X") states talks between its parties: light verbs of the NEGOTIATES_WITH deal
 * nouns (knowledge/lexicon/predicates.yaml). With near misses: "concluded that …" (no deal noun).
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a deal concluded, inked or clinched', () => {
  it('states talks between its parties', async () => {
    await has('A first peace deal concluded between Valdoria and the Front in May failed.', 'NEGOTIATES_WITH valdoria>front');
    await has('Valdoria inked an accord with the Front.', 'NEGOTIATES_WITH valdoria>front');
    await has('Valdoria clinched a deal with the League last week.', 'NEGOTIATES_WITH valdoria>league');
  });

  it('needs a deal noun', async () => {
    await hasNot('The Levy concluded that the Front was behind the attack.', 'NEGOTIATES_WITH levy>front');
    await hasNot('Valdoria concluded its inquiry into the Front.', 'NEGOTIATES_WITH valdoria>front');
  });
});
