/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - a charge as an of/for gerund under a verb of charging ("accused Ostmark of sheltering Front
 *   fighters"), which the parser reads as an adjective of the noun after it, or as a nominal
 *   modifier of the object when the gerund's object is coordinated (2-parse/repairs.ts
 *   `repairGerundAsAdjective`, lexicon `chargeVerbs`); a name read as the compound of a light
 *   verb's noun is its first object ("of giving Karel Brandt refuge");
 * - a nationality's intelligence service ("Indian intelligence", "Afghan intelligence agencies"):
 *   the service the nationality data names for that day (knowledge/nationalities.yaml
 *   `intelligence`, lexicon `intelligenceNouns`, `intelligenceHeads`);
 * - a state's organ named with the state's possessive ("Ostmark's Border Constabulary") is a
 *   member of that state's government whatever the clause around it states ("was planned with
 *   the help of …"): the name presupposes the tie (4-relations/roles.ts `possessedBody`);
 * - a name with a possessive inside it ("Lumen's trade office") matches its alias
 *   (3-mentions/alias-index.ts `matchAliasAt`), and the head of such a part of a government is a
 *   member of the government it belongs to, not its leader (emit.ts, knowledge `partOf`).
 * With near misses: an of-gerund under a verb that charges nobody ("spoke of attacking Front
 * units"), and a nationality with no intelligence service in the data; a denied act is kept with
 * status denied.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

/** Invented services under the ids the nationality data points to (their names are made up). */
const SERVICES: KnownActor[] = [
  { id: 'research-and-analysis-wing', name: 'Eastern Bureau', kind: 'SecurityForce', aliases: [] },
  { id: 'national-directorate-of-security', name: 'Northern Bureau', kind: 'SecurityForce', aliases: [] },
  { id: 'general-directorate-of-intelligence', name: 'Southern Bureau', kind: 'SecurityForce', aliases: [] },
];
const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'hill-mujahideen', name: 'Hill Mujahideen', kind: 'ArmedGroup', aliases: ['the Mujahideen'] },
  { id: 'border-constabulary', name: 'Border Constabulary', kind: 'SecurityForce', aliases: [] },
  ...SERVICES,
);
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a charge as an of/for gerund', () => {
  it('is the charged act, alleged, whatever the parser hung it on', async () => {
    await has('Valdoria accused Ostmark of sheltering Front fighters.', 'SHELTERS ostmark>front');
    await has('The Levy accused the Mujahideen of sheltering Front fighters.', 'SHELTERS hill-mujahideen>front');
    await has("Valdoria accuses Ostmark of sheltering the Front's leaders and fighters.", 'SHELTERS ostmark>front');
    await has("Valdoria accuses the Mujahideen of sheltering the Front's leadership and fighters.", 'SHELTERS hill-mujahideen>front');
    await has("Valdoria accused Ostmark of sheltering the Front's leadership, a charge Ostmark denies.", 'SHELTERS ostmark>front');
    await has('Valdoria accused the Levy of giving Karel Brandt refuge.', 'SHELTERS levy>karel-brandt');
    await has('Valdoria accused the Levy of providing Karel Brandt shelter.', 'SHELTERS levy>karel-brandt');
    await has('The Levy accuses Indian intelligence of giving Karel Brandt refuge.', 'SHELTERS research-and-analysis-wing>karel-brandt');
    await has('Valdoria blamed Ostmark for arming League fighters.', 'SUPPORTS ostmark>league');
    await has("Valdoria accuses Ostmark of sheltering the Front's leaders and fighters.", 'ACCUSES valdoria>ostmark');
    const status = await statusOf('Valdoria accused Ostmark of sheltering Front fighters.', 'SHELTERS ostmark>front');
    if (status !== 'alleged') throw new Error(`status ${status}`);
  });

  it('needs a verb of charging; a denied act is denied', async () => {
    await hasNot('Valdoria spoke of attacking Front units.', 'ATTACKS valdoria>front');
    await hasNot('Valdoria dreamt of arming League fighters.', 'SUPPORTS valdoria>league');
    expect(await statusOf('Ostmark denied sheltering Front fighters.', 'SHELTERS ostmark>front')).toBe('denied');
  });
});

describe("a nationality's intelligence service", () => {
  it('is the service the data names for the day', async () => {
    await has('Ostmark accuses Indian intelligence of arming the Front.', 'SUPPORTS research-and-analysis-wing>front');
    await has('Valdoria accuses Afghan intelligence of sheltering the League.', 'SHELTERS general-directorate-of-intelligence>league');
    await has(
      'Valdoria accuses Afghan intelligence of sheltering the League.',
      'SHELTERS national-directorate-of-security>league',
      '2019-01-01',
    );
    await has('Afghan intelligence agencies arrested Karel Brandt.', 'DETAINS general-directorate-of-intelligence>karel-brandt');
  });

  it('is no service where the data gives none, or on another day', async () => {
    await hasNot(
      'Valdoria accuses Afghan intelligence of sheltering the League.',
      'SHELTERS general-directorate-of-intelligence>league',
      '2019-01-01',
    );
    await hasNot('Qatari intelligence agencies arrested Karel Brandt.', 'DETAINS research-and-analysis-wing>karel-brandt');
    await hasNot('Afghan officials arrested Karel Brandt.', 'DETAINS general-directorate-of-intelligence>karel-brandt');
  });
});

describe("a state's organ named with its possessive", () => {
  it('is a member of the state whatever its clause states', async () => {
    await has("The raid was planned with the help of Ostmark's Border Constabulary.", 'MEMBER_OF border-constabulary>ostmark');
    await has(
      "Valdoria said the raid was planned with the help of Ostmark's Border Constabulary.",
      'MEMBER_OF border-constabulary>ostmark',
    );
    await has("Officers of Ostmark's Border Constabulary met the Front.", 'MEMBER_OF border-constabulary>ostmark');
  });

  it('needs a named organ', async () => {
    await hasNot("The raid was planned with the help of Ostmark's army.", 'MEMBER_OF levy>ostmark');
    await hasNot("The raid was planned with the help of Karel Brandt's Border Constabulary.", 'MEMBER_OF border-constabulary>karel-brandt');
  });
});

describe('a part of a government named with a possessive', () => {
  // invented names under the ids of a real government and its office (the office's partOf is knowledge)
  const PARTS = inventedActors(
    { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
    { id: 'taliban-political-office', name: 'Lumen trade office', kind: 'Government', aliases: ["Lumen's trade office"] },
    { id: 'afghan-taliban', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  );
  const parts = relationChecks(parser, PARTS);

  it('is matched whole, and its head is a member of the government', async () => {
    const text = "Lumen's trade office, headed by Karel Brandt, issued a statement.";
    const r = await extractArticle(text, { publishedAt: '2024-05-10', knownActors: PARTS, parser });
    if (!r.entities.some((e) => e.id === 'taliban-political-office')) throw new Error('office not found');
    await parts.has(text, 'MEMBER_OF karel-brandt>afghan-taliban');
    await parts.hasNot(text, 'LEADS karel-brandt>afghan-taliban');
  });
});
