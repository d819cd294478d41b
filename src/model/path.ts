/**
 * Paths as the API returns them, built from the nodes and relationships Neo4j found (no path
 * search happens here): each hop says which way it was walked, and the summary reads as a line.
 */
import type { Actor, Relationship } from './types.ts';

export type HopDirection = 'FORWARD' | 'BACKWARD' | 'BOTH';

export interface PathHop {
  from: Actor;
  to: Actor;
  type: Relationship['type'];
  direction: HopDirection;
  relationship: Relationship;
}

export interface Path {
  length: number;
  hops: PathHop[];
  summary: string;
}

const ARROWS: Record<HopDirection, (type: string) => string> = {
  FORWARD: (t) => ` —${t}→ `,
  BACKWARD: (t) => ` ←${t}— `,
  BOTH: (t) => ` —${t}— `,
};

/** Builds a path from its nodes (in walk order) and its relationships (as stored). */
export function toPath(nodes: readonly Actor[], rels: readonly Relationship[]): Path {
  const hops = rels.map((relationship, i): PathHop => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const direction: HopDirection = relationship.symmetric ? 'BOTH' : relationship.source.id === from.id ? 'FORWARD' : 'BACKWARD';
    return { from, to, type: relationship.type, direction, relationship };
  });
  const summary = hops.reduce((line, hop) => line + ARROWS[hop.direction](hop.type) + hop.to.name, nodes[0]?.name ?? '');
  return { length: hops.length, hops, summary };
}
