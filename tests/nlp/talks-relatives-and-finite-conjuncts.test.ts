/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a relative clause of a mediating verb on the talks noun: "talks between A and B that X hosted"
 *   (the parser reads "that …" as a content clause of "talks", or hangs the relative clause on
 *   the between-phrase's last conjunct, so X would shelter B);
 * - a duration read as a for-to clause's subject ("urged X for months to act"), and a finite verb
 *   coordinated with that infinitive ("… and accuses Y of …"): the finite verb is the first
 *   verb's conjunct and shares its subject;
 * - an adverbial clause read as a noun's modifier ("the first attack since the Front named X its
 *   chief"): the clause keeps its own subject.
 * Near misses: a verb that is no mediation, a duration with no infinitive after it, a verb that
 * takes its own subject.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('a relative clause of a mediating verb on the talks', () => {
  it('mediates between the parties the talks name, and shelters nobody', async () => {
    const hosted = 'Talks between Valdoria and the Front that Ostmark hosted in Karn last year collapsed in May.';
    await has(hosted, 'MEDIATES ostmark>valdoria');
    await has(hosted, 'MEDIATES ostmark>front');
    await hasNot(hosted, 'SHELTERS ostmark>front');
    await has('The talks between the League and Valdoria that Ostmark brokered ended without a deal.', 'MEDIATES ostmark>league');
    await has('Negotiations between the Front and the Levy that Ida Voss facilitated broke down.', 'MEDIATES ida-voss>levy');
    await has('Negotiations between the Front and the Levy that Ida Voss facilitated broke down.', 'MEDIATES ida-voss>front');
  });

  it('not a verb that is no mediation, nor hosting an occasion', async () => {
    const attended = 'Talks between Valdoria and the Front that Ostmark attended in Karn collapsed.';
    expect((await rels(attended)).filter((r) => r.includes('ostmark'))).toEqual([]);
    await hasNot('Ostmark hosted a meeting of the Front in Karn.', 'SHELTERS ostmark>front');
    await has('Ostmark hosted the Front for years.', 'SHELTERS ostmark>front');
  });
});

describe('a duration read as a for-to subject, and a finite verb coordinated with the infinitive', () => {
  it('gives the finite conjunct the first verb’s subject', async () => {
    const urged = 'Ostmark has urged Valdoria for months to act against the Front and accuses the League of arming the Front.';
    await has(urged, 'DEMANDS ostmark>valdoria');
    await has(urged, 'ACCUSES ostmark>league');
    await hasNot(urged, 'ACCUSES valdoria>league');
    const relative =
      'The pressure came from Ostmark, which has pressed Valdoria for years to disarm the Front and blames the League for the attacks.';
    await has(relative, 'DEMANDS ostmark>valdoria');
    await has(relative, 'ACCUSES ostmark>league');
    const asked = 'Valdoria has asked Ostmark for weeks to expel the Front and accuses it of arming the League.';
    await has(asked, 'ACCUSES valdoria>ostmark');
    await has(asked, 'SUPPORTS ostmark>league');
  });

  it('not a verb that has a subject of its own', async () => {
    const own = 'Ostmark has urged Valdoria for months to act against the Front, and the League accuses Valdoria of arming the Front.';
    await has(own, 'ACCUSES league>valdoria');
    await hasNot(own, 'ACCUSES ostmark>valdoria');
  });
});

describe('an adverbial clause read as a modifier of the noun before it', () => {
  it('keeps its own subject', async () => {
    await has(
      'The claim was the first for a major attack since the Front named Ida Voss as its new chief last month.',
      'LEADS ida-voss>front',
    );
    await has(
      'The video was the first for a big attack since the League named Jan Hollis as its new spokesman last week.',
      'SPOKESPERSON_FOR jan-hollis>league',
    );
    await has('The raid was the first for a major attack since the Front named Jan Hollis as its chief.', 'LEADS jan-hollis>front');
    await has('It was the first claim for an attack since the League named Ida Voss as its new leader in March.', 'LEADS ida-voss>league');
    await has('It was the first attack since the Front named Ida Voss as its chief.', 'LEADS ida-voss>front');
    const after = 'The strike was the deadliest in years after the League accused Valdoria of shelling its camps.';
    await has(after, 'ACCUSES league>valdoria');
    await has('The raid came a week before the Front attacked the Levy in Karn.', 'ATTACKS front>levy');
  });
});
