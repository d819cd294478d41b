/**
 * Lexicon entries and the argument constructions they need: a small clause ("held X
 * responsible"), a stative passive ("is engaged in talks with X"), material support given by a
 * light verb ("provided weapons to X"), extradition as a handover, "clashed with", talk sessions,
 * vowed acts of destruction ("vowed to break the Front's network", lexicon `threatActs`), safe
 * houses and recruits given, paramilitaries as their force. Invented actors and sentences, real
 * parser; near misses for each.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark'] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('small clause: "held X responsible"', () => {
  it("takes the complement's subject as the accused", async () => {
    await has('Valdoria held the Front responsible for the blast.', 'ACCUSES valdoria>front');
    await hasNot('Valdoria held the Front responsible for the blast.', 'DETAINS valdoria>front');
    await hasNot('Valdoria did not hold the Front responsible for the blast.', 'ACCUSES valdoria>front');
  });
});

describe('stative passive: "is engaged in talks with X"', () => {
  it('reads the passive subject as a party', async () => {
    await has('Valdoria is engaged in talks with the Front.', 'NEGOTIATES_WITH valdoria>front');
    await hasNot('Valdoria was attacked in talks with the Front.', 'NEGOTIATES_WITH valdoria>front');
  });
});

describe('material support, extradition, clashes', () => {
  it('reads the lexicon entries', async () => {
    await has('Ostmark is providing weapons to the Front.', 'SUPPORTS ostmark>front');
    await has('Valdoria extradited Ida Voss to Ostmark.', 'RELEASES valdoria>ida-voss');
    await has('The Levy clashed with Front fighters in the valley.', 'ATTACKS levy>front');
  });

  it('keeps weapons taken from someone out of support', async () => {
    await hasNot('The Levy seized weapons from the Front.', 'SUPPORTS levy>front');
    await hasNot('The Levy seized weapons from the Front.', 'SUPPORTS front>levy');
  });
});

describe('a media wing speaks for its body (knowledge speaksFor)', () => {
  const withWing: KnownActor[] = [
    ...ACTORS,
    { id: 'levy-press', name: 'Levy Press Office', kind: 'SecurityForce', aliases: ['LPO'], speaksFor: 'levy' },
  ];
  const wingRels = (text: string) => listRelations(parser, text, '2024-05-10', withWing);

  it('records what the wing states against the body, and keeps its own membership', async () => {
    expect(await wingRels('The LPO accused the Front of attacking the convoy.')).toContain('ACCUSES levy>front');
    expect(await wingRels('The LPO accused the Front of attacking the convoy.')).not.toContain('ACCUSES levy-press>front');
    expect(await wingRels("The LPO, the Levy's media wing, said four soldiers were killed.")).toContain('MEMBER_OF levy-press>levy');
  });
});

describe('a mandative clause with a plural subject ("demanded that the Front\'s allies act")', () => {
  it('reads a present form under a past-tense demand as mandative', async () => {
    await has('Valdoria demanded that the Taliban act against the Front.', 'DEMANDS valdoria>afghan-taliban');
    await hasNot('Valdoria said that the Taliban act alone.', 'DEMANDS valdoria>afghan-taliban');
  });
});

describe('territory lent to another: "allowed X to use its territory"', () => {
  it('reads the permitter as sheltering the user', async () => {
    await has('Valdoria accused Lumen of allowing the Front to use its territory.', 'SHELTERS lumen>front');
    await has('Lumen allowed the Front to use Lumen territory for training.', 'SHELTERS lumen>front');
  });

  it('needs consent: use alone, or a refusal, states no shelter', async () => {
    await hasNot('Front fighters use Lumen territory to rest.', 'SHELTERS lumen>front');
    await hasNot('Lumen does not allow the Front to use its territory.', 'SHELTERS lumen>front');
    await hasNot('Valdoria accused Lumen of allowing the Front to use its territory.', 'SHELTERS valdoria>front');
  });
});

describe('suspects stand for the group they are linked to', () => {
  it('reads "suspects linked to X" as X', async () => {
    await has('The Levy arrested three suspects linked to the Front on Saturday.', 'DETAINS levy>front');
    await hasNot('The Levy arrested three suspects on Saturday.', 'DETAINS levy>front');
  });
});

describe('talk sessions: "hosted sessions between X and Y"', () => {
  it('are talks the host mediates', async () => {
    await has('Ostmark hosted the first face-to-face sessions between Front leaders and Valdoria in Karn.', 'MEDIATES ostmark>front');
    await has('Lumen hosted two sessions between the Front and Valdoria.', 'MEDIATES lumen>valdoria');
    await has('Ostmark held sessions with the Front in Karn.', 'NEGOTIATES_WITH ostmark>front');
    await has('The sessions between Valdoria and the Front ended on Friday.', 'NEGOTIATES_WITH valdoria>front');
    await has('Lumen arranged a session between Ostmark and Valdoria.', 'MEDIATES lumen>ostmark');
  });

  it('not a session with no parties', async () => {
    await hasNot('Valdoria held a session of parliament on the Front.', 'NEGOTIATES_WITH valdoria>front');
  });
});

describe('vowed acts of destruction: "vowed to break the Front\'s network"', () => {
  it('threaten the owner of what is to be destroyed', async () => {
    await has("Valdoria had publicly vowed to break the Front's network.", 'THREATENS valdoria>front');
    await has("Valdoria vowed to dismantle the Front's cells in Karn.", 'THREATENS valdoria>front');
    await has('The Levy vowed to defeat the Front before the winter.', 'THREATENS levy>front');
    await has('Ostmark vowed to uproot the Front from the valley.', 'THREATENS ostmark>front');
    await has("The Front vowed to finish the Levy's presence in Karn.", 'THREATENS front>levy');
  });

  it('not an act on something no actor owns', async () => {
    await hasNot('The Front vowed to break the deadlock in the talks with Valdoria.', 'THREATENS front>valdoria');
  });
});

describe('safe houses and recruits given: "provided the Front with safe houses and recruits"', () => {
  it('shelter and support the one given them', async () => {
    await has('Ostmark provided the Front with safe houses and recruits.', 'SHELTERS ostmark>front');
    await has('Ostmark provided the Front with safe houses and recruits.', 'SUPPORTS ostmark>front');
    await has('Valdoria said Ostmark had given Front fighters safe houses.', 'SHELTERS ostmark>front');
    await has('Lumen offered a safe house to the Front leadership.', 'SHELTERS lumen>front');
    await has('Ostmark supplied recruits to the Front.', 'SUPPORTS ostmark>front');
  });

  it('not a safe house found, nor recruits as people', async () => {
    await hasNot('The Levy found a Front safe house in Karn.', 'SHELTERS levy>front');
    await hasNot('Valdoria said the Front recruits had attacked the Levy.', 'SUPPORTS valdoria>front');
  });
});

describe('paramilitaries as their force (lexicon `militaryStandIns`, `standIns`, `unnamedSoldiers`)', () => {
  it('stand for the force that owns them, as troops do', async () => {
    await has('Levy paramilitaries and Front fighters exchanged fire on Sunday.', 'ATTACKS levy>front');
    await has('Levy paramilitaries and Front fighters exchanged fire on Sunday.', 'ATTACKS front>levy');
    await has('Paramilitaries of the Levy fired on Front positions near the dam.', 'ATTACKS levy>front');
    await has('Front gunmen ambushed a convoy of Levy paramilitaries on Friday.', 'ATTACKS front>levy');
    await has('Levy paramilitaries raided a Front hideout in the hills.', 'ATTACKS levy>front');
  });

  it('not with no owner named', async () => {
    await hasNot('Paramilitaries and Front fighters exchanged fire on Sunday.', 'ATTACKS levy>front');
  });
});
