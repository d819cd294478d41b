/**
 * Construction class, with invented actors and sentences and the real parser: a to-infinitive
 * read as a to-phrase. After a verb that takes an object and an infinitive (permitting, directing,
 * demanding), "to" + a verb that is also a noun ("to shelter", "to base") is the infinitive, not a
 * prepositional phrase of the object ("accused Ostmark of allowing the Front leadership to
 * shelter in Karn"). Near misses: a to-phrase with a determiner is a phrase ("gave the Front
 * leadership to a council"), and a verb that takes no infinitive.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a to-infinitive read as a to-phrase', () => {
  it("is the governing verb's complement", async () => {
    await has('Valdoria accuses Ostmark of allowing the Front leadership to shelter in Karn.', 'SHELTERS ostmark>front');
    await has('Valdoria accused Ostmark of permitting the League leadership to shelter in its hills.', 'SHELTERS ostmark>league');
    await has('Ostmark has allowed the Front leadership to shelter in the border towns for years.', 'SHELTERS ostmark>front');
    await has('The Front said Ostmark had allowed the League leadership to shelter near Karn.', 'SHELTERS ostmark>league');
    await has('Valdoria accused Ostmark of enabling the Front leadership to shelter in Karn.', 'SHELTERS ostmark>front');
  });

  it('not a to-phrase with a determiner, nor after a verb that takes no infinitive', async () => {
    await hasNot('Valdoria accused Ostmark of handing the Front leadership to the shelter in Karn.', 'SHELTERS ostmark>front');
    await hasNot('Ostmark sent the Front leadership to shelter in Karn.', 'SHELTERS ostmark>front');
  });
});
