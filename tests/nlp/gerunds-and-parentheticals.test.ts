/**
 * Construction classes, with invented sentences and the real parser:
 * - a gerund after "by"/"after"/"before"/"while", read by the parser as an adjective of the
 *   noun after it, is an adverbial clause of the verb ("retaliated by shelling X's posts");
 * - a nationality adjective owning a military stand-in ("Afghan checkpoints", "Pakistani border
 *   posts") names that state's forces (nationality data of the knowledge base);
 * - a parenthetical report inside a relative clause ("fighters who, the army said, had been
 *   attacking a post") leaves the relative pronoun the subject of the verb after it.
 * Each with near misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const ACTORS = inventedActors();

const { rels, has, hasNot } = relationChecks(parser, ACTORS);

describe('a gerund after "by", "after", "before" or "while"', () => {
  it('is done by the subject of the verb it modifies', async () => {
    await has('The Front retaliated by shelling Levy posts.', 'ATTACKS front>levy');
    await has('The Front fled after ambushing Levy convoys near the pass.', 'ATTACKS front>levy');
  });

  it('takes no act from a gerund that names none', async () => {
    await hasNot('The Front retaliated by issuing Levy posts a warning.', 'ATTACKS front>levy');
    await hasNot('Valdoria responded by praising the Levy.', 'ATTACKS valdoria>levy');
  });
});

describe('a nationality adjective owning a military stand-in', () => {
  it('names that state’s forces', async () => {
    await has('The Front retaliated by shelling Pakistani border posts.', 'ATTACKS front>pakistan-security-forces');
    await has('Front fighters overran two Iranian checkpoints.', 'ATTACKS front>iranian-armed-forces');
  });

  it('does not turn a nationality on a civilian noun into forces', async () => {
    const found = await rels('The Front shelled Pakistani villages.');
    expect(found.filter((r) => r.includes('pakistan-security-forces'))).toEqual([]);
  });
});

describe('a parenthetical report inside a relative clause', () => {
  it('leaves the relative pronoun the subject of the verb after the report', async () => {
    const s = 'Valdoria struck Front fighters who, the Levy said, had been attacking a Levy checkpoint.';
    await has(s, 'ATTACKS valdoria>front');
    await has(s, 'ATTACKS front>levy');
    await hasNot(s, 'ATTACKS valdoria>levy');
  });
});

describe('stand-ins: "the presence of X", the official word "khwarij"', () => {
  it('reads "an operation on the presence of militants belonging to X" as against X', async () => {
    await has('The Levy conducted an operation on the reported presence of militants belonging to the Front.', 'ATTACKS levy>front');
  });

  it('reads "khwarij" as the article’s armed group', async () => {
    await has('The Front attacked a Levy post. The Levy killed five khwarij in the hills.', 'ATTACKS levy>front');
  });
});

describe('press words: "miscreants", "the carnage"', () => {
  it('reads miscreants as the article’s armed group and a claimed carnage as its attack', async () => {
    await has('The Front claimed the carnage. Miscreants opened fire on a Levy vehicle near the pass.', 'ATTACKS front>levy');
    await has('A bomb killed six Levy soldiers on Monday. The Front owned the carnage in a statement.', 'ATTACKS front>levy');
  });
});
