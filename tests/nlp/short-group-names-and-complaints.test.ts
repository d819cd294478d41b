/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a group named again by the first word of its hyphened name ("Tehreek-e-Karn … the Tehreek"),
 *   forgotten once two groups of the article share it;
 * - a failure complained of: a negated act of another side under a verb of complaint ("Valdoria
 *   regretted that Ostmark had not acted against the Front") is an accusation.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'tehreek-karn', name: 'Tehreek-e-Karn', kind: 'ArmedGroup', aliases: [], fights: ['valdoria'] },
    { id: 'tehreek-dorn', name: 'Tehreek-e-Dorn', kind: 'ArmedGroup', aliases: [], fights: ['valdoria'] },
  ),
);

describe('a group named again by the first word of its hyphened name', () => {
  it('is that group', async () => {
    await has(
      'Tehreek-e-Karn claimed the raid. Valdoria launched an operation against the Tehreek in the north.',
      'ATTACKS valdoria>tehreek-karn',
    );
  });

  it('not once two groups share the word', async () => {
    const text = 'Tehreek-e-Karn and Tehreek-e-Dorn claimed the raid. Valdoria launched an operation against the Tehreek in the north.';
    await hasNot(text, 'ATTACKS valdoria>tehreek-karn');
    await hasNot(text, 'ATTACKS valdoria>tehreek-dorn');
  });
});

describe('a failure complained of', () => {
  it('accuses the side that did not act', async () => {
    await has('Valdoria regretted that Ostmark had not acted against the Front.', 'ACCUSES valdoria>ostmark');
    await has('The Levy complained that Ostmark did not honour the deal.', 'ACCUSES levy>ostmark');
  });

  it('not an act done, nor a failure of the complainer’s own side', async () => {
    await hasNot('Valdoria regretted that Ostmark had acted against the Front.', 'ACCUSES valdoria>ostmark');
    await hasNot('Ostmark regretted that it had not acted sooner against the Front.', 'ACCUSES ostmark>front');
  });
});
