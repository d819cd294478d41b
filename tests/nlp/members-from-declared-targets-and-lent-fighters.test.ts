/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - the from-phrase of a member noun hung on its verb ("arrested four men from a Front cell"): the
 *   people are the body's members, so the act is against the body;
 * - a metonym conjoined to a place ("a cell in Tarnia and Rawalpindi"): a place, not the actor the
 *   name can stand for (Rawalpindi, the knowledge base's metonym of an army, is used as a place name);
 * - a declarative small clause ("declared the Levy a legitimate target", also with the noun read
 *   as the last conjunct of the object): a threat;
 * - material support in people ("lent fighters to X", "provided volunteers"), and a passive
 *   recipient beside the thing given ("fighters were given sanctuary") is no support.
 * Near misses: a from-phrase naming a place, a place not conjoined, a declaration of another kind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks, TARNIA } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors(...TARNIA));

describe('the from-phrase of a member noun hung on its verb', () => {
  it('names whose members they are', async () => {
    await has('In May the Levy arrested four men from a Front cell in Karn.', 'DETAINS levy>front');
    await has('The Levy detained three fighters from the League on Monday.', 'DETAINS levy>league');
    await has('Valdoria killed six militants from the Front in a raid.', 'ATTACKS valdoria>front');
    await has('The Levy captured two commanders from the League near Dorn.', 'DETAINS levy>league');
    await has('Levy troops arrested at least five men from the Front in Karn.', 'DETAINS levy>front');
  });

  it('not a from-phrase naming a place', async () => {
    expect(await rels('The Levy arrested four men from Karn on Monday.')).toEqual([]);
  });
});

describe('a metonym conjoined to a place', () => {
  it('is a place', async () => {
    const cell = 'The Levy arrested four men from a Front cell in Tarnia and Rawalpindi.';
    await has(cell, 'DETAINS levy>front');
    expect((await rels(cell)).filter((r) => r.includes('pakistan-army'))).toEqual([]);
    expect((await rels('The Front attacked posts in Tarnia or Rawalpindi.')).filter((r) => r.includes('pakistan-army'))).toEqual([]);
  });

  it('not a metonym acting', async () => {
    expect(await rels('Rawalpindi accused the Front of the attack.')).toContain('ACCUSES pakistan-army>front');
  });
});

describe('a declarative small clause of targets', () => {
  it('threatens whom it declares a target', async () => {
    await has('The Front declared the Levy a legitimate target.', 'THREATENS front>levy');
    await has("The Front has declared Valdoria's soldiers legitimate targets.", 'THREATENS front>valdoria');
    const three = 'The Front declared the Levy and the League legitimate targets.';
    await has(three, 'THREATENS front>levy');
    await has(three, 'THREATENS front>league');
    await has('Last year the League declared Ostmark and the Levy targets.', 'THREATENS league>levy');
  });

  it('not a declaration of another kind', async () => {
    expect((await rels('The Front declared the Levy a friend.')).filter((r) => r.startsWith('THREATENS'))).toEqual([]);
  });
});

describe('support given in people', () => {
  it('supports the body the people are given to', async () => {
    await has('The League has lent fighters to the Front for attacks in Karn.', 'SUPPORTS league>front');
    await has('Ostmark provided volunteers to the Front.', 'SUPPORTS ostmark>front');
    await has('The League gave manpower to the Front in May.', 'SUPPORTS league>front');
  });

  it('not a recipient of another thing', async () => {
    for (const given of [
      'Front fighters were given sanctuary by Ostmark.',
      'Fighters loyal to the Front are given sanctuary by Ostmark.',
    ]) {
      await has(given, 'SHELTERS ostmark>front');
      await hasNot(given, 'SUPPORTS ostmark>front');
    }
  });
});
