/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a demand with its penalty ("told X to free its fighters or face more attacks") also
 *   threatens X;
 * - punishment foretold in the passive ("vowed that X would be dealt with an iron hand");
 * - forces of one state fighting alongside each other ("navy and army commandos fought them")
 *   are no clash between them.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'valdoria-army', name: 'Valdorian Army', kind: 'SecurityForce', serves: 'valdoria', aliases: ['Valdorian army'] },
  { id: 'valdoria-navy', name: 'Valdorian Navy', kind: 'SecurityForce', serves: 'valdoria', aliases: ['Valdorian navy'] },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a demand with its penalty', () => {
  it('threatens the one it is made of', async () => {
    await has('The League told Valdoria to free its fighters or face more attacks.', 'THREATENS league>valdoria');
    await has('The Front asked the Levy to leave Karn or face the consequences.', 'THREATENS front>levy');
    await has('The League ordered the Levy to withdraw or face the consequences.', 'THREATENS league>levy');
    await has('The League told Ostmark to close the crossing or face the consequences.', 'THREATENS league>ostmark');
    await has('Ostmark asked the Front to disarm or face retaliation.', 'THREATENS ostmark>front');
  });

  it('not a demand with another alternative', async () => {
    await hasNot('The Front asked the Levy to leave Karn or send more men.', 'THREATENS front>levy');
    await hasNot('Valdoria urged Ostmark to expel the Front or hand it over.', 'THREATENS valdoria>ostmark');
  });
});

describe('punishment foretold in the passive', () => {
  it("threatens the clause's subject", async () => {
    await has('Valdoria vowed that the Front would be dealt with an iron hand.', 'THREATENS valdoria>front');
    await has('Ostmark warned that the League would be dealt with firmly.', 'THREATENS ostmark>league');
    await has('The Levy said the Front would be crushed.', 'THREATENS levy>front');
  });

  it('not an active verb of dealing with someone', async () => {
    await hasNot('Valdoria said the Levy would deal with the Front.', 'THREATENS valdoria>levy');
    await hasNot('Valdoria said the Front had been dealt with fairly in the talks.', 'THREATENS valdoria>front');
  });
});

describe('forces of one state', () => {
  it('fighting alongside each other do not clash', async () => {
    await hasNot(
      'Front gunmen attacked the naval base on Sunday. Valdorian navy and Valdorian army commandos fought them building by building.',
      'ATTACKS valdoria-navy>valdoria-army',
    );
    await hasNot('The Valdorian army and the Valdorian navy clashed near Karn.', 'ATTACKS valdoria-army>valdoria-navy');
  });

  it('while forces of two sides still clash', async () => {
    await has('The Valdorian army and the Front clashed near Karn.', 'ATTACKS valdoria-army>front');
    await has('The Valdorian army and the Front clashed near Karn.', 'ATTACKS front>valdoria-army');
    await has('Levy troops and Ostmark border forces exchanged fire near Karn.', 'ATTACKS levy>ostmark');
  });
});
