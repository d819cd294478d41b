/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - a private role: a nationality or place on a role the state does not give ("an Uzbek
 *   militant, X") tells where the person is from, not whose member they are (4-relations/roles.ts
 *   `stateBody`, lexicon `privateRoles`);
 * - a diplomatic title ("high commissioner", "consul general") places its holder in the
 *   government that sends them (lexicon `roles`), also when a place phrase after the title hangs
 *   on the verb ("summoned the Uzbek envoy in Tarn, X,"; roles.ts `adjacentAppositives`);
 * - a body named "the <head> of <state>" ("the Workers Party of Valdoria"): the known state
 *   after "of" closes the name, whose kind is its head's (3-mentions/propose-actor.ts `ofKnownPlace`);
 * - a place's council ("the Tarn Elders Jirga"): a council noun closes a capitalised name after a
 *   place even where the noun alone names a known body, the knowledge base's "jirga"
 *   (3-mentions/mentions.ts `institutionAt`,
 *   lexicon `councilHeads`);
 * - a name counted by its words, not its hyphens ("Abu Karim al-Tarnawi" is a three-word name);
 * - a verb phrase conjoined to a noun ("spoke of concerns and called on Ostmark to act": the
 *   parser conjoins "called" to "concerns"; 2-parse/clause-repairs.ts `repairVerbConjoinedToNoun`);
 * - a mandative subjunctive tagged as an adjective ("demanded that Ostmark clear the hills";
 *   clause-repairs.ts `repairSubjunctiveAsAdjective`).
 * - a name with a lower-case hyphened syllable ("Karel Jan-ko") continues past the hyphen,
 *   unless the word after the hyphen makes a modifier ("Front-backed"; propose-actor.ts
 *   `hyphenedSyllable`);
 * - a partitive appositive ("X, one of the Front's factions,"): the role is the plural noun of
 *   the of-phrase of "one" (4-relations/roles.ts `partitiveRoles`);
 * - joining a body's ranks or fold is joining the body (lexicon `unitNouns`);
 * - hosting a state: a government hosted is a guest or a party to talks, not sheltered
 *   (4-relations/emit.ts, lexicon `hostingVerbs`).
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  // invented governments under the ids the nationality data gives "Uzbek" and "British"
  { id: 'uzbekistan', name: 'Government of Eastland', kind: 'Government', aliases: [] },
  { id: 'united-kingdom', name: 'Government of Westland', kind: 'Government', aliases: [] },
  { id: 'tarn', name: 'Tarn', kind: 'Location', aliases: [] },
  { id: 'hill-brigade', name: 'Hill Brigade', kind: 'ArmedGroup', aliases: [] },
);
const { has, hasNot, entityNames } = relationChecks(parser, ACTORS);

describe('a private role', () => {
  it('does not make a nationality or place its body', async () => {
    await hasNot('An Uzbek militant, Karel Brandt, was killed in the raid.', 'MEMBER_OF karel-brandt>uzbekistan');
    await hasNot('An Uzbek cleric, Karel Brandt, was arrested.', 'MEMBER_OF karel-brandt>uzbekistan');
    await hasNot('Karel Brandt, an Uzbek fighter, was arrested by the Levy.', 'MEMBER_OF karel-brandt>uzbekistan');
    await hasNot('An Uzbek operative, Karel Brandt, was arrested.', 'MEMBER_OF karel-brandt>uzbekistan');
    await hasNot('The Uzbek ideologue Karel Brandt was arrested.', 'MEMBER_OF karel-brandt>uzbekistan');
  });

  it('keeps the body a name gives, and a state role keeps its state', async () => {
    await has('Karel Brandt, a Front militant, was killed in the raid.', 'MEMBER_OF karel-brandt>front');
    await has('An Uzbek official, Karel Brandt, was arrested.', 'MEMBER_OF karel-brandt>uzbekistan');
    await has('An Uzbek diplomat, Karel Brandt, was summoned.', 'MEMBER_OF karel-brandt>uzbekistan');
  });
});

