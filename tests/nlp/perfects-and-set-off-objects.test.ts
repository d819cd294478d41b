/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a perfect interrupted by an adverbial ("has for months accused", "had, for years, sheltered",
 * "has since 2019 demanded"), which the parser reads with "have" as a main verb or a loose
 * dependent of the subject: 2-parse/clause-repairs.ts `repairInterruptedPerfect`;
 * - a second object set off by commas ("asked Ostmark, and Lumen, to act"), which the parser
 *   makes a conjunct of a verb: 2-parse/phrase-repairs.ts `repairObjectConjunctOnVerb`;
 * - a content clause's verb read as a plural noun ("the accusation that the Ostmark government
 *   shelters the Front"): 2-parse/phrase-repairs.ts `repairContentVerbAsPlural`;
 * - a prepositional verb's target hung on its object ("sought an explanation from Lumen"; DEMANDS
 *   "seek from"): 4-relations/verbal.ts `verbPhrases`;
 * - an addressee in a demand verb's own preposition that names no actor ("called on the
 *   authorities to stop Y") is still the addressee: Y is not (4-relations/verbal.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen'] });
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a perfect interrupted by an adverbial', () => {
  it('keeps the participle as the verb of the clause', async () => {
    await has('Valdoria has for months accused Ostmark of harbouring the Front.', 'ACCUSES valdoria>ostmark');
    await has('Lumen had, for years, sheltered the Front.', 'SHELTERS lumen>front');
    await has('Valdoria has since 2019 demanded that the Front disarm.', 'DEMANDS valdoria>front');
    await has('The Front has in the past attacked the Levy.', 'ATTACKS front>levy');
  });

  it('keeps the clause under a verb of saying', async () => {
    expect(await statusOf('Officials said Lumen had for years sheltered the Front.', 'SHELTERS lumen>front')).toBe('alleged');
  });
});

describe('a second object set off by commas', () => {
  it('is asked too, and the infinitive is what both are asked', async () => {
    await has('Valdoria has repeatedly asked Ostmark, and Lumen, to act against the Front.', 'DEMANDS valdoria>ostmark');
    await has('Valdoria has repeatedly asked Ostmark, and Lumen, to act against the Front.', 'DEMANDS valdoria>lumen');
    await has('Valdoria blamed the Front and has asked Ostmark, and Lumen, to act against it.', 'DEMANDS valdoria>lumen');
  });

  it('does not make the one acted against an addressee', async () => {
    await hasNot('Valdoria has repeatedly asked Ostmark, and Lumen, to act against the Front.', 'DEMANDS valdoria>front');
  });
});

describe('an unnamed addressee in the preposition of a demand verb', () => {
  it('keeps the infinitive’s object out of the demand', async () => {
    await hasNot('The Levy called on the authorities to stop the Front.', 'DEMANDS levy>front');
  });

  it('still reads a named addressee', async () => {
    await has('The Levy called on Lumen to stop the Front.', 'DEMANDS levy>lumen');
  });
});

describe("a content clause's verb read as a plural noun", () => {
  it('is the alleged clause of the report noun, and its owner accuses the subject', async () => {
    const text = "Talks stalled over Valdoria's accusation that the Ostmark government shelters the Front.";
    await has(text, 'ACCUSES valdoria>ostmark');
    expect(await statusOf(text, 'SHELTERS ostmark>front')).toBe('alleged');
  });

  it('needs a report noun before "that"', async () => {
    await hasNot('Valdoria said on Monday that the Ostmark government shelters the Front.', 'ACCUSES valdoria>ostmark');
  });
});

describe("a prepositional verb's target hung on its object", () => {
  it('is still the target', async () => {
    await has('Valdoria sought an explanation from Lumen over the border firing.', 'DEMANDS valdoria>lumen');
    await has('Valdoria sought help from Lumen against the Front.', 'DEMANDS valdoria>lumen');
  });

  it('needs the preposition of the verb', async () => {
    await hasNot('Ida Voss sought refuge in Lumen.', 'DEMANDS ida-voss>lumen');
    await hasNot('The Front sought to topple the Valdorian government.', 'DEMANDS front>valdoria');
  });
});
