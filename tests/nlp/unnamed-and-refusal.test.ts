/**
 * Unnamed people standing for their side, adverbial clauses, refusals stated by a negated
 * acceptance, and captives taken — invented actors and sentences, real parser. Each class has
 * sentences that must yield the relation and near misses that must not. Also: a demand referred
 * to by a demonstrative ("rejected that condition"; 2-parse/dependency-graph.ts `isDefinite`, and
 * phrase-repairs.ts `repairDemonstrativeAsHead` where the parser made "that" the object), or as a
 * condition (lexicon DEMANDS nouns), is the last demand made nearby.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front', 'RCF'], fights: ['valdoria'] },
  { id: 'league', name: 'Amber League', kind: 'ArmedGroup', aliases: [] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe("unnamed people stand for the article's side (default referents)", () => {
  it('reads unnamed fighters as the armed group the article names most', async () => {
    const named = 'The Red Crescent Front later claimed the raid. The Front has fought Valdoria for a decade.';
    await has(`Seven militants stormed the Valdorian government offices on Tuesday. ${named}`, 'ATTACKS front>valdoria');
    await has(`Gunmen ambushed the Ostmark government convoy near the pass. ${named}`, 'ATTACKS front>ostmark');
    await has(`Valdoria has been negotiating with the hostage-takers since Sunday. ${named}`, 'NEGOTIATES_WITH valdoria>front');
    await has(`Ostmark accused the attackers of planning the raid from abroad. ${named}`, 'ACCUSES ostmark>front');
    await has(`The Valdorian government arrested twelve insurgents in the capital. ${named}`, 'DETAINS valdoria>front');
  });

  it('reads unnamed soldiers as the army of the government the group fights', async () => {
    const actors: KnownActor[] = [...ACTORS, { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', aliases: [] }];
    const text = 'The Red Crescent Front ambushed a convoy, killing four soldiers. The Front named Valdoria its enemy.';
    // the army comes from the knowledge base's nationality data, which invented states lack: the government stands in
    expect(await listRelations(parser, text, '2024-05-10', actors)).toContain('ATTACKS front>valdoria');
  });

  it('does not guess when the noun has an owner, the article names no group, or the noun only modifies', async () => {
    await hasNot('Seven militants stormed the Valdorian government offices on Tuesday.', 'ATTACKS front>valdoria');
    await hasNot(
      'Militants of the Amber League stormed the Valdorian government offices. The Red Crescent Front and the Front again.',
      'ATTACKS front>valdoria',
    );
    await hasNot(
      'Valdoria struck militant hideouts near the border. The Red Crescent Front denied any link. The Front said so.',
      'ATTACKS valdoria>front',
    );
  });
});

describe("adverbial clauses take the governor's subject; of-clauses after an object take the object", () => {
  it('gives a participial clause the subject of its governor', async () => {
    await has(
      'The Red Crescent Front attacked a checkpoint on Monday, killing three officers of the Valdorian government.',
      'ATTACKS front>valdoria',
    );
    await has('Ostmark issued a statement, accusing the Red Crescent Front of sheltering rebels.', 'ACCUSES ostmark>front');
  });

  it('gives "accused X of sheltering Y" to X, not to the accuser', async () => {
    await has('Ostmark has long accused the Valdorian government of harbouring the Red Crescent Front.', 'SHELTERS valdoria>front');
    await hasNot('Ostmark has long accused the Valdorian government of harbouring the Red Crescent Front.', 'SHELTERS ostmark>front');
  });
});

describe('negated acceptance is a rejection (negated-acceptance)', () => {
  it('reads "will not accept their demand" as REJECTS of the demand\'s owner', async () => {
    await has('Valdoria will not accept the demand of the Red Crescent Front for safe passage.', 'REJECTS valdoria>front');
    await has("The Valdorian government did not accept the Front's offer of talks.", 'REJECTS valdoria>front');
    await has("Ostmark would never entertain the Red Crescent Front's proposal, officials said.", 'REJECTS ostmark>front');
    await has("Valdoria refused to heed the Front's call for a truce and did not accept its demand.", 'REJECTS valdoria>front');
    await has("Valdoria has not accepted the Front's demands.", 'REJECTS valdoria>front');
  });

  it('does not read acceptance, conditions or an unowned object as rejection', async () => {
    await hasNot('Valdoria accepted the demand of the Red Crescent Front for safe passage.', 'REJECTS valdoria>front');
    await hasNot("If Valdoria does not accept the Front's demand, the talks will end.", 'REJECTS valdoria>front');
    await hasNot('The Red Crescent Front said Valdoria did not accept any responsibility.', 'REJECTS valdoria>front');
  });
});

describe('captives taken (secondary predicate)', () => {
  it('reads "took X hostage" and "held X captive" as DETAINS', async () => {
    await has('The Red Crescent Front took several Valdorian government officials hostage.', 'DETAINS front>valdoria');
    await has('Fighters of the Red Crescent Front held two Ostmark government envoys captive for a week.', 'DETAINS front>ostmark');
    await has('Militants of the Red Crescent Front took three Valdorian government officials captive on Friday.', 'DETAINS front>valdoria');
  });

  it('needs a captive noun and a factual clause', async () => {
    await hasNot('The Red Crescent Front took several Valdorian government officials to the border.', 'DETAINS front>valdoria');
    await hasNot('The Red Crescent Front threatened to take Valdorian government officials hostage.', 'DETAINS front>valdoria');
  });
});

describe('rejecting a demand referred to by a demonstrative or as a condition', () => {
  it("rejects the demand's maker", async () => {
    await has('Valdoria demanded that the Front disarm. The Front has repeatedly rejected that condition.', 'REJECTS front>valdoria');
    await has('Valdoria demanded that the Front disarm. The Front rejected this demand.', 'REJECTS front>valdoria');
    await has(
      'Ostmark demanded that the Amber League release its hostages. The Amber League dismissed that demand on Monday.',
      'REJECTS league>ostmark',
    );
    await has('Valdoria demanded that the Front disarm. The Front turned down the condition.', 'REJECTS front>valdoria');
    await has('Valdoria demanded that the Front disarm, a condition the Front rejected.', 'REJECTS front>valdoria');
  });

  it('needs a demand made nearby and a definite reference to it', async () => {
    await hasNot('The Front has repeatedly rejected that condition.', 'REJECTS front>valdoria');
    await hasNot(
      'Valdoria demanded that the Front disarm. The talks went on. Ostmark sent envoys. The League fought on. The Front rejected a condition.',
      'REJECTS front>valdoria',
    );
    await hasNot('The Front held talks with Valdoria on the condition that Ostmark withdraw.', 'DEMANDS front>ostmark');
  });
});
