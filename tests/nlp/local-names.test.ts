/**
 * Names that mean another actor in one place (knowledge field `localAliases`), with invented
 * actors, places and sentences and the real parser: "the Guard" in a sentence set in Ostmark's
 * places is the Ostmark Guard, elsewhere the Valdorian one; "the Wardens" in a sentence set in one
 * province (knowledge field `province`), or in a placeless one under its dateline, are that
 * province's. Also: a participle with a by-phrase
 * set off by commas after an object modifies the object ("drove the Front, led by X, out of …"),
 * a group saying it carried out an attack owns the attack's unnamed gunmen; founding under a
 * leader, "the alliance" as an armed-group anaphor, and mutual clashes between two sides; a
 * live-blog entry time, comma-coordinated headline subjects and an absolute "with X mediating";
 * a body absorbing others ("absorbed several groups, including Y") and an including-phrase; a
 * place-named faction ("the Velm Guard": a new armed group, not the Guard of elsewhere); a local
 * reading that would make a state shelter the group fighting it ("accused Ostmark of harbouring
 * Guard leaders in Port Aster": the Guard of elsewhere).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'valdorian-guard', name: 'Valdorian Guard', kind: 'ArmedGroup', aliases: ['Guard'] },
  {
    id: 'ostmark-guard',
    name: 'Ostmark Guard',
    kind: 'ArmedGroup',
    aliases: [],
    localAliases: [{ place: 'ostmark-land', aliases: ['Guard'], from: '2010-01-01' }],
    fights: ['ostmark'],
  },
  { id: 'ostmark-land', name: 'Ostmark Land', kind: 'Location', aliases: [] },
  { id: 'port-aster', name: 'Port Aster', kind: 'Location', aliases: [], country: 'ostmark-land' },
  { id: 'velm', name: 'Velm', kind: 'Location', aliases: [], country: 'valdoria-land' },
  { id: 'valdoria-land', name: 'Valdoria Land', kind: 'Location', aliases: [] },
  // a province of Valdoria with a provincial force that "the Wardens" means there
  { id: 'north-march', name: 'North March', kind: 'Location', aliases: [], country: 'valdoria-land' },
  { id: 'brisk', name: 'Brisk', kind: 'Location', aliases: [], country: 'valdoria-land', province: 'north-march' },
  { id: 'velmar', name: 'Velmar', kind: 'Location', aliases: [], country: 'valdoria-land' },
  { id: 'valdoria-wardens', name: 'Valdorian Wardens', kind: 'SecurityForce', aliases: ['Wardens', 'Keepers'] },
  {
    id: 'north-march-wardens',
    name: 'North March Wardens',
    kind: 'SecurityForce',
    aliases: [],
    localAliases: [{ place: 'north-march', aliases: ['Wardens', 'Keepers'] }],
  },
);

const { rels, has } = relationChecks(parser, ACTORS);

describe('a local name', () => {
  it('means the local actor in a sentence set in its country', async () => {
    await has('The Levy attacked the Guard in Port Aster.', 'ATTACKS levy>ostmark-guard');
  });

  it('keeps its usual meaning elsewhere, before its day, or beside the local actor’s own name', async () => {
    await has('The Levy attacked the Guard in Velm.', 'ATTACKS levy>valdorian-guard');
    await has('The Levy attacked the Guard in Port Aster.', 'ATTACKS levy>valdorian-guard', '2005-05-10');
    await has('The Guard said the Ostmark Guard had attacked the Levy in Port Aster.', 'ATTACKS ostmark-guard>levy');
    expect(await rels('The Guard said the Ostmark Guard had attacked the Levy in Port Aster.')).not.toContain(
      'ACCUSES ostmark-guard>ostmark-guard',
    );
  });
});

describe('a local reading that would make a state help its enemy', () => {
  it('yields to the name’s general reading', async () => {
    const text = 'Valdoria accused Ostmark of harbouring Guard leaders in Port Aster.';
    await has(text, 'SHELTERS ostmark>valdorian-guard');
    expect(await rels(text)).not.toContain('SHELTERS ostmark>ostmark-guard');
  });

  it('not a group named in full, nor a local reading in a hostile act', async () => {
    await has('Valdoria accused Ostmark of harbouring the Ostmark Guard in Port Aster.', 'SHELTERS ostmark>ostmark-guard');
    await has('The Levy attacked the Guard in Port Aster.', 'ATTACKS levy>ostmark-guard');
  });
});

describe('a place-named faction', () => {
  it('is a new armed group named by the place, not the group the bare name means', async () => {
    const found = await rels('The Velm Guard attacked the Levy on Monday.');
    expect(found).toContain('ATTACKS velm-guard>levy');
    expect(found.filter((r) => r.includes('valdorian-guard') || r.includes('ostmark-guard'))).toEqual([]);
  });

  it('needs a name that means an armed group only locally', async () => {
    expect(await rels('The Velm Levy attacked the Front on Monday.')).not.toContain('ATTACKS velm-levy>front');
  });
});

describe('a local name of a province', () => {
  it('means the provincial actor in a sentence set in one of its places, or in the province itself', async () => {
    await has('The Front attacked the Wardens in Brisk.', 'ATTACKS front>north-march-wardens');
    await has('The Front attacked the Wardens in North March.', 'ATTACKS front>north-march-wardens');
    // every mention of the name in the sentence
    await has('The Front ambushed the Wardens near Brisk and later shelled a post of the Wardens.', 'ATTACKS front>north-march-wardens');
    // and every local name of it ("police … constables")
    const both = await rels('The Front ambushed the Keepers near Brisk, wounding two Wardens.');
    expect(both).toContain('ATTACKS front>north-march-wardens');
    expect(both.filter((r) => r.includes('valdoria-wardens'))).toEqual([]);
  });

  it('means it in a placeless sentence of an article datelined in the province', async () => {
    await has('BRISK: The Front attacked the Wardens on Monday.', 'ATTACKS front>north-march-wardens');
  });

  it('keeps its usual meaning in a sentence set elsewhere or under another country’s name', async () => {
    await has('The Front attacked the Wardens in Velmar.', 'ATTACKS front>valdoria-wardens');
    await has('BRISK: The Front attacked the Wardens in Velmar.', 'ATTACKS front>valdoria-wardens');
    await has('The Front attacked the Wardens in Brisk and in Velmar.', 'ATTACKS front>valdoria-wardens');
  });
});

describe('a participle set off by commas after the object', () => {
  it('modifies the object ("drove the Front, led by X, out of the valley")', async () => {
    await has('The Levy drove the Front, led by Ida Voss, out of the valley.', 'LEADS ida-voss>front');
  });
});

describe('a group saying it carried out an attack', () => {
  it('owns the attack’s unnamed gunman', async () => {
    const found = await rels('A gunman shot Ida Voss on Tuesday. The League said it carried out the attack.');
    expect(found).toContain('ATTACKS league>ida-voss');
    expect(found).not.toContain('ATTACKS front>ida-voss');
  });
});

describe('founding under a leader, "the alliance", mutual clashes', () => {
  it('reads "announced the formation of Y under the leadership of X" as X leading Y', async () => {
    await has(
      'Several militant groups announced the formation of the Amber League under the leadership of Ida Voss.',
      'LEADS ida-voss>league',
    );
  });

  it('reads "the alliance" as an armed group named before', async () => {
    await has('Ida Voss formed the Amber League in May. The Front joined the alliance in June.', 'MEMBER_OF front>league');
  });

  it('reads clashes between two sides as each attacking the other', async () => {
    const found = await rels('Clashes erupted between the Levy and Front fighters in the capital.');
    expect(found).toEqual(expect.arrayContaining(['ATTACKS levy>front', 'ATTACKS front>levy']));
    expect(await rels('Clashes erupted in the capital.')).toEqual([]);
    expect(await rels('Talks between the Levy and the Front resumed after the attack.')).not.toContain('ATTACKS levy>front');
  });
});

describe('live-blog and headline constructions', () => {
  it('reads a live-blog entry time as a fronted adverbial and comma-coordinated subjects as parties', async () => {
    const actors: KnownActor[] = [...ACTORS, { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark'] }];
    const found = await listRelations(parser, '15:10 – Valdoria, Ostmark agree to hold talks in Velm on Saturday.', '2024-05-10', actors);
    expect(found).toContain('NEGOTIATES_WITH valdoria>ostmark');
  });

  it('reads "with X mediating" as X mediating, not as a party to the talks', async () => {
    const found = await rels('Valdoria and the Front agreed to hold talks on Saturday, with the Levy mediating.');
    expect(found).toContain('NEGOTIATES_WITH valdoria>front');
    expect(found).toContain('MEDIATES levy>valdoria');
    expect(found).not.toContain('NEGOTIATES_WITH valdoria>levy');
  });

  it('keeps an appositive set off by commas a single subject', async () => {
    const found = await rels("The Front's leader, Ida Voss, said the Levy had attacked the League.");
    expect(found).toContain('LEADS ida-voss>front');
  });
});

describe('a body absorbing others, and a noun standing for the names it includes', () => {
  it('reads "X absorbed several groups, including Y and Z" as Y and Z joining X', async () => {
    const found = await rels(
      'The Front has absorbed several splinter groups, including the Amber League and the Valdorian Guard, since 2020.',
    );
    expect(found).toEqual(expect.arrayContaining(['MEMBER_OF league>front', 'MEMBER_OF valdorian-guard>front']));
  });

  it('reads "several groups, including Y, attacked X" as Y attacking X', async () => {
    await has('Several armed groups, including the Amber League, attacked the Levy.', 'ATTACKS league>levy');
    expect(await rels('The Front absorbed the funds.')).toEqual([]);
  });
});

describe('a placeless sentence under a dateline', () => {
  it('is set in the dateline’s country while the article names no other country', async () => {
    await has('PORT ASTER: The Guard attacked the Levy on Monday.', 'ATTACKS ostmark-guard>levy');
  });

  it('is not, once the article has named another country or the sentence has a nationality word', async () => {
    await has('PORT ASTER: The Levy crossed into Velm on Sunday. The Guard attacked the Levy on Monday.', 'ATTACKS valdorian-guard>levy');
  });
});
