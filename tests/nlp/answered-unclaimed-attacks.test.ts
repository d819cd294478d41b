/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - the attacked side killing an armed group after an attack whose attacker is not known yet
 *   answers that attack, so a later claim is of the attack, not of the answer ("… troops had
 *   killed ten fighters of the League. Responsibility was claimed by the Front": the Front
 *   attacked the Levy, not the League);
 * - a relative clause of saying the parser reads as a modifier ("the Levy, which said troops had
 *   killed ten fighters"): the relative pronoun is the speaker and the reported clause its
 *   complement.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors({ id: 'lpr', name: 'Levy Public Relations', kind: 'SecurityForce', aliases: ['LPR'] }),
);
const unclaimed = 'Attackers rammed a truck into the wall of a Levy depot on Monday. Eight Levy soldiers were killed.';

describe('the attacked side answering an unclaimed attack', () => {
  it('is no attack a later claim refers to', async () => {
    const text = `${unclaimed} The Levy said its troops had killed ten fighters of the Amber League. Responsibility was claimed by the Red Crescent Front.`;
    await has(text, 'ATTACKS front>levy');
    await hasNot(text, 'ATTACKS front>league');
    await has(`${unclaimed} Levy troops shot dead six League fighters. The Front claimed the attack.`, 'ATTACKS front>levy');
    await hasNot(`${unclaimed} Levy troops shot dead six League fighters. The Front claimed the attack.`, 'ATTACKS front>league');
    await has(`${unclaimed} Levy troops shot dead six League fighters. The Front claimed the attack.`, 'ATTACKS levy>league');
  });

  // (a raid on the group's camp stays an attack of its own: responsibility-nearby-and-bare-blame.test.ts)
  it('not an attack by someone other than the attacked', async () => {
    await has(`${unclaimed} Valdorian jets bombed League camps. The Front claimed the raid.`, 'ATTACKS front>league');
  });
});

describe('a relative clause of saying read as a modifier', () => {
  it('makes the relative pronoun the speaker of the reported clause', async () => {
    await has(
      'Eight soldiers were killed, according to the Levy, which said troops had killed ten fighters of the Amber League.',
      'ATTACKS valdoria>league',
    );
    await hasNot(
      'Eight soldiers were killed, according to the Levy, which said troops had killed ten fighters of the Amber League.',
      'ATTACKS valdoria>levy',
    );
    await has(
      'Eight soldiers were killed, according to Levy Public Relations, the media wing, which said troops had killed all ten fighters of the Amber League.',
      'ATTACKS valdoria>league',
    );
    await hasNot(
      'Eight soldiers were killed, according to Levy Public Relations, the media wing, which said troops had killed all ten fighters of the Amber League.',
      'ATTACKS valdoria>lpr',
    );
    await has('The Front, which said its fighters had attacked the Levy, named no target.', 'ATTACKS front>levy');
  });

  it('not a relative clause whose object the pronoun is', async () => {
    await hasNot('The Levy, which the Front said it had attacked, denied the report.', 'ATTACKS levy>front');
  });
});
