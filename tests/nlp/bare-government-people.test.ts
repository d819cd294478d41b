/**
 * Construction class, with invented actors and sentences and the real parser: a government's
 * people named by the bare word ("government negotiators", "two government officials") refer to
 * the article's government, as "the government" does.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe("a government's people named by the bare word", () => {
  it('refer to the article’s government', async () => {
    await has('Valdoria blamed the Front for the blast. The Front released two government officials.', 'RELEASES front>valdoria');
    await has('Valdoria blamed the Front for the blast. The Front demanded that government officials resign.', 'DEMANDS front>valdoria');
    await has('Valdoria blamed the Front for the blast. Government negotiators later met the Front.', 'NEGOTIATES_WITH valdoria>front');
  });

  it('not a word that is no modifier of people, nor a capitalised name', async () => {
    await hasNot('Valdoria blamed the Front for the blast. The Front attacked government buildings.', 'ATTACKS front>valdoria');
    await hasNot('Valdoria blamed the Front for the blast. The Front released two Government House officials.', 'RELEASES front>valdoria');
  });
});
