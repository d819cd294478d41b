/**
 * Construction class, with invented actors and sentences and the real parser: a demanded act
 * rejected by its noun or a pronoun. "X demanded that Y reverse the merger. Y ruled out any
 * reversal of the merger", "… Y turned that down": a rejection's object derived from an act the
 * last demand asked for (same stem), or a bare "that" in the next sentence, is the demand; the
 * rejecter rejects its maker. Near misses: a noun of another stem, a demand too far back, a noun
 * of the act that is not rejected.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a demanded act rejected by its noun or a pronoun', () => {
  it("rejects the demand's maker", async () => {
    await has(
      'The Front demanded that Valdoria reverse the merger of the valley. Valdoria has ruled out any reversal of the merger.',
      'REJECTS valdoria>front',
    );
    await has(
      'The Front demanded that Valdoria withdraw its troops from Karn. Valdoria rejected any withdrawal.',
      'REJECTS valdoria>front',
    );
    await has('Valdoria demanded that the Front disarm. The Front turned that down.', 'REJECTS front>valdoria');
    await has(
      'Valdoria demanded that the Front release the hostages. The Front rejected the release of any prisoner.',
      'REJECTS front>valdoria',
    );
    await has(
      'The League asked Ostmark to extradite Karl Brenner. Two days later Ostmark ruled out any extradition.',
      'REJECTS ostmark>league',
    );
  });

  it('not another noun, a demand too far back, or an act that is not rejected', async () => {
    await hasNot('The Front demanded that Valdoria reverse the merger. Ostmark rejected criticism of the merger.', 'REJECTS ostmark>front');
    await hasNot(
      'The Front demanded that Valdoria withdraw its troops from Karn. Valdoria announced the withdrawal of two battalions.',
      'REJECTS valdoria>front',
    );
    await hasNot(
      'The Front demanded that Valdoria withdraw its troops. The talks resumed in May. The Levy shelled Karn. Ostmark mediated. Valdoria then rejected any withdrawal.',
      'REJECTS valdoria>front',
    );
  });
});