describe('a diplomatic title', () => {
  it('places its holder in the sending government', async () => {
    await has('The British High Commissioner, Karel Brandt, met the delegation.', 'MEMBER_OF karel-brandt>united-kingdom');
    await has("Ostmark's consul general in Tarn, Karel Brandt, was summoned.", 'MEMBER_OF karel-brandt>ostmark');
    await has("Karel Brandt, Valdoria's consul in Tarn, was summoned.", 'MEMBER_OF karel-brandt>valdoria');
    await has("Valdoria's high commissioner, Karel Brandt, was recalled.", 'MEMBER_OF karel-brandt>valdoria');
    await has('Karel Brandt, the Uzbek consul, was expelled.', 'MEMBER_OF karel-brandt>uzbekistan');
  });

  it('keeps its holder when a place phrase after it hangs elsewhere', async () => {
    await has('Valdoria summoned the Uzbek envoy in Tarn, Karel Brandt, and lodged a protest.', 'MEMBER_OF karel-brandt>uzbekistan');
    await has('Valdoria has summoned the Uzbek consul in Tarn, Karel Brandt, and lodged a protest.', 'MEMBER_OF karel-brandt>uzbekistan');
    await has("Ostmark summoned Valdoria's envoy in Tarn, Karel Brandt, and lodged a protest.", 'MEMBER_OF karel-brandt>valdoria');
  });

  it('needs a state to place them in', async () => {
    await hasNot('The high commissioner, Karel Brandt, left for Tarn.', 'MEMBER_OF karel-brandt>valdoria');
    await hasNot('Karel Brandt met the British High Commissioner.', 'MEMBER_OF karel-brandt>united-kingdom');
    await hasNot("Karel Brandt met Valdoria's consul in Tarn.", 'MEMBER_OF karel-brandt>valdoria');
    await hasNot('Valdoria summoned the Uzbek envoy in Tarn, Karel Brandt said.', 'MEMBER_OF karel-brandt>uzbekistan');
    await hasNot(
      'Valdoria summoned the Uzbek envoy in Tarn, near Ostmark, and Karel Brandt protested.',
      'MEMBER_OF karel-brandt>uzbekistan',
    );
  });
});

describe('a body named "the <head> of <state>"', () => {
  it('runs through the state after "of"', async () => {
    await has(
      'Karel Brandt, a senior official of the Workers Party of Valdoria, met Ida Voss.',
      'MEMBER_OF karel-brandt>workers-party-of-valdoria',
    );
    await has('The Workers Party of Valdoria accused Ostmark of sheltering the Front.', 'ACCUSES workers-party-of-valdoria>ostmark');
    await has('The Democratic Alliance of Ostmark rejected the demand of the Front.', 'REJECTS democratic-alliance-of-ostmark>front');
    await has('The Supreme Council of Ostmark rejected the demand of the Front.', 'REJECTS supreme-council-of-ostmark>front');
    await has('The Harvest Party of Ostmark accused the Front of extortion.', 'ACCUSES harvest-party-of-ostmark>front');
  });

  it('needs a head that tells a kind and a known state after "of"', async () => {
    await hasNot('Officials of the Ministry of Tarn Affairs accused the Front of extortion.', 'ACCUSES ministry-of-tarn>front');
    await hasNot(
      'Karel Brandt, a senior official of the Workers Party in Valdoria, met Ida Voss.',
      'MEMBER_OF karel-brandt>workers-party-of-valdoria',
    );
    await hasNot('The Friends of Valdoria accused the Front of extortion.', 'ACCUSES friends-of-valdoria>front');
  });
});

