/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - "the government" is the article's dominant government, and the places the article is set in
 *   count (less than a named government) for the government of their state (article-state.ts
 *   `countGovernments`, knowledge `country` and `governs`);
 * - a past-tense verb coordinated after a gerund complement ("accused X of having no plan and
 *   called on Y to …") is coordinated with the main verb and shares its subject
 *   (2-parse/clause-repairs.ts `repairConjunctAfterGerund`);
 * - a name read as the subject of a to-infinitive after a lower-case modifier ("called on A and
 *   the caretaker B government to act") heads its noun phrase, and the infinitive is the verb's
 *   complement (clause-repairs.ts `repairNameAsInfinitiveSubject`);
 * - a nationality abbreviation the tokenizer splits ("U.S.") with force modifiers ("U.S. special
 *   forces", "Valdorian paramilitary forces") names the state's forces (3-mentions/mentions.ts
 *   `dottedAt`, lexicon-names.ts `NATIONALITY_MODIFIERS`);
 * - a definite group description in apposition to a name ("the League, the outfit led by X,")
 *   describes that name, not an earlier group (3-mentions/anaphora.ts `appositionAnchor`).
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';
import type { KnownActor } from '../../src/knowledge/actors.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdoria'], governs: 'valdoria-land' } as KnownActor,
  { id: 'valdoria-land', name: 'Valdoria Land', kind: 'Location', aliases: [] },
  { id: 'velm', name: 'Velm', kind: 'Location', aliases: [], country: 'valdoria-land' },
  { id: 'brisk', name: 'Brisk', kind: 'Location', aliases: [], country: 'valdoria-land' },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('"the government" in an article set in a state', () => {
  it("is that state's government, though another is named more often", async () => {
    await has(
      'A bomb killed nine people at a market in Velm on Monday. Ostmark condemned the blast. Police in Brisk and Velm arrested two suspects. Ostmark offered help to the families in Velm and Brisk. Karel Brandt accused the government of failing to protect Velm.',
      'ACCUSES karel-brandt>valdoria',
    );
    await has(
      'Shops stayed shut in Velm and Brisk. Ostmark called for calm. Traders in Velm, Brisk and Velm again protested. Karel Brandt urged the government to reopen the roads.',
      'DEMANDS karel-brandt>valdoria',
    );
    await has(
      'Floods cut roads around Velm and Brisk. Ostmark sent a team to Velm. Residents of Brisk fled. Karel Brandt accused the government of abandoning them.',
      'ACCUSES karel-brandt>valdoria',
    );
  });

  it('stays the government named most when places are few', async () => {
    await hasNot(
      'Ostmark condemned the blast in Velm. Ostmark sent aid. Ostmark sent doctors. Karel Brandt accused the government of failing the victims.',
      'ACCUSES karel-brandt>valdoria',
    );
    await hasNot(
      'A bomb killed nine people at a market on Monday. Ostmark condemned the blast. Police arrested two suspects. Ostmark offered help to the families. Karel Brandt accused the government of failing to protect them.',
      'ACCUSES karel-brandt>valdoria',
    );
  });
});

describe('a past-tense verb coordinated after a gerund complement', () => {
  it("is the main clause's, with its subject", async () => {
    await has(
      'Karel Brandt accused the Levy of having no plan and called on Valdoria to take parliament into confidence.',
      'DEMANDS karel-brandt>valdoria',
    );
    await hasNot(
      'Karel Brandt accused the Levy of having no plan and called on Valdoria to take parliament into confidence.',
      'DEMANDS levy>valdoria',
    );
    await has('Karel Brandt blamed Ostmark for ignoring the warnings and urged Valdoria to act.', 'DEMANDS karel-brandt>valdoria');
    await has('Karel Brandt accused the Front of breaking the truce and warned the League to stay away.', 'THREATENS karel-brandt>league');
  });

  it('leaves a coordinated gerund with the gerund', async () => {
    await has('Karel Brandt accused the Levy of sheltering the Front and arming the League.', 'SUPPORTS levy>league');
    await hasNot('Karel Brandt accused the Levy of sheltering the Front and arming the League.', 'SUPPORTS karel-brandt>league');
  });
});

describe('a name read as the subject of a to-infinitive', () => {
  it('heads its noun phrase; the infinitive is what was asked', async () => {
    await has(
      'Karel Brandt called on Ostmark and the caretaker Valdoria government to find and punish those responsible.',
      'DEMANDS karel-brandt>valdoria',
    );
    await has(
      'Karel Brandt called on Ostmark and the caretaker Valdoria government to find and punish those responsible.',
      'DEMANDS karel-brandt>ostmark',
    );
    await has('Karel Brandt urged Ostmark and the interim Valdoria government to free the prisoners.', 'DEMANDS karel-brandt>valdoria');
    await has('Karel Brandt asked the provincial Ostmark government to free the prisoners.', 'DEMANDS karel-brandt>ostmark');
  });

  it('is no demand in a finite reported clause', async () => {
    await hasNot('Karel Brandt said the caretaker Ostmark government would free the prisoners.', 'DEMANDS karel-brandt>ostmark');
  });
});

describe('a group description in apposition to a name', () => {
  it('describes that name', async () => {
    await has('The Front praised the League, the faction headed by Karel Brandt.', 'LEADS karel-brandt>league');
    await has('The Front said the League, the outfit led by Karel Brandt, had joined it.', 'LEADS karel-brandt>league');
    await has('The Front said the League, the outfit led by Karel Brandt, had joined it.', 'MEMBER_OF league>front');
    await has('Valdoria accused the League, the group that bombed the Levy, of lying.', 'ATTACKS league>levy');
    await has('Ida Voss met the League, the movement led by Karel Brandt, in May.', 'LEADS karel-brandt>league');
  });

  it('is not another group it would reach back to', async () => {
    await hasNot('The Front praised the League, the faction headed by Karel Brandt.', 'LEADS karel-brandt>front');
    await hasNot('The Front praised the League, the faction headed by Karel Brandt.', 'MEMBER_OF league>front');
    await hasNot('The Front said the League, the outfit led by Karel Brandt, had joined it.', 'LEADS karel-brandt>front');
  });

  it("leaves a possessive description an anaphor ('the group's spokesman')", async () => {
    await has("The League attacked the Levy. Karel Brandt, the group's spokesman, confirmed it.", 'SPOKESPERSON_FOR karel-brandt>league');
  });
});

describe('a nationality with force modifiers', () => {
  const usForces = { id: 'us-forces', name: 'U.S. forces', kind: 'SecurityForce', aliases: ['US forces'] } as KnownActor;
  const checks = relationChecks(
    parser,
    inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }, usForces),
  );

  it("names the state's forces", async () => {
    await checks.has('Karel Brandt was killed by U.S. special forces in May.', 'ATTACKS us-forces>karel-brandt');
    await checks.has('U.S. special forces raided the Front camp.', 'ATTACKS us-forces>front');
    await checks.has('American paramilitary forces attacked the Front.', 'ATTACKS us-forces>front');
    await checks.has('U.S. elite forces killed Karel Brandt.', 'ATTACKS us-forces>karel-brandt');
    await checks.has('Karel Brandt was captured by U.S. forces.', 'DETAINS us-forces>karel-brandt');
  });

  it('needs a force noun after the modifiers', async () => {
    await checks.hasNot('U.S. special envoys met the Front.', 'NEGOTIATES_WITH us-forces>front');
    await checks.hasNot('The U.S. special report blamed the Front.', 'ACCUSES us-forces>front');
    await checks.hasNot('American armed drones are feared.', 'ATTACKS us-forces>front');
  });
});
