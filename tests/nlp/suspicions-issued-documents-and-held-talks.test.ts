/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a document with its issuer in a by-phrase ("a statement by the League blamed X", "a letter
 *   issued by the Front accused Y") speaks for that issuer;
 * - a suspicion accuses ("suspects X of planning the raid"; "suspected the raid had been planned
 *   by X": the one accused is the passive clause's agent, also when the parser gives the clause a
 *   plain subject);
 * - a reported clause's subject read as the object of a verb of believing that is itself reported
 *   ("said they suspected the bombing had been planned by X"), its clause hung on the higher verb;
 * - a talk noun with its light verb in a relative clause left loose ("the talks that X has held
 *   with Y", "the most serious talks X has held with Y").
 * Near misses: a suspicion with no actor in its clause, a document with no issuer named, talks a
 * clause only mentions.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors());

describe('a document with its issuer in a by-phrase', () => {
  it('speaks for the issuer', async () => {
    await has('A statement by the League blamed the Levy for the killing.', 'ACCUSES league>levy');
    await has('A statement issued by the League blamed the Levy for the killing.', 'ACCUSES league>levy');
    await has('A letter circulated by the Front accused Valdoria of torturing prisoners.', 'ACCUSES front>valdoria');
  });

  it('not a document whose by-phrase names no actor', async () => {
    await hasNot('A statement read out by a spokesman blamed the Levy for the killing.', 'ACCUSES front>levy');
  });
});

describe('a suspicion', () => {
  it('accuses the one suspected of an act', async () => {
    await has('The Levy suspects the Front of planning the raid.', 'ACCUSES levy>front');
    await has('Levy officials suspect the Red Crescent Front of organising the raid.', 'ACCUSES levy>front');
  });

  it('accuses the agent of a passive clause, also one the parser gave a plain subject', async () => {
    await has('Levy officials suspected that the raid had been planned by the Front.', 'ACCUSES levy>front');
    await has('The Levy suspected the raid had been carried out by the Front.', 'ACCUSES levy>front');
  });

  it('accuses in a clause reported under another verb', async () => {
    await has('Levy officials said they suspected the bombing had been planned by the Front.', 'ACCUSES levy>front');
    await has('Levy officials said they suspected the raid on the post had been planned by the Front.', 'ACCUSES levy>front');
  });

  it('not with no actor in its clause', async () => {
    for (const text of ['The Levy suspects the storm delayed the convoy.', 'The Levy suspects that the talks will fail.'])
      expect(
        (await rels(text)).filter((r) => r.startsWith('ACCUSES')),
        text,
      ).toEqual([]);
  });
});

describe('talks with their light verb in a relative clause left loose', () => {
  it('are held between the clause’s subject and its with-phrase', async () => {
    await has('The talks that Valdoria has held with the Front have stalled.', 'NEGOTIATES_WITH valdoria>front');
    await has('These are the most serious talks Valdoria has held with the Front in a decade.', 'NEGOTIATES_WITH valdoria>front');
  });

  it('not talks the clause only reports on', async () => {
    await hasNot('The talks that Valdoria has criticised were held in Karn.', 'NEGOTIATES_WITH valdoria>front');
  });
});
