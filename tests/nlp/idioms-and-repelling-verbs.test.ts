/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a verb idiom with a fixed prepositional phrase (lexicon `verbIdioms`: "sent to hell", "put to
 *   death") states what the verb it means states: its object or passive subject is killed;
 * - a resultative of harm (a two-word idiom: "left 20 people dead", "leaving two guards dead"):
 *   the adjective after the object makes the verb the one the idiom means;
 * - a phrasal verb of repelling people ("beat back", "fight off", "drive back") attacks them.
 * Each with near misses.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

describe('a resultative of harm', () => {
  it('states the verb it means', async () => {
    await has('A Front attack on the market left three Levy officers dead.', 'ATTACKS front>levy');
    await has('Front gunmen stormed the post, leaving four Levy guards dead.', 'ATTACKS front>levy');
    await has('The League ambush left two Levy soldiers dead.', 'ATTACKS league>levy');
    await has('The Front raid on Sunday left six Levy troops dead.', 'ATTACKS front>levy');
    await has('Front fighters attacked the convoy on Friday, leaving five Levy men dead.', 'ATTACKS front>levy');
  });

  it('not another adjective, nor a leaving without one', async () => {
    await hasNot('The Front left the Levy post empty.', 'ATTACKS front>levy');
    await hasNot('The Front raid left six Levy troops wounded.', 'ATTACKS front>levy');
    await hasNot('The Front left the Levy officers behind.', 'ATTACKS front>levy');
  });
});

describe('a verb idiom with a fixed phrase', () => {
  it('states the verb it means', async () => {
    await has('All five League fighters were sent to hell by the Levy.', 'ATTACKS levy>league');
    await has('Front gunmen were sent to hell by Levy troops near the dam.', 'ATTACKS levy>front');
    await has('The Front said it had put two Levy officers to death.', 'ATTACKS front>levy');
    await has('The Levy sent six fighters of the League to hell in a dawn raid.', 'ATTACKS levy>league');
    await has('The League put the Front commanders to death after a mock trial.', 'ATTACKS league>front');
  });

  it('not the verb with another phrase', async () => {
    await hasNot('The Levy sent reinforcements to Valdoria.', 'ATTACKS levy>valdoria');
    await hasNot('The League sent its envoy to the Front.', 'ATTACKS league>front');
    await hasNot('The Levy put the Front on notice.', 'ATTACKS levy>front');
  });
});

describe('a phrasal verb of repelling people', () => {
  it('attacks them', async () => {
    await has('Levy troops fought off fighters of the League near the dam.', 'ATTACKS levy>league');
    await has('The Levy beat back Front fighters who had stormed the post.', 'ATTACKS levy>front');
    await has('Valdorian troops drove back the League after a long gunfight.', 'ATTACKS valdoria>league');
    await has('The Front fended off the Levy for two days.', 'ATTACKS front>levy');
    await has('The League held off Levy commandos until dawn.', 'ATTACKS league>levy');
  });

  it('not when the object is no actor', async () => {
    await hasNot('Valdoria beat back criticism from the League.', 'ATTACKS valdoria>league');
    await hasNot('The Front fought off a challenge to its leadership.', 'ATTACKS front>valdoria');
  });
});