describe("a place's council", () => {
  it('is a body of its own', async () => {
    await has('The Tarn Elders Jirga demanded that the Levy withdraw.', 'DEMANDS tarn-elders-jirga>levy');
    await has('The Tarn Qaumi Jirga accused the Front of extortion.', 'ACCUSES tarn-qaumi-jirga>front');
    await has('The Tarn Traders Council accused the Front of extortion.', 'ACCUSES tarn-traders-council>front');
    await has('The Tarn Tribal Council demanded that the Levy withdraw.', 'DEMANDS tarn-tribal-council>levy');
    await has('A Tarn Elders Shura accused the League of extortion.', 'ACCUSES tarn-elders-shura>league');
  });

  it('needs a capitalised name between the place and the council noun', async () => {
    expect(await entityNames('The Tarn jirga demanded that the Levy withdraw.')).not.toContain('Tarn jirga');
    await hasNot('The Tarn jirga demanded that the Levy withdraw.', 'DEMANDS tarn-jirga>levy');
    await hasNot('The Tarn Elders demanded that the Levy withdraw.', 'DEMANDS tarn-elders>levy');
  });
});

describe('a name with hyphened connectors', () => {
  it('is counted by its words', async () => {
    expect(await entityNames('Abu Karim al-Tarnawi was killed in the raid.')).toContain('Abu Karim al-Tarnawi');
    expect(await entityNames('Abu Bakr Karim al-Tarnawi was killed in the raid.')).toContain('Abu Bakr Karim al-Tarnawi');
  });

  it('still does not make a long titled phrase a person', async () => {
    expect(await entityNames('In a statement, the Ministry of Foreign Affairs said the talks failed.')).not.toContain(
      'Ministry of Foreign Affairs',
    );
  });
});

describe('a name with a lower-case hyphened syllable', () => {
  it('runs past the hyphen', async () => {
    await has('Valdorian envoy Brandt Ki-moon accused the Front of extortion.', 'ACCUSES brandt-ki-moon>front');
    await has('Valdorian envoy Tarek Jong-un accused the Front of extortion.', 'ACCUSES tarek-jong-un>front');
    await has('Valdorian envoy Li Xiao-ming accused the Front of extortion.', 'ACCUSES li-xiao-ming>front');
    expect(await entityNames('UN envoy Park Min-jun met the delegation.')).toContain('Park Min-jun');
    expect(await entityNames('Valdorian minister Choi Soo-ah met the delegation.')).toContain('Choi Soo-ah');
  });

  it('stops at a hyphened modifier', async () => {
    await hasNot('A Front-backed militia led by Jonas Brandt attacked the Levy.', 'ATTACKS front-backed>levy');
    expect(await entityNames('The Ostmark-based envoy Jonas Brandt met the delegation.')).not.toContain('Ostmark-based envoy Jonas Brandt');
    expect(await entityNames('A Tarn-led delegation under Jonas Brandt met the Levy.')).not.toContain('Tarn-led');
  });
});

describe('a verb phrase conjoined to a noun', () => {
  it('shares the subject of the verb before it', async () => {
    await has('Karel Brandt spoke of his concerns and called on Ostmark to act.', 'DEMANDS karel-brandt>ostmark');
    await has('Valdoria voiced its concerns and called on Ostmark to act against the Front.', 'DEMANDS valdoria>ostmark');
    await has('The Front released a video and threatened the Levy with more attacks.', 'THREATENS front>levy');
    await has('Valdoria spoke of the dangers and urged Ostmark to expel the Front.', 'DEMANDS valdoria>ostmark');
    await has('Karel Brandt recalled the raids and accused Ostmark of arming the Front.', 'ACCUSES karel-brandt>ostmark');
  });

  it('leaves a participle that modifies the noun', async () => {
    await hasNot('Valdoria spoke of the raids and threats made against Ostmark.', 'THREATENS valdoria>ostmark');
    await hasNot('Valdoria listed the attacks and killings carried out against the Levy.', 'ATTACKS valdoria>levy');
    await hasNot('Karel Brandt spoke of the demands and appeals addressed to Ostmark.', 'DEMANDS karel-brandt>ostmark');
  });
});

