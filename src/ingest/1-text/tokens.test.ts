import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps a name with an inner apostrophe before a capital as one word', () => {
    expect(words("Colonel Anna O'Brady spoke")).toContain("word:O'Brady");
    expect(words('Tomas D’Arvel spoke')).toContain('word:D’Arvel');
  });

  it('still splits a possessive off its word, capitalised or not', () => {
    expect(words("the Front's chief")).toEqual(['word:the', 'word:Front', "poss:'s", 'word:chief']);
    expect(words("THE FRONT'S CHIEF")).toEqual(['word:THE', 'word:FRONT', "poss:'S", 'word:CHIEF']);
  });

  it('keeps offsets into the text', () => {
    const [, name] = tokenize("Anna O'Brady", 10);
    expect(name).toMatchObject({ start: 15, end: 22 });
  });
});
