/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * a request made at a summons — an agentless passive verb of asking ("the Ostmark government was
 * asked to act") was asked by whoever summoned someone in that or the previous sentence (a
 * person for the body they serve), else by the party the sentence attributes it to ("according
 * to Valdoria, …") (4-relations/summons.ts); and a request for something ("asked Valdoria for
 * weapons") is a demand, a reporter's request for comment is not (verbal.ts `complementOk`,
 * lexicon `askedForNothing`).
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors({ id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] }));

describe('an agentless passive request', () => {
  it('was asked by the one who summoned, or by the attributed party', async () => {
    await has(
      'Valdoria summoned the Ostmark envoy on Monday. The Ostmark government was asked to act against the Front.',
      'DEMANDS valdoria>ostmark',
    );
    await has(
      "Karel Brandt, Valdoria's foreign secretary, summoned the Ostmark envoy to deliver a demarche. The Ostmark government was asked to investigate the attack fully.",
      'DEMANDS valdoria>ostmark',
    );
    await has('Valdoria summoned the Ostmark envoy, who was asked to hand over the Front leaders.', 'DEMANDS valdoria>ostmark');
    await has(
      'According to Valdoria, the Ostmark officials were asked to take immediate action against the Front.',
      'DEMANDS valdoria>ostmark',
    );
    await has('Ostmark was asked by Valdoria to act.', 'DEMANDS valdoria>ostmark');
  });

  it('has no asker without a summons nearby or an attribution', async () => {
    await hasNot('The Ostmark government was asked to act against the Front.', 'DEMANDS valdoria>ostmark');
    await hasNot(
      'Valdoria summoned the Ostmark envoy. The talks went on. Residents fled. The Ostmark government was asked to act.',
      'DEMANDS valdoria>ostmark',
    );
    await hasNot('Valdoria summoned the Ostmark envoy. The Ostmark government was not asked to act.', 'DEMANDS valdoria>ostmark');
  });
});

describe('a request for something', () => {
  it('is a demand', async () => {
    await has('The Levy asked Valdoria for armoured vehicles and modern weapons.', 'DEMANDS levy>valdoria');
    await has('The Front asked Ostmark for help.', 'DEMANDS front>ostmark');
  });

  it("not a reporter's request for comment", async () => {
    await hasNot('Ostmark asked the Front for comment.', 'DEMANDS ostmark>front');
    await hasNot('Ostmark asked the Front for an explanation.', 'DEMANDS ostmark>front');
  });
});
