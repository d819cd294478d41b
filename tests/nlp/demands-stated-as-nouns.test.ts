/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a demand noun's that-clause names the one asked when its verb is a bare subjunctive after a
 *   singular subject ("Valdoria's demand that Ostmark expel the Front"), also when the parser
 *   leaves the clause loose on the noun ("the demand by Valdoria that Ostmark expel the Front");
 * - what such a clause asks for has not happened: no claim of the act.
 * Near miss: a that-clause of a claim noun ("Valdoria's claim that Ostmark arms the Front").
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe("a demand noun's that-clause", () => {
  it('names the one asked', async () => {
    await has("Valdoria's demand that Ostmark expel the Front was conveyed to the envoy.", 'DEMANDS valdoria>ostmark');
    await has('The demand by Valdoria that Ostmark expel the Front went unanswered.', 'DEMANDS valdoria>ostmark');
  });

  it('states no act of its own', async () => {
    await hasNot('The demand by Valdoria that Ostmark expel the Front went unanswered.', 'DETAINS ostmark>front');
  });

  it('not a clause stating a fact', async () => {
    await hasNot("Valdoria's claim that Ostmark arms the Front was denied.", 'DEMANDS valdoria>ostmark');
  });
});
