/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * membership in a class of patients ("X and Y were among those held", "Among those freed by Z
 * were X", "Those apprehended include X"): what the participle on "those" says was done is done
 * to the people placed among them (4-relations/frame.ts `amongThose`); with no by-phrase, by
 * whoever detained or freed people in the last two sentences (4-relations/verbal.ts,
 * `lastCustodian`). With near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('people placed among those a participle names', () => {
  it('are its patients, with its by-phrase as the agent', async () => {
    await has('Karel Brandt was among those arrested by the Levy.', 'DETAINS levy>karel-brandt');
    await has('Among those freed by the Front were two Levy officers and Karel Brandt.', 'RELEASES front>karel-brandt');
  });

  it('are held by whoever just detained people', async () => {
    const text = 'The Levy arrested forty people in a raid on Monday. Karel Brandt and Tomas Reyk were among those held.';
    await has(text, 'DETAINS levy>karel-brandt');
    await has(text, 'DETAINS levy>tomas-reyk');
    await has('The Levy detained dozens of men. Those apprehended include Karel Brandt, a Front commander.', 'DETAINS levy>karel-brandt');
  });

  it('are held by nobody the article did not just name as detaining', async () => {
    await hasNot('The Front attacked the Levy on Monday. Karel Brandt was among those held.', 'DETAINS front>karel-brandt');
    await hasNot(
      'The Levy arrested forty people on Monday. The Front attacked a bus on Tuesday. Officials said the talks had failed. Karel Brandt was among those held.',
      'DETAINS levy>karel-brandt',
    );
  });
});
