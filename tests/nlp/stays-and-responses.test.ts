/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a stay in custody ("X spent eight years in Y's custody", "remained in the custody of Y"): the
 *   custody noun in the in-phrase of a verb of staying holds that verb's subject
 *   (4-relations/custody.ts `matchCustody`);
 * - answering or reacting with an attack ("the Levy answered with a wave of operations against
 *   the Front"): a light verb of the attack noun in its with-phrase (lexicon predicates, ATTACKS
 *   `light`).
 * With near misses: a stay in a place that is no custody, an answer that is no attack.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a stay in custody', () => {
  it('is a detention by the custodian', async () => {
    await has("Ida Voss spent eight years in Valdoria's custody.", 'DETAINS valdoria>ida-voss');
    await has('Ida Voss remained in the custody of Valdoria until 2018.', 'DETAINS valdoria>ida-voss');
  });

  it('needs a custody noun', async () => {
    await hasNot("Ida Voss spent eight years in Valdoria's capital.", 'DETAINS valdoria>ida-voss');
  });
});

describe('answering with an attack', () => {
  it('attacks the attack noun’s target', async () => {
    await has('The Levy answered with a wave of operations against the Front.', 'ATTACKS levy>front');
    await has('The Levy reacted with raids on the Front.', 'ATTACKS levy>front');
  });

  it('is no attack when the answer is no attack', async () => {
    await hasNot("Valdoria answered the Front's letter with a proposal for talks.", 'ATTACKS valdoria>front');
  });
});
