import { describe, expect, it } from 'vitest';
import { toPath } from './path.ts';
import type { Actor, Relationship } from './types.ts';

const actor = (id: string, name: string): Actor => ({
  id,
  name,
  kind: 'Person',
  aliases: [],
  description: null,
  validFrom: null,
  validTo: null,
  proposed: false,
});
const rel = (type: Relationship['type'], s: Actor, t: Actor, symmetric = false): Relationship => ({
  id: `${type}:${s.id}:${t.id}`,
  type,
  source: s,
  target: t,
  symmetric,
  status: 'stated',
  confidence: 0.9,
  firstDate: null,
  lastDate: null,
  evidenceCount: 1,
  cameo: null,
  claimIds: ['c1'],
  bestEvidence: 'CURATED',
  spans: [],
});

describe('toPath', () => {
  const a = actor('a', 'Mediator');
  const b = actor('b', 'Group');
  const c = actor('c', 'State');
  const d = actor('d', 'Army');

  it('marks each hop forward, backward or symmetric and writes the summary line', () => {
    const path = toPath([a, b, c, d], [rel('MEDIATES', a, b), rel('NEGOTIATES_WITH', c, b, true), rel('LEADS', d, c)]);
    expect(path.length).toBe(3);
    expect(path.hops.map((h) => h.direction)).toEqual(['FORWARD', 'BOTH', 'BACKWARD']);
    expect(path.summary).toBe('Mediator —MEDIATES→ Group —NEGOTIATES_WITH— State ←LEADS— Army');
    expect(path.hops[1]!.from.id).toBe('b');
    expect(path.hops[1]!.to.id).toBe('c');
  });
});
