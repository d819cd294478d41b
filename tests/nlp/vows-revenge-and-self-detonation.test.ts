/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a vow's complement clause ("vowed that the war against X would go on") is a reported threat,
 *   as a warning's is; forecast attacks also come about by a verb of ensuing ("more attacks on X
 *   would follow");
 * - revenge taken on someone ("would take revenge on X") and revenge by hostile means ("vowed to
 *   avenge Y by striking X") threaten X; the one avenged is never the target;
 * - punishment foretold with a bare verb ("warned that X would pay");
 * - retaliation promised for "the attack" refers to the last attack only when the speaker's side
 *   was its victim;
 * - "the same group" refers back to the group just named;
 * - a possessor in an appositive is not its head ("X, the group's spokesman," is a person);
 * - a nationality before "presidency" is that state's government;
 * - a self-detonation ("blew himself up near a Levy post") attacks the actors of its place phrase;
 * - unnamed people do not mediate ("the bomber's facilitator").
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
  { id: 'iran', name: 'Government of Iran', kind: 'Government', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);
const ATTACK = 'The Front bombed a Levy post on Monday.';

describe("a vow's complement clause", () => {
  it('threatens the target of the future hostile act', async () => {
    await has(`${ATTACK} Ida Voss, the Front's chief, vowed that the war against the Levy would go on.`, 'THREATENS ida-voss>levy');
    await has(`${ATTACK} The Front vowed that its attacks on the Levy would continue.`, 'THREATENS front>levy');
    await has(`${ATTACK} The Front pledged that further strikes on the Levy would come.`, 'THREATENS front>levy');
    await has(`${ATTACK} Ida Voss, the Front's spokesman, said more attacks on the Levy would follow.`, 'THREATENS front>levy');
    await has(`${ATTACK} The Front promised that raids on the Levy would go on.`, 'THREATENS front>levy');
  });

  it('not a vow of something else, or a forecast by no party', async () => {
    await hasNot(`${ATTACK} Ida Voss, the Front's spokesman, said more talks with the Levy would follow.`, 'THREATENS front>levy');
    await hasNot(`${ATTACK} Analysts said more attacks on the Levy would follow.`, 'THREATENS front>levy');
    await hasNot(`${ATTACK} The Front vowed that its aid to the Levy would continue.`, 'THREATENS front>levy');
  });
});

describe('revenge', () => {
  it('taken on someone threatens them', async () => {
    await has(`${ATTACK} Ida Voss, the Front's chief, vowed that the Front would take revenge on the Levy.`, 'THREATENS ida-voss>levy');
    await has('The Front threatened that it would take revenge against Ostmark.', 'THREATENS front>ostmark');
    await has('The League vowed to exact vengeance on the Levy for the raid.', 'THREATENS league>levy');
    await has('The Front vowed to take revenge on the Levy.', 'THREATENS front>levy');
    await has('The League warned that it would take revenge on Valdoria.', 'THREATENS league>valdoria');
  });

  it('by hostile means threatens the target of the means', async () => {
    await has(
      `${ATTACK} Ida Voss, the Front's chief, has vowed to avenge his predecessor by striking the Levy.`,
      'THREATENS ida-voss>levy',
    );
    await has('The Front has vowed to avenge its commander by striking the Levy.', 'THREATENS front>levy');
    await has("Karl Brenner, the League's commander, vowed to avenge the fallen by attacking Valdoria.", 'THREATENS karl-brenner>valdoria');
    await has('The League threatened to avenge its dead by bombing Ostmark.', 'THREATENS league>ostmark');
    await has('The Front vowed to avenge the raid by ambushing the Levy.', 'THREATENS front>levy');
  });

  it('never threatens the one avenged', async () => {
    await hasNot('The Front vowed to avenge Karl Brenner.', 'THREATENS front>karl-brenner');
    await hasNot('The Front vowed to avenge Karl Brenner by rebuilding his school.', 'THREATENS front>karl-brenner');
    await hasNot('The League vowed to avenge Ida Voss by striking the Levy.', 'THREATENS league>ida-voss');
  });
});

describe('punishment foretold with a bare verb', () => {
  it("threatens the clause's subject", async () => {
    await has('Valdoria warned that the Front would pay for the massacre.', 'THREATENS valdoria>front');
    await has('Ostmark promised that the League would pay.', 'THREATENS ostmark>league');
    await has('The Front vowed that Valdoria would pay for the raid.', 'THREATENS front>valdoria');
    await has("The League's spokesman warned that Ostmark would pay dearly.", 'THREATENS league>ostmark');
    await has('Valdoria said the League would pay for the killings.', 'THREATENS valdoria>league');
  });

  it("not the speaker's own side, nor a past payment", async () => {
    await hasNot("Ida Voss, the Front's chief, said the Front would pay for its crimes.", 'THREATENS ida-voss>front');
    await hasNot('Valdoria said the League paid for the weapons.', 'THREATENS valdoria>league');
    await hasNot('Valdoria said the League would pay the fighters.', 'THREATENS valdoria>league');
  });
});

describe('retaliation promised for the attack', () => {
  it("refers to the last attack when the speaker's side was its victim", async () => {
    await has('The Front shelled Ostmark on Monday. Ostmark vowed that the attack would not go unanswered.', 'THREATENS ostmark>front');
  });

  it('not to an attack on another side', async () => {
    await hasNot(
      'The Front shelled the Levy on Monday. Ostmark vowed that the strikes would not go unanswered.',
      'THREATENS ostmark>front',
    );
  });
});

describe('"the same group"', () => {
  it('is the group just named', async () => {
    await has(
      'Officials blamed the League for the ambush. Valdorian jets then struck camps of the same group in Karn.',
      'ATTACKS valdoria>league',
    );
    await has(
      'In May, after an attack that Valdoria blamed on the League, the Levy raided hideouts of the same group.',
      'ATTACKS levy>league',
    );
    await has('The Levy fought the League in Karn. Days later the Levy raided a base of the same group.', 'ATTACKS levy>league');
    await has('Ostmark armed the Front in 2019. A year later Ostmark armed the same group again.', 'SUPPORTS ostmark>front');
    await has('The League attacked Karn. Valdoria then struck the same group near the border.', 'ATTACKS valdoria>league');
  });

  it('not the same day or place', async () => {
    await hasNot('The League attacked Karn. The same day the Levy met Valdoria.', 'ATTACKS levy>league');
  });
});

describe('a possessor in an appositive', () => {
  it("is not the appositive's head: a newly named spokesman is a person", async () => {
    const claim = 'A bomber struck a Levy post in Karn. Responsibility was claimed by the League.';
    await has(`${claim} Piet Zandberg, the group's spokesman, said the Levy was the target.`, 'SPOKESPERSON_FOR piet-zandberg>league');
    await has(`${claim} Jan Hollis, the group's commander, confirmed it.`, 'MEMBER_OF jan-hollis>league');
    await has(`${claim} Mara Tesk, the outfit's spokeswoman, confirmed it.`, 'SPOKESPERSON_FOR mara-tesk>league');
    await has(`${claim} Piet Zandberg, the group's spokesman, confirmed it.`, 'ATTACKS league>levy');
  });

  it('while a described group is still a group', async () => {
    await has('Dorn Rising, a splinter group, said it attacked the Levy.', 'ATTACKS dorn-rising>levy');
  });
});

describe('a nationality before "presidency"', () => {
  it("is the state's government", async () => {
    await has('Karl Brenner, a deputy spokesman for the Iranian presidency, dismissed the charge.', 'SPOKESPERSON_FOR karl-brenner>iran');
    await has("Karl Brenner, the Iranian presidency's spokesman, dismissed the charge.", 'SPOKESPERSON_FOR karl-brenner>iran');
    await has('The Iranian presidency accused the Front of the bombing.', 'ACCUSES iran>front');
    await has('The Iranian presidency condemned the League and demanded that it free the hostages.', 'DEMANDS iran>league');
    await has('The Iranian presidency blamed the Front for the attack on its embassy.', 'ACCUSES iran>front');
  });
});

describe('a self-detonation', () => {
  it('attacks the actors of its place phrase', async () => {
    await has('A League bomber blew himself up near a Levy post in Karn on Monday.', 'ATTACKS league>levy');
    await has('A bomber from the Front blew himself up beside Levy officers in Karn.', 'ATTACKS front>levy');
    await has('A League suicide bomber detonated his vest among Levy recruits.', 'ATTACKS league>levy');
    await has('A Front attacker blew himself up outside the Levy headquarters.', 'ATTACKS front>levy');
    await has('A suicide bomber blew himself up near a Levy post. The League claimed the attack.', 'ATTACKS league>levy');
  });

  it('not a place alone, a thing blown up, or a bombing that did not happen', async () => {
    await hasNot('Levy engineers blew up a bridge near the Front positions.', 'ATTACKS levy>front');
    await hasNot('The Front bomber was arrested before he could blow himself up near the Levy barracks.', 'ATTACKS front>levy');
    await hasNot('A League bomber blew himself up in Karn.', 'ATTACKS league>karn');
  });
});

describe('unnamed people', () => {
  it('do not mediate', async () => {
    const talks = 'Valdoria and Ostmark held talks in Karn on Monday. A Front bomber struck a Levy post on Tuesday.';
    await hasNot(`${talks} Police arrested Karl Brenner, whom they described as the bomber's facilitator.`, 'MEDIATES front>valdoria');
    await hasNot(`${talks} Police named Karl Brenner as the bomber's facilitator.`, 'MEDIATES front>ostmark');
  });

  it('while a named facilitator still mediates', async () => {
    await has('Ostmark acted as a facilitator between Valdoria and the Front.', 'MEDIATES ostmark>valdoria');
  });
});
