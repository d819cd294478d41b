/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a leader's agents ("Brandt's negotiators", "the premier's envoy") stand for the body the
 *   person leads, else for the government the person serves that day;
 * - a place's government named with a possessive and a describing word ("Tarnia's caretaker
 *   government") is the government that governs the place.
 */
import { afterAll, describe, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks, TARNIA } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const PEOPLE: KnownActor[] = [
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [], affiliation: 'front', role: 'emir' },
  {
    id: 'ines-marr',
    name: 'Ines Marr',
    kind: 'Person',
    aliases: [],
    offices: [{ body: 'valdoria', role: 'prime minister', from: '2022-01-01' }],
  },
];
const { has, hasNot } = relationChecks(parser, inventedActors(...TARNIA, ...PEOPLE));

describe("a leader's agents", () => {
  it('stand for the body the leader leads', async () => {
    await has("Tomas Berg's negotiators pressed Valdoria to free the prisoners.", 'DEMANDS front>valdoria');
  });

  it('stand for the government the leader serves', async () => {
    await has("Ines Marr's envoy met Front commanders in Ardent.", 'NEGOTIATES_WITH valdoria>front');
  });

  it("not the leader's own words", async () => {
    await hasNot("Tomas Berg's negotiators pressed Valdoria to free the prisoners.", 'DEMANDS tomas-berg>valdoria');
  });
});

describe("a place's government named with a possessive and a describing word", () => {
  it('is the government that governs the place', async () => {
    await has("Jan Hollis, who heads Tarnia's caretaker government, condemned the Front.", 'LEADS jan-hollis>tarnia-government');
  });
});
