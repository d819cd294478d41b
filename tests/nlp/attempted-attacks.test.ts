/**
 * Construction class, with invented actors and sentences and the real parser: an attempted
 * attack. A past attempt at a hostile act ("the Front tried to kill X", "had attempted to bomb
 * the post", "tried to storm a post but were repulsed") was made: an attack whatever its outcome.
 * Near misses: a future attempt, and an attempt at an act that is no attack ("tried to mediate").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors());

describe('an attempted attack', () => {
  it('is an attack', async () => {
    await has('The Front tried to kill Ida Voss in 2019.', 'ATTACKS front>ida-voss');
    await has('The Front had attempted to bomb the Levy headquarters.', 'ATTACKS front>levy');
    await has('Front fighters tried to storm a Levy post but were repulsed.', 'ATTACKS front>levy');
  });

  it('not a future attempt', async () => {
    await hasNot('The Front will try to kill Ida Voss.', 'ATTACKS front>ida-voss');
  });

  it('not an attempt at an act that is no attack', async () => {
    for (const text of ['The Front tried to negotiate with the Levy.', 'Ostmark tried to mediate between Valdoria and the Front.'])
      expect(await rels(text), text).toEqual([]);
  });
});
