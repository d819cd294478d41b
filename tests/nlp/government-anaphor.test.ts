/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * "the government" beside an armed group is the government that group fights (knowledge
 * `fights`), over another government named nearby: also when the group comes after "and" with a
 * determiner and modifiers ("the government and the banned Front agreed …"), and when the one
 * acting is a person the knowledge base places in the group ("its spokesman accused the
 * government of …"): 3-mentions/anaphora.ts. With near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'lumen', name: 'Republic of Lumen', kind: 'Government', aliases: ['Lumen', 'Lumen government'] },
  { id: 'tomas-reyk', name: 'Tomas Reyk', kind: 'Person', aliases: [], affiliation: 'front' },
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
