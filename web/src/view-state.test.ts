import { describe, expect, it } from 'vitest';
import { decodeView, emptyView, encodeView } from './view-state.ts';

describe('the view in the URL', () => {
  it('round-trips actors, pins, filters, window and the path query', () => {
    const view = {
      ...emptyView(),
      expanded: ['sirajuddin-haqqani', 'ttp'],
      pinned: ['ttp'],
      hidden: ['afghan-taliban'],
      removed: ['qatar'],
      types: ['MEDIATES', 'SHELTERS'] as const,
      kinds: ['Person', 'ArmedGroup'] as const,
      evidence: 'REVIEWED' as const,
      minConfidence: 0.7,
      window: [2021, 2022] as [number, number],
      path: {
        from: 'Haqqani',
        to: 'Pakistan Army',
        mode: 'K_SHORTEST' as const,
        k: 4,
        maxHops: 5,
        direction: 'OUTGOING' as const,
        avoid: ['Afghan Taliban', 'ttp'],
        maxDegree: 200,
      },
    };
    const back = decodeView(encodeView({ ...view, types: [...view.types], kinds: [...view.kinds] }));
    expect(back).toEqual({ ...view, types: [...view.types], kinds: [...view.kinds] });
  });

  it('leaves defaults out of the link and ignores what it does not know', () => {
    expect(encodeView(emptyView())).toBe('');
    const view = decodeView('types=MEDIATES,HUGS&ev=SOME&conf=7&win=2024-2020&path=a|b');
    expect(view.types).toEqual(['MEDIATES']);
    expect(view.evidence).toBe('ALL');
    expect(view.minConfidence).toBe(0);
    expect(view.window).toBeNull();
    expect(view.path).toBeNull();
    expect(decodeView('path=a|b|SHORTEST|3|4|ANY&hub=0').path?.maxDegree).toBeNull();
    expect(decodeView('path=a|b|SHORTEST|3|4|ANY&hub=2.5').path?.maxDegree).toBeNull();
  });
});
