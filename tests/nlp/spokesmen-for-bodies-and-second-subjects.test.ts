/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a title with a for-phrase is no office anaphor: "X, the spokesman for the Ostmark government"
 *   names the body in the phrase (as "the chief of Y" does), not whoever held some office;
 * - a body's outlet ("Dawn Radio, the League's propaganda outlet") is part of it;
 * - an appositive read as a second subject ("In a statement carried by X, the League's outlet, the
 *   Front said it …"): the speaker is the subject that runs up to the verb.
 * Near misses: a subject with its own appositive ("the group's spokesman, X, said").
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
    { id: 'dawn-radio', name: 'Dawn Radio', kind: 'Organization', aliases: [] },
  ),
);

describe('a title with a for-phrase', () => {
  it('names the body in the phrase', async () => {
    await has(
      'In Karn, Jan Hollis, the spokesman for the Ostmark government, condemned the bombing.',
      'SPOKESPERSON_FOR jan-hollis>ostmark',
    );
    await has('Ida Voss, the spokeswoman for the Levy, denied the report.', 'SPOKESPERSON_FOR ida-voss>levy');
    await has('Jan Hollis, the spokesman for the Front, said the truce was over.', 'SPOKESPERSON_FOR jan-hollis>front');
  });
});

describe('an outlet of a body', () => {
  it('is part of it', async () => {
    await has("The League claimed the attack through Dawn Radio, the group's propaganda outlet.", 'MEMBER_OF dawn-radio>league');
    await has('Dawn Radio, the media outlet of the Front, carried the statement.', 'MEMBER_OF dawn-radio>front');
  });
});

describe('an appositive read as a second subject', () => {
  it('leaves the speaker the subject before the verb', async () => {
    const carried = "In a statement carried by Dawn Radio, the League's propaganda outlet, the Front said it had struck the Levy.";
    await has(carried, 'ATTACKS front>levy');
    await hasNot(carried, 'ATTACKS league>levy');
    await has(carried, 'MEMBER_OF dawn-radio>league');
  });

  it('not a subject with its own appositive', async () => {
    const own = "In a statement sent to reporters, the group's spokesman, Jan Hollis, said the Front had struck the Levy.";
    await has(own, 'ATTACKS front>levy');
  });
});
