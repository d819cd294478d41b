/**
 * Construction class, with invented actors and sentences and the real parser: a pronoun around a
 * quotation. A pronoun outside the quotation marks ('"This was revenge for X," he said') does not
 * refer to a name quoted before it, and the subject of such a sentence, for a pronoun in the next
 * one, is the speaker outside the quotation, not a quoted name. Near misses: a speaker named
 * outright stays the antecedent; a quoted name does not become the speaker.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const person = (id: string, name: string) => ({ id, name, kind: 'Person' as const, aliases: [] });
const ACTORS = inventedActors(person('karl-brenner', 'Karl Brenner'), person('jan-hollis', 'Jan Hollis'));
const { has, hasNot } = relationChecks(parser, ACTORS);
const intro = 'The Front claimed the bombing. Its spokesman, Jan Hollis, called reporters.';

describe('a pronoun around a quotation', () => {
  it('is the speaker outside the quotation, not a name quoted before it', async () => {
    await has(
      `${intro} "This was revenge for the killing of Karl Brenner," he said. He warned that the Front would keep attacking the Levy.`,
      'THREATENS front>levy',
    );
    await has(
      `${intro} "We did this for Karl Brenner," he said. "More will follow." He warned that the Front would strike Valdoria again.`,
      'THREATENS front>valdoria',
    );
    await has(`${intro} "Karl Brenner was our brother," he said, and he vowed to attack the Levy.`, 'THREATENS front>levy');
    await hasNot(
      `${intro} "This was revenge for the killing of Karl Brenner," he said. He warned that the Front would keep attacking the Levy.`,
      'THREATENS karl-brenner>levy',
    );
    await has(`${intro} "Ostmark arms the League," he said. He said the Front would attack the Levy.`, 'THREATENS front>levy');
  });

  it('a speaker named outright stays the antecedent; a quoted name is no speaker', async () => {
    await has(
      '"Karl Brenner betrayed us," Jan Hollis, the Front\'s spokesman, said. He warned that the Front would attack the Levy.',
      'THREATENS front>levy',
    );
    await hasNot(`${intro} "Karl Brenner was our brother," he said.`, 'SPOKESPERSON_FOR karl-brenner>front');
  });
});
