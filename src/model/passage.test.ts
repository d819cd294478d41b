import { describe, expect, it } from 'vitest';
import { passageOf } from './passage.ts';

describe('passageOf', () => {
  const text = 'Headline here\nFirst sentence of the lead. Haqqani hosted the\n  talks in Kabul. More followed.\nNext paragraph.';
  it('returns the paragraph around the sentence, matching across line-wrapping whitespace', () => {
    expect(passageOf(text, 'Haqqani hosted the talks in Kabul.')).toEqual({
      before: 'First sentence of the lead. ',
      sentence: 'Haqqani hosted the\n  talks in Kabul.',
      after: ' More followed.',
    });
  });
  it('is null when the sentence is not in the text, and treats regex characters literally', () => {
    expect(passageOf(text, 'Nobody said (this).')).toBeNull();
    expect(passageOf('A (b) c.\n', 'A (b) c.')).toEqual({ before: '', sentence: 'A (b) c.', after: '' });
  });
});
