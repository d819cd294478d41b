import { describe, expect, it } from 'vitest';
import type { Edge } from './types.ts';
import { emptyView } from './view-state.ts';
import { edgePasses, inWindow, yearCounts } from './visibility.ts';

const edge = (patch: Partial<Edge> = {}): Edge => ({
  id: 'MEDIATES:a:b',
  type: 'MEDIATES',
  source: { id: 'a' },
  target: { id: 'b' },
  symmetric: false,
  status: 'stated',
  confidence: 0.9,
  evidenceCount: 2,
  firstDate: '2021-11',
  lastDate: '2022-05',
  bestEvidence: 'CURATED',
  cameo: { code: '045', quadClass: 1 },
  spans: [
    { start: '2021-11-01', end: '2021-11-30', evidence: 'UNREVIEWED' },
    { start: '2022-05-01', end: '2022-05-31', evidence: 'CURATED' },
  ],
  ...patch,
});

describe('visibility (the server window rule, in the browser)', () => {
  it('a tie shows in a window only when a claim span overlaps it with enough evidence', () => {
    expect(inWindow(edge().spans, [2021, 2021], 'ALL')).toBe(true);
    expect(inWindow(edge().spans, [2021, 2021], 'REVIEWED')).toBe(false);
    expect(inWindow(edge().spans, [2022, 2024], 'CURATED')).toBe(true);
    expect(inWindow(edge().spans, [2023, 2024], 'ALL')).toBe(false);
  });
  it('types, evidence and confidence filter ties', () => {
    const view = emptyView();
    expect(edgePasses(edge(), view)).toBe(true);
    expect(edgePasses(edge(), { ...view, types: ['ATTACKS'] })).toBe(false);
    expect(edgePasses(edge({ bestEvidence: 'UNREVIEWED' }), { ...view, evidence: 'REVIEWED' })).toBe(false);
    expect(edgePasses(edge({ confidence: 0.5 }), { ...view, minConfidence: 0.6 })).toBe(false);
    expect(edgePasses(edge(), { ...view, window: [2019, 2020] })).toBe(false);
  });
  it('counts dated claims per year for the histogram (a span counts in each year it touches)', () => {
    const counts = yearCounts([edge(), edge({ spans: [{ start: '2020-01-01', end: '2021-12-31', evidence: 'CURATED' }] })]);
    expect([...counts].sort()).toEqual([
      [2020, 1],
      [2021, 2],
      [2022, 1],
    ]);
  });
});
