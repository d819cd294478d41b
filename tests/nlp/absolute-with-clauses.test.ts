/**
 * Construction class, with invented actors and sentences and the real parser: an absolute
 * with-clause read as a with-phrase. "held talks in Karn, with X, Ostmark's envoy, hosting the
 * sessions": the parser makes "with X" a party to the talks and the participle X's modifier; it is
 * the clause "X hosting …", whose subject hosts the talks the sentence tells of (MEDIATES) and is
 * no party to them. Near misses: a with-phrase naming a party, with no participle.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }));

describe('an absolute with-clause read as a with-phrase', () => {
  it('is a clause of its own: its subject hosts, and is no party to the talks', async () => {
    const hosting = "Valdoria and the Front held talks in Karn, with Ida Voss, Ostmark's envoy, hosting the sessions.";
    await has(hosting, 'MEDIATES ida-voss>valdoria');
    await has(hosting, 'NEGOTIATES_WITH valdoria>front');
    await hasNot(hosting, 'NEGOTIATES_WITH valdoria>ida-voss');
    await has(
      'Valdoria and the League met twice in May, with Ida Voss, a senior Ostmark official, hosting both rounds.',
      'MEDIATES ida-voss>league',
    );
    await has(
      'The Front and Valdoria held talks in Karn, with Jan Hollis, the Ostmark foreign minister, brokering the meetings.',
      'MEDIATES jan-hollis>front',
    );
    await has(
      "Valdoria and the League negotiated in Dorn, with Ida Voss, Ostmark's interior minister, hosting the talks at her residence.",
      'MEDIATES ida-voss>valdoria',
    );
    await hasNot(
      "Valdoria and the League negotiated in Dorn, with Ida Voss, Ostmark's interior minister, hosting the talks at her residence.",
      'NEGOTIATES_WITH league>ida-voss',
    );
  });

  it('not a with-phrase naming a party', async () => {
    await has('Valdoria held talks with the Front in Karn on Monday.', 'NEGOTIATES_WITH valdoria>front');
    await has('The Levy held talks with Ida Voss, the Front envoy, in Karn.', 'NEGOTIATES_WITH levy>ida-voss');
  });
});
