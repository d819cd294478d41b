/**
 * Construction class, with invented actors and sentences and the real parser: a demand in the
 * passive ("demanded that Front leaders be expelled from Ostmark") names what is to be done to its
 * subject, not a demand made of that subject; an active one still demands of its subject.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a demand in the passive', () => {
  it('makes no demand of its subject', async () => {
    await hasNot('Valdoria demanded that the Front leaders be expelled from Ostmark.', 'DEMANDS valdoria>front');
    await hasNot(
      'The Front rejected the plan, and the League demanded that it first be brought before parliament.',
      'DEMANDS league>front',
    );
  });

  it('is made of its doer when a by-phrase names one', async () => {
    await has('Valdoria demanded that the Front leaders be expelled by Ostmark.', 'DEMANDS valdoria>ostmark');
  });

  it('not an active demand', async () => {
    await has('Valdoria demanded that Ostmark expel the Front leaders.', 'DEMANDS valdoria>ostmark');
  });
});
