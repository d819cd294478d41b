/**
 * Roles and parts that the parser attaches away from the role noun: a named body owned by another
 * ("the army's Levy"), roles coordinated with an appositive or read as list members, an
 * appositive after an attribution, a name hung on the body of "the head of Y, X", and a
 * leader's own talks — invented actors and sentences, real parser. Each construction class has
 * sentences that must yield the relation and near misses that must not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'league', name: 'Amber League', kind: 'ArmedGroup', aliases: [] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', aliases: ['Valdorian army'], partOf: 'valdoria' },
  { id: 'levy', name: 'Northern Levy', kind: 'SecurityForce', aliases: ['the Levy'] },
  {
    id: 'karel-brandt',
    name: 'Karel Brandt',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria-army', role: 'army chief (chief of army staff)', from: '2022-01-01' }],
  },
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('possessive named body: "the army\'s Levy" is part of the army', () => {
  it('reads the possessor as the whole', async () => {
    await has("The Valdorian army's Northern Levy stormed the compound on Monday.", 'MEMBER_OF levy>valdoria-army');
    await has("Fighters of the Front's Amber League ambushed a convoy near the border.", 'MEMBER_OF league>front');
    await has("Witnesses said the Valdorian army's Northern Levy had sealed off the town.", 'MEMBER_OF levy>valdoria-army');
  });

  it("does not read a country's generic force or a possessed person as a part", async () => {
    // (a state's force named by its proper name is an organ of the state: units-and-organs.test.ts)
    await hasNot("Valdoria's army stormed the compound on Monday.", 'MEMBER_OF valdoria-army>valdoria');
    await hasNot("The Front's Ida Voss denied the report.", 'MEMBER_OF ida-voss>front');
  });
});

describe('coordinated roles: "X, the envoy of Y and a senior figure in Z"', () => {
  it('gives each coordinated role to the person', async () => {
    const s = 'The Front killed Ida Voss, the Lumen minister for trade and a senior figure in the Amber League, in March.';
    await has(s, 'MEMBER_OF ida-voss>lumen');
    await has(s, 'MEMBER_OF ida-voss>league');
    await has('Ida Voss, a commander of the Front and a close aide of Lev Orlov, was arrested.', 'MEMBER_OF ida-voss>front');
  });

  it('reads a list of names as actors, not as roles of each other', async () => {
    const s = 'Lumen arrested Ida Voss, Karel Brandt and Lev Orlov in March.';
    await hasNot(s, 'LEADS karel-brandt>lumen');
    await hasNot(s, 'MEMBER_OF ida-voss>lumen');
    await hasNot('The minister met Ida Voss and the envoy of Lumen.', 'MEMBER_OF ida-voss>lumen');
  });
});

describe('appositives the parser hangs elsewhere', () => {
  it('reads an appositive after an attribution', async () => {
    await has(
      "According to the Northern Levy, the Valdorian army's media wing, four soldiers were killed.",
      'MEMBER_OF levy>valdoria-army',
    );
  });

  it('reads "the head of Y, X" as X leading Y', async () => {
    await has(
      'A delegation led by the defence minister and including the head of the Valdorian army, General Karel Brandt, held talks with the Front in Lumen on Wednesday.',
      'LEADS karel-brandt>valdoria-army',
    );
  });

  it('keeps the prepositional near misses', async () => {
    await hasNot('According to Ida Voss, four soldiers were killed near a post of the Valdorian army.', 'MEMBER_OF ida-voss>valdoria-army');
    await hasNot('The minister met Ida Voss and the envoy of Lumen.', 'LEADS ida-voss>lumen');
  });
});

describe("a leader's talks are the leader's (statements by leaders go to the person)", () => {
  it('keeps the named person as the party', async () => {
    await has('Valdorian Army chief General Karel Brandt held talks with Lev Orlov on Monday.', 'NEGOTIATES_WITH karel-brandt>lev-orlov');
    await hasNot(
      'Valdorian Army chief General Karel Brandt held talks with Lev Orlov on Monday.',
      'NEGOTIATES_WITH valdoria-army>lev-orlov',
    );
  });
});

describe('nominalised appointment: "the appointment of X as chief of Y"', () => {
  it('gives the role to the of-phrase', async () => {
    await has(
      'Lumen welcomed the appointment of General Karel Brandt as the new chief of the Valdorian army.',
      'LEADS karel-brandt>valdoria-army',
    );
    await has('Observers criticised the nomination of Ida Voss as envoy of Lumen.', 'MEMBER_OF ida-voss>lumen');
  });

  it('needs a noun of taking office', async () => {
    await hasNot('Lumen welcomed the arrival of Ida Voss as a guest of Valdoria.', 'MEMBER_OF ida-voss>valdoria');
  });
});

describe('a role phrase before ", X" belongs to X only when X\'s phrase is closed', () => {
  it("does not give a speech tag's subject the role phrase before it", async () => {
    await hasNot('Troops raided a hideout of the Front, the Valdorian army said.', 'MEMBER_OF valdoria-army>front');
    await hasNot('Gunmen attacked the convoy of the envoy of Lumen, Ida Voss said.', 'MEMBER_OF ida-voss>lumen');
  });

  it('still reads a closed appositive before the name', async () => {
    await has('Yesterday the envoy of Lumen, Ida Voss, met the Front.', 'MEMBER_OF ida-voss>lumen');
  });
});

describe('a force word in a title ("Lumen\'s army chief") makes the office the owner state\'s', () => {
  it('does not take the bare word "army" for some other army', async () => {
    const s = "Lumen's army chief, General Ida Voss, met Lev Orlov on Monday.";
    await has(s, 'LEADS ida-voss>lumen');
    await hasNot(s, 'LEADS ida-voss>pakistan-army');
  });
});
