/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a country's abbreviation as a noun phrase ("The US has accused X"), not before a noun;
 * - culpability as "was to blame for" under a verb of saying, also with the subject read as the
 *   verb's object;
 * - a verb of saying read as the clausal subject of what it reports ("said X must explain");
 * - the as-phrase of an appointment hung on the person appointed;
 * - a headline compound verb that is really a noun phrase in object position;
 * - plotting an attack, and a body's employees as its stand-in;
 * - a whose-relative the parser read as an appositive (also after a role: "X, the commander whose
 *   network fights Y"), the person's network being the group they lead;
 * - a protest note as a document that speaks for the one who hands it.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks, TARNIA } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  ...TARNIA,
  // an invented government under the id the nationality data gives "US"
  { id: 'united-states', name: 'Western Commonwealth', kind: 'Government', aliases: [] },
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [], affiliation: 'front', role: 'founder' },
  { id: 'border-agency', name: 'Border Agency', kind: 'SecurityForce', aliases: ['the Agency'] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe("a country's abbreviation as a noun phrase", () => {
  it('names its government', async () => {
    await has('The US has accused Tomas Berg of arming the Front.', 'ACCUSES united-states>tomas-berg');
    await has('Valdoria and the US accused the Front of attacking the Levy.', 'ACCUSES united-states>front');
  });

  it('not when it shares a noun with a conjunct', async () => {
    await hasNot('The commander of US and Ostmark forces accused the Front of attacking the Levy.', 'ACCUSES united-states>front');
  });
});

describe('culpability as "to blame" under a verb of saying', () => {
  it('is an accusation by the speaker', async () => {
    await has('The Levy said Tomas Berg was to blame for the ambush.', 'ACCUSES levy>tomas-berg');
    await has('Ostmark said the League was to blame for the bombing.', 'ACCUSES ostmark>league');
  });

  it('not when negated, nor blame with an object', async () => {
    await hasNot('Ostmark said the League was not to blame for the bombing.', 'ACCUSES ostmark>league');
    await hasNot('Ostmark said it wanted to blame nobody.', 'ACCUSES ostmark>league');
  });
});

describe('a verb of saying read as the subject of its report', () => {
  it('heads the report again', async () => {
    await has('Tomas Berg said Ostmark must explain why it had struck at that moment.', 'DEMANDS tomas-berg>ostmark');
  });
});

describe('the role of an appointment hung on the person appointed', () => {
  it('is the role in the appointer', async () => {
    await has('The Front chose Tomas Berg, a senior commander, as interim chief.', 'LEADS tomas-berg>front');
  });

  it('not for a verb that appoints nobody', async () => {
    await hasNot('The Front praised Tomas Berg, a senior commander, as a hero.', 'LEADS tomas-berg>front');
  });
});

describe('a name and a noun before the object noun', () => {
  it('are one noun phrase, not a clause', async () => {
    await has('Tomas Berg warned that his party would block Ostmark supply convoys crossing the province.', 'THREATENS tomas-berg>ostmark');
  });
});

describe('plotting an attack; a body named by its employees', () => {
  it('plotting the attack is carrying it out', async () => {
    await has('Valdoria accused Tomas Berg of plotting the bombing that killed seven Levy officers.', 'ATTACKS tomas-berg>levy');
    await has(
      'Valdoria accused Tomas Berg of plotting the bombing that killed seven Agency employees.',
      'ATTACKS tomas-berg>border-agency',
    );
  });

  it('discussing it is not', async () => {
    await hasNot('Valdoria accused Tomas Berg of discussing the bombing that killed seven Levy officers.', 'ATTACKS tomas-berg>levy');
  });
});

describe('a whose-relative the parser read as an appositive', () => {
  it("is a relative clause; the person's group is the group they lead", async () => {
    const text = 'Tomas Berg, whose network fights Northern Levy in Tarnia, was not there.';
    await has(text, 'LEADS tomas-berg>front');
    await has(text, 'ATTACKS front>levy');
    const role = 'Ostmark struck a compound linked to Tomas Berg, the veteran commander whose network fights the Levy in the hills.';
    await has(role, 'ATTACKS front>levy');
  });

  it('not a possessed thing that is no body', async () => {
    await hasNot('Tomas Berg, whose house faces Northern Levy in Tarnia, was not there.', 'ATTACKS front>levy');
  });
});

describe('a protest note as a document', () => {
  it('speaks for the one who hands it', async () => {
    await has('Ostmark handed the Valdorian envoy a protest note demanding that Valdoria stop the shelling.', 'DEMANDS ostmark>valdoria');
  });
});
