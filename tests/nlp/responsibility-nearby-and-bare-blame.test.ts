/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - the group held responsible nearby: unnamed attackers ("six militants", "all six attackers")
 *   are the group a claim or blame within a few sentences names ("The assault was claimed by
 *   X"), not the group the article names most;
 * - a bare blame after an attack ("… killing four guards. Officials blamed X", "police say they
 *   suspect X") is X's attack by the blamer's word (alleged);
 * - the attacked side killing its attackers ("Levy troops killed all six attackers") answers the
 *   attack: a blame or claim after it still refers to the attack itself.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(parser, inventedActors());

/** An opening in which the Front claims an earlier attack, so that the Front is the article's default group. */
const FRONT_FIRST = [
  'The Front claimed responsibility for a bombing of a Levy depot in Vessa in March.',
  'Valdoria has since closed three border crossings.',
  'Trade through Karn has fallen by half.',
  'Ministers met in the capital on Monday to discuss the budget.',
].join(' ');

describe('the group held responsible nearby', () => {
  it('names the unnamed attackers of the attack it claims or is blamed for', async () => {
    await has(
      `${FRONT_FIRST} Six militants stormed a Levy post in Karn on Tuesday. Levy troops killed all six attackers. The League claimed the assault.`,
      'ATTACKS levy>league',
    );
    await has(
      `${FRONT_FIRST} Gunmen stormed a Levy post in Karn on Tuesday. Levy guards shot dead all four attackers. The assault was claimed by the League.`,
      'ATTACKS levy>league',
    );
    await has(
      `${FRONT_FIRST} Militants raided a Levy camp near Karn. The raiders were killed by Levy troops. Valdoria blamed the League.`,
      'ATTACKS levy>league',
    );
    await has(
      `${FRONT_FIRST} Six militants stormed a Levy post in Karn on Tuesday. The League claimed responsibility within hours. Levy commandos killed all six attackers.`,
      'ATTACKS levy>league',
    );
    await has(
      `${FRONT_FIRST} Insurgents ambushed a Levy convoy in Karn on Tuesday. Levy troops killed the insurgents. The League claimed the ambush.`,
      'ATTACKS levy>league',
    );
  });

  it('not when the claim is far off, or names two groups, or claims something else', async () => {
    const far = `${FRONT_FIRST} Six militants stormed a Levy post in Karn on Tuesday. Levy troops killed all six attackers. Schools stayed shut. Shops closed early. Roads were blocked. The League claimed the assault.`;
    await hasNot(far, 'ATTACKS levy>league');
    await has(far, 'ATTACKS levy>front');
    await hasNot(
      `${FRONT_FIRST} Six militants stormed a Levy post in Karn on Tuesday. Levy troops killed all six attackers. The League and the Front both claimed the assault.`,
      'ATTACKS levy>league',
    );
    await hasNot(
      `${FRONT_FIRST} Six militants stormed a Levy post in Karn on Tuesday. Levy troops killed all six attackers. The League claimed that Valdoria staged the assault.`,
      'ATTACKS levy>league',
    );
  });
});

describe('a bare blame after an attack', () => {
  it("is the blamed group's attack, by the blamer's word", async () => {
    await has('Nine Levy soldiers were killed in an ambush near Karn on Monday. Valdoria blamed the League.', 'ATTACKS league>levy');
    expect(
      await statusOf('Nine Levy soldiers were killed in an ambush near Karn on Monday. Valdoria blamed the League.', 'ATTACKS league>levy'),
    ).toBe('alleged');
    await has('A roadside bomb killed three Levy guards near Karn. Officials blamed the League.', 'ATTACKS league>levy');
    await has('Ida Voss was shot dead outside her home in Vessa on Friday. Police say they suspect the League.', 'ATTACKS league>ida-voss');
    await has('A Levy patrol was ambushed near Karn overnight. Valdoria blamed the Front.', 'ATTACKS front>levy');
    await has(
      `${FRONT_FIRST} A suicide bomber struck a Levy checkpoint on Tuesday, killing four guards. Officials blamed the League.`,
      'ATTACKS league>levy',
    );
  });

  it('not when denied, further back, or when the attack had another named attacker', async () => {
    await hasNot(
      'Nine Levy soldiers were killed in an ambush near Karn on Monday. Valdoria did not blame the League.',
      'ATTACKS league>levy',
    );
    await hasNot(
      'Nine Levy soldiers were killed in an ambush near Karn on Monday. Schools stayed shut. Roads were blocked. Valdoria blamed the League.',
      'ATTACKS league>levy',
    );
    await hasNot('The Front attacked a Levy post in Karn on Monday. Valdoria blamed the League.', 'ATTACKS league>levy');
    await hasNot('Ida Voss was shot dead in Vessa on Friday. Valdoria blamed the League for the drought.', 'ATTACKS league>ida-voss');
  });
});

describe('the attacked side killing its attackers', () => {
  it('answers the attack, so a blame after it reaches the attack', async () => {
    await has(
      `${FRONT_FIRST} Militants attacked a Levy post in Karn on Tuesday. Six guards were killed before Levy troops shot dead all five attackers. Valdoria blamed the League.`,
      'ATTACKS league>levy',
    );
    await has(
      'Gunmen attacked a Levy post in Karn, killing six guards. Levy troops shot dead all five attackers. Valdoria blamed the League.',
      'ATTACKS league>levy',
    );
    await has(
      'Nine Levy soldiers were killed in an ambush near Karn. Levy troops killed the gunmen. Officials blamed the League.',
      'ATTACKS league>levy',
    );
    await has(
      'Gunmen attacked a Levy convoy near Karn. Levy soldiers returning fire killed three of the gunmen. Valdoria blamed the League.',
      'ATTACKS league>levy',
    );
    await has(
      'A Levy convoy was ambushed near Karn on Monday. Levy soldiers killed all four assailants. Valdoria blamed the Front.',
      'ATTACKS front>levy',
    );
  });

  it('not an attack by another side, or on a named group', async () => {
    await hasNot(
      'Gunmen attacked a Levy post in Karn, killing six guards. Ostmark jets then bombed a Front camp in the hills. Valdoria blamed Ostmark.',
      'ATTACKS ostmark>levy',
    );
    await hasNot(
      'Nine Levy soldiers were killed in an ambush near Karn. Levy troops then raided a Front camp. Officials blamed the League.',
      'ATTACKS league>levy',
    );
    await hasNot(
      'Nine Levy soldiers were killed in an ambush near Karn. The Front shelled a Levy base. Officials blamed the League.',
      'ATTACKS league>levy',
    );
  });
});

describe("a member's or leader's claim, and a claim by pronoun, nearby", () => {
  const ACTORS = inventedActors(
    { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
    { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [] },
    { id: 'north-band', name: 'North Band', kind: 'ArmedGroup', aliases: [], fights: ['iran'] },
  );
  const more = relationChecks(parser, ACTORS);

  it('names the unnamed attackers, and the group takes the attack from an inferred attacker', async () => {
    await more.has(
      `${FRONT_FIRST} A suicide bomber struck a Levy post in Karn on Tuesday, killing nine guards. Karl Brenner, a commander of the League, claimed responsibility.`,
      'ATTACKS league>levy',
    );
    await more.has(
      `${FRONT_FIRST} Six gunmen stormed a Levy post in Karn on Tuesday. Levy troops killed all six attackers. Responsibility was claimed by Karl Brenner, who heads the League.`,
      'ATTACKS levy>league',
    );
    await more.has(
      `${FRONT_FIRST} A suicide bomber rammed a Levy convoy near Karn, killing nine soldiers. The League claims it through its suicide wing.`,
      'ATTACKS league>levy',
    );
    await more.has(
      `${FRONT_FIRST} Gunmen ambushed a Levy patrol near Karn on Tuesday. Lev Orlov, a spokesman for the League, claimed the ambush.`,
      'ATTACKS league>levy',
    );
    await more.has(
      `${FRONT_FIRST} Gunmen ambushed an Iranian border patrol near Karn on Tuesday. Troops killed the attackers. The North Band claimed the ambush.`,
      'ATTACKS iranian-armed-forces>north-band',
    );
  });

  it('not a person whose clause names no group, nor a claim of something else', async () => {
    const far = `${FRONT_FIRST} A suicide bomber struck a Levy post in Karn on Tuesday, killing nine guards. Karl Brenner claimed responsibility.`;
    await more.hasNot(far, 'ATTACKS league>levy');
    await more.hasNot(
      `${FRONT_FIRST} A suicide bomber struck a Levy post in Karn on Tuesday, killing nine guards. Karl Brenner, a commander of the League, claimed that Valdoria staged it.`,
      'ATTACKS league>levy',
    );
    await more.hasNot(
      `${FRONT_FIRST} A suicide bomber struck a Levy post in Karn on Tuesday, killing nine guards. Schools shut. Roads closed. Shops shut. The League claims it through its wing.`,
      'ATTACKS league>levy',
    );
    await more.hasNot(
      `${FRONT_FIRST} A suicide bomber struck a Levy post in Karn on Tuesday, killing nine guards. The League claims it is winning the war.`,
      'ATTACKS league>levy',
    );
  });
});
