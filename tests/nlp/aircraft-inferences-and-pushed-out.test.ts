/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - fighters that are aircraft ("jet fighters", "fighter jets"): no militants, so no armed group
 *   backs the troops they support;
 * - a reduced-relative garden path with a perfect after it ("troops backed by X have killed Y"):
 *   the parser reads "have killed" as an adjective of the object; the perfect is the main verb;
 * - a building named after an office ("the Chief Minister House"): a place, not a person;
 * - a modal perfect under a verb of saying ("X said Y must have had help"): an inference, not a
 *   demand;
 * - "push X out of Y" attacks X; "push X" demands only with a complement ("to act", "for talks").
 * Near misses: the same sentences without the construction keep their relations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, entityNames } = relationChecks(
  parser,
  inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }),
);

describe('fighters that are aircraft, and a perfect after a reduced relative', () => {
  it('the troops attack; no armed group backs them', async () => {
    const backed = 'Levy troops backed by jet fighters have killed scores of Front militants in the hills.';
    await has(backed, 'ATTACKS levy>front');
    await hasNot(backed, 'SUPPORTS levy>front');
    await hasNot(backed, 'SUPPORTS front>levy');
    await has('Levy troops backed by helicopters have killed ten Front fighters.', 'ATTACKS levy>front');
    await has('Front fighters led by Ida Voss have stormed a Levy post in Karn.', 'ATTACKS front>levy');
    await has('League gunmen armed by Ostmark have attacked the Levy in Dorn.', 'SUPPORTS ostmark>league');
  });

  it('not fighters of a group', async () => {
    await has('Front fighters attacked a Levy post in Karn.', 'ATTACKS front>levy');
    await has('The Levy, backed by fighters of the League, attacked the Front.', 'SUPPORTS league>levy');
  });
});

describe('a building named after an office', () => {
  it('is no person', async () => {
    const names = await entityNames('The League would stage a sit-in outside the Chief Minister House if the killers were not arrested.');
    expect(names).not.toContain('House');
    expect(await entityNames('Ida Voss met Jan Hollis at Governor House in Karn.')).not.toContain('Governor House');
  });
});

describe('a modal perfect under a verb of saying', () => {
  it('is an inference, not a demand', async () => {
    await hasNot('Jan Hollis said the Front must have had some sort of support network inside Valdoria.', 'DEMANDS jan-hollis>front');
    await hasNot('Ida Voss said Ostmark should have known where the Front was hiding.', 'DEMANDS ida-voss>ostmark');
  });

  it('not a modal of obligation', async () => {
    await has('Jan Hollis said Ostmark must stop the Front.', 'DEMANDS jan-hollis>ostmark');
  });
});

describe('pushing', () => {
  it('out of a place attacks; with a complement demands', async () => {
    await has('Levy soldiers have pushed the Front out of Karn.', 'ATTACKS levy>front');
    await hasNot('Levy soldiers have pushed the Front out of Karn.', 'DEMANDS levy>front');
    await has('The Levy pushed the Front out of its last stronghold in May.', 'ATTACKS levy>front');
    await has('Ostmark pushed Valdoria to act against the Front.', 'DEMANDS ostmark>valdoria');
    await has('Ostmark has pushed Valdoria for talks with the Front.', 'DEMANDS ostmark>valdoria');
  });
});
