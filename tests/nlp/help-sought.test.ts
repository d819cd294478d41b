/**
 * Construction class, with invented actors and sentences and the real parser: a request for
 * someone's help ("sought Ostmark's cooperation", "requested assistance from Ostmark") is a demand of
 * the one whose help is sought.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe("a request for someone's help", () => {
  it('demands of the one whose help is sought', async () => {
    await has("Valdoria sought Ostmark's cooperation against the Front.", 'DEMANDS valdoria>ostmark');
    await has('Valdoria asked for the help of Ostmark in curbing the Front.', 'DEMANDS valdoria>ostmark');
    await has('Valdoria has requested assistance from Ostmark against the Front.', 'DEMANDS valdoria>ostmark');
  });

  it('not help offered, help sought from no one named, or a request denied', async () => {
    await hasNot("Valdoria offered Ostmark's cooperation to the Front.", 'DEMANDS valdoria>ostmark');
    await hasNot('Valdoria sought public support against the Front.', 'DEMANDS valdoria>front');
    await hasNot("Valdoria never sought Ostmark's help against the Front.", 'DEMANDS valdoria>ostmark');
  });
});
