/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - an act after the time spent on it ("had spent months negotiating with X", "spent seventeen
 *   years fighting Y"): the parser hangs the gerund on the duration noun; it is the subject's act;
 * - an idiom that means a verb whose objects are the parties ("brought A and B to the negotiating
 *   table" mediates between them, as "brought A and B together" does; lexicon `verbIdioms`).
 * Near misses: a duration with no act after it, an object that names no parties.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, rels } = relationChecks(parser, inventedActors());

describe('an act after the time spent on it', () => {
  it('is the subject’s act', async () => {
    await has('Envoys of the Front had spent months negotiating with Valdoria.', 'NEGOTIATES_WITH front>valdoria');
    await has('The League spent several days talking to the Front in Karn.', 'NEGOTIATES_WITH league>front');
    await has('Front fighters, who have spent seventeen years fighting the Levy, agreed to a truce.', 'ATTACKS front>levy');
    await has('Ostmark spent two years negotiating with the League before the deal.', 'NEGOTIATES_WITH ostmark>league');
  });

  it('not a duration with no act after it', async () => {
    expect(await rels('The Front spent months in Karn.')).toEqual([]);
  });
});

describe('an idiom whose objects are the parties', () => {
  it('mediates between them', async () => {
    const table = 'Ostmark brought Valdoria and the Front to the negotiating table in May.';
    await has(table, 'MEDIATES ostmark>valdoria');
    await has(table, 'MEDIATES ostmark>front');
    await has('Last year Ostmark brought the League and the Levy to the same table.', 'MEDIATES ostmark>league');
  });

  it('not an object that names no parties', async () => {
    expect(await rels('The Levy brought the prisoners to the table.')).toEqual([]);
  });
});
