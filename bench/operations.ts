/**
 * The read operations measured, as GraphQL documents with their variables. The raw-Cypher side
 * of each is not restated here: bench/capture.ts records the statements the project's own
 * resolvers and repositories run for the same document and replays them. For `actor` that is
 * one statement since 2026-12-07 (relationships-by-actor with the actor and the page's evidence,
 * src/graphql/prefetch.ts), the best hand-written Cypher for the answer; before, three dependent
 * ones (actors-by-ids, relationships-by-actor, claims-by-ids).
 */
import type { PathSelector } from '../src/graph/cypher.ts';

/** The arguments of one request, drawn by the workload. */
export interface Args {
  id: string;
  other: string;
  search: string;
}

export interface Operation {
  name: string;
  /** What is asked, in words (for the report). */
  label: string;
  query: string;
  variables(args: Args): Record<string, unknown>;
}

export const ACTOR_QUERY = `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind aliases description validFrom validTo
    relationships(first: 20) {
      totalCount
      edges { node {
        id type status confidence firstDate lastDate evidenceCount cameo { code quadClass }
        source { id name kind } target { id name kind }
        evidence { id date datePrecision status confidence sentence summary origin review article { id title publisher publishedAt } }
      } }
    }
  }
}`;

export const SEARCH_QUERY = `query Search($q: String!) {
  actors(search: $q, first: 20) { totalCount edges { node { id name kind aliases } } }
}`;

const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!) {
  neighbourhood(actorId: $id, depth: 2) {
    truncated
    nodes { id name kind }
    edges { id type status confidence evidenceCount source { id } target { id } }
  }
}`;

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $mode: PathMode, $k: Int, $maxHops: Int, $maxDegree: Int) {
  paths(from: $from, to: $to, mode: $mode, k: $k, maxHops: $maxHops, maxDegree: $maxDegree) {
    length summary
    hops { type direction from { id name } to { id name } relationship { id status confidence evidenceCount firstDate lastDate } }
  }
}`;

/** `actor` by id with a page of relationships and their evidence. */
export const actorOperation: Operation = {
  name: 'actor',
  label: 'actor by id + 20 relationships + evidence',
  query: ACTOR_QUERY,
  variables: (a) => ({ id: a.id }),
};

/** `actors(search:)`: full-text search, 20 best. */
export const searchOperation: Operation = {
  name: 'search',
  label: 'actors(search:) first 20',
  query: SEARCH_QUERY,
  variables: (a) => ({ q: a.search }),
};

/** `neighbourhood` depth 2, default limit 100. */
export const neighbourhoodOperation: Operation = {
  name: 'neighbourhood',
  label: 'neighbourhood depth 2, limit 100',
  query: NEIGHBOURHOOD_QUERY,
  variables: (a) => ({ id: a.id }),
};

/** `paths` with a selector, a hop bound and, optionally, the degree bound that routes around hubs. */
export function pathsOperation(selector: PathSelector, maxHops: number, maxDegree?: number): Operation {
  const mode = selector.mode;
  const k = selector.mode === 'K_SHORTEST' ? selector.k : undefined;
  return {
    name: `paths-${mode === 'K_SHORTEST' ? `k${k}` : mode.toLowerCase()}-h${maxHops}${maxDegree ? `-d${maxDegree}` : ''}`,
    label: `paths ${mode}${k ? ` k=${k}` : ''} maxHops ${maxHops}${maxDegree ? ` maxDegree ${maxDegree}` : ''}`,
    query: PATHS_QUERY,
    variables: (a) => ({ from: a.id, to: a.other, mode, k: k ?? null, maxHops, maxDegree: maxDegree ?? null }),
  };
}

/** The five operations of the GraphQL-over-Cypher comparison. */
export const READ_OPERATIONS: readonly Operation[] = [
  actorOperation,
  searchOperation,
  neighbourhoodOperation,
  pathsOperation({ mode: 'SHORTEST' }, 4),
  pathsOperation({ mode: 'K_SHORTEST', k: 5 }, 4),
];
