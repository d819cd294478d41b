/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a threatened or vowed attempt ("warned that it would try again to strike X", "vowed to try to
 *   kill X"): a verb of attempting (lexicon `attemptVerbs`) reaches the hostile act after it, as
 *   an aspectual verb does;
 * - a country's name before a service noun ("the US Navy", "Ostmark sailors"): that state's
 *   forces, not a service of the same name the knowledge base knows.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
    { id: 'valdoria-navy', name: 'Valdorian Navy', kind: 'SecurityForce', aliases: ['Coastal Fleet'] },
  ),
);

describe('a threatened or vowed attempt', () => {
  it('threatens the target of the act attempted', async () => {
    await has('The Front warned that it would try again to strike Valdoria.', 'THREATENS front>valdoria');
    await has('The League vowed to try to kill Karl Brenner.', 'THREATENS league>karl-brenner');
    await has('The Front said it would attempt to storm the Levy base.', 'THREATENS front>levy');
    await has('The League warned that it would seek to destroy the Levy.', 'THREATENS league>levy');
    await has('The Front vowed to keep trying to attack Ostmark.', 'THREATENS front>ostmark');
  });

  it('not an attempt at something no hostile act', async () => {
    await hasNot('The Front said it would try to persuade Valdoria.', 'THREATENS front>valdoria');
    await hasNot('The Front warned that it would try to reach the Levy post.', 'THREATENS front>levy');
  });
});

describe("a country's name before a service noun", () => {
  it("names that state's forces", async () => {
    await has('The Front warned that it would strike the US Navy.', 'THREATENS front>us-forces');
    await hasNot('The Front warned that it would strike the US Navy.', 'THREATENS front>valdoria-navy');
    await has('The Front said US troops had raided its camp.', 'ATTACKS us-forces>front');
    await has('The League said it had attacked US marines near the coast.', 'ATTACKS league>us-forces');
    await has('The Front fired on US sailors at the port.', 'ATTACKS front>us-forces');
  });

  it('not the service named alone', async () => {
    await has('The Front warned that it would strike the Coastal Fleet.', 'THREATENS front>valdoria-navy');
  });
});
