/**
 * Construction classes of this file, with invented sentences, invented actors and the real parser:
 * - a fronted date adverbial with no comma run into the subject's name ("On Thursday Valdoria
 *   accused …", "In May 2014 X said …", "Last week Mr Y warned …"): the parser is given the comma
 *   most outlets print (2-parse/mask-names.ts `dateBeforeName`), so the name stays the subject.
 * - a descriptive title run before a name ("led by the veteran Valdorian commander X"): the name
 *   heads the phrase, the words before it are its modifiers (2-parse/clause-repairs.ts
 *   `repairTitleRunBeforeName`).
 * - a two-word title whose second word the parser hangs on the first ("the Levy's director
 *   general, X"): the title is read whole (4-relations/roles.ts `roleOf`).
 * With near misses: a date followed by a determiner, a date not at the start, a date with its
 * comma; a run before a name with no role noun in it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { maskNames } from '../../src/ingest/2-parse/mask-names.ts';
import type { Mention } from '../../src/ingest/types.ts';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const { has, hasNot } = relationChecks(parser, inventedActors());

/** A named mention of `surface` in `text` (the masking step needs only offsets and kind). */
function named(text: string, surface: string, kind: Mention['kind'] = 'Government'): Mention {
  const start = text.indexOf(surface);
  return {
    id: 'x',
    kind,
    surface,
    first: 0,
    end: 1,
    start,
    stop: start + surface.length,
    via: 'alias',
    place: false,
    possessive: false,
    confidence: 1,
  } as Mention;
}

describe('a fronted date run into a name, masked', () => {
  it('gets the comma most outlets print', () => {
    const cases: Array<[string, string]> = [
      ['On Thursday Valdoria accused the Front.', 'On Thursday, Acme accused'],
      ['In May 2014 Valdoria accused the Front.', 'In May 2014, Acme accused'],
      ['Last week Valdoria accused the Front.', 'Last week, Acme accused'],
      ['Late on Sunday Valdoria accused the Front.', 'Late on Sunday, Acme accused'],
    ];
    for (const [text, masked] of cases) expect(maskNames(text, 0, [named(text, 'Valdoria')]).text).toContain(masked);
  });

  it('keeps the sentence as written when a determiner, a comma or other words come between', () => {
    const keep = [
      'On Thursday, Valdoria accused the Front.',
      'On Thursday the Valdorian cabinet met.',
      'After Thursday Valdoria accused the Front.',
      'Officials said on Thursday Valdoria accused the Front.',
      'Last Valdoria accused the Front.',
    ];
    for (const text of keep) expect(maskNames(text, 0, [named(text, 'Valdoria')]).text.split(',').length).toBe(text.split(',').length);
  });

  it('maps the placeholder back to the name in the article', () => {
    const text = 'On Monday Valdoria accused the Front.';
    const masked = maskNames(text, 100, [{ ...named(text, 'Valdoria'), start: 110, stop: 118 }]);
    const at = masked.text.indexOf('Acme');
    expect(masked.toArticle(at, at + 4)).toEqual([110, 118]);
  });
});

describe('a fronted date run into the subject, parsed', () => {
  it('leaves the name the subject of its verb', async () => {
    await has('On Thursday Valdoria accused the Front of sheltering the League.', 'ACCUSES valdoria>front');
    await has('In May 2014 Ostmark accused the League of arming the Front.', 'ACCUSES ostmark>league');
    await has('On Monday Ida Voss accused the Levy of shelling villages.', 'ACCUSES ida-voss>levy');
  });

  it('adds nothing when the name after the date is the object', async () => {
    await hasNot('On Thursday Valdoria was accused by the Front of shelling villages.', 'ACCUSES valdoria>front');
  });
});

describe('a descriptive title run before a name', () => {
  it('lets the name fill the slot of the phrase', async () => {
    await has('The League, led by the veteran Valdorian commander Karel Brandt, is separate from the Front.', 'LEADS karel-brandt>league');
    await has('The Front, led by the ageing former commander Ida Voss, rejected the offer.', 'LEADS ida-voss>front');
  });

  it('makes no membership of the leader', async () => {
    await hasNot(
      'The League, led by the veteran Valdorian commander Karel Brandt, is separate from the Front.',
      'MEMBER_OF karel-brandt>league',
    );
  });
});

describe('a two-word title read whole', () => {
  it('gives the role in apposition and with an of-phrase', async () => {
    await has("The Levy's director general, Lieutenant General Karel Brandt, said the Front had attacked.", 'LEADS karel-brandt>levy');
    await has('Karel Brandt, the director general of the Levy, met Ida Voss.', 'LEADS karel-brandt>levy');
  });

  it('is no role when the second word is no part of a title', async () => {
    // ("director" alone is a leader noun since the summing-nouns round: tests/nlp/summing-nouns-and-directors)
    await hasNot("The Levy's auditor, Karel Brandt, met Ida Voss.", 'LEADS karel-brandt>levy');
    await hasNot("The Levy's auditor general, Karel Brandt, met Ida Voss.", 'LEADS karel-brandt>levy');
  });
});
