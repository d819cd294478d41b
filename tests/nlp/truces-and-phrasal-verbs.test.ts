/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a truce or talks with one side named: an armed group's are with the one government it
 *   fights ("the Front called off its ceasefire");
 * - the agent of a verb of mediating is no party ("a truce brokered by X");
 * - the verb a truce noun is the argument of states the act, over a participle on the noun
 *   ("called off a truce brokered by X" ends it);
 * - a phrasal verb takes no small clause: "called off a truce brokered by X" is a truce that X
 *   brokered, and a completive particle makes an irrealis governor factual ("called for talks"
 *   is a wish, "called off the truce" is done);
 * - a mediator is never one of the parties (a guessed pair that holds its side is dropped);
 * - "the government" of an article datelined in a place is the government of the place’s country;
 *   a placeless sentence is set in that country while its government is the article's most named;
 * - "the government" after an armed group in the sentence is the government that group fights,
 *   over another government named in passing.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'league', name: 'Amber League', kind: 'ArmedGroup', aliases: ['the League'], fights: ['valdoria', 'ostmark'] },
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [], affiliation: 'ostmark' },
);

const { rels, has, hasNot } = relationChecks(parser, ACTORS);

describe('a truce with one side named', () => {
  it('is with the one government an armed group fights', async () => {
    await has('The Front called off its ceasefire on Sunday.', 'CEASEFIRE_WITH front>valdoria');
    await has('The Front announced a truce for the holidays.', 'CEASEFIRE_WITH front>valdoria');
  });

  it('names no other side for a group that fights several governments', async () => {
    const found = await rels('The League called off its ceasefire on Sunday.');
    expect(found.filter((r) => r.startsWith('CEASEFIRE_WITH'))).toEqual([]);
  });
});

describe('a truce brokered by a third party', () => {
  it('makes the broker a mediator, not a party, and the governing verb the act', async () => {
    const s = 'The Front called off a ceasefire brokered by Ostmark.';
    await has(s, 'CEASEFIRE_WITH front>valdoria');
    await has(s, 'MEDIATES ostmark>front');
    await has(s, 'MEDIATES ostmark>valdoria');
    await hasNot(s, 'CEASEFIRE_WITH front>ostmark');
    await hasNot(s, 'CEASEFIRE_WITH ostmark>valdoria');
  });

  it('still reads a wish as no claim', async () => {
    await hasNot('The Front called for talks hosted by Ostmark.', 'MEDIATES ostmark>front');
    await hasNot('The Front called on Valdoria to accept a truce brokered by Ostmark.', 'MEDIATES ostmark>valdoria');
  });
});

describe('"the government" after an armed group', () => {
  it('is the government the group fights, over one named in passing', async () => {
    await has('The Front abandoned a truce brokered by Ostmark, accusing the government of bad faith.', 'ACCUSES front>valdoria');
  });

  it('is the government named before when no armed group precedes it', async () => {
    await has('Ostmark summoned an envoy, and the government accused the Front of attacks.', 'ACCUSES ostmark>front');
  });
});

describe('a mediator is never one of the parties', () => {
  it('names no parties when the guessed pair includes the mediator’s own side', async () => {
    const s = 'Valdoria accused Ostmark of shielding the Front. Earlier rounds of talks, facilitated by Lev Orlov, collapsed.';
    const found = await rels(s);
    expect(found.filter((r) => r.startsWith('MEDIATES'))).toEqual([]);
  });

  it('keeps parties named apart from the mediator', async () => {
    await has('Lev Orlov mediated between Valdoria and the Front.', 'MEDIATES lev-orlov>valdoria');
  });
});

describe('"the government" of an article with a dateline', () => {
  // the places and their countries are knowledge-base data; the sentences are invented
  const body =
    'Kabul said on Monday that the Afghan Taliban would not let anyone use its soil. The government released forty TTP prisoners.';

  it('is the government of the state the dateline’s place lies in', async () => {
    const found = await listRelations(parser, `PESHAWAR: ${body}`, '2022-06-01');
    expect(found).toContain('RELEASES pakistan-government>ttp');
    expect(found).not.toContain('RELEASES afghan-taliban>ttp');
  });

  it('is the most-named government without one', async () => {
    expect(await listRelations(parser, body, '2022-06-01')).toContain('RELEASES afghan-taliban>ttp');
  });

  it('sets a placeless sentence in the dateline’s country while its government is the most named', async () => {
    // "the Taliban" in a sentence set in Pakistan is the TTP (knowledge `localAliases`), also
    // after another country was named in passing
    const text =
      'ISLAMABAD: Pakistan named a new committee on Monday. Its members include a former ambassador to Afghanistan. The Taliban attacked a police post in the evening.';
    const found = await listRelations(parser, text, '2014-02-10');
    expect(found.some((r) => r.startsWith('ATTACKS ttp>'))).toBe(true);
    expect(found.some((r) => r.startsWith('ATTACKS afghan-taliban>'))).toBe(false);
  });
});

describe('truce words: "cease-fire", "ceasefire agreement", a truce its party reports over', () => {
  it('reads the hyphenated and compound forms as a truce, not as fire or a deal', async () => {
    await has('The Front unilaterally ended a cease-fire with Valdoria in November.', 'CEASEFIRE_WITH front>valdoria');
    const found = await rels('The Front said the cease-fire agreement with Valdoria was being terminated.');
    expect(found).toContain('CEASEFIRE_WITH front>valdoria');
    expect(found).not.toContain('NEGOTIATES_WITH front>valdoria');
    expect(found.filter((r) => r.startsWith('ATTACKS'))).toEqual([]);
  });

  it('takes the armed group reporting the truce over as its party', async () => {
    const found = await relationChecks(parser, inventedActors({ id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] })).rels(
      "The Front's spokesman, Ida Voss, said the ceasefire agreement was being terminated.",
    );
    expect(found).toContain('CEASEFIRE_WITH front>valdoria');
    expect(await rels('Valdoria said the ceasefire was over.')).toEqual([]);
  });
});
