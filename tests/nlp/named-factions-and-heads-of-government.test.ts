/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a named faction led in its place: "heads the Front's Karn faction in Karn" leads the faction
 *   (a body led in one place is otherwise its chapter there: a member of the body);
 * - a role in an absolute with-phrase: "X was named chief, with Y as his deputy";
 * - a government named by its head: "the provincial government of X" (X known to lead it that day);
 * - a hedged free relative whose describers the parser made the main verb's object ("had shelled
 *   what officials described as Front camps");
 * - retaliation promised for a repeat attack: "warned that any further attack would be answered"
 *   threatens the speaker side's last attacker;
 * - unnamed people with an including-phrase that names no actor ("11 soldiers, including a
 *   major") are still those people, and a reported clause's subject closed by such a set-off phrase
 *   is still its subject ("said 11 soldiers, including a major, had been killed").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, NORTH_PROVINCE, relationChecks, TARNIA, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(
  parser,
  inventedActors(
    ...NORTH_PROVINCE,
    ...TARNIA,
    ...VALDORIAN_ARMY,
    { id: 'karn-faction', name: 'Karn faction', kind: 'ArmedGroup', aliases: ['Karn Faction'] },
    {
      id: 'mira-dahl',
      name: 'Mira Dahl',
      kind: 'Person',
      aliases: [],
      offices: [{ body: 'north-government', role: 'chief minister', from: '2020-01-01', to: '2024-12-31' }],
    },
  ),
);

describe('a named faction led in its place', () => {
  it('is led by its head', async () => {
    const text = 'Jan Hollis, a Front commander who heads the Front’s Karn faction in the Karn district, claimed the raid.';
    await has(text, 'LEADS jan-hollis>karn-faction');
    await hasNot(text, 'MEMBER_OF jan-hollis>karn-faction');
  });

  it('while the body itself led in one place is still membership', async () => {
    await has('Jan Hollis, who heads the Front in the Karn district, claimed the raid.', 'MEMBER_OF jan-hollis>front');
  });
});

describe('a role in an absolute with-phrase', () => {
  it('is held by the noun of the with-phrase', async () => {
    await has('Ida Voss was named chief of the Front, with Jan Hollis as her deputy.', 'MEMBER_OF jan-hollis>front');
  });

  it('not a with-phrase without a role', async () => {
    await hasNot('Ida Voss was named chief of the Front, with Jan Hollis at her side.', 'MEMBER_OF jan-hollis>front');
  });
});

describe('a government named by its head', () => {
  it('is led by the person of its of-phrase, whatever the clause says of it', async () => {
    await has('The North Province government of Mira Dahl announced compensation.', 'LEADS mira-dahl>north-government');
    await has('The League blamed the North Province government of Mira Dahl for the delay.', 'LEADS mira-dahl>north-government');
  });

  it('not by a person not known to lead it that day, nor a government of a place', async () => {
    await hasNot('The North Province government of Jan Hollis announced compensation.', 'LEADS jan-hollis>north-government');
    await hasNot('The North Province government of Mira Dahl announced compensation.', 'LEADS mira-dahl>north-government', '2026-03-01');
    await hasNot('Jan Hollis said the government of Tarnia announced compensation.', 'LEADS jan-hollis>tarnia-government');
  });
});

describe('a hedged free relative whose describers were read as the object', () => {
  it('attacks the described target, not the describers', async () => {
    const text = 'Valdorian artillery had shelled what Ostmark officials described as Front camps in the north.';
    await has(text, 'ATTACKS valdoria>front');
    await hasNot(text, 'ATTACKS valdoria>ostmark');
  });
});

describe('retaliation promised for a repeat attack', () => {
  it("threatens the last attacker of the speaker's side", async () => {
    await has(
      'On Saturday the Front attacked Valdorian Army posts in the north. Valdoria warned that any further attack would be answered with full force.',
      'THREATENS valdoria>front',
    );
  });

  it("not when the speaker's side was not the victim", async () => {
    await hasNot(
      'On Saturday the Front attacked League posts in the north. Valdoria warned that any further attack would be answered with full force.',
      'THREATENS valdoria>front',
    );
  });
});

describe('unnamed people with an including-phrase that names no actor', () => {
  it('are still the people, as the subject of the reported clause', async () => {
    const text =
      'On Monday the Valdorian Army said 11 soldiers, including a major and a captain, had been killed in an ambush. The ambush was claimed by the Front.';
    // (the soldiers stand for the article's default army referent)
    expect((await rels(text)).filter((r) => r.startsWith('ATTACKS front>')).length, text).toBe(1);
  });

  it('while groups including named actors stand for those actors', async () => {
    await has('Several groups, including the League, attacked the Levy.', 'ATTACKS league>levy');
  });
});
