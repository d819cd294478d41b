/**
 * Discourse-level referents — invented actors and sentences, real parser. Each construction
 * class has sentences that must yield the relation and near misses that must not:
 * - responsibility claim: the group that claimed an attack is who the article's unnamed
 *   attackers are;
 * - topic continuation: a sentence-initial "it" after a sentence that names no actor stays
 *   unresolved;
 * - "the government" in a sentence with an armed group: the government that group fights;
 * - bound possessives: "X ordered its fighters" is X's own people, "X rejected its demand" is not;
 * - plural names: "the Mujahideen shelter X" is read with a plural subject;
 * - government offices without their country ("the Foreign Office said"), and a person's known
 *   office winning over such an anaphoric body;
 * - reported accusation: "officials gave an account, saying X had fired on Y" is the officials'
 *   accusation, not a stated attack.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front', 'RCF'], fights: ['valdoria'] },
  { id: 'league', name: 'Amber League', kind: 'ArmedGroup', aliases: ['the League'], fights: ['valdoria'] },
  { id: 'brotherhood', name: 'Northern Mujahideen', kind: 'ArmedGroup', aliases: ['the Mujahideen'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
  { id: 'ostmark-forces', name: 'Ostmark Border Guard', kind: 'SecurityForce', aliases: ['Ostmark guards'] },
  { id: 'ostmark-fo', name: 'Ostmark Foreign Office', kind: 'Government', aliases: [], partOf: 'ostmark' },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [], affiliation: 'ostmark-fo', role: 'spokesperson' },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('responsibility claim: the claimer is who the unnamed attackers are', () => {
  // the League is named more often, so without the claim the attackers would be the League's
  const league = 'The Amber League has fought Valdoria for years. The League denied any part. The League said so again.';
  it('takes the group that claimed responsibility', async () => {
    await has(
      `${league} Six militants stormed the Valdorian government offices. Responsibility was claimed by the Red Crescent Front.`,
      'ATTACKS front>valdoria',
    );
    await has(
      `${league} Gunmen attacked the Valdorian government convoy. The Red Crescent Front claimed responsibility for the ambush.`,
      'ATTACKS front>valdoria',
    );
    await has(
      `${league} Attackers struck the Valdorian government offices. The Red Crescent Front later accepted responsibility.`,
      'ATTACKS front>valdoria',
    );
    await has(
      `${league} Insurgents raided the Valdorian government offices at dawn. Responsibility for the raid was claimed by the Red Crescent Front.`,
      'ATTACKS front>valdoria',
    );
    await has(
      `${league} Militants ambushed the Valdorian government convoy, and the Red Crescent Front claimed responsibility on Sunday.`,
      'ATTACKS front>valdoria',
    );
  });

  it('does not take a claim without a responsibility noun, two different claimers, or a state', async () => {
    await has(
      `${league} Six militants stormed the Valdorian government offices. The Red Crescent Front claimed that Valdoria was weak.`,
      'ATTACKS league>valdoria',
    );
    await has(
      `${league} Six militants stormed the Valdorian government offices. The Red Crescent Front claimed responsibility, and the Northern Mujahideen claimed responsibility too.`,
      'ATTACKS league>valdoria',
    );
    await has(
      `${league} Six militants stormed the Valdorian government offices. Ostmark claimed responsibility for nothing.`,
      'ATTACKS league>valdoria',
    );
  });
});

describe('a sentence-initial "it" continues the previous sentence\'s topic', () => {
  it('resolves to the actor the previous sentence is about', async () => {
    await has('The Red Crescent Front held a rally. It is led by Karel Brandt.', 'LEADS karel-brandt>front');
    await has('The Amber League issued a statement. It accused Valdoria of lying.', 'ACCUSES league>valdoria');
  });

  it('stays unresolved when the previous sentence names no actor', async () => {
    await hasNot(
      'The Red Crescent Front held a rally. The new council met on Tuesday. It is led by Karel Brandt.',
      'LEADS karel-brandt>front',
    );
    await hasNot('The Amber League issued a statement. The weather turned cold. It accused Valdoria of lying.', 'ACCUSES league>valdoria');
    await hasNot('Ostmark praised the talks. A new committee was formed. It is chaired by Karel Brandt.', 'LEADS karel-brandt>ostmark');
  });
});

describe('"the government" beside an armed group is the government that group fights', () => {
  it("reads the government from the group's knowledge", async () => {
    await has(
      'Ostmark welcomed the visit. Ostmark said so. The Red Crescent Front ended its ceasefire with the government.',
      'CEASEFIRE_WITH front>valdoria',
    );
    await has(
      'Ostmark welcomed the visit. Ostmark said so. The Amber League attacked the government on Friday.',
      'ATTACKS league>valdoria',
    );
  });

  it("keeps the article's government where no group is in the sentence", async () => {
    await hasNot(
      'Ostmark welcomed the visit. Ostmark said so. The Red Crescent Front is active. Critics attacked the government on Friday.',
      'ATTACKS front>valdoria',
    );
  });
});

describe("bound possessives: a group's own people versus another's things", () => {
  it('reads "its fighters" after the group as the group\'s own (no relation to a third party)', async () => {
    await hasNot('Valdoria met Ostmark. The Red Crescent Front ordered its fighters to attack.', 'DEMANDS front>valdoria');
    await hasNot('Valdoria met Ostmark. The Amber League told its commanders to stop recruiting.', 'DEMANDS league>valdoria');
    await hasNot('Ostmark spoke. The Red Crescent Front urged its members to stay calm.', 'DEMANDS front>ostmark');
  });

  it('reads "its demand" as the other party\'s', async () => {
    await has(
      'The Red Crescent Front made a demand. Valdoria refused to heed the call and did not accept its demand.',
      'REJECTS valdoria>front',
    );
    await has('The Red Crescent Front ordered Valdoria to free its prisoners.', 'DEMANDS front>valdoria');
  });
});

describe('plural names are parsed with a plural subject', () => {
  it('reads the verb after a plural name as a verb', async () => {
    await has('Ostmark says the Mujahideen shelter the Red Crescent Front.', 'SHELTERS brotherhood>front');
    await has('Ostmark says the Mujahideen shelter the Red Crescent Front.', 'ACCUSES ostmark>brotherhood');
    await has('Officials say the Mujahideen have attacked Valdoria twice this year.', 'ATTACKS brotherhood>valdoria');
  });

  it('does not invent a relation where the plural name is only an object', async () => {
    await hasNot('Ostmark says Valdoria watches the Mujahideen.', 'SHELTERS brotherhood>valdoria');
  });
});

describe('government offices without their country, and known offices', () => {
  const setting = 'Ostmark closed the border. Ostmark said it would stay shut. Valdoria protested.';
  it('reads "the Foreign Office said" as the article\'s government speaking', async () => {
    await has(`${setting} The Foreign Office said that the Red Crescent Front had attacked Ostmark guards.`, 'ACCUSES ostmark>front');
    await has(`${setting} The foreign ministry said the Red Crescent Front had fired on Ostmark guards.`, 'ACCUSES ostmark>front');
  });

  it('prefers the office the knowledge base gives a person over an anaphoric body', async () => {
    await has(
      `${setting} Ida Voss, the Foreign Office spokesperson, told reporters that the border was closed.`,
      'SPOKESPERSON_FOR ida-voss>ostmark',
    );
    await hasNot(
      `${setting} Ida Voss, the Foreign Office spokesperson, told reporters that the border was closed.`,
      'SPOKESPERSON_FOR ida-voss>valdoria',
    );
  });
});

describe('reported accusation through a participle of saying', () => {
  it("gives the participle its governor's subject as speaker", async () => {
    await has(
      'Valdorian government officials gave a different account, saying Ostmark guards had fired on the Red Crescent Front.',
      'ACCUSES valdoria>ostmark-forces',
    );
  });

  it("does not turn the officials' own report into a stated attack", async () => {
    const text = 'Valdorian government officials gave a different account, saying Ostmark guards had fired on the Red Crescent Front.';
    const out = await extractArticle(text, { publishedAt: '2024-05-10', knownActors: ACTORS, parser });
    const attack = out.relations.find((r) => r.type === 'ATTACKS' && r.source === 'ostmark-forces' && r.target === 'front');
    expect(attack?.status).toBe('alleged');
  });
});
