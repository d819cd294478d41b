/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a nomination is an offer: "The Front nominated X to its committee. X turned the nomination
 *   down" rejects the Front (lexicon `offeringVerbs`, `irrealis`);
 * - a rejected act's of-phrase of unnamed people is its patient, not its owner: "ruled out any
 *   withdrawal of troops" rejects whoever demanded the withdrawal, not the troops.
 * Near misses: an of-phrase naming an actor still owns the offer.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('a nomination', () => {
  it('is an offer its nominee may reject', async () => {
    await has('The Front nominated Ida Voss to its negotiating committee. Ida Voss turned the nomination down.', 'REJECTS ida-voss>front');
    await has('The League nominated Jan Hollis as a mediator. Jan Hollis declined the nomination.', 'REJECTS jan-hollis>league');
  });
});

describe('a rejected act with unnamed people in its of-phrase', () => {
  it('rejects whoever demanded it', async () => {
    const withdrawal = 'The Front demanded that the Levy withdraw its troops. Valdoria ruled out any withdrawal of troops.';
    await has(withdrawal, 'REJECTS valdoria>front');
    await hasNot(withdrawal, 'REJECTS valdoria>valdoria');
    await has(
      'The League demanded that Ostmark withdraw its soldiers from Karn. Ostmark ruled out any withdrawal of soldiers.',
      'REJECTS ostmark>league',
    );
  });

  it('not an of-phrase that names an actor', async () => {
    await has('Valdoria rejected the offer of the League.', 'REJECTS valdoria>league');
  });
});
