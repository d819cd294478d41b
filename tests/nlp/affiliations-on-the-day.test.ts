/**
 * Knowledge class, with invented actors and sentences and the real parser: a person's body on
 * the article's day. A provincial chief minister who later joined the federal cabinet (knowledge
 * `offices`, `validFrom`) presses the federal government in an article from his years in the
 * province; in one from his years in the cabinet the same words are an order inside his own
 * government, and yield no demand.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, NORTH_PROVINCE, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(...NORTH_PROVINCE, {
    id: 'kara-senn',
    name: 'Kara Senn',
    kind: 'Person',
    aliases: [],
    affiliation: 'valdoria',
    role: 'interior minister',
    validFrom: '2018-01-01',
    offices: [
      { body: 'north-government', role: 'chief minister', from: '2012-01-01', to: '2017-06-30' },
      { body: 'valdoria', role: 'interior minister', from: '2018-01-01' },
    ],
  }),
);

const URGED = 'Kara Senn urged the Valdorian government to release funds for the provincial police.';

describe("a person's body on the article's day", () => {
  it('is the province while they held its office: their demand on the federal government counts', async () => {
    await has(URGED, 'DEMANDS kara-senn>valdoria', '2015-04-02');
    await has('Kara Senn called on Valdoria to send more troops to the province.', 'DEMANDS kara-senn>valdoria', '2014-09-20');
  });

  it('is the federal government once they joined it: the same words are no demand', async () => {
    await hasNot(URGED, 'DEMANDS kara-senn>valdoria', '2020-04-02');
  });
});
