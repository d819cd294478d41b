/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a place behind a compass adjective ("operates from eastern Ostmark") is behind its
 *   preposition: no subject, so no antecedent before the sentence's bodies;
 * - a name modifying a part noun ("the League, the Red Crescent Front faction, through its
 *   spokesman") only says whose part it is: no antecedent;
 * - a pronoun resolved to an armed group ("the League … Its spokesman, X") names X's group even
 *   when the knowledge base last knew X in another group (militants move between factions).
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [], affiliation: 'front', role: 'spokesman' },
    { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
  ),
);

describe('a place behind a compass adjective', () => {
  it('is no antecedent before the bodies of the sentence', async () => {
    await has(
      'A claim came from the Amber League, which operates from eastern Ostmark. Its spokesman, Jan Hollis, spoke to reporters.',
      'SPOKESPERSON_FOR jan-hollis>league',
    );
    await has(
      'The League, based in northern Ostmark, claimed the raid. Its spokesman, Jan Hollis, called reporters.',
      'SPOKESPERSON_FOR jan-hollis>league',
    );
    await has(
      'A claim came from the Amber League, a faction of the Red Crescent Front that operates from eastern Ostmark. Its spokesman, Jan Hollis, called reporters.',
      'SPOKESPERSON_FOR jan-hollis>league',
    );
    await hasNot(
      'A claim came from the Amber League, which operates from eastern Ostmark. Its spokesman, Jan Hollis, spoke to reporters.',
      'SPOKESPERSON_FOR jan-hollis>ostmark',
    );
    await has('Ostmark hosted the talks. Its foreign minister, Jan Hollis, opened them.', 'MEMBER_OF jan-hollis>ostmark');
  });
});

describe('a name modifying a part noun', () => {
  it('is no antecedent: the part is', async () => {
    await has(
      'A claim was issued by the Amber League, the Red Crescent Front faction, through its spokesman Jan Hollis.',
      'SPOKESPERSON_FOR jan-hollis>league',
    );
    await hasNot(
      'A claim was issued by the Amber League, the Red Crescent Front faction, through its spokesman Jan Hollis.',
      'SPOKESPERSON_FOR jan-hollis>front',
    );
    await has('The Amber League, a Red Crescent Front splinter, said its fighters had attacked the Levy.', 'ATTACKS league>levy');
    await has('The Amber League, the Red Crescent Front wing in the south, said its men had shelled Valdoria.', 'ATTACKS league>valdoria');
    await has('The Red Crescent Front said its fighters had attacked the Levy.', 'ATTACKS front>levy');
  });
});

describe('a pronoun resolved to an armed group, for a militant the knowledge base knew in another', () => {
  it("names the article's group", async () => {
    await has(
      'A second claim came from the Amber League. Its spokesman, Karl Brenner, said more attacks would follow.',
      'SPOKESPERSON_FOR karl-brenner>league',
    );
    await hasNot(
      'A second claim came from the Amber League. Its spokesman, Karl Brenner, said more attacks would follow.',
      'SPOKESPERSON_FOR karl-brenner>front',
    );
    await has(
      'The Amber League claimed the attack. Its spokesman, Karl Brenner, said the group would strike the Levy again.',
      'THREATENS league>levy',
    );
    await has(
      'Karl Brenner spoke for the Front. The League then hired him. Its spokesman, Karl Brenner, denied the report.',
      'SPOKESPERSON_FOR karl-brenner>league',
    );
    await has('The Front claimed the raid. Its spokesman, Karl Brenner, called reporters.', 'SPOKESPERSON_FOR karl-brenner>front');
  });
});
