/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a leading role narrowed to one function of the body ("the Front's political chief", "its
 *   media head") is membership, not leadership (lexicon `chapterWords`);
 * - a conjunct verb before the object shares it with the first verb ("killed and arrested Front
 *   members"; 4-relations/frame.ts `patientNodes`);
 * - a person in apposition to the of-phrase of a person noun ("the bishop of the city, X,") is
 *   what the person noun stands for (4-relations/arguments.ts `roleHolderInOfPhrase`, lexicon
 *   `personNouns`);
 * - an unknown two-word name opening with a common English given name ("Humphrey Varn") is a
 *   person (lexicon given-names.yaml);
 * - a document as a verb's subject ("The statement accused X of …") speaks for the article's last
 *   speaker (4-relations/statements.ts, lexicon `documentNouns`);
 * - a negated noun under its light verb ("made no threat against X") states nothing (nominal.ts);
 * - a named armed group or party with a person in its of-phrase ("the League of Karel Brandt") is
 *   led by that person (4-relations/roles.ts `bodyOfPerson`);
 * - a successor with no role of their own takes the predecessor's leading roles ("the Front chose
 *   X to succeed him"; roles.ts `succeeded`), "him" being the predecessor, not the successor
 *   (an object pronoun is not its clause's subject: arguments.ts `disjointFromSubject`);
 * - a subject relative pronoun read as the object ("X, who had long served as Y's deputy,") is
 *   the relative clause's subject (2-parse/clause-repairs.ts `repairSubjectPronounAsObject`);
 * - an as-phrase of a verb with an object that is no role verb ("passed them off as militants",
 *   "sent X as its envoy") describes the object (roles.ts, lexicon `asVerbs`);
 * - an appointment with no body on its role ("the Front named X as interim chief"): the role is
 *   held in the appointer (4-relations/roles.ts `emitRole`'s appointer).
 * With near misses: the body's own chief; a conjunct verb with an object of its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] });
const { has, hasNot, rels } = relationChecks(parser, ACTORS);

describe('a leading role narrowed to a function of the body', () => {
  it('is membership', async () => {
    await has("Karel Brandt, the Front's political chief, met Valdorian envoys.", 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, the Front's political chief, met Valdorian envoys.", 'LEADS karel-brandt>front');
    await has('Karel Brandt, the media head of the League, denied the report.', 'MEMBER_OF karel-brandt>league');
  });

  it("leaves the body's own chief its leader", async () => {
    await has("Karel Brandt, the Front's chief, met Valdorian envoys.", 'LEADS karel-brandt>front');
  });
});

describe('a conjunct verb before the object', () => {
  it("shares the first verb's object", async () => {
    await has('The Levy killed and arrested Front members near Dorn.', 'DETAINS levy>front');
    await has('The Levy raided a Front hideout, killing and arresting dozens of League members.', 'DETAINS levy>league');
  });

  it('keeps an object of its own', async () => {
    await hasNot('The Levy killed Front members and arrested two farmers.', 'DETAINS levy>front');
  });
});

describe('a person in apposition to the of-phrase of a person noun', () => {
  it('is who the person noun stands for', async () => {
    await has('In Dorn, the bishop of the city, Karel Brandt, called on Valdoria to protect churches.', 'DEMANDS karel-brandt>valdoria');
  });
});

describe('an unknown name opening with a common English given name', () => {
  it('is a person', async () => {
    await has('Humphrey Varn, a bishop, urged Valdoria to protect churches.', 'DEMANDS humphrey-varn>valdoria');
    expect(await rels('Raymond Oster, a lawyer, urged the Front to free the hostages.')).toContain('DEMANDS raymond-oster>front');
  });
});

describe('a document as subject', () => {
  it("speaks for the article's last speaker", async () => {
    await has(
      'The Front announced that it would end the truce. The statement accused the Levy of killing civilians.',
      'ACCUSES front>levy',
    );
    await has(
      'The League said on Monday it had freed two hostages. The communique further alleged that the Levy had carried out raids in Dorn.',
      'ACCUSES league>levy',
    );
  });

  it('needs a speaker shortly before', async () => {
    await hasNot('Valdoria met Ostmark in Dorn. The statement accused the Levy of killing civilians.', 'ACCUSES valdoria>levy');
    await hasNot('Valdoria met Ostmark in Dorn. The statement accused the Levy of killing civilians.', 'ACCUSES ostmark>levy');
  });
});

describe('a negated noun under its light verb', () => {
  it('states nothing', async () => {
    await hasNot('The Front made no threat against Valdoria.', 'THREATENS front>valdoria');
    await has('The Front made threats against Valdoria.', 'THREATENS front>valdoria');
  });
});

describe('a named group with a person in its of-phrase', () => {
  it('is led by that person', async () => {
    await has('Fighters of the Front of Karel Brandt attacked the Levy.', 'LEADS karel-brandt>front');
    await has('The League of Karel Brandt signed a truce with Valdoria.', 'LEADS karel-brandt>league');
  });

  it('not a government', async () => {
    await hasNot('Valdoria of Karel Brandt met Ostmark.', 'LEADS karel-brandt>valdoria');
  });
});

describe('a successor', () => {
  it("takes the predecessor's leading roles", async () => {
    await has('Karel Brandt, the leader of the Front, died. The Front chose Ida Voss to succeed him.', 'LEADS ida-voss>front');
    await has('Karel Brandt leads the Front. Ida Voss succeeded him.', 'LEADS ida-voss>front');
  });

  it('keeps a role of their own', async () => {
    await hasNot('Karel Brandt leads the Front. Ida Voss replaced him as spokesman.', 'LEADS ida-voss>front');
  });
});

describe('a subject relative pronoun read as the object', () => {
  it("is the relative clause's subject", async () => {
    await has("Karel Brandt leads the Front. Ida Voss, who had long served as Karel Brandt's deputy, spoke.", 'MEMBER_OF ida-voss>front');
  });
});

describe('an as-phrase of a verb with an object', () => {
  it('describes the object', async () => {
    await has('The Front sent Karel Brandt to Dorn as its envoy.', 'MEMBER_OF karel-brandt>front');
  });

  it('describes the subject of a role verb', async () => {
    await has('Ida Voss served the Front as its spokesman.', 'SPOKESPERSON_FOR ida-voss>front');
  });
});

describe('an appointment with no body on its role', () => {
  it("is held in the appointer's body", async () => {
    await has('The Front named Karel Brandt as interim chief.', 'LEADS karel-brandt>front');
    await has('Valdoria appointed Karel Brandt as ambassador.', 'MEMBER_OF karel-brandt>valdoria');
  });

  it('needs a role', async () => {
    await hasNot('Valdoria named Karel Brandt as a suspect.', 'MEMBER_OF karel-brandt>valdoria');
    await hasNot('The Front described Karel Brandt as a traitor.', 'MEMBER_OF karel-brandt>front');
  });
});
