/**
 * Construction class, with invented actors and sentences and the real parser: unnamed people
 * named by their leader. "A group led by the lawmakers A and B assaulted the post", "fighters led
 * by X attacked Y": a band of people (lexicon `bandNouns`) or of fighters (`unnamedFighters`)
 * with no name of its own, led or headed by people, stands for the body each leader leads; a band
 * whose leaders lead no body stands for the leaders. Near misses: a band led by no one named, and
 * a named group.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'orrin-vasko', name: 'Orrin Vasko', kind: 'Person', aliases: [], affiliation: 'front', role: 'leader' },
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [] },
  { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('unnamed people named by their leader', () => {
  it('a band led by people who lead no body stands for them', async () => {
    const text = 'A group led by the lawmakers Tomas Berg and Jan Hollis assaulted a Levy post on Sunday.';
    await has(text, 'ATTACKS tomas-berg>levy');
    await has(text, 'ATTACKS jan-hollis>levy');
    await has('A mob led by Tomas Berg attacked a Levy post on Sunday.', 'ATTACKS tomas-berg>levy');
  });

  it('fighters, or a band, led by the head of a group stand for the group', async () => {
    await has('Fighters led by Orrin Vasko attacked a Levy post on Sunday.', 'ATTACKS front>levy');
    await has('A column led by Orrin Vasko attacked a Levy post on Sunday.', 'ATTACKS front>levy');
  });

  it('not a band led by no one named, nor a named group', async () => {
    await hasNot('A mob attacked a Levy post on Sunday.', 'ATTACKS tomas-berg>levy');
    await hasNot('The Front, led by Orrin Vasko, attacked a Levy post on Sunday.', 'ATTACKS orrin-vasko>levy');
  });
});
