/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a role noun read as an adjective of the body's name ("X, the Front chief killed in a raid"):
 *   the role heads the phrase;
 * - an appositive role with a reduced relative read as a passive clause ("X, the League commander
 *   wounded in the clash, was moved"): the role is the name's appositive, the participle its
 *   modifier;
 * - the party anaphor: "the party's chief, X" is the last named party's;
 * - role nouns of party membership ("a candidate of", "a stalwart", "a legislator") and a
 *   party's local chapter ("the party's tehsil chief" is a member).
 * Near misses: "the party" with no party named before it, a body of another kind before it.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, NORTH_PROVINCE, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(...NORTH_PROVINCE, { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }),
);

describe('a role read as an adjective, or as the subject of a participle', () => {
  it('is the name’s appositive role', async () => {
    const killed = 'Ida Voss, the Front chief killed by Levy troops last year, had lived in Karn.';
    await has(killed, 'LEADS ida-voss>front');
    await has(killed, 'ATTACKS levy>ida-voss');
    await has('Ida Voss, the Front chief killed in a raid last year, had lived in Karn.', 'LEADS ida-voss>front');
    await has('Jan Hollis, the League commander wounded in the clash, was taken to Dorn.', 'MEMBER_OF jan-hollis>league');
    await has('Jan Hollis, the Front spokesman quoted by the radio, denied the claim.', 'SPOKESPERSON_FOR jan-hollis>front');
    await has('Jan Hollis, the Front commander arrested by the Levy in May, was freed.', 'MEMBER_OF jan-hollis>front');
  });

  it('not a role that acts', async () => {
    const acts = 'Ida Voss, the Front chief, killed two guards.';
    await has(acts, 'LEADS ida-voss>front');
    await hasNot(acts, 'ATTACKS levy>ida-voss');
  });
});

describe('the party anaphor', () => {
  it('is the party named last', async () => {
    await has('The People Party called a strike. The party’s chief, Jan Hollis, addressed the crowd.', 'LEADS jan-hollis>people-party');
    await has(
      'The People Party held a rally in Karn, and the party’s leader, Ida Voss, said it would not yield.',
      'LEADS ida-voss>people-party',
    );
    await has(
      'The People Party met on Monday. The ruling party’s spokesman, Jan Hollis, said talks would go on.',
      'SPOKESPERSON_FOR jan-hollis>people-party',
    );
    await has('The People Party marched in Karn. Ida Voss, the party’s tehsil chief, was shot.', 'MEMBER_OF ida-voss>people-party');
    await hasNot('The People Party marched in Karn. Ida Voss, the party’s tehsil chief, was shot.', 'LEADS ida-voss>people-party');
  });

  it('not without a party before it, nor a body of another kind', async () => {
    await hasNot('The Front attacked the Levy. The party’s chief, Jan Hollis, condemned it.', 'LEADS jan-hollis>front');
    await hasNot('The Front attacked the Levy. The party’s chief, Jan Hollis, condemned it.', 'LEADS jan-hollis>levy');
  });
});

describe('roles of party membership', () => {
  it('make the person a member', async () => {
    await has('Jan Hollis, a candidate of the People Party, was shot on Monday.', 'MEMBER_OF jan-hollis>people-party');
    await has('Ida Voss, a People Party stalwart, joined the protest.', 'MEMBER_OF ida-voss>people-party');
    await has('Jan Hollis, a People Party legislator, was wounded.', 'MEMBER_OF jan-hollis>people-party');
    await has('Ida Voss, the People Party nominee for Karn, was shot.', 'MEMBER_OF ida-voss>people-party');
    await has('Jan Hollis, a People Party parliamentarian, was wounded.', 'MEMBER_OF jan-hollis>people-party');
  });
});
