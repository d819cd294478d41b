/**
 * Construction class, with invented actors and sentences and the real parser: a description by
 * the head of a name ("the movement" after "the Valley Rights Movement", "the alliance" after
 * "the Grand Peace Alliance") is that body, whatever its kind, before a nearer armed group; a
 * new name ending in "Movement" is a body. Near misses: a generic head ("the group") still takes
 * the armed group; no name ends in the head.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());
const rally = 'The Valley Rights Movement held a rally in Karn on Tuesday.';

describe('a description by the head of a name', () => {
  it('is the body whose name ends in that head', async () => {
    await has(
      `The Front attacked a Levy post on Monday. ${rally} Valdoria accused the movement of receiving money from Ostmark.`,
      'SUPPORTS ostmark>valley-rights-movement',
    );
    await has(
      `${rally} The Front attacked a Levy post. Valdoria accused the movement of fomenting unrest.`,
      'ACCUSES valdoria>valley-rights-movement',
    );
    await has(
      `${rally} The League shelled a Levy camp. The Levy said the movement backed the League.`,
      'SUPPORTS valley-rights-movement>league',
    );
    await has(
      'The Grand Peace Alliance met in Karn. The League attacked a Levy convoy. Valdoria said the alliance backed the League.',
      'SUPPORTS grand-peace-alliance>league',
    );
    await has(`${rally} Ostmark has funded the movement for years.`, 'SUPPORTS ostmark>valley-rights-movement');
  });

  it('not a generic head, and not when no name ends in the head', async () => {
    await has(
      `${rally} The Front attacked a Levy post. Valdoria said the group had received money from Ostmark.`,
      'SUPPORTS ostmark>front',
    );
    await hasNot(
      `${rally} The Front attacked a Levy post. Valdoria said the group had received money from Ostmark.`,
      'SUPPORTS ostmark>valley-rights-movement',
    );
    await has('The Front attacked a Levy post. Valdoria accused the movement of receiving money from Ostmark.', 'SUPPORTS ostmark>front');
  });
});
