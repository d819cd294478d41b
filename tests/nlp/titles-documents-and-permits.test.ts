/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - a portfolio title: any capitalised word before "Minister" or "Secretary" is a title word, not
 *   part of the name ("Law Minister X"; 3-mentions/lexicon-names.ts `isTitleWordAt`); an unlisted
 *   first name before a listed given name belongs to the name ("Judge Rafaqat Ahmad X";
 *   3-mentions/propose-actor.ts `inferKind`);
 * - a main verb swallowed by a relative clause: "The team, which included A, B and C, held talks
 *   with X", "Responsibility for the attack, which killed A and B who …, was claimed by X"
 *   (2-parse/clause-repairs.ts `repairMainVerbInRelative`);
 * - a name read as the last phrase of a two-word title: "Inspector General of the Levy X"
 *   (clause-repairs.ts `repairNameInTitlePhrase`);
 * - a descriptive appositive after a bracketed acronym gives the name its kind: "X (XY), a
 *   political party led by Y" (3-mentions/propose-actor.ts `appositiveKind`);
 * - a second role with a body of its own: "Chief Minister X, a senior figure in the League"
 *   (4-relations/roles.ts `matchRoles`);
 * - a document's issuer: "the Front issued a statement", "in a statement, X …" make the issuer the
 *   one a later "the statement" (or an "it" continuing it) speaks for (4-relations/statements.ts,
 *   3-mentions/anaphora.ts `continuesDocument`);
 * - a section number before a sentence is no word of it (2-parse/mask-names.ts);
 * - an unnamed helper of a group ("a suspected Front facilitator") stands for the group (lexicon `standIns`);
 * - a bare infinitive read as a noun after "let" ("letting the Front shelter in its hills";
 *   clause-repairs.ts `repairBareInfinitiveAsNoun`), and a place lent "as a base" (lexicon
 *   predicates, the territory entry);
 * - the subject read into a long fronted phrase ("In a statement issued after the raid, X, the
 *   Front's spokesman, accused …"; clause-repairs.ts `repairSubjectInFrontedPhrase`).
 * - a purpose clause after a thing given: "Ostmark sent aid to help Valdoria" is Ostmark's purpose
 *   (4-relations/frame.ts `thingGiven`, lexicon `givingVerbs`);
 * - serving or fighting "in the ranks of" a body is membership (roles.ts `matchRoleVerb`, lexicon `unitNouns`).
 * - a title before the body and the name ("Ameer <Party> Maulana X", Urdu-press order; roles.ts
 *   `emitRole`), and a party named with its faction letter in brackets ("… (K)"; 3-mentions/alias-index.ts).
 * - an of-gerund hung on the last of coordinated objects is all of theirs: "accused Ostmark and the
 *   League of backing X" (4-relations/frame.ts `agentNodes`);
 * - people described as a group's members stand for the group: "detained four men it described as
 *   members of X" (4-relations/arguments.ts, lexicon `describingVerbs`).
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'tarn', name: 'Tarn', kind: 'Location', aliases: [] },
  { id: 'tarn-police', name: 'Tarn Police', kind: 'SecurityForce', aliases: ['Tarn police'] },
  // an invented government under the id the nationality data gives "Uzbek"
  { id: 'uzbekistan', name: 'Government of Eastland', kind: 'Government', aliases: [] },
  { id: 'unity-k', name: 'Tarn Unity Party (K)', kind: 'PoliticalParty', aliases: ['TUP-K'] },
);
const { has, hasNot, statusOf, entityNames } = relationChecks(parser, ACTORS);

describe('a portfolio title', () => {
  it('is not part of the name after it', async () => {
    const names = await entityNames(
      'The team, which included Law Minister Aftab Kerrow, Barrister Jon Saif, Chief Secretary Nadim Aslam Kerrow and two generals, held meetings with the Front in Tarn.',
    );
    expect(names).toContain('Aftab Kerrow');
    expect(names).not.toContain('Law Minister Aftab Kerrow');
  });

  it('leaves an unlisted first name before a listed given name in the name', async () => {
    expect(await entityNames('The blast killed Judge Rafaqat Ahmad Kerrow and a lawyer.')).toContain('Rafaqat Ahmad Kerrow');
    expect(await entityNames('On Monday Ahmad Kerrow said the Front had attacked the Levy.')).toContain('Ahmad Kerrow');
  });

  it('leaves a capitalised word before another noun in the name', async () => {
    expect(await entityNames('The Health Workers Union condemned the attack.')).toContain('Health Workers Union');
  });
});

