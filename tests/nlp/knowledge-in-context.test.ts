/**
 * Knowledge that changes how a sentence reads, with invented actors (real parser): offices
 * held over time behind a bare title, an actor's kind before it took power, a body inside a
 * body, and anaphors that are not names.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
  { id: 'ostmark-army', name: 'Ostmark Army', kind: 'SecurityForce', aliases: ['Ostmark military'] },
  { id: 'ostmark-press', name: 'Ostmark Press Service', kind: 'SecurityForce', aliases: ['OPS'] },
  { id: 'blue-party', name: 'Blue Party', kind: 'PoliticalParty', aliases: [] },
  {
    id: 'northern-league',
    name: 'Northern League',
    kind: 'Government',
    aliases: ['the League'],
    validFrom: '2020-01-01',
    kindBefore: 'ArmedGroup',
  },
  { id: 'southern-levy', name: 'Southern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  {
    id: 'tomas-rell',
    name: 'Tomas Rell',
    kind: 'Person',
    aliases: [],
    affiliation: 'blue-party',
    role: 'party leader',
    offices: [
      { body: 'valdoria', role: 'prime minister', from: '2010-01-01', to: '2014-12-31' },
      { body: 'ostmark', role: 'president', from: '2019-01-01' },
    ],
  },
];

const rels = (text: string, day = '2012-05-10') => listRelations(parser, text, day, ACTORS);

describe('offices held over time', () => {
  it("reads a bare title as the office the person held on the article's day", async () => {
    expect(await rels('Prime Minister Tomas Rell visited the border on Monday.')).toContain('LEADS tomas-rell>valdoria');
    expect(await rels('President Tomas Rell visited the border on Monday.', '2021-03-01')).toContain('LEADS tomas-rell>ostmark');
  });

  it('gives no office for a title the person never held, and not the party behind a government title', async () => {
    expect(
      (await rels('Foreign Minister Tomas Rell visited the border on Monday.')).filter(
        (r) => r.startsWith('LEADS') || r.startsWith('MEMBER_OF'),
      ),
    ).toEqual([]);
  });

  it("marks an office that had ended by the article's day as past", async () => {
    const r = await extractArticle('Prime Minister Tomas Rell visited the border on Monday.', {
      publishedAt: '2018-05-10',
      knownActors: ACTORS,
      parser,
    });
    expect(r.relations.find((x) => x.type === 'LEADS')?.status).toBe('past');
  });
});

describe("an actor's kind before it took power", () => {
  it('lets "the group" refer to a movement that only later became a government', async () => {
    const text = 'The Northern League seized the pass in March. The group then attacked the Southern Levy.';
    expect(await rels(text, '2015-05-01')).toContain('ATTACKS northern-league>southern-levy');
    expect(await rels(text, '2023-05-01')).not.toContain('ATTACKS northern-league>southern-levy');
  });
});

describe('a body inside a body', () => {
  it('reads a media wing or agency of a force as its member', async () => {
    for (const s of [
      "The Ostmark Press Service, the Ostmark Army's media wing, said two posts were hit.",
      'The Ostmark Press Service is the media wing of the Ostmark Army.',
      'The OPS, a branch of the Ostmark Army, issued a statement.',
    ])
      expect(await rels(s), s).toContain('MEMBER_OF ostmark-press>ostmark-army');
  });
});

describe('anaphors are not names', () => {
  it('does not list "the group" or "the government" among an actor\'s aliases', async () => {
    const r = await extractArticle('The Northern League seized the pass. The group said the government had fled.', {
      publishedAt: '2015-05-01',
      knownActors: ACTORS,
      parser,
    });
    const league = r.entities.find((e) => e.id === 'northern-league');
    expect(league).toBeDefined();
    expect(league!.aliases.map((a) => a.toLowerCase())).not.toContain('the group');
  });
});
