/**
 * Construction class, with invented actors and sentences and the real parser: a request reported
 * by its asker. "Ostmark was asked to act against the Front, the Levy said", "Valdoria said
 * Ostmark had been urged to …": an agentless passive verb of asking, with no summons before it
 * and no attribution, was asked by the party to the conflict who reports it. Near misses: a
 * speaker who is no party (analysts), a by-phrase that names the asker, and a negated request.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a request reported by its asker', () => {
  it('was made by the party who reports it', async () => {
    await has('Ostmark was asked to take action against the Front or hand its leaders over, the Levy said.', 'DEMANDS levy>ostmark');
    await has('The Levy said Ostmark had been asked to take immediate action against the Front.', 'DEMANDS levy>ostmark');
    await has("Valdoria said Ostmark had been urged repeatedly to close the Front's camps.", 'DEMANDS valdoria>ostmark');
    await has('Ostmark has been told to stop sheltering the Front, Valdoria said on Monday.', 'DEMANDS valdoria>ostmark');
    await has('The Levy said on Friday that Ostmark had been asked to extradite the League commanders.', 'DEMANDS levy>ostmark');
  });

  it('not by a speaker who is no party, nor against a by-phrase or a negation', async () => {
    await hasNot('Analysts said Ostmark had been asked to act against the Front.', 'DEMANDS valdoria>ostmark');
    const byLeague = 'Ostmark was asked by the League to act against the Front, Valdoria said.';
    await has(byLeague, 'DEMANDS league>ostmark');
    await hasNot(byLeague, 'DEMANDS valdoria>ostmark');
    await hasNot('The Levy said Ostmark had not been asked to hand over anyone.', 'DEMANDS levy>ostmark');
  });
});
