/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a denied part in an attack ("denied any role in the bombing", "had nothing to do with the
 *   attack", "had no hand in it", "distanced itself from the raid") is the attack with status
 *   `denied`;
 * - security forces killing the unnamed attackers of a place they guard answer the attack, and
 *   unnamed attackers killed soon after it are not another attack's victims: a later "the attack"
 *   is still the first;
 * - the act an attack avenges ("avenged the killing of its fighters", "as revenge for X, who was
 *   killed in May") came before: it is not the attack a later "the attack" refers to;
 * - a person's responsibility claim is made for the body the article last says they lead.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
  { id: 'karn-university', name: 'Karn University', kind: 'Organization', aliases: [] },
  { id: 'dorn-brigade', name: 'Dorn Brigade', kind: 'ArmedGroup', aliases: [] },
);
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);
const BOMB = 'A bomb struck a Levy convoy in Karn on Monday, killing nine.';

describe('a denied part in an attack', () => {
  it('is the attack, denied', async () => {
    await has(`${BOMB} The Front denied any role in the bombing.`, 'ATTACKS front>levy');
    await has(`${BOMB} A Front spokesman said the group had nothing to do with the attack.`, 'ATTACKS front>levy');
    await has(`${BOMB} The Front distanced itself from the attack.`, 'ATTACKS front>levy');
    await has(`${BOMB} Ida Voss, the Front's spokesman, said the group had no hand in the attack.`, 'ATTACKS front>levy');
    await has('The Front denied any role in the killing of two Levy officers.', 'ATTACKS front>levy');
    await has('The League denied involvement in the attack on the Levy.', 'ATTACKS league>levy');
    expect(await statusOf(`${BOMB} The Front denied any role in the bombing.`, 'ATTACKS front>levy')).toBe('denied');
  });

  it('beside the claim of another', async () => {
    const text = `${BOMB} The League claimed the attack. The Front denied any role in it.`;
    expect(await statusOf(text, 'ATTACKS league>levy')).toBe('stated');
    expect(await statusOf(text, 'ATTACKS front>levy')).toBe('denied');
  });

  it('not a denial of something else, a denial not made, or a side disowning an attack on its own', async () => {
    await hasNot('The Front denied any role in peace talks with Valdoria.', 'ATTACKS front>valdoria');
    await hasNot('The Front did not deny a role in the bombing of the Levy post.', 'ATTACKS front>levy');
    await hasNot('The Front said it had a role in the talks with the Levy.', 'ATTACKS front>levy');
    await hasNot(
      "A bomb struck Valdoria's convoy on Monday. Valdoria rejected any responsibility for the attack.",
      'ATTACKS valdoria>valdoria',
    );
  });
});

describe('an attack answered by its guards', () => {
  const fillers = 'Officials briefed reporters. The dean spoke of the victims. Parents gathered outside.';
  it('stays the attack a later denial refers to', async () => {
    const stormed = 'League gunmen stormed Karn University on Monday, killing twenty students.';
    const text = `${stormed} ${fillers} Levy troops killed all four attackers. The Front denied any role in the attack.`;
    await has(text, 'ATTACKS front>karn-university');
    await hasNot(text, 'ATTACKS front>league');
    const raid = 'League gunmen raided a Levy post in Karn on Monday. Nine of the ten attackers were killed.';
    await has(`${raid} The Front denied any role in the raid.`, 'ATTACKS front>levy');
    await hasNot(`${raid} The Front denied any role in the raid.`, 'ATTACKS front>league');
  });
});

describe('an avenged act', () => {
  it('is not the attack a later "the attack" refers to', async () => {
    await has(
      `${BOMB} In a video, the Front said the attack avenged the killing of its fighters. Valdoria denied any role in the attack.`,
      'ATTACKS valdoria>levy',
    );
    await has(
      `${BOMB} The League claimed the bombing as revenge for Karl Brenner, who was killed in May. The Front distanced itself from the attack.`,
      'ATTACKS front>levy',
    );
    await hasNot(
      `${BOMB} The League claimed the bombing as revenge for Karl Brenner, who was killed in May. The Front distanced itself from the attack.`,
      'ATTACKS front>karl-brenner',
    );
  });
});

describe("a person's responsibility claim", () => {
  it('is made for the body the article last says they lead', async () => {
    const text = `Karl Brenner, a League commander, was named in 2019. ${BOMB} Responsibility was claimed by Karl Brenner, who heads the Dorn Brigade, a faction of the League.`;
    await has(text, 'ATTACKS dorn-brigade>levy');
    await hasNot(text, 'ATTACKS league>levy');
  });

  it('else for the body they belong to', async () => {
    await has(
      `Karl Brenner, a League commander, was named in 2019. ${BOMB} Responsibility was claimed by Karl Brenner.`,
      'ATTACKS league>levy',
    );
  });
});
