/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a content clause hung on the noun of the speech verb's setting ("warned in an interview that
 *   X could strike Y") is the verb's complement;
 * - an it-cleft ("It was the Front that attacked X") focuses the clause's subject;
 * - the parties of a two-party noun past its post-modifiers ("talks now under way in X between A
 *   and B");
 * - a government described and named by its seat ("the interim government in X");
 * - a bare title in apposition ("Y, commander of X") names the holder of the title;
 * - a part owned by a description ("A and B, the movement's wing") is not owned by its own
 *   coordinated sibling;
 * - a second that-clause coordinated with a complement clause is also the complement of the
 *   verb of saying ("said X and that Y would strike Z");
 * - a fronted time phrase with no comma, fused by the parser with the subject's name ("On Tuesday
 *   General X, the Y's chief, told …", "Later in the week X, adviser to …, accused …");
 * - an appositive opened by "then" ("X, then the interior minister, accused …") keeps X the
 *   verb's subject;
 * - parties meeting as a body ("A, B and C met as the Contact Group") are its members, not
 *   negotiating with each other;
 * - lexicon entries: "press secretary" speaks for the body, "air cover" given is support.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [], affiliation: 'ostmark' },
  { id: 'tarn-school', name: 'Tarn Public School', kind: 'Organization', aliases: [] },
  { id: 'tarn-group', name: 'Tarn Contact Group', kind: 'Organization', aliases: ['the Contact Group'] },
);

const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a content clause on the setting of a speech verb', () => {
  it("is the verb's complement", async () => {
    await has(
      'Lev Orlov went further, warning in a television interview that Ostmark could strike Front hideouts.',
      'THREATENS lev-orlov>front',
    );
    await has('Lev Orlov warned in a radio interview that Ostmark would strike the Front.', 'THREATENS lev-orlov>front');
    await has('Lev Orlov said at a press conference that the Front had attacked the Levy.', 'ATTACKS front>levy');
    await has('Valdoria alleged in a statement on Monday that Ostmark funds the Front.', 'SUPPORTS ostmark>front');
    await has('Lev Orlov claimed in a long television interview that Ostmark shelters the Front.', 'SHELTERS ostmark>front');
  });

  it('not under a noun that is itself a claim, nor without a subject of its own', async () => {
    await hasNot('Lev Orlov fought in a war that Valdoria lost to the Front.', 'ATTACKS lev-orlov>front');
    await hasNot('Lev Orlov spoke in an interview that the Front had recorded.', 'ATTACKS front>levy');
    await hasNot('Lev Orlov travelled to a meeting that Valdoria had called.', 'THREATENS lev-orlov>valdoria');
  });
});

describe('an it-cleft', () => {
  it("makes the focused name the clause's subject", async () => {
    await has('It was the Front that attacked the Levy in 2014.', 'ATTACKS front>levy');
    await has('It was the Front that carried out the attack on the Tarn Public School.', 'ATTACKS front>tarn-school');
    await has('It is Ostmark that funds the Front, Valdoria said.', 'SUPPORTS ostmark>front');
    await has('It was the Amber League that sheltered the Front.', 'SHELTERS league>front');
    await has('It was Valdoria that accused the Front of the bombing.', 'ACCUSES valdoria>front');
  });

  it('not when the clause has a subject of its own, or the focus is no actor', async () => {
    await hasNot('It was the Front that the Levy attacked in 2014.', 'ATTACKS front>levy');
    await hasNot('It was a long war that the Front fought against the Levy.', 'ATTACKS levy>front');
    await hasNot('It was the Front that the Amber League sheltered.', 'SHELTERS front>league');
  });
});

