/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a noun summing up the clause before it ("X demanded that Y disarm, a demand Y turned down",
 *   "It was a demand Y turned down"): it names that demand, so rejecting it rejects its maker
 *   (2-parse/phrase-repairs.ts `repairSummaryNounAsObject`, `repairContactRelativeAsClause`;
 *   4-relations/verbal.ts `summarisesClause`; a relative clause is no part of what its noun asks
 *   for: factuality.ts);
 * - an act told in a relative clause inside reported speech is background, no accusation by the
 *   speaker ("revenge for the offensive Valdoria launched against us"): record.ts.
 * - talks or a truce between a person and the body the article says they belong to are no tie
 *   between two sides (4-relations/emit.ts `BETWEEN_SIDES`).
 * With near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen'] },
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
);
const { has, hasNot, rels } = relationChecks(parser, ACTORS);

describe('a noun summing up the demand before it', () => {
  it('is that demand: rejecting it rejects its maker', async () => {
    await has('The Levy demanded that the Front disarm, a demand the Front turned down flatly.', 'REJECTS front>levy');
    await has('Valdoria urged the Front to free the hostages, an appeal the Front brushed aside.', 'REJECTS front>valdoria');
    await has('The Levy demanded that the Front disarm. It was a demand the Front turned down flatly.', 'REJECTS front>levy');
  });

  it('is no demand of its own, and needs a demand to sum up', async () => {
    await hasNot('The Levy demanded that the Front disarm, a demand the Front turned down flatly.', 'DEMANDS front>levy');
    expect(await rels('Lumen said it was a demand the Front turned down flatly.')).not.toContain('REJECTS front>lumen');
  });
});

describe('an act in a relative clause inside reported speech', () => {
  it('is reported, but accuses no one', async () => {
    const text = 'The Front said the bombing was revenge for the offensive the Levy launched against it in June.';
    await has(text, 'ATTACKS levy>front');
    await hasNot(text, 'ACCUSES front>levy');
  });

  it('still makes a reported act of another side an accusation', async () => {
    await has('The Front said the Levy had launched an offensive against it in June.', 'ACCUSES front>levy');
  });
});

describe('talks between a person and their own body', () => {
  it('are no tie, while their talks with the other side stay', async () => {
    const text = "Ida Voss, Valdoria's interior minister, and Karel Brandt held the third round of the Lumen-Valdoria dialogue in Velm.";
    await hasNot(text, 'NEGOTIATES_WITH valdoria>ida-voss');
    await has(text, 'NEGOTIATES_WITH ida-voss>karel-brandt');
  });
});
