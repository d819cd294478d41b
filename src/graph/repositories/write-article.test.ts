import { describe, expect, it } from 'vitest';
import { contentHash, defaultTitle } from './write-article.ts';

describe('article identity and title', () => {
  it('takes the first headline-like line as title, skipping datelines', () => {
    expect(defaultTitle('Tuesday, June 25, 2024\n\nTalks stall as the group rejects terms\n\nBody text.')).toBe(
      'Talks stall as the group rejects terms',
    );
    expect(defaultTitle('March 3, 2023\nBorder crossing closed for a week')).toBe('Border crossing closed for a week');
    expect(defaultTitle('Short\n')).toBe('Short');
    expect(defaultTitle('x '.repeat(200)).length).toBeLessThanOrEqual(160);
  });

  it('hashes the same text with different spacing to the same id', () => {
    expect(contentHash('A  b\n\nc ')).toBe(contentHash('A b c'));
    expect(contentHash('A b c')).not.toBe(contentHash('A b d'));
  });
});
