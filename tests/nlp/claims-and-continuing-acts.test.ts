/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a bare responsibility claim ("The Front claimed responsibility within hours", "Responsibility
 *   was claimed by the Front") owns the attack the article reported last, sentences before, when
 *   that report named no attacker (4-relations/claims.ts `matchBareClaim`);
 * - an attack reported without its attacker ("the blasts at a Levy base", "a bomb exploded at a
 *   Levy post") names that victim (claims.ts `noteAgentlessAttack`, `noteBlast`, lexicon
 *   `blastVerbs`); an earlier event in a clause after "after" does not (verbal.ts `earlierEvent`);
 * - a continuing act after "on" ("went on attacking X", "kept on shelling X") is the aspectual
 *   verb's complement (2-parse/phrase-repairs.ts `repairAspectualOnGerund`);
 * - an announced continuation of attacks ("would continue attacks on X", "would keep up attacks
 *   on X") is a threat by an armed group's own side (4-relations/reported.ts);
 * - a partitive ("the last of the attackers", "the remnants of the Front") stands for its
 *   of-phrase (4-relations/arguments.ts `QUANTITIES`);
 * - a capitalised name ending in a place word ("Iqbal Park") is no proposed actor, even after a
 *   given name (3-mentions/propose-actor.ts, lexicon `placeHeads`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const actors = inventedActors();
const { has, hasNot, entityNames } = relationChecks(parser, actors);

describe('a bare responsibility claim', () => {
  it('owns the attack reported sentences before', async () => {
    await has(
      'A bomb ripped through a Levy convoy on Monday, killing nine. Doctors said 12 were wounded. Responsibility was claimed by the Front.',
      'ATTACKS front>levy',
    );
    await has(
      'The blasts at a Levy base killed twelve. Residents fled. Relatives wept at the hospital. The League accepted responsibility on Tuesday.',
      'ATTACKS league>levy',
    );
    await has(
      'A suicide bombing on a Levy checkpoint killed five. Witnesses described chaos. The Front admitted responsibility.',
      'ATTACKS front>levy',
    );
    await has(
      'A bomb exploded at a Levy post on Monday, killing nine. Doctors said 12 were wounded. The police chief said the blast was heard miles away. Residents fled. The Front claimed responsibility on Tuesday.',
      'ATTACKS front>levy',
    );
    await has(
      'Two bombers struck a training centre on Friday. The twin blasts at the Levy centre were the deadliest this year. Police said the first bomber blew himself up at the gate. Doctors said 120 people were wounded. The Front claimed responsibility within hours.',
      'ATTACKS front>levy',
    );
  });

  it("is the group's when a member claims", async () => {
    await has(
      'A bomb exploded at a Levy post on Monday. Within hours, Ida Voss, a commander of the Front, claimed responsibility on social media.',
      'ATTACKS front>levy',
    );
    await hasNot(
      'A bomb exploded at a Levy post on Monday. Within hours, Ida Voss, a commander of the Front, claimed responsibility on social media.',
      'ATTACKS ida-voss>levy',
    );
  });

  it('is not blocked by an earlier attack told as its time', async () => {
    await has(
      'A bomb exploded at a Levy post on Monday. It came days after the League attacked a Valdoria convoy. The Front claimed responsibility.',
      'ATTACKS front>levy',
    );
    await has(
      'A bomb exploded at a Levy post on Monday. It came two days after the League attacked a Valdoria convoy. The Front claimed responsibility.',
      'ATTACKS league>valdoria',
    );
  });

  it('does not reach a denial, a far report, a named other act or an earlier event', async () => {
    await hasNot('A bomb exploded at a Levy post. The Front denied responsibility.', 'ATTACKS front>levy');
    await hasNot(
      'A bomb exploded at a Levy post. The Front claimed responsibility for an attack on Valdoria in May.',
      'ATTACKS front>levy',
    );
    const filler = Array.from({ length: 13 }, (_, k) => `Report ${k + 1} followed.`).join(' ');
    await hasNot(`A bomb exploded at a Levy post. ${filler} The Front claimed responsibility.`, 'ATTACKS front>levy');
    await hasNot('The blast came a day after unknown men attacked a Levy post. The Front claimed responsibility.', 'ATTACKS front>levy');
  });

  it('is no attack on an ally the sentence names', async () => {
    await hasNot(
      'Unknown men killed a Levy commander on Sunday. The League, a faction allied with the Levy, claimed responsibility.',
      'ATTACKS league>levy',
    );
  });
});

describe('a continuing act after "on"', () => {
  it('is the act itself', async () => {
    await has('The Front kept on attacking the Levy.', 'ATTACKS front>levy');
    await has('The Front carried on shelling the Levy after the truce.', 'ATTACKS front>levy');
    await has('The League went on bombing the Levy for a week.', 'ATTACKS league>levy');
    await has('The Front said the movement would go on attacking the Levy.', 'THREATENS front>levy');
    await has("Ida Voss, the Front's spokesman, said the group would keep on striking the Levy.", 'THREATENS front>levy');
  });

  it('needs the act to happen and a party of its own to threaten', async () => {
    await hasNot('The Front did not go on attacking the Levy.', 'ATTACKS front>levy');
    await hasNot('The Front went on to praise the Levy.', 'ATTACKS front>levy');
    await hasNot('An analyst said the Front would go on attacking the Levy.', 'THREATENS front>levy');
  });
});

describe('an announced continuation of attacks', () => {
  it('threatens the target', async () => {
    await has(
      'Ida Voss, a spokesman for the Front, said the group would continue attacks on the Levy until troops withdrew.',
      'THREATENS front>levy',
    );
    await has('The Front said it would resume attacks on the Levy.', 'THREATENS front>levy');
    await has('The Front said it would continue its strikes against Valdoria.', 'THREATENS front>valdoria');
    await has("Ida Voss, the Front's spokesman, said the movement would keep up attacks on the Levy.", 'THREATENS front>levy');
    await has('The Front kept up its attacks on the Levy through the winter.', 'ATTACKS front>levy');
  });

  it('is no threat from an outsider, negated, or announced by a state', async () => {
    await hasNot('An analyst said the Front would continue attacks on the Levy.', 'THREATENS front>levy');
    await hasNot('The Front said it would not resume attacks on the Levy.', 'THREATENS front>levy');
    await hasNot('Valdoria said its army would continue operations against the Front.', 'THREATENS valdoria>front');
  });
});

describe('a partitive', () => {
  it('stands for its of-phrase', async () => {
    await has(
      'Gunmen stormed a Levy base on Sunday. The Front claimed the attack. Levy commandos stormed the building on Monday and killed the last of the attackers.',
      'ATTACKS levy>front',
    );
    await has('The Levy arrested the remnants of the Front in May.', 'DETAINS levy>front');
    await has('The Levy killed the rest of the Front fighters in the valley.', 'ATTACKS levy>front');
    await has('The Levy freed the majority of the League prisoners.', 'RELEASES levy>league');
    await has('Valdoria shelled the remainder of the Front positions.', 'ATTACKS valdoria>front');
  });

  it('needs a named or inferable side in the of-phrase', async () => {
    await hasNot('The last of the Levy troops left the valley on Monday.', 'ATTACKS levy>front');
    await hasNot('The Levy killed the rest of the bandits.', 'ATTACKS levy>front');
    await hasNot('The Levy cleared the last of the roads.', 'ATTACKS levy>front');
  });
});

describe('a name ending in a place word', () => {
  it('is not proposed as an actor', async () => {
    expect(await entityNames('The death toll from the bombing at Gulshan-e-Iqbal Park rose to 72.')).not.toContain('Iqbal Park');
    expect(await entityNames('A bomb exploded near Saddar Bazaar on Monday.')).not.toContain('Saddar Bazaar');
  });

  it('leaves a given name before a person-like head proposed', async () => {
    expect(await entityNames('Iqbal Khan, a spokesman for the Front, said the group was behind the blast.')).toContain('Iqbal Khan');
  });
});
