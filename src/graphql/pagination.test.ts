import { describe, expect, it } from 'vitest';
import { toConnection, toPage } from './pagination.ts';

describe('cursor pagination', () => {
  it('walks pages with opaque cursors', () => {
    const first = toPage(2, null);
    const c1 = toConnection(['a', 'b'], 5, first);
    expect(c1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = toPage(2, c1.pageInfo.endCursor);
    expect(second).toEqual({ offset: 2, first: 2 });
    const c2 = toConnection(['c', 'd'], 5, second);
    expect(c2.pageInfo.hasPreviousPage).toBe(true);
    const last = toConnection(['e'], 5, toPage(2, c2.pageInfo.endCursor));
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses pages above 100, below 1, and forged cursors with BAD_USER_INPUT', () => {
    for (const fn of [() => toPage(1000, null), () => toPage(0, null), () => toPage(5, 'bm9wZQ')]) {
      expect(fn).toThrow();
      try {
        fn();
      } catch (e) {
        expect((e as any).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });
});
