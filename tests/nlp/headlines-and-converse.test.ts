/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - converse light verbs: "X received support from Y" (the subject is the target);
 * - a named operation is an operation ("launched Operation Thunderbolt against X");
 * - timeline entries: a leading date ("2013 – …") read as a fronted date;
 * - headline passives: "X killed in a Y airstrike", "X named Front chief";
 * - an accusation is recorded only with the reported act it rests on.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { maskNames } from '../../src/ingest/2-parse/mask-names.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  {
    id: 'lev-orlov',
    name: 'Lev Orlov',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria', role: 'prime minister', from: '2019-01-01' }],
  },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('converse light verbs', () => {
  it('makes the subject of "received support from", "found shelter with" the target', async () => {
    await has('The Front receives logistical support from Ostmark.', 'SUPPORTS ostmark>front');
    await has('The Front found shelter with Ostmark after the offensive.', 'SHELTERS ostmark>front');
    await has('Ida Voss received threats from the Front.', 'THREATENS front>ida-voss');
  });

  it('takes the giver from an of-phrase too ("enjoyed the patronage of Y")', async () => {
    await has('The Front continued to enjoy the patronage of Ostmark.', 'SUPPORTS ostmark>front');
  });

  it('lets coordinated nouns share a light verb ("providing guidance and training to X")', async () => {
    await has('Ostmark was providing guidance and training to the Front.', 'SUPPORTS ostmark>front');
  });

  it('never the other way round, and nothing without a giver', async () => {
    await hasNot('The Front receives logistical support from Ostmark.', 'SUPPORTS front>ostmark');
    expect(await rels('The Front received support last year.')).toEqual([]);
    await hasNot('Ostmark received a delegation from the Front.', 'SUPPORTS front>ostmark');
  });
});

describe('named operations and timeline entries', () => {
  it('reads "Operation Thunderbolt" as an operation', async () => {
    await has('The Levy launched Operation Thunderbolt against the Front in May.', 'ATTACKS levy>front');
  });

  it('gives the parser a timeline entry without its leading date', async () => {
    await has('2014 – The Levy launches Operation Thunderbolt against the Front.', 'ATTACKS levy>front');
    const masked = maskNames('May 2009: The Levy struck.', 0, []);
    expect(masked.text).toBe('The Levy struck.');
    // (the sentence's words still map back to their place in the article)
    expect(masked.toArticle(4, 8)).toEqual([14, 18]);
  });

  it('leaves a sentence that only opens with a year alone', () => {
    expect(maskNames('2014 was a hard year.', 0, []).text).toBe('2014 was a hard year.');
  });
});

describe('headline passives', () => {
  it('reads "X killed in a Y airstrike" and "X killed by Y" without "was"', async () => {
    await has('Lev Orlov killed in an Ostmark airstrike in the south.', 'ATTACKS ostmark>lev-orlov');
    await has('2013 – Lev Orlov killed by the Front in the capital.', 'ATTACKS front>lev-orlov');
  });

  it('reads "X named Front chief" as X given the role', async () => {
    await has('2013 – Ida Voss named Front chief.', 'LEADS ida-voss>front');
  });

  it('keeps active clauses active', async () => {
    await has('The Front killed Lev Orlov in the south.', 'ATTACKS front>lev-orlov');
    await hasNot('Ida Voss named Karel Brandt Front chief.', 'LEADS ida-voss>front');
  });

  it('keeps an act on a role holder active: only a verb that gives a role takes a role as its complement', async () => {
    await has('The Levy killed a Front commander near the river.', 'ATTACKS levy>front');
    await has("Valdoria killed the Front's leader.", 'ATTACKS valdoria>front');
    await has('The Front abducted a Levy officer.', 'ATTACKS front>levy');
  });
});

describe('reported acts and accusations', () => {
  it('records no accusation when the reported act itself is not kept', async () => {
    // the act would be the Levy against itself: nothing to accuse anyone of
    const found = await rels('The Front said the Levy had killed members of the Levy.');
    expect(found.filter((r) => r.startsWith('ACCUSES'))).toEqual([]);
  });

  it('records it with the act otherwise', async () => {
    const found = await rels('The Front said the Levy had killed relatives of its fighters.');
    expect(found).toContain('ATTACKS levy>front');
    expect(found).toContain('ACCUSES front>levy');
  });
});

describe('coordinated nationality adjectives', () => {
  it('give each adjective the shared head ("Pakistani and Afghan troops")', async () => {
    const found = await listRelations(parser, 'Pakistani and Afghan troops exchanged fire at the crossing.', '2023-01-20');
    expect(found).toContain('ATTACKS pakistan-army>afghan-taliban');
    expect(found).toContain('ATTACKS afghan-taliban>pakistan-army');
  });

  it('leave a single adjective to its own noun', async () => {
    const found = await listRelations(parser, 'Pakistani troops and Afghan villagers watched the crossing.', '2023-01-20');
    expect(found).toEqual([]);
  });
});

