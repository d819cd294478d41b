/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a complementizer read as an object ("Valdoria says that Ostmark shelters the Front", with a
 *   verb form that is also a plural noun): the clause is the complement of the verb of saying
 *   (2-parse/clause-repairs.ts `repairComplementizerAsObject`);
 * - a stance stated as a copular content clause ("Valdoria's position is that …"): the owner's
 *   reported speech (2-parse/mask-names.ts `stanceAsSpeech`, lexicon `stanceNouns`);
 * - an armed group's announced future violence under a plain verb of saying ("the Front said it
 * would wage war on the Levy", "its spokesman said the group would strike X") is a threat
 * (CAMEO 13x; 4-relations/reported.ts `armedSpeaker`), while a state's announced operation and an
 * outsider's forecast stay no threat;
 * - a verb of saying or warning coordinated with another ("X said … and warned that Y would face
 *   more attacks") has the first verb's subject as its speaker (4-relations/factuality.ts
 *   `speakerOf`), also after a copular reported clause ("said the bombing was revenge and warned …";
 *   2-parse/repairs.ts, the finite form of the speaker-participle repair);
 * - a quotation before its attribution ('"We will hit Ostmark," Ida Voss said'): the verb of
 *   saying governs the quotation also after a closing quotation mark (2-parse/clause-repairs.ts
 *   `repairTrailingSpeech`), and "we" is the body the speaker was set in apposition to where the
 *   article named them first, also when the speaker is "he" (3-mentions/first-person.ts);
 * - declared targets ("the Levy will remain our targets", "X's posts are legitimate targets"): the
 *   target noun's owner threatens the clause's subject (4-relations/declared-targets.ts);
 * - a noun of acting with an against-phrase ("would resume its activities against X", "would
 *   take action against X") in a warning is a threat against X (lexicon `againstActs`);
 * - outright punishment announced under a plain verb of saying ("said the Levy would hunt down
 *   the Front", "would crush X") is a threat whoever the speaker (lexicon `punitiveVerbs`), and a
 *   title's speaker is the person set in apposition to it ("the Levy commander, General X, said":
 *   4-relations/record.ts `speakerMentions`).
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }));

describe('an armed group announcing violence', () => {
  it('threatens its target', async () => {
    await has('The Front said it would wage open war on the Levy.', 'THREATENS front>levy');
    await has("Ida Voss, the Front's spokesman, said the group would strike Valdoria and its interests.", 'THREATENS front>valdoria');
  });

  it('is no threat when a state announces an operation or an outsider forecasts', async () => {
    await hasNot('Valdoria said its army would pursue the Front.', 'THREATENS valdoria>front');
    await hasNot('An analyst said the Front would attack the Levy.', 'THREATENS front>levy');
    await hasNot('The Front said it would not attack the Levy.', 'THREATENS front>levy');
  });
});

describe('outright punishment announced under a plain verb of saying', () => {
  it("threatens the punished, by the speaker or the person in apposition to the speaker's title", async () => {
    await has('The Levy said it would hunt down the Front.', 'THREATENS levy>front');
    await has('Valdoria said its forces would crush the Front.', 'THREATENS valdoria>front');
    await has('The Levy commander, General Karel Brandt, said the Levy will hunt down the Front.', 'THREATENS karel-brandt>front');
    await hasNot('The Levy commander, General Karel Brandt, said the Levy will hunt down the Front.', 'THREATENS levy>front');
  });

  it("is no threat for a state's operation, nor for another side's forces", async () => {
    await hasNot('Valdoria said the Levy would pursue the Front.', 'THREATENS valdoria>front');
    await hasNot('Valdoria said the Levy would launch an operation against the Front.', 'THREATENS valdoria>front');
    await hasNot('Karel Brandt said the Levy will hunt down the Front.', 'THREATENS karel-brandt>front');
  });
});

describe('a complementizer the parser read as an object', () => {
  it('leaves the clause reported speech', async () => {
    await has('Valdoria says that Ostmark shelters the Front.', 'ACCUSES valdoria>ostmark');
    await has('Valdoria says that Ostmark arms the Front.', 'ACCUSES valdoria>ostmark');
  });
});

describe('a stance stated as a copular content clause', () => {
  it('is what its owner holds: reported speech', async () => {
    await has("Valdoria's view is that Ostmark shelters the Front.", 'ACCUSES valdoria>ostmark');
    await has("Valdoria's position was that Ostmark arms the Front.", 'ACCUSES valdoria>ostmark');
  });

  it('needs a stance noun and a that-clause', async () => {
    await hasNot("Valdoria's position on Ostmark is unchanged.", 'ACCUSES valdoria>ostmark');
    await hasNot("Valdoria's capital is where Ostmark shelters the Front.", 'ACCUSES valdoria>ostmark');
  });
});