describe('a main verb swallowed by a relative clause', () => {
  it('is the verb of the noun the clause describes', async () => {
    const text =
      'The Uzbek delegation, which included Interior Minister Rafiq Alam, Chief Secretary Ida Voss and Karel Brandt, held talks with the Front.';
    await has(text, 'NEGOTIATES_WITH uzbekistan>front');
    await hasNot(text, 'NEGOTIATES_WITH front>valdoria');
  });

  it('is also a passive verb after a relative clause with a relative clause of its own', async () => {
    const text =
      'Responsibility for the attack, which killed Judge Karel Brandt and a young lawyer who had barely begun her practice, was claimed within hours by the Front.';
    await has(text, 'ATTACKS front>karel-brandt');
  });

  it('leaves a relative clause with its own verb alone', async () => {
    const text = 'The delegation, which the Front had invited, held talks with the Levy.';
    await hasNot(text, 'NEGOTIATES_WITH front>levy');
  });
});

describe('a name after a two-word title with an of-phrase', () => {
  it('holds the title in the of-phrase body', async () => {
    await has('The talks were attended by Inspector General of the Northern Levy Karel Brandt.', 'LEADS karel-brandt>levy');
  });
});

describe('an appositive after a bracketed acronym', () => {
  it('gives the name its kind', async () => {
    const text = 'Amber Circle Wahdat (ACW), a Valdorian political party led by Karel Brandt, staged sit-ins in the capital.';
    expect(await entityNames(text)).toContain('Amber Circle Wahdat');
    await has(text, 'LEADS karel-brandt>amber-circle-wahdat');
  });
});

describe('a second role with a body of its own', () => {
  it('is recorded beside the title', async () => {
    const text = 'Levy Commander Karel Brandt, a senior figure in the Amber League, condemned the attack.';
    await has(text, 'MEMBER_OF karel-brandt>league');
  });

  it('is not recorded twice for the same body', async () => {
    const rels = await relationChecks(parser, ACTORS).rels("Commander Karel Brandt, the League's chief, condemned the attack.");
    expect(rels).toContain('LEADS karel-brandt>league');
    expect(rels).not.toContain('MEMBER_OF karel-brandt>league');
  });
});

describe('a document speaking for its issuer', () => {
  it('is the issuer of "issued a statement" and of "in a statement"', async () => {
    await has('The Front issued a statement on Monday. The statement accused Ostmark of spying.', 'ACCUSES front>ostmark');
    await has(
      "In a statement, Karel Brandt, the Front's spokesman, described the raid as a plot. The statement accused Ostmark of spying.",
      'ACCUSES front>ostmark',
    );
  });

  it('is continued by a sentence-initial "it", past a section number', async () => {
    const text =
      'The Front issued a statement on Monday. The statement accused Ostmark of spying.\n4.2 It warned the Levy to keep away from its areas.';
    await has(text, 'THREATENS front>levy');
    await hasNot(text, 'THREATENS ostmark>levy');
  });

  it('speaks for nobody without an issuer', async () => {
    await hasNot('The statement accused Ostmark of spying.', 'ACCUSES front>ostmark');
  });
});

describe('a section number', () => {
  it('does not become the subject', async () => {
    const text =
      "4.1 In a statement, Karel Brandt, the Front's spokesman, described the raid as a plot. The statement accused Ostmark of spying.";
    await has(text, 'ACCUSES front>ostmark');
  });
});

describe('an unnamed helper of a group', () => {
  it('stands for the group', async () => {
    await has('The Levy said it had picked up a suspected Front facilitator.', 'DETAINS levy>front');
    await has('The Levy arrested two League financiers on Monday.', 'DETAINS levy>league');
  });
});

