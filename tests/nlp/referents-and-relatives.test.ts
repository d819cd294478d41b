/**
 * Construction classes of this file, with invented sentences and the real parser (invented
 * actors, except where the behaviour is about knowledge-base data):
 * - unnamed troops in an article whose only government is a provincial one: the army of the
 *   state that government serves (3-mentions/referents.ts);
 * - a role's body given only as "the group" is an armed group, never the person's standing
 *   government post, and a knowledge-base affiliation that starts after the article's day is a
 *   namesake's (4-relations/roles.ts `standingAffiliation`);
 * - a bare "Foreign Secretary X", like "Interior Minister X": an office of the article's
 *   government when the sentence names no other;
 * - a relative clause whose verb is a light verb of an attack noun ("the attack on X, which Y
 *   claimed"), also when the parser read "that" as a subordinator or hung the clause on the
 *   noun's of-phrase (2-parse/clause-repairs.ts `repairRelativeAsContentClause`);
 * - a noun in a phrase of time or circumstance ("came after the bombing") is no argument of the
 *   verb (lexicon `circumstancePreps`);
 * - a facility owned through a common-noun modifier ("a Levy training centre") stands for its
 *   owner, and training academies and centres are facilities (lexicon `standIns`).
 * - a person's of-phrase set off by commas ("X, of the People Party,") names their body;
 * - a part noun after a role's appositive ("X, the director of Y, the Front's media wing,")
 *   describes the role's body, not the person;
 * - a role coordinated with a description that is no role ("X, Y's brother and a commander of
 *   the group") is X's, and not the next person's in the list;
 * - a relative's full name ("Karl Voss, her son,") is another person than the one the surname
 *   alone names (3-mentions/propose-actor.ts `relativesName`; lexicon `personNouns`).
 * - a trailing participle clause that took the verb's object as its subject ("X telephoned Y,
 *   urging him to …"), and a conjoined clause whose subject was read as a list member ("X accused
 *   Y of yielding to Z, and W officials pressed Y to act"): 2-parse/clause-repairs.ts;
 * - talks held under a mediation ("A and B met under the mediation of X"): X mediates between
 *   the talks' parties (lexicon `ofAgent`: the of-phrase of a mediation noun is its source).
 * - a speaker saying another side backs what is culpable ("said X sponsors terrorism", "X, she
 *   said, harbours terrorists"; lexicon `culpableObjects`) accuses it, also when the parser read
 *   "X sponsors terrorism" as one noun compound;
 * - a speech act in an in/with-phrase of a verb of saying ("In a veiled accusation against X, Y
 *   said …"; lexicon `speechActNouns`) is the speaker's.
 * - a titled body in apposition ("X, the Director General Levy,"): the title's role in the body;
 * - "the commander of X", "Commander of X" leads X (lexicon `definiteLeaders`); "a commander of
 *   X" and a narrower command ("the corps commander of X") are membership.
 * - a group anaphor of consecutive head words ("the umbrella alliance") is one anaphor.
 * - a body named after its leader ("the People Party, the party of X"; lexicon `ledBodyNouns`)
 *   is led by X, also where the parser read the appositive as a second object.
 * - a name before a generic body noun ("the Front group"; lexicon `bodyNouns`) is that actor.
 * - an institution named after an actor ("the Levy Public School") is a new organisation, not
 *   the actor (3-mentions/mentions.ts `institutionAt`).
 * - a provincial minister's title ("the provincial law minister, X") is an office of the
 *   government the article's "provincial government" names (knowledge-base aliases).
 * - a directive's infinitive ("told X to hand over Y"; lexicon `directives`) is only asked for,
 *   while an ordered attack stays the orderer's threat.
 * - a relative clause with a role verb describes its own noun, not the nouns coordinated with
 *   it ("X, who heads Y, and Z, a cleric, …").
 * - a part in an attack ("wanted for her role in the bombing of X", "arrested for his involvement
 *   in the attack on X"; lexicon `culpabilityNouns`): its owner attacked X, by someone's charge;
 *   "is wanted for" is a person sought, no wish (lexicon `soughtPassives`); an attack a
 *   spokesperson took part in is their own deed, not their body's (4-relations/emit.ts).
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { expect } from 'vitest';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'ida-voss', name: 'Ida Voss', kind: 'Person', aliases: ['Voss'] },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'marsh-rangers', name: 'Marsh Rangers', kind: 'ArmedGroup', aliases: [] },
  {
    id: 'north-province',
    name: 'North Province government',
    kind: 'Government',
    aliases: ['North Province government'],
    serves: 'valdoria',
  },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
);
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('unnamed troops under a provincial government', () => {
  it('are the forces of the state the province serves', async () => {
    const text =
      'The Marsh Rangers held the hills. The cleric signed an accord with the North Province government. In June, troops detained Tomas Reyk.';
    await has(text, 'DETAINS valdoria>tomas-reyk');
    await hasNot(text, 'DETAINS north-province>tomas-reyk');
  });
});

describe('a role in "the group"', () => {
  // Mahmood Khan is a chief minister in the knowledge base from 2018: a 2010 commander is a namesake
  const kb = (text: string) => listRelations(parser, text, '2010-03-01');
  it('is membership of the armed group, not of the person’s later government post', async () => {
    const rels = await kb(
      'Police arrested Qari Gul, the spokesman of the Lashkar-e-Islam, and Mehmood Khan, a senior commander of the group.',
    );
    expect(rels).toContain('MEMBER_OF mahmood-khan>lashkar-e-islam');
    expect(rels).not.toContain('MEMBER_OF mahmood-khan>khyber-pakhtunkhwa-government');
  });
});

describe('a bare secretary’s title', () => {
  it('is an office of the article’s government (for a person the knowledge base does not know)', async () => {
    await has(
      'Valdoria recalled its envoy on Monday. Foreign Secretary Anton Seer summoned the chargé d’affaires.',
      'MEMBER_OF anton-seer>valdoria',
    );
  });

  it('is not when the sentence names another government', async () => {
    await hasNot('Valdoria recalled its envoy. Ostmark’s Foreign Secretary Anton Seer answered.', 'MEMBER_OF anton-seer>valdoria');
  });
});

describe('a relative clause whose verb is an attack noun’s light verb', () => {
  it('gives the attack to its subject, however the parser hung it', async () => {
    await has('It came a day after a suicide attack on the Levy, which the Front claimed.', 'ATTACKS front>levy');
    await has('It came a day after the attack on the Levy that the Front claimed.', 'ATTACKS front>levy');
    await has('It came after the bombing of a Levy convoy, which the Front later claimed.', 'ATTACKS front>levy');
    await has('It came after the bombing of the Levy convoy that the Front claimed.', 'ATTACKS front>levy');
  });

  it('gives nothing for a verb that is no light verb of the attack, or a report noun’s content clause', async () => {
    await hasNot('It came after the attack on the Levy post, which the Front had built.', 'ATTACKS front>levy');
    await hasNot('It followed the attack on the Levy, which the Front condemned.', 'ATTACKS front>levy');
    await hasNot('The League rejected the claim that the Front carried out.', 'ATTACKS front>league');
  });
});

describe('a phrase of time or circumstance', () => {
  it('is no argument of its verb', async () => {
    await has('Talks stalled after the bombing of the Levy convoy that the Front claimed.', 'ATTACKS front>levy');
    await has('The Levy came under attack from the Front.', 'ATTACKS front>levy');
  });
});

describe('a facility owned through a modifier', () => {
  it('stands for its owner', async () => {
    await has('The Front bombed a Levy training centre.', 'ATTACKS front>levy');
    await has('The Front stormed the Levy academy at dawn.', 'ATTACKS front>levy');
  });

  it('is not an attack when nothing hostile is done to it', async () => {
    await hasNot('Valdoria opened a Levy training centre.', 'ATTACKS valdoria>levy');
  });
});

describe('membership set off by commas', () => {
  it('is the body of the of-phrase', async () => {
    await has('Tomas Reyk, of the People Party, said the talks would fail.', 'MEMBER_OF tomas-reyk>people-party');
    await has('The cabinet of Prime Minister Tomas Reyk, of the People Party, resigned.', 'MEMBER_OF tomas-reyk>people-party');
  });

  it('is not a place the person is from', async () => {
    await hasNot('Tomas Reyk, of Valdoria, said the talks would fail.', 'MEMBER_OF tomas-reyk>valdoria');
  });
});

describe('a part noun after a role’s appositive', () => {
  it('describes the body of the role', async () => {
    await has('Tomas Reyk, the director of the Levy, the Front’s armed wing, said the talks would fail.', 'MEMBER_OF levy>front');
  });

  it('needs a part noun', async () => {
    await hasNot('Tomas Reyk, the director of the Levy, Valdoria’s chief negotiator, spoke.', 'MEMBER_OF levy>valdoria');
  });
});

describe('a role coordinated with a description', () => {
  it('is the person’s, and not the next person’s in the list', async () => {
    const text =
      'The Front is led by Ida Voss. Tomas Reyk, Voss’s brother and a senior commander of the group, and Karel Brandt, his son, were among those held.';
    await has(text, 'MEMBER_OF tomas-reyk>front');
    await hasNot(text, 'MEMBER_OF karel-brandt>front');
  });
});

describe('a relative’s full name', () => {
  it('is another person than the surname alone', async () => {
    const text = 'The Front is led by Ida Voss. Karl Voss, her son, was arrested by the Levy.';
    await has(text, 'DETAINS levy>karl-voss');
    await hasNot(text, 'DETAINS levy>ida-voss');
  });

  it('keeps the surname alone, and a title before it, for the known person', async () => {
    await has('The Front is led by Ida Voss. Voss was arrested by the Levy.', 'DETAINS levy>ida-voss');
    await has('The Front is led by Ida Voss. Commander Voss was arrested by the Levy.', 'DETAINS levy>ida-voss');
  });
});

describe('a trailing participle clause that took the object as its subject', () => {
  it('gives the object back to the verb and the subject to the participle', async () => {
    await has('Ida Voss telephoned Karel Brandt on Monday, urging him to stop the Front.', 'DEMANDS ida-voss>karel-brandt');
    await has('The Front stormed the Levy post on Monday, killing Tomas Reyk.', 'ATTACKS front>tomas-reyk');
  });
});

describe('a conjoined clause whose subject was read as a list member', () => {
  it('keeps its own subject', async () => {
    const text = 'Ida Voss accused Valdoria of surrendering to the League, and Ostmark officials pressed Valdoria to act.';
    await has(text, 'DEMANDS ostmark>valdoria');
    await has(text, 'ACCUSES ida-voss>valdoria');
  });

  it('leaves a plain list alone', async () => {
    const rels = await listRelations(parser, 'Ida Voss met the Front, the League, and the Levy on Monday.', '2024-05-10', ACTORS);
    expect(rels).toContain('NEGOTIATES_WITH ida-voss>levy');
  });
});

describe('talks held under a mediation', () => {
  it('are mediated between their parties by the of-phrase', async () => {
    await has('Valdoria and the Front met in Lumen under the mediation of Ostmark.', 'MEDIATES ostmark>valdoria');
    await has('Valdoria negotiated with the Front under the mediation of Ostmark and Lumen.', 'MEDIATES lumen>front');
    await has('Valdoria and the Front, meeting under the mediation of Lumen, agreed to a mechanism.', 'MEDIATES lumen>front');
  });

  it('need talks and an actor in the of-phrase', async () => {
    await hasNot('The mediation of Ostmark failed.', 'MEDIATES ostmark>valdoria');
    await hasNot('Valdoria and the Front met under the protection of Ostmark.', 'MEDIATES ostmark>valdoria');
  });
});

describe('reported backing of what is culpable', () => {
  it('accuses the one said to back it', async () => {
    await has('Ida Voss said Ostmark sponsors terrorism in Valdoria.', 'ACCUSES ida-voss>ostmark');
    await has('Ostmark, Ida Voss said, sponsors terrorism in Valdoria.', 'ACCUSES ida-voss>ostmark');
    await has('Ida Voss said that Ostmark harbours terrorists.', 'ACCUSES ida-voss>ostmark');
  });

  it('does not for a denial or for backing what is not culpable', async () => {
    await hasNot('Ida Voss said Ostmark does not harbour terrorists.', 'ACCUSES ida-voss>ostmark');
    await hasNot('Ida Voss said Ostmark supports the peace process.', 'ACCUSES ida-voss>ostmark');
  });
});

describe('a speech act framing what a speaker says', () => {
  it('is the speaker’s', async () => {
    await has(
      'In a thinly veiled accusation against Ostmark, Ida Voss said the attackers had come from abroad.',
      'ACCUSES ida-voss>ostmark',
    );
    await has('Ida Voss, in a veiled accusation against Ostmark, said the attackers had come from abroad.', 'ACCUSES ida-voss>ostmark');
  });

  it('only for a speech act: an attack framing a report is not the speaker’s', async () => {
    await hasNot('In the attack on the Levy, the Front said six died.', 'ATTACKS front>levy');
  });
});

describe('a titled body in apposition', () => {
  it('is the title’s role in the body', async () => {
    await has('Tomas Reyk, the Director General Levy, declined to comment.', 'LEADS tomas-reyk>levy');
  });

  it('is no role in a list of actors', async () => {
    await hasNot('Tomas Reyk, the Levy, and the Front met.', 'LEADS tomas-reyk>levy');
  });
});

describe('a definite commander', () => {
  it('leads the body of the of-phrase', async () => {
    await has('General Tomas Reyk, Commander of the Levy, said six died.', 'LEADS tomas-reyk>levy');
    await has('The commander of the Levy, General Tomas Reyk, said six died.', 'LEADS tomas-reyk>levy');
  });

  it('is a member when indefinite or of a narrower command', async () => {
    await has('Tomas Reyk, a commander of the Front, was held.', 'MEMBER_OF tomas-reyk>front');
    await hasNot('Tomas Reyk, a commander of the Front, was held.', 'LEADS tomas-reyk>front');
    await hasNot('Tomas Reyk, the northern sector commander of the Levy, was held.', 'LEADS tomas-reyk>levy');
  });
});

describe('a group anaphor of consecutive head words', () => {
  it('refers back as one anaphor', async () => {
    await has('The Front was formed in May. The umbrella alliance, led by Ida Voss, grew quickly.', 'LEADS ida-voss>front');
  });
});

describe('a body named after its leader', () => {
  it('is led by the person of its of-phrase', async () => {
    await has('The People Party, the party of Ida Voss, won the vote.', 'LEADS ida-voss>people-party');
    await has('The Front bombed a rally of the People Party, the party of Ida Voss.', 'LEADS ida-voss>people-party');
  });

  it('is not a government the person is not known to lead', async () => {
    const rels = await listRelations(parser, 'Ostmark pressed the government of President Ida Voss to act.', '2024-05-10', ACTORS);
    expect(rels.filter((r) => r.startsWith('LEADS ida-voss'))).toEqual([]);
  });
});

describe('a name before a generic body noun', () => {
  it('is the named actor', async () => {
    await has('Valdoria attacked the Front group.', 'ATTACKS valdoria>front');
    await has('Valdoria fired missiles at what it said were bases of the Red Crescent Front group.', 'ATTACKS valdoria>front');
  });

  it('is nobody without a name', async () => {
    const rels = await listRelations(parser, 'Valdoria attacked the group.', '2024-05-10', ACTORS);
    expect(rels.filter((r) => r.startsWith('ATTACKS valdoria'))).toEqual([]);
  });
});

describe('an institution named after an actor', () => {
  it('is a new organisation, not the actor', async () => {
    const text = 'The Front claimed the attack. Seven gunmen stormed the Levy Public School on Tuesday.';
    await has(text, 'ATTACKS front>levy-public-school');
    await hasNot(text, 'ATTACKS front>levy');
  });

  it('leaves the actor’s own name alone', async () => {
    await has('The Front claimed the attack. Seven gunmen stormed a Levy post on Tuesday.', 'ATTACKS front>levy');
  });
});

describe('a provincial minister', () => {
  it('serves in the government "provincial government" names', async () => {
    const rels = await listRelations(parser, 'The provincial law minister, Arif Dost, spoke on Monday.', '2010-03-01');
    expect(rels).toContain('MEMBER_OF arif-dost>khyber-pakhtunkhwa-government');
  });

  it('not without the word "provincial"', async () => {
    const rels = await listRelations(parser, 'Ostmark said so. The law minister, Arif Dost, spoke on Monday.', '2010-03-01');
    expect(rels).not.toContain('MEMBER_OF arif-dost>khyber-pakhtunkhwa-government');
  });
});

describe('a directive’s infinitive', () => {
  it('is only asked for', async () => {
    const text = 'Valdoria told Ostmark to hand over the Front leaders.';
    await hasNot(text, 'RELEASES ostmark>front');
    await has(text, 'DEMANDS valdoria>ostmark');
  });

  it('leaves speech told to someone, and an ordered attack as a threat', async () => {
    await has('The Front directed its fighters to attack the Levy.', 'THREATENS front>levy');
    await has('Ida Voss told reporters that Valdoria had freed Tomas Reyk.', 'RELEASES valdoria>tomas-reyk');
  });
});

describe('a relative clause with a role verb', () => {
  it('describes its own noun only', async () => {
    const text = 'Tomas Reyk, who heads the Front, and Karel Brandt, a senior cleric, were appointed as deputies.';
    await has(text, 'LEADS tomas-reyk>front');
    await hasNot(text, 'LEADS karel-brandt>front');
  });
});

describe('a part in an attack', () => {
  it('is its owner’s attack, alleged', async () => {
    await has('Ida Voss is wanted for her role in the bombing of the Levy post.', 'ATTACKS ida-voss>levy');
    await has('Valdoria arrested Ida Voss for her involvement in the attack on the Levy.', 'ATTACKS ida-voss>levy');
    expect(await statusOf('Ida Voss is wanted for her role in the bombing of the Levy post.', 'ATTACKS ida-voss>levy')).toBe('alleged');
  });

  it('is denied when denied, and a passive request stays a request', async () => {
    expect(await statusOf('Ida Voss denied any role in the attack on the Levy.', 'ATTACKS ida-voss>levy')).toBe('denied');
    await hasNot('Valdoria was asked for talks with the Front.', 'NEGOTIATES_WITH front>valdoria');
  });
});

describe('an attack a spokesperson took part in', () => {
  it('is the spokesperson’s own deed', async () => {
    const text = 'Tomas Reyk, the spokesman of the Front, is wanted for his role in the bombing of the Levy post.';
    await has(text, 'ATTACKS tomas-reyk>levy');
    await hasNot(text, 'ATTACKS front>levy');
  });

  it('while what a spokesperson demands is the body’s', async () => {
    await has('Tomas Reyk, the spokesman of the Front, urged Valdoria to free its prisoners.', 'DEMANDS front>valdoria');
  });
});
