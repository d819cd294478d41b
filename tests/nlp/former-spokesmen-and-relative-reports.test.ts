/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a former spokesperson speaks for themselves, not for the body they once spoke for;
 * - a verb of saying in a relative clause whose reported clause the parser hung loose higher up
 *   ("released a video in which X said the Front and the League had been funded by Y").
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownActor } from '../../src/knowledge/actors.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const PEOPLE: KnownActor[] = [{ id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [] }];
const { has, hasNot, statusOf } = relationChecks(parser, inventedActors(...PEOPLE));

describe('a former spokesperson', () => {
  it('speaks for themselves', async () => {
    const text = "Tomas Berg, the Front's former spokesman, accused Ostmark of arming the League.";
    await has(text, 'ACCUSES tomas-berg>ostmark');
    await hasNot(text, 'ACCUSES front>ostmark');
  });

  it('not a current one', async () => {
    await has("Tomas Berg, the Front's spokesman, accused Ostmark of arming the League.", 'ACCUSES front>ostmark');
  });
});

describe('a verb of saying in a relative clause, its report hung loose higher up', () => {
  it('reports the clause', async () => {
    const text = 'A week later Valdoria released a video in which Tomas Berg said the Front and the League had been funded by Ostmark.';
    expect(await statusOf(text, 'SUPPORTS ostmark>front'), text).toBe('alleged');
    expect(await statusOf(text, 'SUPPORTS ostmark>league'), text).toBe('alleged');
  });
});
