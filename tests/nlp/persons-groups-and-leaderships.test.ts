/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a person's group ("X, whose faction dominates the valley") is the group the knowledge base
 *   has the person lead: LEADS;
 * - a body's leadership ("hosted the Front's leadership, including its emir X") stands for the
 *   body, not for the leader it includes.
 */
import { afterAll, describe, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const PEOPLE: KnownActor[] = [
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [], affiliation: 'front', role: 'emir' },
  { id: 'lena-ruud', name: 'Lena Ruud', kind: 'Person', aliases: [], affiliation: 'front', role: 'fighter' },
];
const { has, hasNot } = relationChecks(parser, inventedActors(...PEOPLE));

describe("a person's group", () => {
  it('is the group the person leads', async () => {
    await has('Tomas Berg, whose faction dominates the northern valleys, rejected the offer.', 'LEADS tomas-berg>front');
  });

  it('not a person the knowledge base has lead nothing', async () => {
    await hasNot('Lena Ruud, whose faction dominates the northern valleys, rejected the offer.', 'LEADS lena-ruud>front');
  });
});

describe("a body's leadership", () => {
  it('stands for the body, not the leader it includes', async () => {
    const text = "Ostmark continues to host the Front's leadership, including its emir, Tomas Berg.";
    await has(text, 'SHELTERS ostmark>front');
    await hasNot(text, 'SHELTERS ostmark>tomas-berg');
  });
});
