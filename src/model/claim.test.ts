import { describe, expect, it } from 'vitest';
import { canonicalEndpoints, toClaimRow } from './claim.ts';

describe('claim normalisation', () => {
  const base = {
    type: 'NEGOTIATES_WITH' as const,
    sourceId: 'ttp',
    targetId: 'pakistan-government',
    articleId: 'a1',
    status: 'stated' as const,
    confidence: 0.9,
    origin: 'extracted' as const,
  };

  it('orders symmetric endpoints canonically and leaves directed ones alone', () => {
    expect(canonicalEndpoints('NEGOTIATES_WITH', 'ttp', 'pakistan-government')).toEqual(['pakistan-government', 'ttp']);
    expect(canonicalEndpoints('ATTACKS', 'ttp', 'pakistan-government')).toEqual(['ttp', 'pakistan-government']);
  });

  it('gives the same claim the same id whichever way a symmetric tie was stated', () => {
    const a = toClaimRow({ ...base, sentenceIndex: 3 });
    const b = toClaimRow({ ...base, sourceId: base.targetId, targetId: base.sourceId, sentenceIndex: 3 });
    expect(a.id).toBe(b.id);
    expect(toClaimRow({ ...base, sentenceIndex: 4 }).id).not.toBe(a.id);
  });

  it('expands the date and defaults review by origin', () => {
    const row = toClaimRow({ ...base, date: '2022-11' });
    expect(row).toMatchObject({
      date: '2022-11',
      datePrecision: 'MONTH',
      dateStart: '2022-11-01',
      dateEnd: '2022-11-30',
      review: 'unreviewed',
    });
    expect(toClaimRow({ ...base, origin: 'curated' }).review).toBe('accepted');
    expect(() => toClaimRow({ ...base, date: '2022-11-31' })).toThrow(/date/);
  });
});