describe('a coordinated verb of saying or warning', () => {
  it("speaks with the first verb's subject", async () => {
    await has(
      "Ida Voss, the Front's spokesman, said the bombing was revenge and warned that Valdoria would face more attacks.",
      'THREATENS front>valdoria',
    );
    await has('The Front claimed the attack and warned that the Levy would face more such attacks.', 'THREATENS front>levy');
    await has("Valdoria condemned the blast and said Ostmark must hand over the Front's leaders.", 'DEMANDS valdoria>ostmark');
    await has('Ostmark welcomed the truce and said the Front should free its hostages.', 'DEMANDS ostmark>front');
    await has('Karel Brandt said the talks were over and insisted that Valdoria must free the prisoners.', 'DEMANDS karel-brandt>valdoria');
  });

  it('is no threat from an outsider, and a clause with its own subject keeps it', async () => {
    await hasNot(
      'Karel Brandt, an analyst, said the talks were over and warned that the Front would attack the Levy.',
      'THREATENS front>levy',
    );
    await hasNot(
      'Ida Voss said the talks were over, and Valdoria warned that the Levy would face more attacks.',
      'THREATENS ida-voss>levy',
    );
    await hasNot('Valdoria condemned the blast and said Ostmark would not hand over the suspects.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a declared target', () => {
  it("is a threat by the target noun's owner", async () => {
    await has(
      'The Front claimed the attack. "We have more such attacks in our plans, and the Levy will remain our targets," Ida Voss, the Front\'s spokesman, said.',
      'THREATENS front>levy',
    );
    await has(
      "Ida Voss, the Front's spokesman, said Valdoria and the Levy would be the group's first targets.",
      'THREATENS front>valdoria',
    );
    await has("The Front has warned that the Levy's posts are legitimate targets.", 'THREATENS front>levy');
    await has("The League said Ostmark's convoys had become its targets.", 'THREATENS league>ostmark');
    await has('The Front vowed that Valdoria would stay a target until its troops left.', 'THREATENS front>valdoria');
  });

  it('is no threat when it tells of an attack, is negated, or has no owner', async () => {
    await hasNot("The Levy's posts were the targets of the Front's attack.", 'THREATENS front>levy');
    await hasNot('The Front said the Levy would not be its target.', 'THREATENS front>levy');
    await hasNot('Karel Brandt said the Levy was the main target.', 'THREATENS karel-brandt>levy');
  });
});

describe('a quotation before its attribution', () => {
  it("is the speaker's body's threat", async () => {
    await has('"We will hit Ostmark again," Ida Voss, a spokesman for the Front, said.', 'THREATENS front>ostmark');
    await has('Ida Voss, a spokesman for the Front, spoke to reporters. "We will hit Ostmark," Voss said.', 'THREATENS front>ostmark');
    await has(
      'Ida Voss, a spokesman for the Front, told reporters the group was behind the blast. "We will also hit Ostmark and its interests," he said.',
      'THREATENS front>ostmark',
    );
    await has('Ida Voss, a spokesman for the Front, called us. "We will strike the Levy," she said.', 'THREATENS front>levy');
    await has('"Valdoria is sheltering the League," Ida Voss, a spokesman for the Front, said.', 'ACCUSES front>valdoria');
  });

  it("is nobody's threat when the speaker speaks for no body", async () => {
    await hasNot('Ida Voss said the Front had lost. "We will hit Ostmark," Voss said.', 'THREATENS front>ostmark');
    await hasNot(
      'Ida Voss, a spokesman for the Front, spoke. Karel Brandt, an analyst, disagreed. "We will hit Ostmark," he said.',
      'THREATENS front>ostmark',
    );
    await hasNot('"We will not hit Ostmark," Ida Voss, a spokesman for the Front, said.', 'THREATENS front>ostmark');
  });
});

describe('a noun of acting with an against-phrase in a warning', () => {
  it('threatens the target', async () => {
    await has('The Front warned that its fighters would resume their activities against the Levy.', 'THREATENS front>levy');
    await has('The Front warned that it would take action against the Levy.', 'THREATENS front>levy');
  });

  it("is no threat of the speaker's when another is to act", async () => {
    await hasNot('The Front warned that the Levy would take action against Ostmark.', 'THREATENS front>ostmark');
  });
});
