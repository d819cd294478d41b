/**
 * The article's principal dyad, mediation with no parties named, contrast, reported threats and
 * culpability, and titles used as noun phrases — invented actors and sentences, real parser.
 * Each construction class has sentences that must yield the relation and near misses that must not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS: KnownActor[] = [
  { id: 'front', name: 'Red Crescent Front', kind: 'ArmedGroup', aliases: ['the Front'], fights: ['valdoria'] },
  { id: 'valdoria', name: 'Government of Valdoria', kind: 'Government', aliases: ['Valdorian government', 'Valdoria'] },
  { id: 'ostmark', name: 'Government of Ostmark', kind: 'Government', aliases: ['Ostmark government', 'Ostmark'] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  ...VALDORIAN_ARMY,
  {
    id: 'anton-reis',
    name: 'Anton Reis',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria-army', role: 'army chief (chief of army staff)', to: '2021-12-31' }],
  },
  {
    id: 'mira-holt',
    name: 'Mira Holt',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'ostmark', role: 'prime minister', from: '2020-01-01' }],
  },
  {
    id: 'lev-orlov',
    name: 'Lev Orlov',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria', role: 'prime minister', from: '2019-01-01' }],
  },
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: [] },
];

const rels = (text: string) => listRelations(parser, text, '2024-05-10', ACTORS);
const has = async (text: string, rel: string) => expect(await rels(text), text).toContain(rel);
const hasNot = async (text: string, rel: string) => expect(await rels(text), text).not.toContain(rel);

describe('"both sides" and a bare mediator refer to the article\'s principal dyad', () => {
  const clash = 'Valdoria shelled Ostmark on Monday. Ostmark accused Valdoria of aggression.';
  it('reads the dyad from the conflict relations reported so far', async () => {
    await has(`${clash} Lumen urged both sides to show restraint.`, 'DEMANDS lumen>valdoria');
    await has(`${clash} Lumen urged both sides to show restraint.`, 'DEMANDS lumen>ostmark');
    await has(`${clash} Lumen has been mediating between the two sides.`, 'MEDIATES lumen>ostmark');
    await has(`${clash} Ida Voss, an envoy of Lumen, acted as a mediator.`, 'MEDIATES ida-voss>valdoria');
    await has(`Valdoria and the Red Crescent Front held talks in May. The process has been mediated by Lumen.`, 'MEDIATES lumen>front');
  });

  it('does not invent a dyad, and a host with no parties mediates nothing', async () => {
    await hasNot('Lumen urged both sides to show restraint.', 'DEMANDS lumen>valdoria');
    await hasNot(`${clash} Lumen hosted a trade fair.`, 'MEDIATES lumen>valdoria');
    await hasNot(`${clash} Lumen oversaw the elections.`, 'MEDIATES lumen>ostmark');
  });
});

describe('a contrasted conjunct states nothing ("rather than", "instead of")', () => {
  it('keeps the first conjunct and drops the contrasted one', async () => {
    const talks = 'Valdoria and the Red Crescent Front held talks.';
    await has(`${talks} Lumen said it was mediating between the two sides rather than merely hosting them.`, 'MEDIATES lumen>front');
    await hasNot(`${talks} Lumen said it was mediating between the two sides rather than merely hosting them.`, 'SHELTERS lumen>front');
    await hasNot('Ostmark chose to negotiate with the Red Crescent Front rather than attack the Front.', 'ATTACKS ostmark>front');
  });
});

describe('reported threat: a warning or vow of a future hostile act', () => {
  it("reads the speaker threatening the act's target", async () => {
    await has('Ostmark warned that its army would pursue the Red Crescent Front relentlessly.', 'THREATENS ostmark>front');
    await has('Valdoria vowed that it will crush the Red Crescent Front.', 'THREATENS valdoria>front');
    await has('Lumen warned that troops would strike Ostmark if the raids continued.', 'THREATENS lumen>ostmark');
  });

  it('does not read a hope, a non-hostile act or plain speech as a threat', async () => {
    await hasNot('Ostmark hoped that its army would pursue the Red Crescent Front.', 'THREATENS ostmark>front');
    await hasNot('Ostmark warned that it would talk to the Red Crescent Front.', 'THREATENS ostmark>front');
    await hasNot('Ostmark said that its army would pursue the Red Crescent Front.', 'THREATENS ostmark>front');
  });
});

describe('reported culpability: "X said Y were involved in attacks"', () => {
  it('reads the speaker accusing the one held culpable', async () => {
    await has('Ostmark said the Red Crescent Front was involved in the bombing.', 'ACCUSES ostmark>front');
    await has('Valdoria stated that the Red Crescent Front was responsible for the blast.', 'ACCUSES valdoria>front');
  });

  it('does not read a non-culpable complement or a non-speech verb', async () => {
    await hasNot('Ostmark said the Red Crescent Front was active in the north.', 'ACCUSES ostmark>front');
    await hasNot('Ostmark hoped the Red Crescent Front was involved in the talks.', 'ACCUSES ostmark>front');
  });
});

describe("a title as a noun phrase is the office holder on the article's day", () => {
  it('resolves the title to the person holding the office then', async () => {
    await has(
      'Valdoria mourned the dead. The army chief said the Red Crescent Front would be crushed. He warned that the army would pursue the Front.',
      'THREATENS karel-brandt>front',
    );
    await has('Valdoria mourned the dead. The COAS accused the Red Crescent Front of the killings.', 'ACCUSES karel-brandt>front');
    await has('Valdoria mourned the dead. The prime minister accused the Red Crescent Front of the killings.', 'ACCUSES lev-orlov>front');
  });

  it('does not resolve an office held by someone else that day, or an ambiguous one', async () => {
    const old = await listRelations(
      parser,
      'Valdoria mourned the dead. The army chief accused the Red Crescent Front of the killings.',
      '2020-05-10',
      ACTORS,
    );
    expect(old).toContain('ACCUSES anton-reis>front');
    expect(old).not.toContain('ACCUSES karel-brandt>front');
    // two prime ministers, neither of the article's government
    await hasNot(
      'Lumen said so. Lumen said so again. The prime minister accused the Red Crescent Front of the killings.',
      'ACCUSES lev-orlov>front',
    );
  });
});

describe('locative frame: a fronted capital gives an office its government', () => {
  const clash = 'Valdoria shelled Ostmark on Monday. Ostmark accused Valdoria of aggression.';
  it("reads the spokesperson as speaking for the capital's government, and lifts what they say", async () => {
    await has(
      `${clash} In Doha, foreign ministry spokeswoman Lina Sarraf urged both sides to show restraint.`,
      'SPOKESPERSON_FOR lina-sarraf>qatar',
    );
    await has(`${clash} In Doha, foreign ministry spokeswoman Lina Sarraf urged both sides to show restraint.`, 'DEMANDS qatar>valdoria');
    await has(
      `${clash} In Tehran, a foreign ministry spokesman, Omid Karimi, urged Valdoria to stop.`,
      'SPOKESPERSON_FOR omid-karimi>iran',
    );
  });

  it('does not frame with a place after the role, or a place that stands for no government', async () => {
    await hasNot(`${clash} Foreign ministry spokeswoman Lina Sarraf spoke in Doha on Monday.`, 'SPOKESPERSON_FOR lina-sarraf>qatar');
    await hasNot(
      `${clash} In Atlantis, foreign ministry spokeswoman Lina Sarraf urged both sides to show restraint.`,
      'SPOKESPERSON_FOR lina-sarraf>qatar',
    );
  });
});

describe('exchange light verbs state the relation both ways ("traded accusations", "exchanged fire")', () => {
  it('reads coordinated subjects or a with-phrase as the two sides', async () => {
    const s = 'Valdoria and Ostmark traded accusations over the shelling on Monday.';
    await has(s, 'ACCUSES valdoria>ostmark');
    await has(s, 'ACCUSES ostmark>valdoria');
    await has('Valdoria traded accusations with Ostmark.', 'ACCUSES ostmark>valdoria');
    await has('Fighters of the Red Crescent Front exchanged fire with Valdoria near the border.', 'ATTACKS valdoria>front');
  });

  it('does not read an exchange of other things as a relation', async () => {
    await hasNot('Valdoria and Ostmark exchanged prisoners on Monday.', 'ATTACKS valdoria>ostmark');
    await hasNot('Valdoria and Ostmark exchanged prisoners on Monday.', 'ACCUSES valdoria>ostmark');
  });

  it('does not make the exchange verb the light verb of the event it is about', async () => {
    const s = 'The Levy attacked the Front on Monday. Valdoria and Ostmark traded accusations over the clashes.';
    await hasNot(s, 'ATTACKS valdoria>front');
    await hasNot(s, 'ATTACKS ostmark>front');
  });
});

describe('"the two countries" names the principal dyad like "the two sides"', () => {
  it('reads the dyad as the parties of talks', async () => {
    const clash = 'Valdoria shelled Ostmark on Monday. Ostmark accused Valdoria of aggression.';
    await has(`${clash} The crossing was reopened after talks between officials of the two countries.`, 'NEGOTIATES_WITH ostmark>valdoria');
    await hasNot('The crossing was reopened after talks between officials of the two countries.', 'NEGOTIATES_WITH ostmark>valdoria');
  });
});

describe('"stand with", "stand by", "side with" as support', () => {
  it('reads the phrasal verb with its preposition', async () => {
    await has('Lumen stood firmly with Valdoria after the attack.', 'SUPPORTS lumen>valdoria');
    await has('Lumen said it stands by Valdoria.', 'SUPPORTS lumen>valdoria');
    await hasNot('Lumen stood by the roadside as Valdoria passed.', 'SUPPORTS lumen>valdoria');
  });
});
