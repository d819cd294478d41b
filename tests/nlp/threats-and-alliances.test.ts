/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a reported clause whose pronoun subject the parser read as the verb of saying's object, with
 *   the modal clause left loose ("warned it would wage war on X"): 2-parse/clause-repairs.ts
 *   `repairReportedSubjectAsObject`;
 * - a threat to act against a party ("would not hesitate to act against X"; lexicon `againstActs`)
 *   and attacks a party is told it will suffer ("warned that X would face more attacks"; lexicon
 *   `sufferingVerbs`): 4-relations/reported.ts;
 * - an absolute participle clause read as the main clause ("X claimed the attack, its spokesman
 *   vowing that …"): 2-parse/clause-repairs.ts `repairAbsoluteParticipleAsRoot`;
 * - alliance as a stative passive ("X is allied with Y", "factions allied with Y"; lexicon
 *   `statives`, SUPPORTS "ally with");
 * - a double object whose recipient the parser compounded onto the thing given ("gave the Front
 *   weapons"; lexicon `givingVerbs`): 2-parse/clause-repairs.ts `repairRecipientAsCompound`.
 * - a person's of-phrase right after the name ("Inspector X of the Levy"): 4-relations/roles.ts
 *   `setOffMembership`;
 * - an aide, adviser or assistant to a leader (lexicon roles) serves in the body the leader heads
 *   on the article's day (knowledge offices and standing roles);
 * - a nationality the parser hung on an inner title word ("Afghan National Security Adviser X");
 *   the knowledge base's nationality adjectives, with an invented person;
 * - a chapter word before a one-word leading role ("the party's provincial president"; lexicon
 *   `chapterWords`) makes it membership;
 * - speaking for a body (role verb "speak for") is being its spokesperson;
 * - a body made of others ("comprising A and B", "consists of A and B"; lexicon
 *   `compositionVerbs`) has them as members.
 * - seizing a building, office or headquarters (lexicon `seizablePlaces`) attacks its owner; it
 *   detains nobody;
 * - attack verbs of movement against a party ("pushed into the valley against Front positions")
 *   and "gun down"; a suicide bomber blowing himself up among a party's men (ATTACKS target
 *   preposition "among");
 * - a leader's following ("Brandt's men"; lexicon `followerNouns`) stands for the body the
 *   article says the leader leads;
 * - joining another in an act ("X joined Y in storming Z"): both are its agents, and the join is
 *   no membership (frame.ts `joinedPartners`, roles.ts `joinedInAct`).
 * - a named group's claim of the attack just reported replaces an attacker that report only
 *   inferred from unnamed people (4-relations/emit.ts `retractInferredAttack`).
 * - an ultimatum as a time limit ("gave Valdoria 24 hours to release them"; lexicon
 *   `deadlineNouns`): 4-relations/request.ts `matchUltimatum`.
 * - retaliation promised for an attack ("said the raid would not go unanswered", "warned that any
 *   Ostmark strike would be answered"; lexicon `answeredClauses`): the attack's owner is
 *   threatened (4-relations/reported.ts `promisedRetaliation`).
 * - a title joined by of/for ("Minister of State for Interior X") before an unknown name, and a
 *   counterpart named by nationality ("his Afghan counterpart, X"; an unresolved pronoun owner
 *   names no body): 3-mentions/propose-actor.ts, 2-parse/clause-repairs.ts
 *   `repairNameInTitlePhrase` (the parser reads the name as the title's for-phrase),
 *   4-relations/roles.ts `bodyOf`.
 * - another person sharing a surname the article learned ("Karel Brandt … Jonas Brandt"):
 *   3-mentions/propose-actor.ts `namesakeOfKnownSurname`.
 * - an agentless release of captives the article saw taken ("… seized X on Monday. X was freed on
 *   Friday"): 4-relations/custody.ts `earlierCaptors`.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
  { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', serves: 'valdoria', aliases: ['Valdorian army'] },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a reported clause whose pronoun subject was read as an object', () => {
  it('is the threat of the speaker when its act is hostile', async () => {
    await has('The Front warned it would wage war on the Valdorian army.', 'THREATENS front>valdoria-army');
    await has('The League warned it would attack the Levy.', 'THREATENS league>levy');
  });

  it('is no threat for an act that is not hostile', async () => {
    await hasNot('The Front warned it would hold talks with the Levy.', 'THREATENS front>levy');
  });
});

describe('threats to act against a party, and attacks it is told it will face', () => {
  it('are the speaker’s threats', async () => {
    await has('Valdoria said it would not hesitate to act against the Front.', 'THREATENS valdoria>front');
    await has('The Front warned that the Levy would face more such attacks.', 'THREATENS front>levy');
    await has('The League said Ostmark would see more attacks.', 'THREATENS league>ostmark');
  });

  it('are not without an against-phrase, from an outsider, or for what is no attack', async () => {
    await hasNot('Valdoria said it would act on the Front’s letter.', 'THREATENS valdoria>front');
    await hasNot('Analysts said the Levy would face more attacks.', 'THREATENS front>levy');
    await hasNot('The Front warned that the Levy would face a shortage of fuel.', 'THREATENS front>levy');
  });
});

describe('an absolute participle clause read as the main clause', () => {
  it('leaves the finite clause its own relations and gives the participle its own', async () => {
    const text =
      'The Karel Brandt-led Front claimed the raid, its spokesman Tomas Reyk vowing that the fighters would continue to target the Levy.';
    await has(text, 'LEADS karel-brandt>front');
    await has(text, 'THREATENS front>levy');
  });

  it('is not the repair of a participle clause with no subject of its own', async () => {
    await hasNot('The Front claimed the raid, vowing to spare the Levy.', 'THREATENS front>levy');
  });
});

describe('alliance stated by a stative passive', () => {
  it('is support of the allied party', async () => {
    await has('The Front is allied with the League.', 'SUPPORTS front>league');
    await has('The Front, which is aligned with the League, claimed the raid.', 'SUPPORTS front>league');
    await has('The Front, a coalition of factions allied with the League, claimed the raid.', 'SUPPORTS front>league');
  });

  it('is not support in the other direction, nor when the alliance is denied', async () => {
    await hasNot('The Front is allied with the League.', 'SUPPORTS league>front');
    await hasNot('The Front is not allied with the League.', 'SUPPORTS front>league');
  });
});

describe('a double object with the recipient read as a compound', () => {
  it('gives the support to the recipient', async () => {
    await has('Ostmark gave Valdoria weapons.', 'SUPPORTS ostmark>valdoria');
    await has('Ostmark gave the Front weapons and money.', 'SUPPORTS ostmark>front');
  });

  it('is no support for a thing that is no support noun, nor when a to-phrase names the recipient', async () => {
    await hasNot('Ostmark gave the Front leaflets.', 'SUPPORTS ostmark>front');
    await hasNot('Ostmark gave People Party weapons to the League.', 'SUPPORTS ostmark>people-party');
  });
});

describe('a person’s of-phrase right after the name', () => {
  it('names the body the person belongs to', async () => {
    await has('Karel Brandt of the People Party said the vote was rigged.', 'MEMBER_OF karel-brandt>people-party');
    await has('Inspector Karel Brandt of the Levy was killed.', 'MEMBER_OF karel-brandt>levy');
  });

  it('is no membership of a government named by its country', async () => {
    await hasNot('Karel Brandt of Valdoria spoke at the rally.', 'MEMBER_OF karel-brandt>valdoria');
  });
});

describe('an aide or adviser to a leader', () => {
  const LEADER = inventedActors(
    { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
    {
      id: 'mira-holt',
      name: 'Mira Holt',
      kind: 'Person',
      aliases: [],
      affiliation: 'ostmark',
      role: 'prime minister',
      validFrom: '2018-08-17',
    },
  );
  const leader = relationChecks(parser, LEADER);
  it('serves in the body the leader heads on the article’s day', async () => {
    await leader.has('Karel Brandt, an aide to Mira Holt, met the envoy.', 'MEMBER_OF karel-brandt>ostmark');
    await leader.has('Karel Brandt, a special assistant to Mira Holt, met the envoy.', 'MEMBER_OF karel-brandt>ostmark');
  });

  it('does not before the leader took office', async () => {
    await leader.hasNot('Karel Brandt, an aide to Mira Holt, met the envoy.', 'MEMBER_OF karel-brandt>ostmark', '2015-01-10');
  });
});

describe('a chapter word before a one-word leading role', () => {
  it('makes the role membership', async () => {
    await has('Karel Brandt, the People Party’s provincial president, spoke.', 'MEMBER_OF karel-brandt>people-party');
    await hasNot('Karel Brandt, the People Party’s provincial president, spoke.', 'LEADS karel-brandt>people-party');
  });

  it('leaves the unqualified role a lead', async () => {
    await has('Karel Brandt, the People Party’s president, spoke.', 'LEADS karel-brandt>people-party');
  });
});

describe('speaking for a body', () => {
  it('is its spokesperson', async () => {
    await has('Tomas Reyk, speaking for the Front, said the raid was revenge.', 'SPOKESPERSON_FOR tomas-reyk>front');
    await has('Tomas Reyk, who speaks for the Front, said the raid was revenge.', 'SPOKESPERSON_FOR tomas-reyk>front');
  });

  it('is not speaking for a while or on behalf of people', async () => {
    await hasNot('Tomas Reyk spoke for an hour about the Front.', 'SPOKESPERSON_FOR tomas-reyk>front');
  });
});

describe('a body made of others', () => {
  it('has them as members', async () => {
    await has('The Amber League, comprising the Front and the Levy, was formed in January.', 'MEMBER_OF levy>league');
    await has('The Amber League consists of the Front and the Levy.', 'MEMBER_OF front>league');
  });

  it('is not a government and its territory, nor a mediator bringing parties together', async () => {
    await hasNot('Ostmark brought Valdoria and the Front together in May.', 'MEMBER_OF front>ostmark');
  });
});

describe('a nationality hung on an inner title word', () => {
  it('names the government of the title', async () => {
    const rels = await listRelations(
      parser,
      'Afghan National Security Adviser Hanif Rahmani telephoned the Pakistani army chief.',
      '2017-02-20',
    );
    expect(rels).toContain('MEMBER_OF hanif-rahmani>afghan-republic');
    expect(rels).not.toContain('MEMBER_OF hanif-rahmani>pakistan-army');
  });
});

describe('seizing a place', () => {
  it('attacks its owner', async () => {
    await has('Front fighters seized a building belonging to the League.', 'ATTACKS front>league');
    await hasNot('Front fighters seized a building belonging to the League.', 'DETAINS front>league');
  });

  it('still detains people who are seized', async () => {
    await has('Front fighters seized two League commanders.', 'DETAINS front>league');
  });
});

describe('attacks by movement, gunfire and suicide bombing', () => {
  it('are attacks on the party named', async () => {
    await has('The Levy pushed into the valley against Front positions.', 'ATTACKS levy>front');
    await has('A Front gunman was gunned down by the Levy at the gate.', 'ATTACKS levy>front');
    await has('A Front suicide bomber blew himself up among Levy soldiers.', 'ATTACKS front>levy');
  });

  it('are not movement without an against-phrase, nor a bomber who is among the dead', async () => {
    await hasNot('The Levy pushed into the valley near Front villages.', 'ATTACKS levy>front');
    await hasNot('A Front bomber was among the dead after Levy soldiers fired.', 'ATTACKS front>levy');
  });
});

describe('a leader’s men', () => {
  it('are the body the leader leads in the article', async () => {
    await has('Karel Brandt leads the League. Brandt’s men attacked the Levy post.', 'ATTACKS league>levy');
  });

  it('are the leader’s own when the article gives them no body', async () => {
    await hasNot('Karel Brandt’s men attacked the Levy post.', 'ATTACKS league>levy');
  });
});

describe('joining another in an act', () => {
  it('makes both its agents, and no membership', async () => {
    const text = 'The League joined the Front in attacking the Levy.';
    await has(text, 'ATTACKS league>levy');
    await has(text, 'ATTACKS front>levy');
    await hasNot(text, 'MEMBER_OF league>front');
  });

  it('is membership when nothing is joined in', async () => {
    await has('The League joined the Front in 2019.', 'MEMBER_OF league>front');
  });
});

describe('a claim of an attack whose attacker was only inferred', () => {
  const report = 'The Front holds the hills. On Monday a suicide bomber blew himself up among Levy soldiers in the market.';
  it('replaces the inferred attacker', async () => {
    await has(`${report} The League claimed the bombing.`, 'ATTACKS league>levy');
    await hasNot(`${report} The League claimed the bombing.`, 'ATTACKS front>levy');
  });

  it('keeps it when another is only blamed', async () => {
    await has(`${report} Valdoria blamed Ostmark for the attack.`, 'ATTACKS front>levy');
  });

  it('keeps it when the claim is denied or made by the same group', async () => {
    await has(`${report} The League denied the bombing.`, 'ATTACKS front>levy');
    await has(`${report} The Front claimed the bombing.`, 'ATTACKS front>levy');
  });
});

describe('an ultimatum given as a time limit', () => {
  it('is a demand of the one given the time', async () => {
    await has('The League has given Valdoria 24 hours to release the prisoners.', 'DEMANDS league>valdoria');
    await has('The Front gave the Levy a week to leave the valley.', 'DEMANDS front>levy');
  });

  it('is no demand without an act to do, nor when only planned', async () => {
    await hasNot('Valdoria gave the Front two days of talks.', 'DEMANDS valdoria>front');
    await hasNot('The League might give Valdoria a week to act.', 'DEMANDS league>valdoria');
  });
});

describe('retaliation promised for an attack', () => {
  it('threatens the attack’s owner, named or the last attacker', async () => {
    await has('Valdoria warned that any Ostmark strike would be answered.', 'THREATENS valdoria>ostmark');
    await has('The Levy raided a Front hideout on Monday. The Front said the raid would not go unanswered.', 'THREATENS front>levy');
  });

  it('threatens nobody from an outsider, or with no attacker known', async () => {
    await hasNot('Analysts said the Ostmark strike would not go unanswered.', 'THREATENS valdoria>ostmark');
    await hasNot('The League vowed that the attack on Ostmark would not go unanswered.', 'THREATENS league>ostmark');
  });
});

describe('titles joined by of or for, and counterparts', () => {
  it('make the unknown name a person holding the office', async () => {
    await has(
      'Valdoria recalled its envoy. Minister of State for Interior Anton Seer summoned the chargé d’affaires.',
      'MEMBER_OF anton-seer>valdoria',
    );
    const rels = await listRelations(
      parser,
      'Pakistan’s foreign minister met his Afghan counterpart, Hanif Rahmani, in Kabul.',
      '2019-03-01',
    );
    expect(rels).toContain('MEMBER_OF hanif-rahmani>afghan-republic');
  });

  it('do not for a counterpart without a nationality', async () => {
    const rels = await listRelations(parser, 'Pakistan’s foreign minister met his counterpart, Hanif Rahmani, in Kabul.', '2019-03-01');
    expect(rels).not.toContain('MEMBER_OF hanif-rahmani>pakistan-government');
  });
});

describe('another person sharing a learned surname', () => {
  const rally = 'Karel Brandt spoke at the rally.';
  it('is a new person, not the one named before', async () => {
    await has(`${rally} A bomb killed Jonas Brandt, a member of the People Party, on Monday.`, 'MEMBER_OF jonas-brandt>people-party');
    await hasNot(`${rally} A bomb killed Jonas Brandt, a member of the People Party, on Monday.`, 'MEMBER_OF karel-brandt>people-party');
  });

  it('is the same person after a sentence-opening adverb', async () => {
    await has(`${rally} Meanwhile Brandt, a member of the People Party, left.`, 'MEMBER_OF karel-brandt>people-party');
  });
});

describe('an agentless release of captives the article saw taken', () => {
  it('is by their captor', async () => {
    await has('The Front seized Karel Brandt on Monday. Brandt was freed on Friday.', 'RELEASES front>karel-brandt');
    await has(
      'The Front seized Karel Brandt and Tomas Reyk on Monday. Brandt, Reyk and the other captives were freed before dawn.',
      'RELEASES front>tomas-reyk',
    );
  });

  it('is nobody’s without an earlier detention', async () => {
    await hasNot('The Front attacked the Levy. Karel Brandt was freed on Friday.', 'RELEASES front>karel-brandt');
  });
});
