/**
 * Construction classes of this file, with invented actors and sentences and the real parser:
 * - a relative pronoun on a description in apposition to a person stands for the person in a
 *   role ("X, the cleric who had led Y");
 * - a leadership and a membership of the same pair in one article: the leadership is the fact;
 * - a party heads a government ("the party that heads the coalition government"), not a group;
 * - backing something owned is backing its owner ("backed the army's campaign");
 * - more light verbs of attack nouns ("pressed an offensive", "waged war");
 * - ruling out talks with X rejects X;
 * - a definite attack noun with its own attacker or year is another event than the last one;
 * - fighting off "the attack" is fighting the last attacker;
 * - the principal pair lifts a state's forces to the state ("the two sides agreed to a truce");
 * - a vow through an aspectual verb, captives, pledges, addressees, gerund relatives, a person's
 *   fighters, hedged targets after a noun, subjunctives that look past, blamed possessions, a
 *   gerund after "by" read as a noun, and an order to attack (a threat).
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
  { id: 'unity-cabinet', name: 'Unity Cabinet', kind: 'Government', aliases: ['the unity cabinet'] },
  { id: 'ostmark-army', name: 'Ostmark Army', kind: 'SecurityForce', serves: 'ostmark', aliases: ['Ostmark Army'] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
);
const { rels, has, hasNot } = relationChecks(parser, ACTORS);

describe('a description in apposition to a person', () => {
  it('does not make the person act outside a role ("a lawyer who attacked X in print")', async () => {
    await hasNot('Ida Voss, a lawyer who attacked the Levy in print, denied the report.', 'ATTACKS ida-voss>levy');
  });

  it('stands for the person in its relative clause', async () => {
    await has('Karel Brandt, the cleric who had led the Front since 2013, was killed in May.', 'LEADS karel-brandt>front');
  });

  it('keeps the leadership, not a membership, when both are said', async () => {
    const found = await rels('The Front named Karel Brandt, the cleric who led the takeover of the valley, as its new chief.');
    expect(found).toContain('LEADS karel-brandt>front');
    expect(found).not.toContain('MEMBER_OF karel-brandt>front');
  });

  it('keeps the leadership when the article says both in different sentences', async () => {
    const found = await rels(
      'Karel Brandt, a Front commander, spoke in Karn on Monday. In May the Front named Karel Brandt as its new chief.',
    );
    expect(found).toContain('LEADS karel-brandt>front');
    expect(found).not.toContain('MEMBER_OF karel-brandt>front');
    // (a deputy is only a member)
    expect(
      await rels('Karel Brandt, a Front commander, spoke in Karn on Monday. In May the Front named Karel Brandt as its deputy chief.'),
    ).toContain('MEMBER_OF karel-brandt>front');
  });
});

describe('a party at the head of a government', () => {
  it('leads the government it heads', async () => {
    await has('The People Party, which heads the Unity Cabinet, met on Monday.', 'LEADS people-party>unity-cabinet');
  });

  it('does not lead an armed group', async () => {
    await hasNot('The People Party leads the Front.', 'LEADS people-party>front');
  });
});

describe('backing, pressing, ruling out', () => {
  it('reads backing X’s campaign as backing X', async () => {
    await has("The People Party backed the Levy's campaign against the Front.", 'SUPPORTS people-party>levy');
  });

  it('reads pressing an offensive and waging war as attacks', async () => {
    await has('The Levy pressed an offensive against the Front.', 'ATTACKS levy>front');
    await has('Lumen waged war on the Front.', 'ATTACKS lumen>front');
  });

  it('reads ruling out talks with X as rejecting X', async () => {
    await has('The Front ruled out talks with Valdoria.', 'REJECTS front>valdoria');
    expect((await rels('The Front ruled out talks.')).filter((r) => r.startsWith('REJECTS'))).toEqual([]);
  });
});

describe('which attack a definite attack noun is', () => {
  it('is another event when it has its own attacker or year', async () => {
    await hasNot(
      'Karel Brandt was killed by a Lumen drone in May. He had fled after the 2009 Levy operation in the valley.',
      'ATTACKS levy>karel-brandt',
    );
  });

  it('is the last attack when fought off ("repulsed the attack")', async () => {
    await has('The Front attacked a Levy post on Monday. The Levy repulsed the attack after two hours.', 'ATTACKS levy>front');
  });
});

describe('the principal pair of two states', () => {
  it('lifts a state’s forces to the state', async () => {
    const text =
      'Ostmark Army troops attacked Valdorian posts on Monday. Valdoria struck back at the Ostmark Army. The two sides agreed to an immediate ceasefire on Friday.';
    const truce = (await rels(text)).filter((r) => r.startsWith('CEASEFIRE_WITH'));
    expect(truce.length).toBe(1);
    expect(truce[0]).toMatch(/^CEASEFIRE_WITH (ostmark>valdoria|valdoria>ostmark)$/);
  });
});

describe('a vow reaching through an aspectual verb', () => {
  it('threatens the target of the act ("vowed to keep fighting X")', async () => {
    await has('Karel Brandt vowed to keep fighting the Levy.', 'THREATENS karel-brandt>levy');
  });

  it('does not threaten through a peaceful act', async () => {
    expect((await rels('Karel Brandt vowed to keep supporting the Levy.')).filter((r) => r.startsWith('THREATENS'))).toEqual([]);
  });
});

describe('captives, pledges and addressees', () => {
  it('reads a captive’s pronoun or own-name possessor as the captor', async () => {
    expect((await rels('The Front freed their captives after the talks.')).filter((r) => r.startsWith('RELEASES'))).toEqual([]);
    await has("Valdoria freed the Front's prisoners.", 'RELEASES valdoria>front');
  });

  it('reads a pledge of allegiance to X as support for X', async () => {
    await has('The Front renewed its pledge of allegiance to the League.', 'SUPPORTS front>league');
    await has('The Front pledged allegiance to the League.', 'SUPPORTS front>league');
  });

  it('keeps an unresolved addressee from passing the demand to the act’s object', async () => {
    await hasNot('Valdoria asked the new authorities to stop the Front from using the border.', 'DEMANDS valdoria>front');
  });
});

describe('a relative pronoun that is a gerund’s object', () => {
  it('is what the accused is said to do to ("X, which Valdoria accuses Lumen of sheltering")', async () => {
    const found = await rels('Valdoria asked Ostmark to act against the Front, which Valdoria accuses Lumen of sheltering.');
    expect(found).toEqual(expect.arrayContaining(['ACCUSES valdoria>lumen', 'SHELTERS lumen>front']));
    expect(found).not.toContain('ACCUSES valdoria>front');
  });
});

describe('a person’s fighters', () => {
  it('are the group the article says the person leads', async () => {
    await has('Karel Brandt leads the League. Valdoria demanded that Karel Brandt’s fighters disarm.', 'DEMANDS valdoria>league');
  });

  it('are the person’s when the article gives them no group', async () => {
    await has('Valdoria demanded that Karel Brandt’s fighters disarm.', 'DEMANDS valdoria>karel-brandt');
  });
});

describe('hedged targets, past-looking subjunctives, blamed possessions', () => {
  it('reads "air strikes on what X said were hideouts of Y" as strikes on Y', async () => {
    await has('Valdoria carried out air strikes on what it said were hideouts of the Front.', 'ATTACKS valdoria>front');
  });

  it('reads "insisted that X set up courts" as a demand, "said that X set up courts" as none', async () => {
    await has('Karel Brandt insisted that Valdoria set up new courts within days.', 'DEMANDS karel-brandt>valdoria');
    expect((await rels('Karel Brandt said that Valdoria set up new courts last year.')).filter((r) => r.startsWith('DEMANDS'))).toEqual([]);
  });

  it('reads blaming X’s operation as accusing X', async () => {
    await has("The League walked out, blaming the Levy's operation for the collapse of the deal.", 'ACCUSES league>levy');
  });
});

describe('a gerund after "by" read as a noun phrase', () => {
  it('is the adverbial clause ("answered by firing on X")', async () => {
    await has('The Front answered by firing on Levy troops along the border.', 'ATTACKS front>levy');
    await has('The Levy responded by arresting Front members.', 'DETAINS levy>front');
  });
});

describe('an order to attack', () => {
  it('is the orderer’s threat, not an attack', async () => {
    const found = await rels('The Front called off the truce, directing its fighters to carry out attacks against the Levy.');
    expect(found).toContain('THREATENS front>levy');
    expect(found).not.toContain('ATTACKS front>levy');
    await has('The Front ordered its fighters to attack the Levy.', 'THREATENS front>levy');
  });

  it('leaves an attack carried out an attack', async () => {
    await has('The Front attacked the Levy.', 'ATTACKS front>levy');
  });
});
