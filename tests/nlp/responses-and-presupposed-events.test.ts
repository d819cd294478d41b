/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a response to the attack just reported ("the Levy returned fire", "fired back"): the
 *   responder attacks the attacker the article named last (4-relations/responses.ts, lexicon
 *   `responsePhrases`, `responseVerbs`);
 * - an event noun a presupposing governor takes ("vowed to avenge the killing of X by Y",
 *   "demanded an inquiry into the shelling of X"): the event happened whatever governs the
 *   governor (4-relations/factuality.ts, lexicon `presupposing`), and revenge is a threat
 *   against the one who did the avenged act (verbal.ts `controlledTargets`);
 * - an offer or demand owned by a nationality adjective ("rebuffed the American proposal"): the
 *   rejection's target is that state's government (verbal.ts `ownersOf`);
 * - a noun read as a verb after a name with an article ("A Front drone killed X"): the noun is the
 *   subject and the next verb the clause's verb (2-parse/clause-repairs.ts `nounBeforeVerb`);
 * - a generic force noun owned through an of-phrase ("security personnel of the Levy") names its
 *   owner (4-relations/arguments.ts `GENERIC`);
 * - a reported clause's subject read as the object of a verb of saying before a tensed auxiliary
 *   ("claimed the Front had carried out X") is the clause's subject (clause-repairs.ts
 *   `repairReportedSubjectAsObject`);
 * - an object pronoun is not its own clause's subject ("Valdoria froze its aid to Ostmark,
 *   accusing it of …": "it" is Ostmark; arguments.ts `disjointFromSubject`).
 * - punishment foretold in the passive ("the terrorists of the Front will be hunted down")
 *   threatens the clause's subject, an of-phrase owning the generic noun (lexicon
 *   `punishmentClauses`, arguments.ts `GENERIC`).
 * With near misses: a response with no attack before it, or too long after it; "any killing";
 * a rejected account that is no offer.
 */
import { afterAll, describe, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }, {
  id: 'united-states',
  name: 'United States government',
  kind: 'Government',
  aliases: ['Washington'],
} as KnownActor);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a response to the attack just reported', () => {
  it('attacks the attacker named last', async () => {
    await has('The Front attacked a Levy post at dawn. The Levy returned fire.', 'ATTACKS levy>front');
    await has('League gunmen stormed a checkpoint of the Levy on Friday. Two guards died. The Levy fired back.', 'ATTACKS levy>league');
    await has('The Front raided a Levy camp. Security personnel of the Levy immediately returned fire.', 'ATTACKS levy>front');
  });

  it('needs an attack reported shortly before, by another actor', async () => {
    await hasNot('The Levy returned fire.', 'ATTACKS levy>front');
    await hasNot(
      'The Front attacked Ostmark in May. Valdoria met Ostmark in June. Officials spoke. Reporters asked questions. The Levy returned fire.',
      'ATTACKS levy>front',
    );
    await hasNot('The Front attacked a Levy post at dawn. The Levy did not return fire.', 'ATTACKS levy>front');
  });

  it('keeps the attack for a later claim', async () => {
    await has('Gunmen attacked a Levy post at dawn. The Levy returned fire. The Front claimed responsibility.', 'ATTACKS front>levy');
  });
});

describe('an event a presupposing governor takes', () => {
  it('happened, and revenge for it threatens its doer', async () => {
    const text = 'The Front vowed to avenge the killing of Karel Brandt by the Levy.';
    await has(text, 'ATTACKS levy>karel-brandt');
    await has(text, 'THREATENS front>levy');
    await has('The Front demanded an inquiry into the killing of Karel Brandt by the Levy.', 'ATTACKS levy>karel-brandt');
    await has("The League vowed to retaliate for the Levy's raids.", 'THREATENS league>levy');
  });

  it('is no event when unspecific', async () => {
    await hasNot('The Front vowed to avenge any killing of its men by the Levy.', 'ATTACKS levy>front');
  });
});

describe('an offer owned by a nationality adjective', () => {
  it("is that state's", async () => {
    await has('Ostmark rebuffed the American proposal for joint patrols.', 'REJECTS ostmark>united-states');
    await has('The Front turned down an American offer of talks.', 'REJECTS front>united-states');
  });

  it('only when it is an offer, plan or demand', async () => {
    await hasNot('Ostmark rejected the American account of the raid.', 'REJECTS ostmark>united-states');
  });
});

describe('a noun read as a verb after a name', () => {
  it('is the subject of the next verb', async () => {
    await has('A Levy drone killed Karel Brandt near Dorn.', 'ATTACKS levy>karel-brandt');
    await has('A Levy drone killed Karel Brandt.', 'ATTACKS levy>karel-brandt');
  });
});

describe("a reported clause's subject read as the object", () => {
  it('is the subject of the clause after it', async () => {
    const text =
      "He is best known for a 2017 book on the movement's history in which he claimed the Front had carried out the 2007 assassination of Karel Brandt.";
    await has(text, 'ATTACKS front>karel-brandt');
  });
});

describe('an object pronoun', () => {
  it("is not its clause's subject", async () => {
    const text = 'Valdoria froze its aid to Ostmark, accusing it of sheltering the Front.';
    await has(text, 'SHELTERS ostmark>front');
    await hasNot(text, 'SHELTERS valdoria>front');
    await has('The Levy arrested Ida Voss in Dorn and later freed her.', 'RELEASES levy>ida-voss');
  });
});

describe('punishment foretold in the passive', () => {
  it("threatens the subject's owner", async () => {
    await has(
      'The Front bombed a Levy post. "The terrorists of the Front will be hunted down and brought to justice," the Levy said.',
      'THREATENS levy>front',
    );
    await has('The League raided Dorn. The Levy warned that the League would be destroyed.', 'THREATENS levy>league');
  });

  it('not when negated', async () => {
    await hasNot('The Levy said the Front would not be hunted down.', 'THREATENS levy>front');
  });
});
