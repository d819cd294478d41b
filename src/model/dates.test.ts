import { describe, expect, it } from 'vitest';
import { isPartialDate, parsePartialDate } from './dates.ts';

describe('partial dates', () => {
  it('expands each precision to its span', () => {
    expect(parsePartialDate('2022')).toEqual({ text: '2022', precision: 'YEAR', start: '2022-01-01', end: '2022-12-31' });
    expect(parsePartialDate('2024-02')).toMatchObject({ precision: 'MONTH', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePartialDate('2023-02')).toMatchObject({ end: '2023-02-28' });
    expect(parsePartialDate('2022-11-28')).toMatchObject({ precision: 'DAY', start: '2022-11-28', end: '2022-11-28' });
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['', '22', '2022-13', '2022-02-30', '2022/11/28', 'November 2022', '2022-11-28T00:00', '0001']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });
});
