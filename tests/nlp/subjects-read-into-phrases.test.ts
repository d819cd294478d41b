/**
 * Construction classes, with invented actors and sentences and the real parser — a clause's
 * subject read into a neighbouring phrase:
 * - into the object's coordination: "called off the meeting and Levy jets then pounded X" (a bare
 *   "and", adverbs between the subject and its verb), or into a coordination inside a gerund's
 *   object with the verb as that object's modifier ("of killing women and children, and Afghan
 *   forces fired on Y");
 * - into a date phrase before it: "from 20 February jets of the Levy pounded X", "In May troops
 *   stormed Y";
 * and an object read into a compound: "stepped up airstrikes on Front and League hideouts" (the
 * parser makes "airstrikes on Front and League" a modifier of "hideouts").
 * Near misses: a date phrase before a subject of its own, a compound with no name in it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot, rels } = relationChecks(parser, inventedActors());

describe('a subject read into the object’s coordination', () => {
  it('is the later verb’s subject', async () => {
    const jets = 'The Valdoria committee called off its next meeting and Levy jets subsequently pounded suspected Front hideouts in Karn.';
    await has(jets, 'ATTACKS levy>front');
    await has('Ostmark cancelled the talks and League fighters then attacked a Levy post.', 'ATTACKS league>levy');
    await hasNot('Ostmark cancelled the talks and League fighters then attacked a Levy post.', 'ATTACKS ostmark>levy');
  });
});

describe('a clause read as a modifier of the first conjunct before it', () => {
  it('is the main clause’s conjunct, with its own subject', async () => {
    // (a nationality's forces, as the knowledge base's nationality words name them: the parser
    // makes "forces" a conjunct of "women" and "fired" a modifier of "women")
    const fired =
      'The Front accused Valdoria of killing women and children, and Afghan forces fired on Levy troops along the border in response.';
    await has(fired, 'ATTACKS afghan-taliban>levy');
    await hasNot(fired, 'ATTACKS valdoria>afghan-taliban');
  });
});

describe('a subject read into a fronted date', () => {
  it('is the verb’s subject', async () => {
    await has(
      'The committee cancelled its meeting, and from 20 February jets of the Levy pounded Front hideouts in Karn.',
      'ATTACKS levy>front',
    );
    await has('In May jets of the Levy pounded what the army described as Front hideouts in Karn.', 'ATTACKS levy>front');
  });

  it('not before a subject of its own', async () => {
    await has('In May the Levy pounded Front hideouts in Karn.', 'ATTACKS levy>front');
  });
});

describe('an object read into a compound', () => {
  it('heads the phrase', async () => {
    const stepped = 'Ostmark has sharply stepped up drone strikes on Front and League hideouts.';
    await has(stepped, 'ATTACKS ostmark>front');
    await has(stepped, 'ATTACKS ostmark>league');
  });

  it('not a compound with no name in it', async () => {
    expect(await rels('The Front held face-to-face sessions with the Levy in Karn.')).toContain('NEGOTIATES_WITH front>levy');
  });
});
