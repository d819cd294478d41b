/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - the means of an attack noun: "the killing of X in a Levy airstrike" (an attack noun's in- or
 *   by-phrase that is itself an attack noun carries the agent as its owner), and quantity nouns
 *   that stand for their of-phrase ("a string of Front commanders");
 * - ranks as appositive roles ("X, a retired Levy colonel": a past member), not as titles before
 *   a name ("Lieutenant General X" only names the rank);
 * - "stand behind X" backs X;
 * - a self-designation: "the League calls itself the northern wing of the Front";
 * - a possessive right after a name and a preposition, as in a gapped conjunct ("and Ostmark by
 *   its adviser, X");
 * - an object read as a participle's small-clause subject ("detained several of its men suspected
 *   of …"), and people suspected or accused of belonging to a body, which stand for that body.
 * Near misses: a naming verb without a reflexive, a rank before a name, a plain possessive.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, statusOf } = relationChecks(
  parser,
  inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }),
);

describe('the means of an attack noun, and quantity nouns', () => {
  it('names the agent by its owner', async () => {
    await has('The Front avenged the killing of Ida Voss in a Levy airstrike.', 'ATTACKS levy>ida-voss');
    await has(
      'The Front vowed revenge for the assassination of Jan Hollis in an Ostmark drone strike last May.',
      'ATTACKS ostmark>jan-hollis',
    );
    await has('Levy airstrikes, which have killed a string of Front commanders, continued.', 'ATTACKS levy>front');
    await has('Ostmark drone strikes have killed a series of League commanders.', 'ATTACKS ostmark>league');
  });
});

describe('ranks', () => {
  it('are roles in apposition', async () => {
    await has('Jan Hollis, a retired Levy colonel, had been receiving villagers.', 'MEMBER_OF jan-hollis>levy');
    await has('Ida Voss, a Levy constable, was wounded.', 'MEMBER_OF ida-voss>levy');
    await has('Jan Hollis, a captain in the Levy, led the patrol.', 'MEMBER_OF jan-hollis>levy');
    await has('Ida Voss, a former Front soldier, surrendered.', 'MEMBER_OF ida-voss>front');
    expect(await statusOf('Jan Hollis, a retired Levy colonel, had been receiving villagers.', 'MEMBER_OF jan-hollis>levy')).toBe('past');
  });

  it('not a rank written before a name', async () => {
    await has('The Levy chief, Lieutenant General Jan Hollis, visited Karn.', 'LEADS jan-hollis>levy');
    await hasNot('The Levy chief, Lieutenant General Jan Hollis, visited Karn.', 'MEMBER_OF jan-hollis>levy');
  });
});

describe('standing behind, and self-designations', () => {
  it('back, and state a part', async () => {
    await has('Valdoria said it stood firmly behind the Levy.', 'SUPPORTS valdoria>levy');
    await has('Ostmark stands behind the League in its war.', 'SUPPORTS ostmark>league');
    await has('The League calls itself the northern chapter of the Front.', 'MEMBER_OF league>front');
    await has(
      'The League, a network of militants that calls itself the northern wing of the Front, claimed the attack.',
      'MEMBER_OF league>front',
    );
  });

  it('not a naming verb without a reflexive', async () => {
    await hasNot('The League calls the Front a terrorist group.', 'MEMBER_OF league>front');
  });
});

describe('a possessive right after a name and a preposition', () => {
  it('is that name’s', async () => {
    const gapped = 'Valdoria was represented by Ida Voss, and Ostmark by its national security adviser, Jan Hollis.';
    await has(gapped, 'MEMBER_OF jan-hollis>ostmark');
    await hasNot(gapped, 'MEMBER_OF jan-hollis>valdoria');
  });

  it('not a plain possessive of the subject', async () => {
    await has('Ostmark sent its foreign minister, Jan Hollis, to Karn.', 'MEMBER_OF jan-hollis>ostmark');
  });
});

describe('people suspected of belonging to a body', () => {
  it('stand for that body', async () => {
    const own = 'The Levy had detained several of its own personnel suspected of belonging to a Front cell.';
    await has(own, 'DETAINS levy>front');
    await hasNot(own, 'MEMBER_OF levy>front');
    await has('The Levy arrested four officers suspected of links to the Front.', 'DETAINS levy>front');
    await has('Valdoria detained two soldiers accused of belonging to the League.', 'DETAINS valdoria>league');
  });
});
