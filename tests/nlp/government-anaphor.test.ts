/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * "the government" beside an armed group is the government that group fights (knowledge
 * `fights`), over another government named nearby: also when the group comes after "and" with a
 * determiner and modifiers ("the government and the banned Front agreed …"), and when the one
 * acting is a person the knowledge base places in the group ("its spokesman accused the
 * government of …"): 3-mentions/anaphora.ts;
 * - a government named by a person ("the government of X", "X's government", "his government")
 *   is the government of the person's office (on the article's day, else the latest), over the
 *   party they belong to (knowledge/actors.ts `governmentServed`).
 * With near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen', 'Lumen government'] },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [], affiliation: 'front' },
  { id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] },
  {
    id: 'karel-brandt',
    name: 'Karel Brandt',
    kind: 'Person',
    aliases: [],
    affiliation: 'people-party',
    offices: [{ body: 'valdoria', role: 'prime minister', from: '2010-01-01', to: '2015-01-01' }],
  },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('"the government" beside an armed group', () => {
  it('is the government the group fights, past a determiner and modifiers after "and"', async () => {
    const text = 'The Lumen government hosted the talks. Officials said the government and the banned Front had agreed to a ceasefire.';
    await has(text, 'CEASEFIRE_WITH valdoria>front');
    await hasNot(text, 'CEASEFIRE_WITH lumen>front');
  });

  it('is the government fought by the group of the person acting', async () => {
    const text = 'The Lumen government hosted the talks. Tomas Reyk accused the government of breaking its promises.';
    await has(text, 'ACCUSES tomas-reyk>valdoria');
    await hasNot(text, 'ACCUSES tomas-reyk>lumen');
  });

  it('stays the government named before it when no group is beside it', async () => {
    await has('The Lumen government hosted the talks. Ida Voss accused the government of breaking its promises.', 'ACCUSES ida-voss>lumen');
  });
});

describe('a government named by a person', () => {
  it("is the government of the person's office, not their party", async () => {
    await has("Karel Brandt's government was in talks with the Front.", 'NEGOTIATES_WITH valdoria>front');
    await hasNot("Karel Brandt's government was in talks with the Front.", 'NEGOTIATES_WITH people-party>front');
  });

  it('is that government also for an office held before the article', async () => {
    const text = 'The Lumen government hosted the talks. In 2012 the government of Karel Brandt held talks with the Front.';
    await has(text, 'NEGOTIATES_WITH valdoria>front');
    await hasNot(text, 'NEGOTIATES_WITH lumen>front');
  });
});
