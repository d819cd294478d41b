/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - a timeline entry's date ("26 July 2009 - The Levy arrests X") is no word of the sentence the
 *   parser reads (2-parse/mask-names.ts), and a verb read as a plural noun after a masked name
 *   the tagger took for a common noun is a verb (2-parse/repairs.ts `repairVerbAsNoun`);
 * - a name ending in a head noun of plural agreement ("the Tarn police arrest X") is masked with
 *   a plural word (lexicon `pluralHeads`);
 * - the reduced-relative garden path whose finite verb the parser hung on the by-phrase's noun
 *   ("The government of X, led by Y, frees Z"; repairs.ts `repairGardenPath`);
 * - an honorific opening a four-word name ("Allama …"; 3-mentions/lexicon-names.ts).
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'tarn', name: 'Tarn', kind: 'Location', aliases: [] },
  { id: 'tarn-police', name: 'Tarn Police', kind: 'SecurityForce', aliases: ['Tarn police'] },
);
const { has, hasNot, rels, entityNames } = relationChecks(parser, ACTORS);

describe('a timeline entry', () => {
  it('reads the sentence after its date', async () => {
    await has('26 July 2009 - The Levy arrests Karel Brandt in the city, along with two of his sons.', 'DETAINS levy>karel-brandt');
    await has('26 July 2009 - The Tarn police arrest Ida Voss in the city, along with two of her sons.', 'DETAINS tarn-police>ida-voss');
  });

  it('keeps its date on the relation', async () => {
    const text = '26 July 2009 - The Front attacks a Levy post near the city.';
    const result = await extractArticle(text, { publishedAt: '2019-05-08', knownActors: ACTORS, parser });
    expect(result.relations.find((r) => r.type === 'ATTACKS' && r.source === 'front')?.date).toBe('2009-07-26');
  });

  it('leaves a verb read as a noun after a common noun alone', async () => {
    await hasNot('The Levy said the city arrests were unlawful.', 'DETAINS levy>city');
  });
});

describe('the garden path with the verb on the agent', () => {
  it('makes the finite verb the clause', async () => {
    const text =
      'April 2008 - The government of the Tarn Frontier Province (TFP), led by Chief Minister Karel Brandt, frees Ida Voss after she renounces violence.';
    expect((await rels(text)).some((r) => /^RELEASES .+>ida-voss$/.test(r))).toBe(true);
  });

  it('needs the comma before the verb', async () => {
    const text = 'The Front, led by Karel Brandt, who frees no one, attacked the Levy.';
    expect((await rels(text)).some((r) => r.startsWith('RELEASES'))).toBe(false);
  });
});

describe('an honorific opening a name', () => {
  it('keeps the four-word name whole', async () => {
    const names = await entityNames('Allama Raja Nasir Vossen addressed the rally of the Front.');
    expect(names).toContain('Allama Raja Nasir Vossen');
  });
});
