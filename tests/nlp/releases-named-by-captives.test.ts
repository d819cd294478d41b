/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - captives named with their captor ("two Levy guards abducted by the Front were released"):
 *   the captor releases them (and the reduced-relative garden path keeps the passive subject);
 * - an armed group's men released by no one named ("several Front prisoners were freed") are
 *   released by the state the group fights.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('captives named with their captor', () => {
  it('are released by the captor', async () => {
    await has('Two Levy guards abducted by the Front were released last week.', 'RELEASES front>levy');
  });
});

describe("an armed group's men released by no one named", () => {
  it('are released by the state the group fights', async () => {
    await has('Several Front prisoners were freed in November as a goodwill gesture.', 'RELEASES valdoria>front');
  });

  it('not a release someone is named for, nor the men of no armed group', async () => {
    await hasNot('Several Front prisoners were freed by Ostmark in November.', 'RELEASES valdoria>front');
    await hasNot('Several Levy guards were freed in November.', 'RELEASES valdoria>levy');
  });
});
