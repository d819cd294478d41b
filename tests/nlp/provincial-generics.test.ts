/**
 * Construction class, with invented actors and sentences and the real parser: a province's generic
 * name. "the provincial government", "provincial authorities" (lexicon `provincialGenerics`) mean
 * the government of the province the article is about — the sub-state government it names, else
 * the one governing the province its places lie in — whichever province the knowledge base lists
 * the words under (here Ostland's, as the real knowledge base lists them under one province).
 * A provincial title ("the provincial law minister") is that province's government's, before
 * the body the person is known to serve in. Near misses: an article that names no province is
 * given none of the article's, and a province's government named outright stays itself.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks, TARNIA } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    ...TARNIA,
    { id: 'mirka', name: 'Mirka', kind: 'Location', province: 'tarnia', aliases: [] },
    { id: 'ostland', name: 'Ostland', kind: 'Location', aliases: [] },
    {
      id: 'ostland-government',
      name: 'Ostland government',
      kind: 'Government',
      serves: 'valdoria',
      governs: 'ostland',
      aliases: ['provincial government', 'provincial authorities'],
    },
    { id: 'ida-marr', name: 'Ida Marr', kind: 'Person', affiliation: 'valdoria', aliases: [] },
  ),
);

describe("a province's generic name", () => {
  it('is the government of the province the article is about', async () => {
    const named = 'The Tarnia government met on Monday. The Levy urged the provincial government to review security at every prison.';
    await has(named, 'DEMANDS levy>tarnia-government');
    await hasNot(named, 'DEMANDS levy>ostland-government');
    await has(
      'Gunmen attacked a school in Mirka on Monday. The Levy urged the provincial government to close the schools.',
      'DEMANDS levy>tarnia-government',
    );
    await has('Jan Hollis said the provincial government had failed the people of Tarnia.', 'ACCUSES jan-hollis>tarnia-government');
    await has(
      'The Front bombed a market in Mirka. The Levy asked the provincial authorities for armoured vehicles.',
      'DEMANDS levy>tarnia-government',
    );
    await has(
      'The Tarnia government closed the schools. Two days later the Front demanded that the provincial government reopen them.',
      'DEMANDS front>tarnia-government',
    );
  });

  it("gives a provincial title to that province's government, before the body the person is known to serve", async () => {
    await has(
      'Gunmen attacked a school in Mirka on Monday. Jan Hollis, the provincial law minister, accused the Front.',
      'MEMBER_OF jan-hollis>tarnia-government',
    );
    const known = 'The Front bombed a market in Mirka. Ida Marr, the provincial home minister, blamed the League.';
    await has(known, 'MEMBER_OF ida-marr>tarnia-government');
    await hasNot(known, 'MEMBER_OF ida-marr>valdoria');
  });

  it('not in an article that names no province, nor a government named outright', async () => {
    await hasNot('The Levy urged the provincial government to act against the Front.', 'DEMANDS levy>tarnia-government');
    await has('Gunmen attacked a school in Mirka. The Levy urged the Ostland government to act.', 'DEMANDS levy>ostland-government');
  });
});
