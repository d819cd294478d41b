/**
 * Construction class, with invented actors and sentences and the real parser: punishment as the
 * end point of a continuing act. "said the offensive would continue until the Front was
 * eliminated", "the operation would go on until X had been wiped out": the until-clause foretells
 * the punishment a clause of the lexicon's `punishmentClauses` would on its own, so the speaker
 * threatens its subject. Near misses: an end point that punishes nobody ("until a deal was
 * reached", "until the Levy was reinforced"), and a past continuation, which foretells nothing.
 *
 * With it, the parse repair for a subordinate clause read as a prepositional phrase ("until the
 * Front and the League had been wiped out": the parser made "until" the case of "the Front" and
 * left "wiped" loose): the clause is rebuilt, its subject the phrase's noun and its conjuncts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks, VALDORIAN_ARMY } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, rels } = relationChecks(parser, inventedActors(...VALDORIAN_ARMY));

describe('punishment as the end point of a continuing act', () => {
  it('is a threat against the subject of the until-clause', async () => {
    await has('Valdoria said the offensive would continue until the Front was eliminated.', 'THREATENS valdoria>front');
    await has('Valdoria said the operation would go on until the Front had been wiped out.', 'THREATENS valdoria>front');
    await has('Ostmark warned that the strikes would continue until the League was crushed.', 'THREATENS ostmark>league');
  });

  it('also when the parser read the clause as a phrase, for each conjunct of its subject', async () => {
    const text = 'Valdoria said the operation would go on until the Front and the League had been wiped out from the north.';
    await has(text, 'THREATENS valdoria>front');
    await has(text, 'THREATENS valdoria>league');
    // (here the parser makes the loose verb the root and the main clause its clausal subject)
    const long =
      'General Karel Brandt, who visited forward posts in Karn on Saturday, told officers that the operation would go on until the Front and the League had been wiped out from the north, according to Valdoria.';
    await has(long, 'THREATENS karel-brandt>front');
    await has(long, 'THREATENS karel-brandt>league');
  });

  it('not when the end point punishes nobody, nor when the continuation is past', async () => {
    for (const text of [
      'Valdoria said the talks would go on until a deal was reached.',
      'Valdoria said the offensive would continue until the Levy was reinforced.',
      'Valdoria said the offensive continued until the Front was eliminated.',
      'Valdoria said the offensive against the Front would continue until the end of the year.',
    ])
      expect(
        (await rels(text)).filter((r) => r.startsWith('THREATENS')),
        text,
      ).toEqual([]);
  });
});
