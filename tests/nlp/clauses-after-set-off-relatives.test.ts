/**
 * Construction classes, with invented actors and sentences and the real parser:
 * - a main verb swallowed by a set-off relative clause ("X, who heads the panel named by Y,
 *   called on Z to act"): the verb is the sentence's, the name its subject;
 * - a clause with its own subject conjoined to a gerund or infinitive ("X accused Y of wrecking
 *   the talks, and Z rejected …"): a clause of its own, not part of what X accused Y of;
 * - a verb of saying or demanding coordinated after a that-clause with its own subject ("X denied
 *   that its soil had been used and called on Z to act"): the caller is X.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors(
  { id: 'jan-hollis', name: 'Jan Hollis', kind: 'Person', aliases: [] },
  { id: 'tomas-berg', name: 'Tomas Berg', kind: 'Person', aliases: [] },
);
const { has, hasNot, statusOf } = relationChecks(parser, ACTORS);

describe('a main verb after a set-off relative clause', () => {
  it('has the name before the clause as its subject', async () => {
    await has('Jan Hollis, who heads the panel named by the Front, called on Valdoria to show restraint.', 'DEMANDS jan-hollis>valdoria');
    await has('Tomas Berg, who chairs the council chosen by Ostmark, urged the League to free its captives.', 'DEMANDS tomas-berg>league');
  });

  it('not the subject of a clause of its own', async () => {
    const text = 'Jan Hollis, who heads the panel named by Ostmark, said the Front had called on Valdoria to show restraint.';
    await has(text, 'DEMANDS front>valdoria');
    await hasNot(text, 'DEMANDS jan-hollis>valdoria');
  });
});

describe('a clause with its own subject conjoined to a gerund', () => {
  it('is a clause of its own, stated', async () => {
    const text =
      'Jan Hollis accused Ostmark of wrecking the talks, and the Front’s new chief, Tomas Berg, rejected any dialogue with Valdoria.';
    await has(text, 'ACCUSES jan-hollis>ostmark');
    expect(await statusOf(text, 'REJECTS tomas-berg>valdoria')).toBe('stated');
  });

  it('but a gerund’s own conjunct stays what was alleged', async () => {
    expect(await statusOf('Jan Hollis accused Ostmark of arming the Front and sheltering its chief.', 'SUPPORTS ostmark>front')).toBe(
      'alleged',
    );
  });
});

describe('a verb of demanding coordinated after a that-clause', () => {
  it('is the speaker’s', async () => {
    await has(
      'Jan Hollis denied that Valdorian soil had been used in the raid and called on Ostmark to resolve its own problems.',
      'DEMANDS jan-hollis>ostmark',
    );
  });

  it('not one with a subject of its own inside the reported clause', async () => {
    const text = 'Jan Hollis said that the Front had attacked the post and that Ostmark had called on Valdoria to act.';
    await has(text, 'DEMANDS ostmark>valdoria');
    await hasNot(text, 'DEMANDS jan-hollis>valdoria');
  });
});
