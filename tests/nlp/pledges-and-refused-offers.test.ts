/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a pledge of violence: "pledged to strike X", "promised further attacks on X" (a verb of
 *   promising threatens only through the hostile act it controls or names), with the repairs for
 *   an infinitive complement read as a purpose clause ("pledged to avenge … by striking X") and a
 *   document's participle hung on the verb that issued it ("released a statement on Monday
 *   promising attacks on X");
 * - an offer refused outright: "When X offered to extend the truce, Y refused";
 * - a finite clause of time under an irrealis verb states what happened ("When X offered …, Y refused");
 * - a ceasefire begun ("began a ceasefire with X");
 * - the subject read into a fronted phrase as an appositive ("In a video released on Monday, X,
 *   flanked by gunmen, said … and warned that …");
 * - "it" after a thing as its clause's topic ("the depot was chosen because it supplied the Levy").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY));
const threats = async (text: string) => (await rels(text)).filter((r) => r.startsWith('THREATENS'));

describe('a pledge of violence', () => {
  it('threatens whom the pledged act is aimed at', async () => {
    await has('The Front pledged to attack the Levy.', 'THREATENS front>levy');
    await has('The League promised to strike the Levy.', 'THREATENS league>levy');
    await has('The Front swore to kill Ida Voss.', 'THREATENS front>ida-voss');
    await has('The League promised further attacks on the Levy.', 'THREATENS league>levy');
  });

  it('reaches the act through an infinitive the parser made a purpose clause', async () => {
    await has('The Front spokesman pledged to avenge the killing of its commander by striking the Levy.', 'THREATENS front>levy');
  });

  it("reaches a document's participle hung on the verb that issued it", async () => {
    await has('The Front released a statement on Monday promising further attacks on the Levy.', 'THREATENS front>levy');
    await has('The League issued a statement, promising attacks on the Levy.', 'THREATENS league>levy');
  });

  it('not a pledge of anything else, nor a pledge that was not made', async () => {
    for (const text of [
      'The Front pledged support to the League.',
      'The League promised to rebuild the Levy barracks.',
      'The Front promised to release Ida Voss.',
      'The Front did not promise to attack the Levy.',
      'The Front released a video on Friday showing attacks on the Levy.',
    ])
      expect(await threats(text), text).toEqual([]);
  });
});

describe('an offer refused outright', () => {
  it('rejects the maker of the offer', async () => {
    await has('When Valdoria offered to extend the truce, the Front refused.', 'REJECTS front>valdoria');
    await has('Ostmark offered a truce to the League, but the League declined.', 'REJECTS league>ostmark');
    await has('Valdoria proposed talks with the League. The League refused to do so.', 'REJECTS league>valdoria');
  });

  it('not a refusal of something else, nor by the side that made the offer', async () => {
    await hasNot('Valdoria proposed talks with the League. The Levy refused to comment.', 'REJECTS levy>valdoria');
    await hasNot('Valdoria proposed talks with the League. The League refused to comment.', 'REJECTS league>valdoria');
    await hasNot('Valdoria offered to extend the truce, and the Valdorian Army refused.', 'REJECTS valdoria-army>valdoria');
    await hasNot('Valdoria offered to extend the truce. The League refused the grain it was sent.', 'REJECTS league>valdoria');
  });
});

describe('a finite clause of time under an irrealis verb', () => {
  it('states what happened; an infinitive under the verb still does not', async () => {
    await has('After the Front attacked the Levy, Ostmark refused to talk.', 'ATTACKS front>levy');
    await hasNot('Ostmark refused to attack the Levy when the Front asked.', 'ATTACKS ostmark>levy');
  });
});

describe('a ceasefire begun', () => {
  it('is a ceasefire between the two', async () => {
    await has('Valdoria began a ceasefire with the Front in June.', 'CEASEFIRE_WITH valdoria>front');
    await has('Ostmark and the League started a truce on Monday.', 'CEASEFIRE_WITH ostmark>league');
  });
});

describe('the subject read into a fronted phrase as an appositive', () => {
  it('speaks the verb after it', async () => {
    await has(
      'In a video released on Thursday, Karel Brandt, flanked by officers, warned that the Front would be hit again.',
      'THREATENS karel-brandt>front',
    );
  });
});

describe('"it" after a thing as its clause\'s topic', () => {
  it('refers to the thing, not to an actor named before', async () => {
    await hasNot('The Front said the depot had been chosen because it supplied the Levy.', 'SUPPORTS front>levy');
  });

  it('not when the thing is owned: "it" is then its owner', async () => {
    await has('The Front said its depot had been bombed because it supplied the Levy.', 'SUPPORTS front>levy');
  });
});
