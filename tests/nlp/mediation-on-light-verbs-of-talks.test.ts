/**
 * Construction class, with invented actors and sentences and the real parser: a mediation noun in
 * an under/with/through phrase of a light verb of talks ("the talks between A and B were held with
 * the facilitation of X", "… under the mediation of X") mediates between the talks' parties.
 * Near miss: a phrase of help that names no mediation states talks only.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, rels } = relationChecks(parser, inventedActors());

describe('a mediation noun on a light verb of talks', () => {
  it('mediates between the parties of the talks', async () => {
    const facilitated = 'The talks between Valdoria and the Front were held with the facilitation of Ostmark.';
    await has(facilitated, 'MEDIATES ostmark>valdoria');
    await has(facilitated, 'MEDIATES ostmark>front');
    await has('The talks between Valdoria and the League were held under the mediation of Ostmark.', 'MEDIATES ostmark>league');
  });

  it('not a phrase of help', async () => {
    const text = 'The talks between Valdoria and the Front were held with the help of interpreters.';
    await has(text, 'NEGOTIATES_WITH valdoria>front');
    expect(
      (await rels(text)).filter((r) => r.startsWith('MEDIATES')),
      text,
    ).toEqual([]);
  });
});