describe('refuge permitted', () => {
  it('reads a bare infinitive after "let" as the verb', async () => {
    const text = 'Valdoria accused Ostmark of letting the Front shelter in its hills.';
    expect(await statusOf(text, 'SHELTERS ostmark>front')).toBe('alleged');
  });

  it('reads a place lent "as a base"', async () => {
    const text = 'Valdoria accused Ostmark of allowing the Front to use its provinces as a base.';
    expect(await statusOf(text, 'SHELTERS ostmark>front')).toBe('alleged');
  });

  it('needs a verb of permitting', async () => {
    await hasNot('The Front used the hills as a base.', 'SHELTERS valdoria>front');
    await hasNot('Valdoria watched the Front shelter in the hills.', 'SHELTERS valdoria>front');
  });
});

describe('the subject read into a fronted phrase', () => {
  it('is the subject of the verb after it', async () => {
    const text =
      "In a statement circulated to journalists in the week after the Tarn scare, Karel Brandt, the Front's spokesman, described the campaign as a plot. The statement accused Ostmark of spying.";
    await has(text, 'ACCUSES front>ostmark');
  });

  it('keeps a real coordination in the phrase', async () => {
    const text = 'After talks with Ostmark and the League, Valdoria accused the Front of bad faith.';
    await has(text, 'ACCUSES valdoria>front');
    await hasNot(text, 'ACCUSES league>front');
  });
});

describe('a purpose clause after a thing given', () => {
  it("is the giver's purpose", async () => {
    await has('Ostmark sent aid to help Valdoria.', 'SUPPORTS ostmark>valdoria');
    await has('Ostmark provided weapons to help the League.', 'SUPPORTS ostmark>league');
  });

  it('is no act for a decision or a plan', async () => {
    await hasNot('Ostmark took the decision to attack the Front.', 'ATTACKS ostmark>front');
    await hasNot('Ostmark drew up a plan to attack the Front.', 'ATTACKS ostmark>front');
  });
});

describe('the ranks of a body', () => {
  it('make one who serves or fights in them a member', async () => {
    await has('Karel Brandt served in the ranks of the Front in the late 1990s.', 'MEMBER_OF karel-brandt>front');
    await has('Karel Brandt fought in the ranks of the League against the Levy.', 'MEMBER_OF karel-brandt>league');
  });

  it('are no place one fights in', async () => {
    const text = 'Karel Brandt fought in Tarn for years.';
    expect((await relationChecks(parser, ACTORS).rels(text)).some((r) => r.startsWith('MEMBER_OF'))).toBe(false);
  });
});

describe('a title before the body and the name', () => {
  it('places the named person at the head of the body between', async () => {
    await has('The conference was attended by Ameer Amber League Maulana Karel Brandt.', 'LEADS karel-brandt>league');
    await has('The conference was attended by Ameer Tarn Unity Party (K) Maulana Karel Brandt.', 'LEADS karel-brandt>unity-k');
  });

  it('needs the body between the title and the name', async () => {
    await hasNot('The conference was attended by Ameer Karel Brandt of Tarn and the Amber League.', 'LEADS karel-brandt>league');
  });
});

describe('a faction letter in brackets', () => {
  it('names the faction the knowledge base lists', async () => {
    expect(await entityNames('The Tarn Unity Party (K) held a rally in the capital.')).toContain('Tarn Unity Party (K)');
  });
});

describe('an of-gerund after coordinated objects', () => {
  it('belongs to each of them', async () => {
    const text = 'Valdoria accused Ostmark and the League of backing the Front.';
    expect(await statusOf(text, 'SUPPORTS ostmark>front')).toBe('alleged');
    expect(await statusOf(text, 'SUPPORTS league>front')).toBe('alleged');
  });
});

describe('people described as members of a group', () => {
  it('stand for the group', async () => {
    await has('The Tarn police said they had detained four men they described as members of the Front.', 'DETAINS tarn-police>front');
    await has('The Levy detained three suspects in Tarn who it described as Front members.', 'DETAINS levy>front');
  });

  it('stand for nobody when described as no group', async () => {
    expect(
      (await relationChecks(parser, ACTORS).rels('The Levy detained four men it described as smugglers.')).some((r) =>
        r.startsWith('DETAINS'),
      ),
    ).toBe(false);
  });
});
