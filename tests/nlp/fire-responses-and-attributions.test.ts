/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a hedged free relative made the sentence's root ("responded by shelling what the army said
 *   were League camps"): the described noun is the verb's object;
 * - a target hung on the instrument ("opened fire with heavy weapons, including mortars, on Levy
 *   posts"): the on-phrase belongs to the verb;
 * - an attribution's appositive read as the subject ("According to X, the military's media wing,
 *   Ostmark troops then opened fire …"): the subject is the one after the appositive;
 * - a relative pronoun before the verb with an object after it ("X, which has waged a campaign
 *   of bombings against Y") is the clause's subject, and a campaign carries its attacks;
 * - a befitting response ("troops gave a befitting response") answers the attack just told;
 * - craft as the agent ("the aircraft struck hideouts of X") stand for the article's army, and
 *   only as the agent.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'press-office', name: 'Press Office', kind: 'SecurityForce', aliases: [] });
const { has, hasNot } = relationChecks(parser, ACTORS);

describe('a hedged free relative made the root', () => {
  it("is the verb's object", async () => {
    await has('Valdoria responded by shelling what the army said were League camps across the border.', 'ATTACKS valdoria>league');
    await has('Ostmark retaliated by bombing what officials said were Front hideouts in the hills.', 'ATTACKS ostmark>front');
    await has('Valdoria answered by striking what the ministry said were League depots near Karn.', 'ATTACKS valdoria>league');
    await has('Ostmark replied by shelling what its army said were Front positions along the river.', 'ATTACKS ostmark>front');
    await has(
      'Valdoria responded by shelling what the army said were League camps and by expelling Ostmark diplomats.',
      'ATTACKS valdoria>league',
    );
  });

  it('not a co-ordinated clause of its own', async () => {
    await hasNot(
      'Valdoria responded by shelling what the army said were League camps and by expelling Ostmark diplomats.',
      'ATTACKS valdoria>ostmark',
    );
    await hasNot('Valdoria responded by asking what the army said were League demands.', 'ATTACKS valdoria>league');
  });
});

describe('a target hung on the instrument', () => {
  it('belongs to the verb', async () => {
    await has(
      'Ostmark troops opened "unprovoked and indiscriminate fire" with heavy weapons, including mortars, on villagers and on Levy posts along the border.',
      'ATTACKS ostmark>levy',
    );
    await has('Front fighters fired with rockets, mortars and machine guns on Levy posts near Karn.', 'ATTACKS front>levy');
    await has('The League opened fire with heavy machine guns on a Levy convoy.', 'ATTACKS league>levy');
    await has('Ostmark troops fired with artillery, including howitzers, at Front positions.', 'ATTACKS ostmark>front');
    await has('The Front attacked with rockets and drones on Levy bases in the valley.', 'ATTACKS front>levy');
  });

  it('not a phrase of the instrument that is no target', async () => {
    await hasNot('Ostmark troops trained with weapons bought on Levy credit.', 'ATTACKS ostmark>levy');
    await hasNot('The Front fired with weapons captured on a Levy convoy into the air.', 'ATTACKS front>levy');
  });
});

describe("an attribution's appositive read as the subject", () => {
  it('leaves the subject after it', async () => {
    const text =
      "According to the Press Office, the military's media wing, Ostmark troops then opened fire on Levy posts along the border.";
    await has(text, 'ATTACKS ostmark>levy');
    await has("According to the Press Office, the Levy's media wing, Front fighters then attacked a Levy convoy.", 'ATTACKS front>levy');
    await has("According to Ida Voss, Valdoria's envoy, Ostmark then shelled Front camps near Karn.", 'ATTACKS ostmark>front');
    await has("According to the Press Office, the army's media wing, the League then fired on Levy posts.", 'ATTACKS league>levy');
    await has("According to Ida Voss, the Front's spokeswoman, the League then attacked a Levy post.", 'ATTACKS league>levy');
  });

  it('not the appositive as the attacker', async () => {
    await hasNot(
      "According to the Press Office, the military's media wing, Ostmark troops then opened fire on Levy posts along the border.",
      'ATTACKS press-office>levy',
    );
    await has('According to Ida Voss, the Levy and the Front then clashed near Karn.', 'ATTACKS levy>front');
  });
});

describe('a relative pronoun beside an object, and a campaign of attacks', () => {
  it('is the subject, and the campaign carries its attacks', async () => {
    await has(
      'The League, which has also waged a campaign of bombings against the Valdorian government, denied the report.',
      'ATTACKS league>valdoria',
    );
    await has('The Front, which has waged a campaign of raids on Levy posts, denied the report.', 'ATTACKS front>levy');
    await has('The League waged a campaign of bombings against Valdoria in 2019.', 'ATTACKS league>valdoria');
    await has('The Front, which had also launched a campaign of attacks on the Levy, called a truce.', 'ATTACKS front>levy');
    await has('The League, which has pursued a campaign of ambushes against the Levy, denied the report.', 'ATTACKS league>levy');
  });

  it('not a campaign of something else', async () => {
    await hasNot('The League, which has also waged a campaign of protests against Valdoria, denied the report.', 'ATTACKS league>valdoria');
    await hasNot('The League has never waged a campaign of bombings against Valdoria.', 'ATTACKS league>valdoria');
  });
});

describe('a befitting response', () => {
  it('answers the attack just told', async () => {
    await has('The Front attacked a Levy post on Monday. Levy troops gave a befitting response.', 'ATTACKS levy>front');
    await has('The Front attacked a Levy post on Monday. Levy troops gave a "befitting response", officials said.', 'ATTACKS levy>front');
    await has('Ostmark shelled a Levy camp overnight. The Levy gave a befitting response.', 'ATTACKS levy>ostmark');
    await has('The League ambushed a Levy convoy near Karn. Levy guards gave a swift response.', 'ATTACKS levy>league');
    await has('The Front raided a Levy depot. Levy commandos gave a strong response, killing four.', 'ATTACKS levy>front');
  });

  it('not without an attack just before, or a response to a question', async () => {
    await hasNot('Levy troops gave a befitting response.', 'ATTACKS levy>front');
    await hasNot(
      'The Front attacked a Levy post on Monday. Schools shut. Roads closed. Shops shut. The Levy gave a befitting response.',
      'ATTACKS levy>front',
    );
  });
});

describe('craft as the agent', () => {
  it("stand for the article's army", async () => {
    await has("Valdoria's aircraft struck hideouts of the Front.", 'ATTACKS valdoria>front');
    await has('Valdoria launched strikes on Monday. The aircraft struck hideouts of the Front.', 'ATTACKS valdoria>front');
    await has('Valdoria said its aircraft had struck hideouts and a training centre of the Front.', 'ATTACKS valdoria>front');
    await has('Valdoria launched an offensive on Monday. Helicopters struck Front positions near Karn.', 'ATTACKS valdoria>front');
    await has('Valdoria launched an offensive on Monday. Front positions were hit by helicopters.', 'ATTACKS valdoria>front');
  });

  it('not as what is demanded or seized', async () => {
    await hasNot('The Front seized a Levy post. The captors said they want a helicopter to fly them out.', 'DEMANDS front>valdoria');
    await hasNot('Valdoria launched an offensive on Monday. The Front shot at an aircraft near Karn.', 'ATTACKS front>valdoria');
  });
});