describe('threats and demands announced by one’s own side', () => {
  it('reads "X said Y would (not hesitate to) strike Z" as X threatening Z when Y is X’s side', async () => {
    await has('Lev Orlov said Valdoria would not hesitate to strike the Front if Ostmark failed to act.', 'THREATENS lev-orlov>front');
    await has('Lev Orlov said Valdoria would strike Front camps if the raids continued.', 'THREATENS lev-orlov>front');
  });

  it('not a prediction about another side, nor a negated strike', async () => {
    await hasNot('Ida Voss said the Front would attack Valdoria if the talks failed.', 'THREATENS ida-voss>valdoria');
    await hasNot('Lev Orlov said Valdoria would strike Front camps across the border.', 'THREATENS lev-orlov>front');
    await hasNot('Lev Orlov said Valdoria would not strike the Front.', 'THREATENS lev-orlov>front');
  });

  it('reads "X said Y would ask Z to act" as Y’s demand when Y is X’s side', async () => {
    await has('Lev Orlov said Valdoria would first ask Ostmark to hand over the culprits.', 'DEMANDS valdoria>ostmark');
    await hasNot('Ida Voss said Valdoria would ask Ostmark to hand over the culprits.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a trailing participle of accusing or urging', () => {
  it('is the main clause’s act even when the parser hangs it on an infinitive or reads it as an adjective', async () => {
    await has(
      'Lev Orlov has openly tied the drive to expel migrants to the fight against the Front, accusing Ostmark of failing to rein in the militants.',
      'ACCUSES lev-orlov>ostmark',
    );
    await has(
      'Lev Orlov has linked the campaign to deport migrants to the war on the Front, accusing Ostmark of sheltering the militants.',
      'ACCUSES lev-orlov>ostmark',
    );
    await has('Lev Orlov spoke for an hour, urging Ostmark to act against the Front.', 'DEMANDS lev-orlov>ostmark');
  });

  it('leaves a participle of another verb with its own clause', async () => {
    await hasNot('Lev Orlov ordered the Levy to raid Front camps, killing ten fighters.', 'ATTACKS lev-orlov>front');
  });
});

describe('a definite attack noun nearby', () => {
  it('has the agent of the attack just reported ("X was killed in the assault")', async () => {
    await has('The Levy stormed the Front compound on Tuesday. Lev Orlov was killed in the assault.', 'ATTACKS levy>lev-orlov');
  });

  it('not an indefinite one, nor one reported long before', async () => {
    await hasNot('The Levy stormed the Front compound on Tuesday. Lev Orlov was killed in an assault.', 'ATTACKS levy>lev-orlov');
    await hasNot(
      'The Levy stormed the Front compound on Tuesday. Talks followed. Ostmark protested. Valdoria replied. Lev Orlov was later killed in the assault.',
      'ATTACKS levy>lev-orlov',
    );
  });
});

describe('an act done at someone’s request', () => {
  it('makes talks held at X’s request or insistence X’s mediation', async () => {
    const found = await rels('Valdoria had engaged in talks with the Front last year at the insistence of Ostmark.');
    expect(found).toContain('MEDIATES ostmark>valdoria');
    expect(found).toContain('MEDIATES ostmark>front');
    await has(
      'The talks between Valdoria and the Front, which began in October at the request of Ostmark, collapsed.',
      'MEDIATES ostmark>front',
    );
  });

  it('makes any other act X’s demand of whoever acted', async () => {
    await has('The Levy raided the camp at the request of Ostmark.', 'DEMANDS ostmark>levy');
  });

  it('gives nothing for a request that names nobody, or a denied act', async () => {
    expect((await rels('The Levy raided the camp at the request of local elders.')).filter((r) => r.startsWith('DEMANDS'))).toEqual([]);
    await hasNot('The Levy did not raid the camp at the request of Ostmark.', 'DEMANDS ostmark>levy');
  });
});

describe('a vow of revenge beside an act against someone', () => {
  it('threatens the actor that act named ("summoned Y’s envoy and vowed revenge")', async () => {
    await has('Ostmark summoned Valdoria’s envoy and vowed revenge in case of future raids.', 'THREATENS ostmark>valdoria');
  });

  it('names no target on its own, nor one’s own side', async () => {
    expect((await rels('The Front vowed revenge for the killing of its commander.')).filter((r) => r.startsWith('THREATENS'))).toEqual([]);
    expect((await rels('Ostmark summoned its own envoy and vowed revenge.')).filter((r) => r.startsWith('THREATENS'))).toEqual([]);
  });
});
