/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - the subject pronoun of a coordinated demand's content clause is the first verb's object
 *   ("accused Ostmark of sheltering the Front and demanded that it hand over X": it is Ostmark,
 *   not the nearer Front);
 * - a mandative clause under a verb of demanding that also reports facts ("insisted that it expel
 *   the League's leaders") asks for the act: no claim of it.
 * Near misses: under "said" the pronoun is left to the ordinary order; "insisted that X was
 * mediating" still reports the act.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe("the pronoun asked in a coordinated demand's content clause", () => {
  it("is the first verb's object", async () => {
    const text = 'Valdoria accused Ostmark of sheltering the Front and demanded that it hand over Ida Voss.';
    await has(text, 'DEMANDS valdoria>ostmark');
    await hasNot(text, 'DEMANDS valdoria>front');
    await has('The Levy accused Ostmark of arming the League and insisted that it expel the League’s leaders.', 'DEMANDS levy>ostmark');
  });

  it('not under a verb of saying', async () => {
    await hasNot('Valdoria accused Ostmark of sheltering the Front and said it would strike the League.', 'THREATENS ostmark>league');
  });
});

describe('a mandative clause under a verb of demanding', () => {
  it('asks for the act', async () => {
    await hasNot(
      'The Levy accused Ostmark of arming the League and insisted that it expel the League’s leaders.',
      'DETAINS ostmark>league',
    );
    await hasNot('Valdoria insisted that Ostmark expel the Front.', 'DETAINS ostmark>front');
  });

  it('not a clause that reports a fact', async () => {
    await has('Valdoria insisted that Ostmark was mediating between the Front and the Levy.', 'MEDIATES ostmark>front');
  });
});
