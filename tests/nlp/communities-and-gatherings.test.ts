/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a religious or ethnic community named as an actor ("killing 80 Christians", "the Hazara
 *   community"), proposed as an Organization; an adjective before another noun names none;
 * - a party's convention or congregation stands for the party, as its rally does.
 */
import { afterAll, describe, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors({ id: 'people-party', name: 'People Party', kind: 'PoliticalParty', aliases: [] });
const { has, hasNot, rels } = relationChecks(parser, ACTORS);

describe('a community named as an actor', () => {
  it('is the target of an attack on it', async () => {
    await has('The Front attacked Hazaras in the valley.', 'ATTACKS front>hazaras');
    await has('A bomber struck a church in the valley, killing 40 Christians. The Front claimed the carnage.', 'ATTACKS front>christians');
    await has('The League warned that the Sikh community would remain its target.', 'THREATENS league>sikh-community');
  });

  it('not an adjective before another noun', async () => {
    const out = await rels('The Front attacked Christian schools in the valley.');
    if (out.some((r) => r.includes('christian'))) throw new Error(out.join(', '));
    await hasNot('The Front attacked Shia pilgrims in the valley.', 'ATTACKS front>shias');
  });
});

describe("a party's convention", () => {
  it('stands for the party', async () => {
    await has("The League claimed the bombing of a People Party workers' convention in the valley.", 'ATTACKS league>people-party');
  });

  it('not a convention of no one named', async () => {
    await hasNot('The League claimed the bombing of a convention in the valley.', 'ATTACKS league>people-party');
  });
});
