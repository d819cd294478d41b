/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a supporter named by a noun: "X is the Front's main patron", "X, the Front's chief backer",
 *   "Valdoria describes Ostmark as the sponsor of the Front" (the describer's claim), "X is seen
 *   as the Front's patron" (alleged);
 * - an act done with another's backing, the phrase hung on the act's object ("carried out the
 *   raid with the help of X");
 * - aid suspended or cut: the tie, ended ("suspended military aid to X"); a common word before a
 *   noun of support names its kind, not its giver ("military aid" is not the army's);
 * - solidarity expressed with X supports X;
 * - officials named through their state: "the foreign ministers of A and B met", "delegations
 *   from <capital> and <capital> met" (a capital in the phrase names its government).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, NORTH_PROVINCE, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels, statusOf } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY, ...NORTH_PROVINCE));

describe('a supporter named by a noun', () => {
  it('supports the one that owns the noun', async () => {
    await has('The League is the Front’s main patron.', 'SUPPORTS league>front');
    await has('Ostmark, the Front’s chief backer, denied the report.', 'SUPPORTS ostmark>front');
    await has('The League is the main sponsor of the Front.', 'SUPPORTS league>front');
  });

  it("is the describer's claim through a describing verb", async () => {
    const text = 'Valdoria describes Ostmark as the main sponsor of the Front.';
    expect(await statusOf(text, 'SUPPORTS ostmark>front'), text).toBe('alleged');
    await has(text, 'ACCUSES valdoria>ostmark');
    const seen = 'Ostmark is widely seen as the Front’s patron.';
    expect(await statusOf(seen, 'SUPPORTS ostmark>front'), seen).toBe('alleged');
  });

  it('not when denied or asked, nor of what is no actor', async () => {
    for (const text of [
      'The League is not the patron of the Front.',
      'Analysts asked whether Ostmark was a sponsor of the Front.',
      'Ostmark is the main sponsor of the talks.',
    ])
      expect(
        (await rels(text)).filter((r) => r.startsWith('SUPPORTS')),
        text,
      ).toEqual([]);
  });
});

describe('an act done with another’s backing, hung on its object', () => {
  it('is supported by the owner of the backing', async () => {
    await has('The Front carried out the raid with the help of Ostmark.', 'SUPPORTS ostmark>front');
    await has('The Front carried out the attack with the support of the League.', 'SUPPORTS league>front');
    await has('The Front carried out the bombing with the backing of Ostmark.', 'SUPPORTS ostmark>front');
    await has('The Front staged the assault with the help of the League.', 'SUPPORTS league>front');
  });

  it('not a with-phrase of something else', async () => {
    await hasNot('The Front carried out the raid with the rifles of the League.', 'SUPPORTS league>front');
  });
});

describe('aid suspended or cut', () => {
  it('was support, now ended', async () => {
    const text = 'Ostmark suspended military aid to Valdoria in 2018.';
    expect(await statusOf(text, 'SUPPORTS ostmark>valdoria'), text).toBe('ended');
    const cut = 'Ostmark cut off security assistance to Valdoria.';
    expect(await statusOf(cut, 'SUPPORTS ostmark>valdoria'), cut).toBe('ended');
  });

  it('a common word before the noun of support names its kind, not its giver', async () => {
    await hasNot('Ostmark suspended military aid to Valdoria in 2018.', 'SUPPORTS valdoria-army>valdoria');
    await has('Ostmark provided military assistance to Valdoria.', 'SUPPORTS ostmark>valdoria');
  });
});

const STATES: readonly KnownActor[] = [
  { id: 'karn', name: 'Karn', kind: 'Location', aliases: [] },
  { id: 'dorn', name: 'Dorn', kind: 'Location', aliases: [] },
];

describe('officials named through their state', () => {
  it('meet as their governments', async () => {
    await has('The foreign ministers of Valdoria and Ostmark met in Karn.', 'NEGOTIATES_WITH valdoria>ostmark');
    const text = 'The League brokered a meeting between the foreign ministers of Valdoria and Ostmark.';
    await has(text, 'MEDIATES league>valdoria');
    await has(text, 'MEDIATES league>ostmark');
  });

  it('a capital in their phrase names its government', async () => {
    const { has: hasIn } = relationChecks(parser, inventedActors(...STATES));
    // (the test knowledge base has no metonyms of its own: the project's capitals stand in)
    await hasIn('Delegations from Islamabad and Kabul met in Karn.', 'NEGOTIATES_WITH pakistan-government>afghan-taliban');
  });
});

describe('solidarity expressed', () => {
  it('supports the one it is expressed with', async () => {
    await has('The People Party expressed solidarity with the League.', 'SUPPORTS people-party>league');
    await has('Leaders of Ostmark addressed the crowd and expressed solidarity with the League.', 'SUPPORTS ostmark>league');
  });

  it('not solidarity refused, nor a with-phrase of another noun', async () => {
    await hasNot('The People Party refused to express solidarity with the League.', 'SUPPORTS people-party>league');
    await hasNot('The People Party expressed concern with the League.', 'SUPPORTS people-party>league');
  });
});