describe('the parties of a two-party noun', () => {
  it('are its between-phrase past its post-modifiers', async () => {
    await has(
      'Ostmark welcomed the negotiations now under way in Belgrad between Valdoria and the Front.',
      'NEGOTIATES_WITH valdoria>front',
    );
    await has('Ostmark welcomed the talks held in Belgrad last week between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
    await has('Ostmark praised the dialogue under way in Belgrad between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
    await has('Ostmark hailed the ceasefire now in force in the north between Valdoria and the Front.', 'CEASEFIRE_WITH valdoria>front');
    await has('Ostmark backed the talks under way in the capital between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
  });

  it('not across a finite verb, nor for a noun of another relation', async () => {
    await hasNot('Talks failed in Belgrad, and fighting broke out between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
    await hasNot('Ostmark wanted talks, but war began in May between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
    await hasNot('Ostmark sent aid to the border region between Valdoria and the Front.', 'NEGOTIATES_WITH valdoria>front');
  });
});

describe('a government described and named by its seat', () => {
  it('is the government of the name after "in" / "of"', async () => {
    await has('Ostmark urged the interim government in Valdoria to act against the Front.', 'DEMANDS ostmark>valdoria');
    await has('Ostmark urged the government in Valdoria to act against the Front.', 'DEMANDS ostmark>valdoria');
    await has('Ostmark urged the new government of Valdoria to act against the Front.', 'DEMANDS ostmark>valdoria');
    await has('The Front attacked the caretaker government in Valdoria.', 'ATTACKS front>valdoria');
    await has('The Front accused the civilian government in Ostmark of betrayal.', 'ACCUSES front>ostmark');
  });

  it('not without a seat, and not a place no government governs', async () => {
    await hasNot('Ostmark urged the interim government to act against the Front.', 'DEMANDS ostmark>valdoria');
    await hasNot('Ostmark urged the government in Tarnow to act against the Front.', 'DEMANDS ostmark>valdoria');
    await hasNot('Ostmark urged the interim government in the north to act against the Front.', 'DEMANDS ostmark>valdoria');
  });
});

describe('a bare title in apposition', () => {
  it('names the holder of the title', async () => {
    await has('Ida Voss, commander of the Northern Levy, said the road was closed.', 'LEADS ida-voss>levy');
    await has('Ida Voss, commander of the Front, denied the claim.', 'LEADS ida-voss>front');
    await has('The Front said Ida Voss, commander of the Amber League, had died.', 'LEADS ida-voss>league');
    await has('Valdoria arrested Ida Voss, commander of the Front.', 'LEADS ida-voss>front');
    await has('Ida Voss, commander of the Northern Levy since May, visited the border.', 'LEADS ida-voss>levy');
  });

  it('not with an article, a narrowing word or a subordinate title', async () => {
    await hasNot('Ida Voss, a commander of the Northern Levy, said the road was closed.', 'LEADS ida-voss>levy');
    await hasNot('Ida Voss, deputy commander of the Northern Levy, said the road was closed.', 'LEADS ida-voss>levy');
    await hasNot('Ida Voss, one commander of the Front, denied the claim.', 'LEADS ida-voss>front');
  });
});

describe('a part owned by a description', () => {
  it('keeps a named owner', async () => {
    await has("The Amber League and the Northern Levy, the Front's armed wings, claimed the attack.", 'MEMBER_OF league>front');
    await has("The Amber League, the Front's armed wing, claimed the attack.", 'MEMBER_OF league>front');
  });

  it('is not owned by a sibling in its own coordination', async () => {
    await hasNot("Valdoria says it shelters the Amber League and the Front, the movement's most lethal wing.", 'MEMBER_OF front>league');
    await hasNot("Valdoria says it shelters the Amber League and the Front, the movement's most lethal wing.", 'MEMBER_OF league>front');
    await hasNot("Ostmark hosts the Front and the Amber League, the group's armed wing.", 'MEMBER_OF league>front');
  });
});

describe('lexicon: press secretaries and air cover', () => {
  it('a press secretary speaks for the body; air cover given is support', async () => {
    await has("Ida Voss, the Front's press secretary, said the road was closed.", 'SPOKESPERSON_FOR ida-voss>front');
    await has('Ostmark accused the Northern Levy of giving air cover to the Front.', 'SUPPORTS levy>front');
    await has('The Northern Levy provided air cover to the Front.', 'SUPPORTS levy>front');
  });

  it('not cover taken, nor a secretary of another kind', async () => {
    await hasNot('The Front took cover from the Levy in the hills.', 'SUPPORTS front>levy');
    await hasNot("Ida Voss, the Front's general secretary, said the road was closed.", 'SPOKESPERSON_FOR ida-voss>front');
    await hasNot('The Northern Levy gave the Front cover stories for the press.', 'SUPPORTS levy>front');
  });
});

describe('coordinated complement clauses', () => {
  it('are both complements of the verb of saying', async () => {
    await has(
      'The Front said its council had chosen Ida Voss as emir and that its war against Valdoria would go on.',
      'THREATENS front>valdoria',
    );
    await has(
      'Lev Orlov said the talks had failed and that Ostmark would strike the Front if it attacked again.',
      'THREATENS lev-orlov>front',
    );
    await has(
      'Ostmark said the Front had attacked the Levy and that the Amber League was responsible for the blast.',
      'ACCUSES ostmark>league',
    );
    await has('The Front said the truce was over and that its attacks on the Levy would continue.', 'THREATENS front>levy');
    await has('Valdoria said the talks were over and that the Amber League was behind the bombing.', 'ACCUSES valdoria>league');
  });

  it('not a coordinated verb of the first clause, without its own "that"', async () => {
    await hasNot('The Front said it had taken the town and its fighters would attack the Levy.', 'THREATENS front>levy');
    await hasNot('Valdoria said the talks were over and the Amber League was behind the bombing.', 'ACCUSES valdoria>league');
    await hasNot('An analyst said the talks had failed and that Ostmark would strike the Front.', 'THREATENS ostmark>front');
  });
});

describe('parties meeting as a body', () => {
  it('are its members', async () => {
    await has('Since January, Valdoria, Ostmark and the Amber League have met as the Tarn Contact Group.', 'MEMBER_OF ostmark>tarn-group');
    await has('Since January, Valdoria, Ostmark and the Amber League have met as the Tarn Contact Group.', 'MEMBER_OF league>tarn-group');
    await has('Valdoria and Ostmark gathered as the Tarn Contact Group in May.', 'MEMBER_OF valdoria>tarn-group');
    await has('Ostmark and the Levy convened as the Tarn Contact Group to plan the talks.', 'MEMBER_OF levy>tarn-group');
    await has('Valdoria and Ostmark sat as the Tarn Contact Group in Belgrad.', 'MEMBER_OF ostmark>tarn-group');
  });

  it('sitting in it together is no talks between them; meeting without a body still is', async () => {
    await hasNot(
      'Since January, Valdoria, Ostmark and the Amber League have met as the Tarn Contact Group.',
      'NEGOTIATES_WITH valdoria>ostmark',
    );
    await hasNot('Valdoria and Ostmark met as observers at the talks.', 'MEMBER_OF valdoria>tarn-group');
    await has('Valdoria and Ostmark met in Belgrad on Monday.', 'NEGOTIATES_WITH valdoria>ostmark');
  });
});

describe('a fronted time phrase fused with the subject', () => {
  it('leaves the name the subject and the comma phrase its appositive', async () => {
    await has("On Tuesday General Lev Orlov, the Front's chief, told Ostmark that the talks were over.", 'LEADS lev-orlov>front');
    await has("On Friday General Lev Orlov, the Front's chief, threatened the Levy with reprisals.", 'LEADS lev-orlov>front');
    await has("On Wednesday General Ida Voss, the Levy's commander, accused the Front of the bombing.", 'MEMBER_OF ida-voss>levy');
    await has(
      "Later in the week Ida Voss, adviser to the Front's leader, accused Ostmark of violating its sovereignty.",
      'ACCUSES ida-voss>ostmark',
    );
    await has(
      "Later in the week Ida Voss, adviser to the Front's leader, accused Ostmark of violating its sovereignty.",
      'MEMBER_OF ida-voss>front',
    );
  });

  it('not a list after the time phrase, nor a phrase that is no name', async () => {
    await hasNot('On Monday Valdoria, Ostmark, the Levy and the League met in Belgrad.', 'MEMBER_OF valdoria>ostmark');
    await hasNot('On Monday Valdoria, Ostmark, the Levy and the League met in Belgrad.', 'LEADS valdoria>ostmark');
    await hasNot("On Tuesday the Front's chief, Lev Orlov, said the Levy had attacked Ostmark.", 'ATTACKS front>ostmark');
  });
});

describe('an appositive opened by "then"', () => {
  it("keeps the name the verb's subject", async () => {
    await has('Lev Orlov, then the interior minister, accused the Front of the raid.', 'ACCUSES lev-orlov>front');
    await has('Lev Orlov, then the foreign minister, urged Valdoria to act against the Front.', 'DEMANDS lev-orlov>valdoria');
    await has('Ida Voss, then the interior minister, accused Valdoria of sheltering the Front.', 'ACCUSES ida-voss>valdoria');
    await has('Lev Orlov, then the defence minister, warned the Front that Ostmark would strike its camps.', 'THREATENS lev-orlov>front');
    await has('Ida Voss, then the army spokesman, threatened the Front with reprisals.', 'THREATENS ida-voss>front');
  });

  it('states no role that the phrase does not name', async () => {
    await hasNot('Lev Orlov, then a student in Tarnow, said the Front had attacked the Levy.', 'MEMBER_OF lev-orlov>front');
    await hasNot("Valdoria, then the Front's main rival, attacked the Levy.", 'MEMBER_OF valdoria>front');
    await hasNot("Lev Orlov, then the Front's fiercest critic, attacked the Levy.", 'LEADS lev-orlov>front');
  });
});
