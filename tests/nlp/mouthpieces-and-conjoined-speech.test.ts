/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a body's mouthpiece ("the League's propaganda arm, the Veterans Union, accused …", "X, the
 *   League's media wing, demanded …"): what it says is the League's, its "attacks" are words,
 *   and a possessive in what it says is not the League itself;
 * - a body asking its own part or member ("urged its fighters to …" where they are its own) is
 *   a command, no demand;
 * - a verb of saying or warning coordinated after a relative clause deep in a reported clause
 *   ("said the raid avenged Y, who was killed by Z, and warned the government …") is the
 *   speaker's.
 * - the head of a mouthpiece ("X, the director general of the Bureau", where the Bureau speaks for
 *   the army): leads the Bureau and speaks for the army, so what X says is the army's.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'veterans-union', name: 'Veterans Union', kind: 'Organization', aliases: [] },
  { id: 'karl-brenner', name: 'Karl Brenner', kind: 'Person', aliases: [] },
  { id: 'lev-orlov', name: 'Lev Orlov', kind: 'Person', aliases: [] },
  { id: 'press-bureau', name: 'Army Press Bureau', kind: 'SecurityForce', aliases: ['APB'], speaksFor: 'valdoria-army' },
);
const { has, hasNot } = relationChecks(parser, ACTORS);

describe("a body's mouthpiece", () => {
  it('speaks for its owner', async () => {
    await has("The League's propaganda arm, the Veterans Union, accused the Front of apostasy.", 'ACCUSES league>front');
    await has("The Veterans Union, the League's media wing, accused Valdoria of lying.", 'ACCUSES league>valdoria');
    await has("The League's propaganda arm, the Veterans Union, threatened the Front with reprisals.", 'THREATENS league>front');
    await has("The League's media wing, the Veterans Union, demanded that Valdoria free the prisoners.", 'DEMANDS league>valdoria');
    await has(
      "The League's propaganda arm, the Veterans Union, accused the Front of apostasy and accused its leaders of theft.",
      'ACCUSES league>front',
    );
  });

  it('not its words as attacks, nor a part with no media word', async () => {
    await hasNot("The League's propaganda arm, the Veterans Union, stepped up its attacks on the Front.", 'ATTACKS veterans-union>front');
    await hasNot("The League's propaganda arm, the Veterans Union, stepped up its attacks on the Front.", 'ATTACKS league>front');
    await has("The League's armed wing, the Veterans Union, attacked a Levy post.", 'ATTACKS veterans-union>levy');
    await hasNot("The League's armed wing, the Veterans Union, accused the Front of apostasy.", 'ACCUSES league>front');
  });
});

describe('a body asking its own part', () => {
  it('is a command, no demand', async () => {
    await hasNot(
      "The League's propaganda arm, the Veterans Union, accused the Front of apostasy and urged its fighters to defect.",
      'DEMANDS league>veterans-union',
    );
    await hasNot("The Veterans Union, the League's media wing, urged its members to stay calm.", 'DEMANDS league>veterans-union');
    await hasNot(
      'Karl Brenner, a League commander, said the League had told Karl Brenner to hold the pass.',
      'DEMANDS league>karl-brenner',
    );
  });

  it('while a demand on another body still counts', async () => {
    await has("The Veterans Union, the League's media wing, urged Valdoria to free the prisoners.", 'DEMANDS league>valdoria');
    await has('The League urged the Front to join the truce.', 'DEMANDS league>front');
  });
});

describe('a verb of warning coordinated after a deep relative clause', () => {
  it("is the speaker's", async () => {
    await has(
      'Its spokesman, Lev Orlov, said the raid avenged Karl Brenner, the group’s former leader, who was killed by a Levy drone in May, and warned Valdoria that more attacks would follow.',
      'THREATENS lev-orlov>valdoria',
    );
    await has(
      'Lev Orlov said the bombing avenged Karl Brenner, who was killed by Levy troops last year, and warned Valdoria of worse to come.',
      'THREATENS lev-orlov>valdoria',
    );
    await has(
      'The Front said the ambush avenged Karl Brenner, who died in a Levy raid, and warned Valdoria that it would strike again.',
      'THREATENS front>valdoria',
    );
    await has(
      'The League said the attack punished Karl Brenner, who had betrayed the movement, and vowed to strike Valdoria again.',
      'THREATENS league>valdoria',
    );
    await has(
      'Lev Orlov said the raid avenged Karl Brenner, who was shot by Levy police, and warned Valdoria against new arrests.',
      'THREATENS lev-orlov>valdoria',
    );
  });

  it('not the relative clause’s own subject', async () => {
    await hasNot(
      'Lev Orlov said the bombing avenged Karl Brenner, who was killed by Levy troops last year, and warned Valdoria of worse to come.',
      'THREATENS karl-brenner>valdoria',
    );
    await hasNot(
      'The Front said the ambush avenged Karl Brenner, who died in a Levy raid, and warned Valdoria that it would strike again.',
      'THREATENS karl-brenner>valdoria',
    );
  });
});

describe('the head of a mouthpiece', () => {
  it('leads it and speaks for the body it speaks for', async () => {
    const text = 'Major General Karl Brenner, the director general of the APB, accused the Front of taking money from Ostmark.';
    await has(text, 'SPOKESPERSON_FOR karl-brenner>valdoria-army');
    await has(text, 'ACCUSES valdoria-army>front');
    await has(text, 'LEADS karl-brenner>press-bureau');
    await has('Lev Orlov, who heads the Army Press Bureau, said the Front had lost forty men.', 'SPOKESPERSON_FOR lev-orlov>valdoria-army');
  });

  it('not the head of a body that speaks for no one', async () => {
    const text = 'Karl Brenner, the director general of the Levy, accused the Front of taking money from Ostmark.';
    await has(text, 'LEADS karl-brenner>levy');
    await has(text, 'ACCUSES karl-brenner>front');
  });
});
