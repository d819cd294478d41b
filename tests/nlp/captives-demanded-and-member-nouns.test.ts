/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a demanded release of captives just told ("The Levy detained five Front fighters. The Front
 *   demanded their release") is made of whoever detained them;
 * - an activist or worker of a body ("X, a League activist") is its member;
 * - a description before a new name in apposition ("A little-known group, X, claimed …") tells
 *   the name's kind (3-mentions/propose-actor.ts), so the name becomes an actor.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a demanded release of captives', () => {
  it('is made of whoever detained them', async () => {
    await has('The Levy detained five Front fighters in May. The Front demanded their release.', 'DEMANDS front>levy');
    await has('Ostmark arrested two League commanders. The League has demanded their immediate release.', 'DEMANDS league>ostmark');
    await has('Valdoria arrested ten Front supporters on Monday. The Front demanded the release of them all.', 'DEMANDS front>valdoria');
    await has('The Levy detained Karl Brenner and Ida Voss. The League demanded their release within a week.', 'DEMANDS league>levy');
    await has('Ostmark detained six Front couriers. A day later the Front demanded their release.', 'DEMANDS front>ostmark');
  });

  it('not a release of others, or long after', async () => {
    await hasNot('The Levy detained five Front fighters in May. The Front demanded the release of all prisoners.', 'DEMANDS front>levy');
    await hasNot(
      'The Levy detained five Front fighters in May. Talks stalled. Ostmark sent envoys. Karn was quiet. The Front demanded their release.',
      'DEMANDS front>levy',
    );
  });
});

describe('an activist or worker of a body', () => {
  it('is its member', async () => {
    await has('Karl Brenner, a League activist from Karn, was killed.', 'MEMBER_OF karl-brenner>league');
    await has('Karl Brenner, a League worker, was shot dead.', 'MEMBER_OF karl-brenner>league');
    await has('Ida Voss, a Front activist, was arrested by the Levy.', 'MEMBER_OF ida-voss>front');
    await has('Karl Brenner, an activist of the League, spoke to reporters.', 'MEMBER_OF karl-brenner>league');
    await has('Ida Voss, a party worker of the League, was released.', 'MEMBER_OF ida-voss>league');
  });

  it('not an activist of no body', async () => {
    await hasNot('Karl Brenner, a rights activist, criticised the League.', 'MEMBER_OF karl-brenner>league');
  });
});

describe('a description before a new name in apposition', () => {
  it("tells the name's kind, so the name is an actor", async () => {
    const bomb = 'A bomb struck a Levy post on Monday.';
    await has(`${bomb} A little-known group, Jund-ul-Dorn, claimed responsibility.`, 'ATTACKS jund-ul-dorn>levy');
    await has(
      `${bomb} A little-known group, Jund-ul-Dorn, claimed responsibility. Its spokesman, Piet Zandberg, spoke.`,
      'SPOKESPERSON_FOR piet-zandberg>jund-ul-dorn',
    );
    await has('A new outfit, Ahrar-ul-Karn, said it attacked the Levy.', 'ATTACKS ahrar-ul-karn>levy');
    await has('A splinter faction, Hizb-ul-Dorn, attacked the Levy on Monday.', 'ATTACKS hizb-ul-dorn>levy');
    await has('A local militia, Dorn Lashkar, ambushed a Levy convoy.', 'ATTACKS dorn-lashkar>levy');
  });

  it('not a description that names no one', async () => {
    await hasNot('The Levy met the group, Valdoria and the League.', 'NEGOTIATES_WITH levy>group');
  });
});
