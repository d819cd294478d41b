/**
 * Construction class, with invented actors and sentences and the real parser: a party before a
 * government title ("X, the People Party chief minister of North Province", "the People Party
 * prime minister, X"). The party is the person's own (MEMBER_OF); the office is a government's:
 * the place its of/in-phrase names, the article's province for a chief minister, else the
 * article's own government. Near misses: a party title that is no government office ("party
 * leader"), a government title whose owner is a government, and a province the article does not
 * name.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, NORTH_PROVINCE, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(...NORTH_PROVINCE, { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] }),
);

describe('a party before a government title', () => {
  it("makes the person the party's member and the office the government's", async () => {
    const talks = 'Jan Hollis, the People Party chief minister of North Province, held talks with the Front.';
    await has(talks, 'MEMBER_OF jan-hollis>people-party');
    await has(talks, 'LEADS jan-hollis>north-government');
    await hasNot(talks, 'LEADS jan-hollis>people-party');
    await has(
      'The North Province government met on Monday. Jan Hollis, the People Party chief minister of the province, met the League.',
      'LEADS jan-hollis>north-government',
    );
    await has(
      'Valdoria closed the border. The People Party prime minister, Jan Hollis, ruled out talks with the Front.',
      'MEMBER_OF jan-hollis>people-party',
    );
    await has(
      'Valdoria closed the border. The People Party prime minister, Jan Hollis, ruled out talks with the Front.',
      'LEADS jan-hollis>valdoria',
    );
  });

  it('not a party title, nor a government title owned by a government', async () => {
    await has('People Party leader Jan Hollis demanded that the Front disarm.', 'LEADS jan-hollis>people-party');
    await hasNot('Jan Hollis, the Valdorian interior minister, met the People Party.', 'MEMBER_OF jan-hollis>people-party');
    // (a province the article does not name is no government to guess)
    await hasNot(
      'Valdoria closed the border. Jan Hollis, the People Party chief minister of the province, met the League.',
      'LEADS jan-hollis>valdoria',
    );
  });
});