describe('a mandative subjunctive tagged as an adjective', () => {
  it('is the demanded act, its noun phrase the one asked', async () => {
    await has('Valdoria demanded that Ostmark clear the hills.', 'DEMANDS valdoria>ostmark');
    await has('The Levy demanded that Ostmark free the hostages.', 'DEMANDS levy>ostmark');
    await has('Valdoria demanded that Ostmark and the Levy clear the hills of fighters.', 'DEMANDS valdoria>levy');
    await has('Valdoria demanded that Ostmark and the Levy clear the hills of fighters.', 'DEMANDS valdoria>ostmark');
    await has('The League demanded that Valdoria open the roads to Tarn.', 'DEMANDS league>valdoria');
  });

  it('needs a verb of demanding and a determiner after the word', async () => {
    await hasNot('Valdoria said that Ostmark clear the hills.', 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria noted that Ostmark had given clear answers.', 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria demanded that clear rules govern the hills of Ostmark.', 'DEMANDS valdoria>ostmark');
  });
});

describe('hosting a state', () => {
  it('is no shelter', async () => {
    await hasNot('Ostmark hosted Valdoria for talks.', 'SHELTERS ostmark>valdoria');
    await hasNot("Ostmark hosted Valdoria's delegation in May.", 'SHELTERS ostmark>valdoria');
    await hasNot('Valdoria was hosted by Ostmark for two days of talks.', 'SHELTERS ostmark>valdoria');
    await hasNot('Ostmark has hosted Valdoria and the League for talks.', 'SHELTERS ostmark>valdoria');
    await hasNot('Ostmark hosted Valdoria in its capital.', 'SHELTERS ostmark>valdoria');
  });

  it('leaves hosting an armed group, and sheltering a government', async () => {
    await has('Ostmark hosted the Front for years.', 'SHELTERS ostmark>front');
    await has('Ostmark has hosted the League and its leaders since 2019.', 'SHELTERS ostmark>league');
    await has('Ostmark sheltered Valdoria for years.', 'SHELTERS ostmark>valdoria');
  });
});

describe('a partitive appositive', () => {
  it("takes the role of the of-phrase's plural noun", async () => {
    await has("The Hill Brigade, one of the Front's factions, claimed the attack.", 'MEMBER_OF hill-brigade>front');
    await has('The Hill Brigade, one of the factions of the Front, claimed the attack.', 'MEMBER_OF hill-brigade>front');
    await has("Karel Brandt, one of the League's commanders, was arrested.", 'MEMBER_OF karel-brandt>league');
    await has('Karel Brandt, one of the commanders of the Front, was arrested by the Levy.', 'MEMBER_OF karel-brandt>front');
    await has("Karel Brandt, one of Valdoria's envoys, met the League.", 'MEMBER_OF karel-brandt>valdoria');
  });

  it('needs "one of" and a role noun', async () => {
    await hasNot('Karel Brandt, one of the victims of the Front, was buried.', 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, one of the Front's targets, survived.", 'MEMBER_OF karel-brandt>front');
    await hasNot("Karel Brandt, a critic of the Front's commanders, spoke.", 'MEMBER_OF karel-brandt>front');
  });
});

describe("joining a body's ranks", () => {
  it('is joining the body', async () => {
    await has("The Hill Brigade joined the Front's ranks in August.", 'MEMBER_OF hill-brigade>front');
    await has('The Front said the Hill Brigade had joined its ranks.', 'MEMBER_OF hill-brigade>front');
    await has("Karel Brandt joined the League's ranks in 2019.", 'MEMBER_OF karel-brandt>league');
    await has("The Hill Brigade rejoined the Front's fold.", 'MEMBER_OF hill-brigade>front');
    await has("Karel Brandt joined the Front's ranks after the raid.", 'MEMBER_OF karel-brandt>front');
  });

  it('needs a joining verb and an owner', async () => {
    await hasNot("The Levy thinned the Front's ranks.", 'MEMBER_OF levy>front');
    await hasNot("Karel Brandt left the Front's ranks in 2019.", 'MEMBER_OF karel-brandt>front');
    await hasNot('The Hill Brigade joined the ranks in August.', 'MEMBER_OF hill-brigade>front');
  });
});
