/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - an object-control infinitive hung on a fronted phrase ("has for years pressed Ostmark to
 *   act": the parser hangs "to act" on "years"; 2-parse/clause-repairs.ts
 *   `repairInfinitiveOnFrontedPhrase`);
 * - a reduced relative read as a complement clause ("executed 23 soldiers held captive since
 *   2010"; clause-repairs.ts `repairReducedRelativeAsComplement`);
 * - a pronoun reporting its speaker ("the militants said they had executed the soldiers": the
 *   pronoun is the speaker; 4-relations/record.ts `reportingSpeaker`);
 * - a subordinate clause with a finite verb read as a prepositional phrase ("stalled after
 *   Front fighters said …"; 2-parse/repairs.ts `repairClauseAsPrepPhrase`).
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'border-guard', name: 'Border Guard', kind: 'SecurityForce', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('an object-control infinitive hung on a fronted phrase', () => {
  it("is the verb's complement, its subject the verb's object", async () => {
    await has('Valdoria has for years pressed Ostmark to act.', 'DEMANDS valdoria>ostmark');
    await has('Valdoria has for months urged Ostmark to expel the Front.', 'DEMANDS valdoria>ostmark');
    await has('The League has for weeks pressed Valdoria to free its fighters.', 'DEMANDS league>valdoria');
    await has('Karel Brandt had for days urged the Levy to withdraw.', 'DEMANDS karel-brandt>levy');
    await has('Ostmark has for a decade pressed Valdoria to close the camps.', 'DEMANDS ostmark>valdoria');
  });

  it('leaves an infinitive that belongs to its noun', async () => {
    await hasNot('Valdoria has for years lacked the means to press Ostmark.', 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria has for years had plans to urge Ostmark to act.', 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria has for years said that Ostmark failed to act.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a reduced relative read as a complement clause', () => {
  it('is a modifier of the object of a relation verb', async () => {
    await has('The Front executed 23 Border Guard soldiers held captive since 2010.', 'ATTACKS front>border-guard');
    await has('The Front killed two Levy officers kidnapped last year.', 'ATTACKS front>levy');
    await has('The League executed four Border Guard soldiers captured in May.', 'ATTACKS league>border-guard');
    await has('The Front freed nine Levy officers held since spring.', 'RELEASES front>levy');
    await has('The Front attacked Levy soldiers stationed near the border.', 'ATTACKS front>levy');
  });

  it('leaves a clause reported by a verb of saying', async () => {
    await hasNot('Valdoria said Front fighters attacked the Levy.', 'ATTACKS valdoria>levy');
    await hasNot('Valdoria confirmed Front fighters killed two Levy officers.', 'ATTACKS valdoria>levy');
    await has('Valdoria confirmed Front fighters killed two Levy officers.', 'ATTACKS front>levy');
  });
});

describe('a pronoun reporting its speaker', () => {
  it('is the speaker, also in a clause the parser read as a prepositional phrase', async () => {
    const talks = 'Talks between Valdoria and Ostmark opened in May. ';
    await has(
      `${talks}They stalled within weeks after Front fighters in Tarn said they had executed 23 Border Guard soldiers.`,
      'ATTACKS front>border-guard',
    );
    await hasNot(
      `${talks}They stalled within weeks after Front fighters in Tarn said they had executed 23 Border Guard soldiers.`,
      'ATTACKS ostmark>border-guard',
    );
    await has(
      `${talks}They stalled within weeks after League fighters in Tarn said they had ambushed 12 Border Guard soldiers.`,
      'ATTACKS league>border-guard',
    );
    await has(
      'Talks between Ostmark and Valdoria began in June. They collapsed within days after Front militants in Tarn said they had killed 9 Border Guard soldiers.',
      'ATTACKS front>border-guard',
    );
    await has(
      'Talks between Valdoria and the Levy opened in March. They broke down after Front fighters in Tarn said they had executed 30 Border Guard soldiers.',
      'ATTACKS front>border-guard',
    );
    await has('Valdoria and Ostmark met in May. The League said it had ambushed the Levy twice.', 'ATTACKS league>levy');
  });

  it('needs a speaker of the pronoun sort, and a subject pronoun', async () => {
    await hasNot('Ida Voss met Valdoria. Karel Brandt said it had attacked the Levy.', 'ATTACKS karel-brandt>levy');
    await hasNot('Valdoria met Ostmark. The Front said he had attacked the Levy.', 'ATTACKS front>levy');
    await hasNot('The Front said the Levy had attacked them.', 'ATTACKS front>front');
  });
});

describe('a finite subordinate clause read as a prepositional phrase', () => {
  it("takes the phrase as the clause's subject", async () => {
    await has('The talks stalled after the Front attacked the Levy.', 'ATTACKS front>levy');
    await has('Valdoria withdrew after Ostmark shelled the Levy.', 'ATTACKS ostmark>levy');
    await has('The truce collapsed before the League ambushed the Levy.', 'ATTACKS league>levy');
  });

  it('leaves a phrase with no verb after it', async () => {
    await hasNot('The talks stalled after the attack, and Valdoria blamed Ostmark.', 'ATTACKS valdoria>levy');
    await hasNot('The Levy withdrew after the Front attack on Ostmark.', 'ATTACKS levy>ostmark');
    await hasNot('Valdoria withdrew after Ostmark, which shelled the Levy, refused talks.', 'ATTACKS valdoria>levy');
  });
});
