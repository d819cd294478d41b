/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a singular role set off after the last of several names ("X and Y, the Front's chief"): it
 *   describes the last name, not the first (the parser hangs it on the coordination's head);
 * - reduced relatives after a set-off object read as conjoined verbs ("joined the Front, formed
 *   in 2007 and led by X, in May"): they describe the object, not the subject's acts.
 * Near misses: a plural role after several names, a second clause with a subject of its own.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('a singular role after the last of several names', () => {
  it('describes the last name', async () => {
    const chief = "The list is understood to include Jan Hollis and Ida Voss, the Front's chief, who is believed to be in Karn.";
    await has(chief, 'LEADS ida-voss>front');
    await hasNot(chief, 'LEADS jan-hollis>front');
    await has("The raid killed Jan Hollis and Ida Voss, the League's spokeswoman.", 'SPOKESPERSON_FOR ida-voss>league');
    await hasNot("The raid killed Jan Hollis and Ida Voss, the League's spokeswoman.", 'SPOKESPERSON_FOR jan-hollis>league');
    await has("Talks included Jan Hollis and Ida Voss, the Front's deputy chief.", 'MEMBER_OF ida-voss>front');
    await has("The Levy named Jan Hollis and Ida Voss, the League's leader, as suspects.", 'LEADS ida-voss>league');
  });

  it('not a plural role', async () => {
    await has("The list includes Jan Hollis and Ida Voss, the Front's leaders.", 'LEADS jan-hollis>front');
  });
});

describe('reduced relatives after a set-off object read as conjoined verbs', () => {
  it('describe the object', async () => {
    await has('He had joined the League, formed this year and headed by Ida Voss, only weeks before the vote.', 'LEADS ida-voss>league');
    const founded = 'Jan Hollis had joined the Front, founded in 2007 and led by Ida Voss, in May.';
    await has(founded, 'LEADS ida-voss>front');
    await has(founded, 'MEMBER_OF jan-hollis>front');
    await has('The Levy attacked the Front, weakened by the winter and led by Ida Voss, in Karn.', 'LEADS ida-voss>front');
    await has('The Levy attacked the Front, weakened by the winter and led by Ida Voss, in Karn.', 'ATTACKS levy>front');
  });

  it('not a clause with a subject of its own', async () => {
    await has('Ostmark backed the League, and the Front attacked the Levy.', 'ATTACKS front>levy');
    await hasNot('Ostmark backed the League, and the Front attacked the Levy.', 'ATTACKS ostmark>levy');
  });
});
