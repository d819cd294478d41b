/**
 * Construction class, with invented actors and sentences and the real parser: a war fought for
 * another. "The Levy is fighting Ostmark's war", "waging Valdoria's war against the Front": a war
 * noun (lexicon `reciprocalNouns`) with a possessor, as the object of a verb with an actor as
 * subject, names the side the war is fought for — not its target, nor its agent: the subject
 * backs that side (SUPPORTS) as the narrator states it, while in one side's mouth it is only
 * that side's charge (ACCUSES); an against- or on-phrase names the target. Near misses: the possessor of fighters or of an attack fought off
 * is still the one fought.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('a war fought for another', () => {
  it('is no attack on the side it is fought for', async () => {
    const fighting = 'The Levy is fighting Valdoria’s war, the Front said.';
    await hasNot(fighting, 'ATTACKS levy>valdoria');
    await has(fighting, 'ACCUSES front>levy');
    // (in one side's mouth it is that side's charge, not a fact of support)
    await hasNot(fighting, 'SUPPORTS levy>valdoria');
    await has('The Levy is fighting Valdoria’s war in the hills.', 'SUPPORTS levy>valdoria');
    await has('For ten years the Levy has been fighting Ostmark’s war against the Front.', 'SUPPORTS levy>ostmark');
    await hasNot('"The Levy is fighting Ostmark\'s war and its posts are our targets," Jan Hollis said.', 'ATTACKS levy>ostmark');
    const waged = "The Front said the Levy was waging Ostmark's war against the Front.";
    await has(waged, 'ATTACKS levy>front');
    await hasNot(waged, 'ATTACKS ostmark>front');
    await hasNot("Troops of the Levy are fighting Valdoria's battle in the hills, the League said.", 'ATTACKS levy>valdoria');
    await hasNot("The League said the Levy had been fighting Ostmark's war for ten years.", 'ATTACKS levy>ostmark');
  });

  it('not the owner of fighters, nor of an attack fought off', async () => {
    await has("The Levy fought the Front's fighters in the hills.", 'ATTACKS levy>front');
    await has("The Levy repulsed the Front's attack on the post.", 'ATTACKS levy>front');
  });
});
