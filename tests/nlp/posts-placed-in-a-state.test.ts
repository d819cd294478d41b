/**
 * Construction class, with invented attackers and sentences and the real parser: a post placed in
 * a state. "fired on border posts in Kurram", "attacked two checkpoints near Chaman": a military
 * stand-in (lexicon `militaryStandIns`, not a holding such as a camp) with no owner, whose
 * in/near/along-phrase (its own, one of its phrase's, or its verb's) names a known place, is the
 * army of the state the place lies in (the places and the army are the knowledge base's). Near
 * misses: a post with an owner of its own, a holding, and a post as the subject of a clause.
 * Also a post named by its place ("the Kurram cantonment": a place compound before the post), and
 * a post named by its service ("a naval base in Gwadar", "an air base": the navy or the air force
 * of that state, knowledge `navy` and `airForce`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors(), '2023-09-10');

describe('a post placed in a state', () => {
  it('is the army of the state the place lies in', async () => {
    await has('Front fighters fired on border posts in Kurram on Tuesday.', 'ATTACKS front>pakistan-army');
    await has('The League attacked two checkpoints near Chaman before dawn.', 'ATTACKS league>pakistan-army');
    await has('Ostmark troops shelled posts along the border in Bajaur.', 'ATTACKS ostmark>pakistan-army');
    await has('The Front said it had overrun a picket in North Waziristan.', 'ATTACKS front>pakistan-army');
    await has('League gunmen stormed a checkpost in Kurram, killing two guards.', 'ATTACKS league>pakistan-army');
  });

  it('not a post with an owner, a holding, nor a post as a subject', async () => {
    const owned = 'The Front attacked a checkpoint of the Levy in Kurram.';
    await has(owned, 'ATTACKS front>levy');
    await hasNot(owned, 'ATTACKS front>pakistan-army');
    await hasNot('The Front attacked a camp in Kurram.', 'ATTACKS front>pakistan-army');
    await hasNot('A checkpoint in Kurram fired on Front fighters.', 'ATTACKS pakistan-army>front');
  });
});

describe('a post named by its place', () => {
  it('is the army of the state the place lies in', async () => {
    await has('The Front attacked the Kurram cantonment on Monday.', 'ATTACKS front>pakistan-army');
    await has('League bombers struck the Chaman garrison overnight.', 'ATTACKS league>pakistan-army');
  });

  it('not a place the knowledge base does not hold, nor a post with an owner', async () => {
    const unknown = await rels('The Front attacked the Velm cantonment on Monday.');
    expect(unknown.filter((r) => r.startsWith('ATTACKS front>'))).toEqual([]);
    const owned = "The Front attacked the Levy's Kurram garrison.";
    await has(owned, 'ATTACKS front>levy');
    await hasNot(owned, 'ATTACKS front>pakistan-army');
  });
});

describe('a post named by its service', () => {
  it('is that service of the state (knowledge `navy`, `airForce`), a holding noun included', async () => {
    await has('Front fighters stormed a naval base in Gwadar on Sunday.', 'ATTACKS front>pakistan-navy');
    await has('League gunmen attacked an air base near Chaman overnight.', 'ATTACKS league>pakistan-air-force');
    await has('The Front said it had struck a Pakistani naval air base.', 'ATTACKS front>pakistan-navy');
    await has('League bombers hit the airbase in Kurram.', 'ATTACKS league>pakistan-air-force');
  });

  it('not a bare base (a group may hold one), nor a group’s own air-defence base', async () => {
    const bare = await rels('The Front attacked a base in Gwadar on Sunday.');
    expect(bare.filter((r) => r.startsWith('ATTACKS front>pakistan'))).toEqual([]);
    const owned = 'The Levy attacked a Front air-defence base in Kurram.';
    await has(owned, 'ATTACKS levy>front');
    await hasNot(owned, 'ATTACKS levy>pakistan-air-force');
  });
});
