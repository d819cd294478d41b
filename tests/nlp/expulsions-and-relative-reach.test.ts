/**
 * Construction classes of this file, with invented sentences and actors and the real parser:
 * - military expulsion ("drove the Front out of the valley", "flushed X out", "dislodged X"):
 *   an attack (lexicon ATTACKS verbs), with the particle found where the parser reads it as the
 *   first word of a compound preposition past the object ("out of": 4-relations/verbal.ts
 *   `predicatesFor`);
 * - a relative clause hung on a distant noun, with the phrase before its relative pronoun made
 *   the clause's dependent ("from the mountains of Ostmark, beyond the reach of the Levy that had
 *   driven her out"): the clause belongs to the noun right before the pronoun
 *   (2-parse/clause-repairs.ts `repairRelativeOverreach`).
 * With near misses: "drove X to the talks" (no particle), a place in the of-phrase that is not
 * the relative clause's antecedent.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('military expulsion', () => {
  it('attacks the expelled', async () => {
    await has('The Levy drove the Front out of the valley in 2009.', 'ATTACKS levy>front');
    await has('The Levy drove Karel Brandt out of the valley.', 'ATTACKS levy>karel-brandt');
    await has('The Levy drove out the Front.', 'ATTACKS levy>front');
    await has('The Levy flushed the Front fighters out of their caves.', 'ATTACKS levy>front');
    await has('The Levy dislodged the Front from the ridge.', 'ATTACKS levy>front');
  });

  it('needs the particle', async () => {
    await hasNot('The Levy drove the Front to the talks.', 'ATTACKS levy>front');
    await hasNot('Karel Brandt drove the Front envoys to the border.', 'ATTACKS karel-brandt>front');
    await hasNot('The Levy drove the Front into a corner of the debate.', 'ATTACKS levy>front');
  });
});

describe('a relative clause hung on a distant noun', () => {
  it('belongs to the noun right before its pronoun', async () => {
    const text =
      'For almost five years Ida Voss led the Front from the mountains of eastern Ostmark, beyond the reach of the Levy that had driven her out of Lumen.';
    await has(text, 'ATTACKS levy>ida-voss');
    await hasNot(text, 'ATTACKS ostmark>ida-voss');
    const other =
      'Ida Voss commanded the League from the mountains of western Ostmark, out of the reach of the Levy that had expelled her.';
    await hasNot(other, 'DETAINS ostmark>ida-voss');
  });

  it('keeps a clause right on its noun', async () => {
    const text = 'In the valley, the Levy that had driven Karel Brandt out attacked the Front.';
    await has(text, 'ATTACKS levy>karel-brandt');
    await hasNot(text, 'ATTACKS front>karel-brandt');
  });
});
