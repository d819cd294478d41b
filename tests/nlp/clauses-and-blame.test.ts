/**
 * Construction classes of this file, with invented actors and sentences and the real parser:
 * - clause repairs (src/ingest/2-parse/clause-repairs.ts): an opening participial clause read
 *   as the main clause; a reported clause's subject read as the speech verb's object; a verb
 *   tagged as a noun at the head of a content clause; a finite verb read as an adjective
 *   ("…, and jets pounded hideouts of X"); the blamed party's on-phrase read as the
 *   object's ("blamed the attack on X");
 * - a claim noun in apposition to the clause before it ("accused X of backing Y, a charge X
 *   rejects"): the accusation stands, and the denial is not a rejection of Y;
 * - threats: attacks forecast by a party ("'There will be more attacks on X,' the spokesman
 *   said"); a vow whose clause names its means ("vowed that the group would avenge its leader by
 *   attacking X"); a war a warning names ("would mean open war with X"); "take revenge on X";
 * - talks ruled out in reported speech ("said there would be no talks with X"); being in talks
 *   with X (a copular subject is a party); a mediating participle left loose after a comma
 *   ("held talks with Y, facilitated by Z"); a go-between for A with B mediates for both;
 * - members named by inclusion ("freed hundreds of fighters, among them X");
 * - taking custody of X; a noun read as a bare verb after a name ("killed by a Valdorian drone");
 * - titles: a role noun tagged as an adjective before a rank ("Army chief Gen X"); the head of a
 *   province's government named by the province (knowledge `governs`: "the chief minister of
 *   North Province"); an indefinite leader is one of several ("a leader of X": MEMBER_OF); title
 *   words hung on the name count ("the group's former deputy chief X": a past member);
 * - attacks: a string of attacks (lexicon `carrierNouns`); an attack aimed at a target (lexicon
 *   `aimVerbs`); death in an attack (lexicon `deathVerbs`); an unowned military operation in a
 *   party's report is the party's (lexicon `operationNouns`);
 * - a verb of saying coordinated after a relative clause belongs to the main clause's speaker;
 * - "we", "our" (src/ingest/3-mentions/first-person.ts): in a quotation, the body its attributed
 *   speaker speaks for; in a transcript, the labelled speaker's body, a bare "Spokesperson:"
 *   being the person last labelled; nobody outside quotations and transcripts; a state's "our
 *   posts" are its army's;
 * - "the government" beside an armed group named after it is the government the group fights;
 * - an announced demand by an unnamed official of the demanding side ("an official at its
 *   interior ministry said Valdoria would ask …");
 * - aircraft without an owner stand for the army of the article's government ("jets pounded
 *   hideouts of X"); with a nationality, for that state's army (see resolve.nlp.test.ts).
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, NORTH_PROVINCE, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';
import { listRelations } from '../../src/ingest/test-helpers.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'mira-holt', name: 'Mira Holt', kind: 'Person', aliases: [], affiliation: 'ostmark' },
  { id: 'lumen', name: 'Government of Lumen', kind: 'Government', aliases: ['Lumen'] },
  ...NORTH_PROVINCE,
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', serves: 'valdoria', aliases: ['Valdorian army'] },
  {
    id: 'valdoria-interior',
    name: 'Valdorian interior ministry',
    kind: 'Government',
    serves: 'valdoria',
    aliases: ['the interior ministry'],
  },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
);
const { rels, has, hasNot } = relationChecks(parser, ACTORS);

describe('an opening participial clause', () => {
  it('leaves the finite clause after it as the main clause', async () => {
    await has('Reacting to the verdict, the Front accused Valdoria of torturing its prisoners.', 'ACCUSES front>valdoria');
    await has('Asked about the raid, Ostmark blamed the Front for the killings.', 'ACCUSES ostmark>front');
  });

  it('does not turn the participle into its own claim', async () => {
    await hasNot('Reacting to the attack on the Levy, Ostmark urged calm.', 'ATTACKS ostmark>levy');
  });
});

describe('a claim noun in apposition to the clause before it', () => {
  it('leaves the accused act alleged', async () => {
    for (const text of [
      'Valdoria accuses Ostmark of backing the Front, a charge Ostmark rejects.',
      'Valdoria accused Ostmark of arming the Front, an allegation that Ostmark denies.',
    ])
      await has(text, 'SUPPORTS ostmark>front');
    await has('Valdoria accused Ostmark of attacking the Front, an accusation Ostmark rejected as baseless.', 'ATTACKS ostmark>front');
    await has(
      'For most of the war, Valdoria accused Ostmark of sheltering the Front leadership, a charge Ostmark has always denied.',
      'SHELTERS ostmark>front',
    );
  });

  it('does not make the denial a rejection of the last name before the comma', async () => {
    await hasNot('Valdoria accuses Ostmark of backing the Front, a charge that Ostmark rejects.', 'REJECTS ostmark>front');
  });
});

describe('threats', () => {
  it('reads attacks forecast by a party as its threat', async () => {
    await has('"There will be more attacks on the Levy," Tomas Reyk, the Front spokesman, said.', 'THREATENS front>levy');
    await has('The Front said attacks on the Levy would continue.', 'THREATENS front>levy');
  });

  it('does not read a forecast by an outsider, a negated one or one with its own attacker as a threat', async () => {
    await hasNot('Tomas Reyk said there will be more attacks on the Levy.', 'THREATENS tomas-reyk>levy');
    await hasNot('The Front said there would be no attacks on the Levy.', 'THREATENS front>levy');
    await hasNot('The Front said attacks by the League on the Levy would continue.', 'THREATENS front>levy');
  });

  it('reach a war a warning names', async () => {
    await has(
      'Valdoria and Ostmark traded fire. Ida Voss warned that failure would mean "open war" with Ostmark.',
      'THREATENS ida-voss>ostmark',
    );
    await hasNot('Ida Voss warned that the talks would mean peace with Ostmark.', 'THREATENS ida-voss>ostmark');
  });

  it('reaches the means of a vowed act', async () => {
    await has(
      'Tomas Reyk, the Front spokesman, vowed that the group would avenge its dead commander by attacking the Levy.',
      'THREATENS front>levy',
    );
    await hasNot('The Front vowed that it would honour its commander by rebuilding the Levy school.', 'THREATENS front>levy');
  });
});

describe('talks', () => {
  it('ruled out by a party in reported speech reject the other side', async () => {
    await has('The Front said there would be no peace talks with the government of Valdoria.', 'REJECTS front>valdoria');
    await hasNot('Tomas Reyk said there would be no talks with the Front.', 'REJECTS tomas-reyk>front');
    await hasNot('The Front said there would be talks with Valdoria.', 'REJECTS front>valdoria');
  });

  it('mediated by someone named in a loose participle after a comma', async () => {
    const found = await rels('Valdoria held talks with the Front in Velm in 2022, facilitated by Ostmark.');
    expect(found).toEqual(expect.arrayContaining(['MEDIATES ostmark>valdoria', 'MEDIATES ostmark>front']));
    await has(
      'Valdoria and the Front began talks in May. Face-to-face talks take place in Velm, hosted by Ida Voss.',
      'MEDIATES ida-voss>front',
    );
    await hasNot('Valdoria held talks with the Front, watched by Ostmark.', 'MEDIATES ostmark>front');
  });

  it('mediated for one party with another have both as parties', async () => {
    const found = await rels('Ida Voss agreed to act as a go-between for Valdoria with the Front.');
    expect(found).toEqual(expect.arrayContaining(['MEDIATES ida-voss>valdoria', 'MEDIATES ida-voss>front']));
  });

  it('that a party has been in are negotiations with the other', async () => {
    await has("The Front's negotiators have been in talks with Valdoria since May.", 'NEGOTIATES_WITH front>valdoria');
    await has('Ostmark has been in talks with Lumen since May.', 'NEGOTIATES_WITH ostmark>lumen');
    await hasNot("Ostmark's position on talks with Lumen is unclear.", 'NEGOTIATES_WITH ostmark>lumen');
  });
});

describe('members named by inclusion', () => {
  it('share the relation of the group they are among', async () => {
    const found = await rels('Valdoria arrested dozens of Front members, among them Tomas Reyk and Karel Brandt.');
    expect(found).toEqual(
      expect.arrayContaining(['DETAINS valdoria>front', 'DETAINS valdoria>tomas-reyk', 'DETAINS valdoria>karel-brandt']),
    );
    await has(
      "Valdoria freed hundreds of Front fighters, among them the group's former deputy chief Tomas Reyk.",
      'RELEASES valdoria>tomas-reyk',
    );
  });

  it('are not added without "among"', async () => {
    await hasNot('Valdoria freed hundreds of Front fighters. Tomas Reyk welcomed them.', 'RELEASES valdoria>tomas-reyk');
  });
});

describe('custody and drones', () => {
  it('reads taking custody of X as detaining X', async () => {
    await has('Lumen last month took custody of Karel Brandt, a senior Front commander.', 'DETAINS lumen>karel-brandt');
    await hasNot('Lumen took part in the talks on custody of Karel Brandt.', 'DETAINS lumen>karel-brandt');
  });

  it('reads a drone after a name as a noun', async () => {
    await has('Karel Brandt was killed by a Lumen drone in August.', 'ATTACKS lumen>karel-brandt');
    // the parser misreads the abbreviation before "drone" (a state of the knowledge base; the person is invented)
    const withKnowledge = await listRelations(
      parser,
      'A senior TTP commander, Karel Brandt, was killed by a U.S. drone in August.',
      '2024-05-10',
    );
    expect(withKnowledge).toContain('ATTACKS united-states>karel-brandt');
  });

  it("reads a leader's title after a person's comma as the person", async () => {
    const found = await listRelations(
      parser,
      'Karel Brandt, the TTP spokesman, said the group had attacked the post to avenge Tomas Reyk, its former chief killed by a U.S. drone in November.',
      '2024-05-10',
    );
    expect(found).toContain('ATTACKS united-states>tomas-reyk');
    expect(found).not.toContain('ATTACKS united-states>ttp');
  });
});

describe('titles', () => {
  it('tie the head of a province to its government', async () => {
    await has('North Province Chief Minister Tomas Reyk visited the site.', 'LEADS tomas-reyk>north-government');
    await has('Tomas Reyk, the chief minister of North Province, condemned the attack.', 'LEADS tomas-reyk>north-government');
  });

  it('read a role noun tagged as an adjective before a rank', async () => {
    // the army is the knowledge base's home army (the person is invented)
    expect(await listRelations(parser, 'Army chief Gen Karel Brandt telephoned the envoy.', '2024-05-10')).toContain(
      'LEADS karel-brandt>pakistan-army',
    );
  });

  it('read a deputy named with title words on the name as a member', async () => {
    const found = await rels("Valdoria released hundreds of Front fighters, among them the group's former deputy chief Tomas Reyk.");
    expect(found).toContain('MEMBER_OF tomas-reyk>front');
    expect(found).not.toContain('LEADS tomas-reyk>front');
  });

  it('make an indefinite leader a member', async () => {
    const found = await rels('Karel Brandt, a leader of the People Party, condemned the attack.');
    expect(found).toContain('MEMBER_OF karel-brandt>people-party');
    expect(found).not.toContain('LEADS karel-brandt>people-party');
    await has('Karel Brandt, the leader of the People Party, condemned the attack.', 'LEADS karel-brandt>people-party');
  });
});

describe('attacks', () => {
  it('ride on a series noun', async () => {
    await has('The Front claimed a string of attacks on the Levy.', 'ATTACKS front>levy');
  });

  it('aimed at a target attack it, by the reporting party when the noun names no attacker', async () => {
    const found = await rels('Valdoria said the offensive was aimed at the Front and the League.');
    expect(found).toEqual(expect.arrayContaining(['ATTACKS valdoria>front', 'ATTACKS valdoria>league']));
    await hasNot('Tomas Reyk said the operation was aimed at the League.', 'ATTACKS tomas-reyk>league');
    await hasNot('Valdoria said the talks were aimed at the League.', 'ATTACKS valdoria>league');
  });

  it('unowned, as a subject of an attack verb, are the reporting party’s', async () => {
    await has('Valdoria said the strikes had targeted hideouts of the Front.', 'ATTACKS valdoria>front');
    await hasNot('Tomas Reyk said the strikes had targeted hideouts of the Front.', 'ATTACKS tomas-reyk>front');
    // an attack a party only reports is not its own
    await hasNot('Valdoria said an attack had targeted a Front office.', 'ATTACKS valdoria>front');
  });

  it('target those who died in them', async () => {
    await has('Karel Brandt, who died in a Lumen drone strike in November, was buried.', 'ATTACKS lumen>karel-brandt');
    await has('Karel Brandt died in a Front ambush.', 'ATTACKS front>karel-brandt');
    await hasNot('Karel Brandt died in hospital after the Front ambush.', 'ATTACKS front>karel-brandt');
  });
});

describe('a verb of saying after a relative clause', () => {
  it("is the main clause speaker's, not the relative clause subject's", async () => {
    const text =
      "Tomas Reyk, the Front's spokesman, said it was revenge for the killing of Karel Brandt, who died in a Lumen drone strike in November, and warned Valdoria that bigger attacks would follow.";
    const found = await rels(text);
    expect(found).toContain('THREATENS front>valdoria');
    expect(found).not.toContain('THREATENS karel-brandt>valdoria');
  });
});

describe('the first person plural', () => {
  it('in a quotation is the body of its attributed speaker', async () => {
    await has('"We will take revenge on Valdoria," Tomas Reyk, a spokesman for the Front, said.', 'THREATENS front>valdoria');
    await has('The Front said: "We will attack the Levy again."', 'THREATENS front>levy');
  });

  it('in a transcript is the labelled speaker’s body, also after a bare role label', async () => {
    const text =
      'Spokesperson Mira Holt: Ostmark condemns the raid.\n\nQ: What will Ostmark do?\n\nSpokesperson: We have asked Valdoria to stop the Front from using its soil.';
    await has(text, 'DEMANDS ostmark>valdoria');
  });

  it('outside quotations and transcripts, or in a question, is nobody', async () => {
    await hasNot('We are getting reports of a raid. We will attack the Levy.', 'THREATENS front>levy');
    await hasNot(
      'Spokesperson Mira Holt: Ostmark condemns the raid.\n\nQ: Will we ask Valdoria to stop the Front?',
      'DEMANDS ostmark>valdoria',
    );
  });
});

describe('"the government" beside an armed group', () => {
  it('is the government the group fights, even when the group is named after it', async () => {
    const text =
      'Ostmark hosted the talks. Ostmark said the talks went well. Ostmark praised both sides. The government and the Front agreed to a ceasefire on Monday.';
    const found = await rels(text);
    expect(found.filter((r) => r.startsWith('CEASEFIRE_WITH'))).toEqual(['CEASEFIRE_WITH valdoria>front']);
  });
});

describe('an announced demand', () => {
  it('by an unnamed official of the demanding side is the demand made', async () => {
    await has(
      'Reacting to the news, a senior official at the interior ministry said Valdoria would ask Ostmark to rein in the Front.',
      'DEMANDS valdoria>ostmark',
    );
    await has('An official of the interior ministry said Valdoria would urge Ostmark to expel the Front.', 'DEMANDS valdoria>ostmark');
  });

  it('is a prediction when someone else says it', async () => {
    await hasNot('Tomas Reyk said Valdoria would ask Ostmark to rein in the Front.', 'DEMANDS valdoria>ostmark');
    await hasNot('A Front commander said Valdoria would ask Ostmark to rein in the League.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a verb tagged as a noun in a content clause', () => {
  it('is read as the demanded act', async () => {
    await has(
      'The Front said it welcomed the offer but demanded that Valdoria first release its jailed fighters.',
      'DEMANDS front>valdoria',
    );
  });
});

describe('a finite verb read as an adjective', () => {
  it('is the verb of the noun before it', async () => {
    await has(
      'On Sunday the Levy announced Operation Iron Gate, a full-scale offensive against "foreign terrorists" in the north, and jets pounded hideouts of the Front around the dam.',
      'ATTACKS valdoria>front',
    );
  });
});

describe('blaming an event on someone', () => {
  it('accuses the one it is blamed on, not the target of the event', async () => {
    const found = await rels('Tomas Reyk blamed the attack on the Front.');
    expect(found).toContain('ACCUSES tomas-reyk>front');
    expect(found).not.toContain('ATTACKS tomas-reyk>front');
    await has('Ostmark blamed the bombing of the bridge on the League.', 'ACCUSES ostmark>league');
  });

  it('keeps an on-phrase that is the object’s own after other verbs', async () => {
    const found = await rels('Ostmark condemned the attack on the Front, which it blamed on the League.');
    expect(found).toContain('ACCUSES ostmark>league');
    expect(found).not.toContain('ACCUSES ostmark>front');
  });
});

describe('aircraft without an owner', () => {
  // the army comes from the knowledge base's nationality data, which invented states lack: the government stands in
  it("are the army of the article's government", async () => {
    await has('Valdoria launched an offensive in the north on Sunday, and jets pounded hideouts of the Front.', 'ATTACKS valdoria>front');
    await has('Valdoria said helicopter gunships had struck Front positions near the border.', 'ATTACKS valdoria>front');
  });

  it('are not when the sentence names their owner', async () => {
    await hasNot('Valdoria said Ostmark jets had struck Front positions.', 'ATTACKS valdoria>front');
  });
});
