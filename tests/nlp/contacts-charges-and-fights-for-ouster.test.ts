/**
 * Lexicon and construction classes, with invented actors and sentences and the real parser:
 * - contacts are talks ("has been in contact with X", "facilitated contacts between A and B");
 * - a particle that makes no phrasal verb of the lexicon leaves a prepositional verb its
 *   preposition ("sat down with X" is "sit with X", as "met up with X" is "meet with X");
 * - a charge states its offence in a with-phrase or a that-clause ("charged that X was arming Y");
 * - a fight's purpose of ousting names its target ("fighting to topple X", lexicon `ousterVerbs`);
 * - a run of fighter words capitalised at a heading's start ("Militant group and X resume
 *   contacts") describes a group and names none (3-mentions/propose-actor.ts).
 * Near misses: a charge with no offence, a fight for a purpose that ousts no one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors());

describe('contacts', () => {
  it('are talks between the two sides', async () => {
    await has('Valdoria has been in contact with the Front since March.', 'NEGOTIATES_WITH valdoria>front');
    await has('Ostmark facilitated contacts between Valdoria and the Front.', 'MEDIATES ostmark>front');
    await has('Ostmark facilitated contacts between Valdoria and the Front.', 'MEDIATES ostmark>valdoria');
  });
});

describe('a particle of no phrasal verb', () => {
  it('leaves the verb its preposition', async () => {
    await has('Valdoria sat down with the Front in Karn.', 'NEGOTIATES_WITH valdoria>front');
    await has('Ostmark met up with the League in Karn last week.', 'NEGOTIATES_WITH ostmark>league');
  });
});

describe('a charge', () => {
  it('states its offence in a that-clause', async () => {
    await has('Valdoria charged that Ostmark was arming the Front.', 'ACCUSES valdoria>ostmark');
    await has('The League charged that the Levy had tortured its fighters.', 'ACCUSES league>levy');
  });

  it('not without an offence', async () => {
    await hasNot('The Levy charged the Front positions at dawn.', 'ACCUSES levy>front');
  });
});

describe("a fight's purpose of ousting", () => {
  it('names the fight’s target', async () => {
    await has('The Red Crescent Front, which is fighting to topple the Valdorian government, claimed the raid.', 'ATTACKS front>valdoria');
    await has('The League has battled to overthrow Ostmark for a decade.', 'ATTACKS league>ostmark');
  });

  it('not a purpose that ousts no one', async () => {
    await hasNot('The League has fought to protect Ostmark for a decade.', 'ATTACKS league>ostmark');
  });
});

describe('a descriptor capitalised as a heading’s first word', () => {
  it('names no group, so its contacts are no talks', async () => {
    const text = 'Militant group and Valdoria resume contacts, officials say\n\nThe Front held talks with Valdoria in Karn on Tuesday.';
    await has(text, 'NEGOTIATES_WITH front>valdoria');
    expect(
      (await rels(text)).filter((r) => r.includes('militant-group')),
      text,
    ).toEqual([]);
  });
});
