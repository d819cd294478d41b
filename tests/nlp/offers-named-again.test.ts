/**
 * Construction class, with invented actors and sentences and the real parser: an offer named
 * again. "Ostmark offered to send troops. The offer was turned down by Valdoria", "… offered to
 * facilitate talks. Valdoria declined that offer": a definite offer noun with no owner of its own
 * belongs to the agent of the last verb of offering (lexicon `offeringVerbs`), a few sentences
 * before. Near misses: an offer with an owner of its own, an indefinite offer, an offer made long
 * before, and an offering that is itself denied.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('an offer named again', () => {
  it("is the last offerer's", async () => {
    await has('Ostmark offered to send troops to Karn. The offer was turned down by Valdoria.', 'REJECTS valdoria>ostmark');
    await has(
      'Ostmark has again offered to facilitate talks between Valdoria and the Front. Valdoria declined that offer.',
      'REJECTS valdoria>ostmark',
    );
    await has('The League proposed a ceasefire on Monday. The Levy rejected the proposal a day later.', 'REJECTS levy>league');
    await has('Ostmark offered to mediate. Two days later Valdoria rejected the offer outright.', 'REJECTS valdoria>ostmark');
    await has('The Front offered to free ten hostages. Valdoria dismissed the offer as a stunt.', 'REJECTS valdoria>front');
  });

  it('not an offer owned, indefinite, long past, or never made', async () => {
    const owned = "Ostmark offered to mediate. Valdoria rejected the League's offer.";
    await has(owned, 'REJECTS valdoria>league');
    await hasNot(owned, 'REJECTS valdoria>ostmark');
    await hasNot('Ostmark offered to mediate. Valdoria rejected an offer of aid.', 'REJECTS valdoria>ostmark');
    await hasNot(
      'Ostmark offered to mediate. The Front attacked Karn. The Levy shelled Dorn. The League bombed Tarn. The talks stalled. Valdoria rejected the offer.',
      'REJECTS valdoria>ostmark',
    );
    await hasNot('Ostmark did not offer to mediate. Valdoria rejected the offer.', 'REJECTS valdoria>ostmark');
  });
});
