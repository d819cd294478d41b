/**
 * Construction class, with invented actors and sentences and the real parser: an act a ceasing
 * presupposes. "Ostmark must stop sheltering the Front", "urged Ostmark to cease arming the
 * League", "the Front stopped attacking the Levy": the gerund of a verb of ceasing (lexicon
 * `ceasingVerbs`) is an act going on — stated when the ceasing is, alleged when it is only
 * demanded or wished; under a verb of saying the speaker's claim (an accusation when the speaker
 * is another side). Near misses: a gerund that is no act of the lexicon, and the demand itself
 * still read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors());

describe('an act a ceasing presupposes', () => {
  it('is an act going on, alleged when the ceasing is only demanded', async () => {
    const must = 'Ostmark must stop sheltering the Front and the League, Valdoria said.';
    await has(must, 'SHELTERS ostmark>front');
    await has(must, 'SHELTERS ostmark>league');
    await has(must, 'ACCUSES valdoria>ostmark');
    await has(must, 'DEMANDS valdoria>ostmark');
    expect(await statusOf('Valdoria urged Ostmark to stop supporting the Front.', 'SUPPORTS ostmark>front')).toBe('alleged');
    expect(await statusOf('Valdoria called on Ostmark to cease arming the League.', 'SUPPORTS ostmark>league')).toBe('alleged');
    expect(await statusOf('The Front stopped attacking the Levy in March.', 'ATTACKS front>levy')).toBe('stated');
    expect(await statusOf('Ostmark did not stop sheltering the Front.', 'SHELTERS ostmark>front')).toBe('stated');
  });

  it('not a gerund that is no act, nor without the demand', async () => {
    await hasNot('Ostmark should stop worrying about the Front.', 'SHELTERS ostmark>front');
    await hasNot('Ostmark should stop worrying about the Front.', 'ATTACKS ostmark>front');
    await has('Valdoria urged Ostmark to stop supporting the Front.', 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria urged Ostmark to stop the Front.', 'SUPPORTS ostmark>front');
  });
});
