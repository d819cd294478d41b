/**
 * Construction class of this file, with invented sentences, invented actors and the real parser:
 * a request made at a summons — an agentless passive verb of asking ("the Ostmark government was
 * asked to act") was asked by whoever summoned someone in that or the previous sentence (a
 * person for the body they serve), else by the party the sentence attributes it to ("according
 * to Valdoria, …") (4-relations/summons.ts); and a request for something ("asked Valdoria for
 * weapons") is a demand, a reporter's request for comment is not (verbal.ts `complementOk`,
 * lexicon `askedForNothing`); a demand on one's own state's government ("the provincial
 * government called on the federal government to …") is politics, while an order to one's own
 * state's forces stays a command (emit.ts); a cabinet title owned by "the province's" is held
 * in the province's government the article names, one owned by another unresolved possessor in
 * no government (4-relations/roles.ts `emitRole`).
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(
  parser,
  inventedActors(
    { id: 'karel-brandt', name: 'Karel Brandt', kind: 'Person', aliases: [] },
    {
      id: 'north-province',
      name: 'Northern Province government',
      kind: 'Government',
      serves: 'valdoria',
      aliases: ['Northern government'],
    },
    { id: 'valdorian-guard', name: 'Valdorian Guard', kind: 'SecurityForce', serves: 'valdoria', aliases: ['the Guard'] },
  ),
);

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

describe('a demand within one state', () => {
  it("is a demand on the state's own government", async () => {
    await has('The Northern government called on Valdoria to release funds owed to the province.', 'DEMANDS north-province>valdoria');
    await has('The Northern government urged Valdoria to pay the salaries of its teachers.', 'DEMANDS north-province>valdoria');
    await has('Valdoria urged the Northern government to hold an inquiry.', 'DEMANDS valdoria>north-province');
  });

  it("is a command to the state's own forces, and no demand of theirs", async () => {
    await hasNot('Valdoria directed the Guard to clear the highway.', 'DEMANDS valdoria>valdorian-guard');
    await hasNot('Valdoria ordered the Guard to release Karel Brandt.', 'DEMANDS valdoria>valdorian-guard');
    await hasNot('The Guard asked Valdoria for armoured vehicles.', 'DEMANDS valdorian-guard>valdoria');
  });

  it("is a demand when a named person of the state gives it to a named force (the person's own statement)", async () => {
    await has(
      "Valdoria's interior minister, Karel Brandt, directed the Guard to clear the highway.",
      'DEMANDS karel-brandt>valdorian-guard',
    );
    await has(
      "Valdoria's interior minister, Karel Brandt, asked the Guard to arrest those behind the attack.",
      'DEMANDS karel-brandt>valdorian-guard',
    );
    await has(
      "Karel Brandt, Valdoria's prime minister, ordered the Guard to release the hostages.",
      'DEMANDS karel-brandt>valdorian-guard',
    );
    await hasNot(
      "Valdoria's interior minister, Karel Brandt, said they asked the Guard to clear the highway.",
      'DEMANDS karel-brandt>valdorian-guard',
    );
  });
});

describe('a cabinet title with a possessor', () => {
  it("is held in the province's government the article names", async () => {
    await has(
      "The Northern government met the Front. The province's information minister, Jon Arbel, said the talks would go on.",
      'MEMBER_OF jon-arbel>north-province',
    );
  });

  it('is held in no government when the possessor is unresolved', async () => {
    await hasNot(
      "Valdoria met the Front. The region's information minister, Jon Arbel, said the talks would go on.",
      'MEMBER_OF jon-arbel>valdoria',
    );
  });
});
