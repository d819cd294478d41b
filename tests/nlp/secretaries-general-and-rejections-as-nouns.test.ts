/**
 * Lexicon and construction classes, with invented actors and sentences and the real parser:
 * - a secretary-general heads the body (lexicon `roles`: "League Secretary-General X", "X, the
 *   secretary-general of the League"), as a commandant or commanding officer heads a force;
 * - a rejection noun's of-phrase names the offer rejected; its owner is the one rejected ("the
 *   Front's rejection of Valdoria's offer"), as the object of "rejected" is.
 * Near misses: a secretary is a member, not the head; rejecting a report rejects no one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors());

describe('a secretary-general', () => {
  it('heads the body', async () => {
    await has('League Secretary-General Ida Voss said the talks had failed.', 'LEADS ida-voss>league');
    await has('Ida Voss, the secretary-general of the League, said the talks had failed.', 'LEADS ida-voss>league');
  });

  it('as a commandant or commanding officer heads a force', async () => {
    await has('Levy commandant Ida Voss was killed.', 'LEADS ida-voss>levy');
    await has("Ida Voss, the Levy's commanding officer, was killed.", 'LEADS ida-voss>levy');
  });

  it('not a secretary', async () => {
    await hasNot('Ida Voss, a secretary of the League, said the talks had failed.', 'LEADS ida-voss>league');
  });
});

describe("a rejection noun's of-phrase", () => {
  it('names the offer; its owner is rejected', async () => {
    await has("The Front's rejection of Valdoria's offer surprised no one.", 'REJECTS front>valdoria');
    await has("Ida Voss reiterated the League's rejection of Ostmark's proposal of talks.", 'REJECTS league>ostmark');
  });

  it('not a report', async () => {
    const text = "The Front's rejection of the report surprised no one.";
    expect(
      (await rels(text)).filter((r) => r.startsWith('REJECTS')),
      text,
    ).toEqual([]);
  });
});
