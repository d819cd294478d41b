/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a reduced relative on an object read as a clause of its own ("agreed to maintain the
 *   ceasefire reached in Lumen earlier this month"): a past participle with no auxiliary, hung
 *   loose on a verb that lacks its object, modifies the noun right before it, which is that
 *   verb's object (2-parse/repairs.ts `looseObjectOf`);
 * - talks as the occasion of a clause ("A and B agreed to a ceasefire after six days of talks",
 *   "exchanged prisoners during talks hosted by X"): talks with no parties of their own are the
 *   talks of the clause's two subjects (4-relations/parties.ts `occasionOf`).
 * - an object relative pronoun stands for the noun its clause modifies ("the talks between A and
 *   B that X hosted"): X mediates them (4-relations/frame.ts `patientNodes`).
 * - a delegation named by its leader ("delegations led by Valdoria's interior minister, X, and the
 *   Front's deputy chief, Y, met"): each stands for the body its leader serves
 *   (4-relations/arguments.ts `delegationLeaders`);
 * - a fronted phrase the parser hangs on a participle inside the subject ("In talks hosted by X,
 *   delegations led by A and B agreed …"): it belongs to the subject's verb
 *   (2-parse/clause-repairs.ts `repairFrontedPhraseOnParticiple`).
 * - a joint act ("co-hosted", "co-mediated by X"): the predicate without its prefix
 *   (2-parse/dependency-graph.ts `withoutJointPrefix`); a participle with a by-phrase hung loose on
 *   the noun before it is that noun's reduced relative (clause-repairs.ts `repairLooseParticipleOnNoun`).
 * - a mediation verb whose clause states the talks ("Lumen arranged for X to meet Y"): it mediates
 *   between that clause's parties (4-relations/parties.ts `namedParties`).
 * With near misses: one subject, talks with their own parties, a relative clause whose verb
 * names no relation.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen'] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a reduced relative on the object of a verb', () => {
  it('leaves the noun the verb’s object', async () => {
    await has(
      'Valdoria and Ostmark have agreed to maintain the ceasefire reached in Lumen earlier this month, officials said on Thursday.',
      'CEASEFIRE_WITH valdoria>ostmark',
    );
    await has('Valdoria and the Front agreed to extend the truce arranged by elders in May.', 'CEASEFIRE_WITH valdoria>front');
  });
});

describe('talks as the occasion of a clause', () => {
  it('are the talks of the clause’s two subjects', async () => {
    await has('Valdoria and Ostmark agreed to a ceasefire after six days of talks in Lumen.', 'NEGOTIATES_WITH valdoria>ostmark');
    await has('Valdoria and the Front exchanged prisoners during talks hosted by Lumen.', 'NEGOTIATES_WITH valdoria>front');
    await has('Valdoria and the Front exchanged prisoners during talks hosted by Lumen.', 'MEDIATES lumen>front');
  });

  it('need two sides in the clause', async () => {
    await hasNot('Valdoria said after talks in Lumen that the Front had attacked the Levy.', 'NEGOTIATES_WITH valdoria>front');
    await hasNot('Valdoria said after talks in Lumen that the Front had attacked the Levy.', 'NEGOTIATES_WITH valdoria>lumen');
  });

  it('keep parties of their own', async () => {
    await has('Valdoria and the Front exchanged prisoners after talks between Lumen and the League.', 'NEGOTIATES_WITH lumen>league');
    await hasNot('Valdoria and the Front exchanged prisoners after talks between Lumen and the League.', 'NEGOTIATES_WITH valdoria>front');
  });
});

describe('an object relative pronoun', () => {
  it('stands for the noun its clause modifies', async () => {
    const text = 'Ostmark welcomed the talks between Valdoria and the Front that Lumen hosted through 2019.';
    await has(text, 'MEDIATES lumen>valdoria');
    await has(text, 'MEDIATES lumen>front');
  });

  it('adds nothing when the clause’s verb names no relation', async () => {
    await hasNot('Ostmark welcomed the talks between Valdoria and the Front that Lumen reported.', 'MEDIATES lumen>front');
  });
});

describe('a delegation named by its leader', () => {
  const text = "Delegations led by Valdoria's interior minister, Ida Voss, and the Front's deputy chief, Karel Brandt, met in Velm.";
  it('stands for the body its leader serves', async () => {
    await has(text, 'NEGOTIATES_WITH valdoria>front');
    await hasNot(text, 'NEGOTIATES_WITH ida-voss>karel-brandt');
  });

  it('stays unresolved when the leader serves no known body', async () => {
    await hasNot('A delegation led by Tomas Reyk met Karel Brandt in Velm.', 'NEGOTIATES_WITH front>tomas-reyk');
  });
});

describe('a fronted phrase hung on a participle of the subject', () => {
  it('belongs to the subject’s verb', async () => {
    const text =
      "In Velm, in talks hosted by Lumen, delegations led by Valdoria's interior minister, Ida Voss, and the Front's deputy chief, Karel Brandt, agreed to a truce.";
    await has(text, 'MEDIATES lumen>valdoria');
    await has(text, 'MEDIATES lumen>front');
    await has(text, 'CEASEFIRE_WITH valdoria>front');
  });
});

describe('a joint act and a loose reduced relative', () => {
  it('reads a co-prefixed verb as the verb, done together', async () => {
    await has('Lumen co-hosted the talks between Valdoria and the Front.', 'MEDIATES lumen>front');
  });

  it('hangs a participle with a by-phrase on the noun before it', async () => {
    const text =
      "In Velm, in talks hosted by Lumen and co-mediated by Ostmark, delegations led by Valdoria's interior minister, Ida Voss, and the Front's deputy chief, Karel Brandt, agreed to a truce.";
    await has(text, 'MEDIATES ostmark>valdoria');
    await has(text, 'MEDIATES lumen>front');
  });

  it('leaves a co- word the lexicon does not know as it is', async () => {
    await hasNot('Lumen co-authored a report on the talks between Valdoria and the Front.', 'MEDIATES lumen>front');
  });
});

describe('a mediation verb whose clause states the talks', () => {
  it('mediates between the clause’s parties', async () => {
    await has('Lumen arranged for Ida Voss to meet the Front.', 'MEDIATES lumen>front');
    await has('Lumen arranged for Ida Voss to meet the Front.', 'MEDIATES lumen>ida-voss');
  });

  it('needs a verb of talks in the clause', async () => {
    await hasNot('Lumen arranged for Ida Voss to visit the Front.', 'MEDIATES lumen>front');
  });
});
