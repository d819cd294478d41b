/**
 * Construction class, with invented actors and sentences and the real parser: revenge vowed for
 * the last attack (src/ingest/4-relations/retaliation.ts). "An Ostmark drone killed the Front's
 * chief. The Front vowed revenge / vowed to avenge his death / vowed to respond": a vow of revenge
 * with no target of its own threatens the maker of the attack just reported, when the one vowing
 * was its victim or the body its victim led; so does a revenge foretold in reported speech ("said
 * it would retaliate"). Near misses: a vow by a third party, a vow long after
 * the attack, and a vow to respond to something that is no attack.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({
  id: 'orrin-vasko',
  name: 'Orrin Vasko',
  kind: 'Person',
  aliases: [],
  affiliation: 'front',
  role: 'leader',
});
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('revenge vowed for the last attack', () => {
  it('threatens the maker of the attack on the one vowing, or on its leader', async () => {
    await has('An Ostmark drone killed Orrin Vasko on Friday. The Front vowed revenge.', 'THREATENS front>ostmark');
    await has('An Ostmark drone killed Orrin Vasko on Friday. The Front vowed to avenge his death.', 'THREATENS front>ostmark');
    await has('The Levy killed ten Front fighters on Monday. The Front vowed to take revenge.', 'THREATENS front>levy');
    await has('The Levy raided Front hideouts on Monday. The Front vowed to respond.', 'THREATENS front>levy');
  });

  it('also in reported speech ("said it would retaliate")', async () => {
    await has('The Levy killed ten Front fighters on Monday. The Front said it would retaliate.', 'THREATENS front>levy');
    await has('An Ostmark drone killed Orrin Vasko on Friday. The Front said it would take revenge.', 'THREATENS front>ostmark');
  });

  it('not a vow by a third party, long after the attack, or to respond to no attack', async () => {
    await hasNot('The Levy raided Front hideouts on Monday. The League vowed revenge.', 'THREATENS league>levy');
    const later =
      'The Levy raided Front hideouts on Monday. Talks resumed on Tuesday. Valdoria sent envoys. Ostmark hosted them. The Front vowed revenge.';
    await hasNot(later, 'THREATENS front>levy');
    await hasNot('The Front vowed to respond to the floods in Tarnia.', 'THREATENS front>valdoria');
    await hasNot('The Levy killed ten Front fighters on Monday. The League said it would retaliate.', 'THREATENS league>levy');
  });
});
