/**
 * The operations both APIs can express, as each side writes them:
 *  - `actor-nested`: an actor by id with (up to) 20 of its relationships, each with its
 *    properties and the actor at the other end. Ours: `actor { relationships(first: 20) }`
 *    (one generic field, one sorted page). Peer: 30 connection fields (15 types × 2
 *    directions), `first: 20` each — the library's only way to ask for "all relationships".
 *  - `search`: actors by name through the same full-text index `actor_names` and the same
 *    Lucene text our repository builds (ours adds its exact-match ranking).
 *  - `name-contains` (peer only, latency only): the library's plain filter
 *    `where: { name: { contains } }`, for reference — it cannot use the full-text index.
 */
import { toLucene } from '../../src/graph/repositories/actors.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';
import type { Args } from '../operations.ts';
import { tieField } from './type-defs.ts';

export interface SideQuery {
  query: string;
  variables(args: Args): Record<string, unknown>;
}

export interface SharedOperation {
  name: string;
  label: string;
  ours: SideQuery;
  peer: SideQuery;
}

const tieSelection = RELATION_TYPES.flatMap((type) =>
  (['OUT', 'IN'] as const).map(
    (d) =>
      `    ${tieField(type, d)}Connection(first: 20) { totalCount edges { properties { status confidence evidenceCount firstDate lastDate } node { id name kind } } }`,
  ),
).join('\n');

export const SHARED_OPERATIONS: readonly SharedOperation[] = [
  {
    name: 'actor-nested',
    label: 'actor by id + relationships (no evidence)',
    ours: {
      query: `query ActorNested($id: ID!) {
  actor(id: $id) {
    id name kind aliases
    relationships(first: 20) { totalCount edges { node { type status confidence evidenceCount firstDate lastDate source { id name kind } target { id name kind } } } }
  }
}`,
      variables: (a) => ({ id: a.id }),
    },
    peer: {
      query: `query ActorNested($id: ID!) {
  actors(where: { id: { eq: $id } }, limit: 1) {
    id name kind aliases
${tieSelection}
  }
}`,
      variables: (a) => ({ id: a.id }),
    },
  },
  {
    name: 'search',
    label: 'actors by name (full-text), first 20',
    ours: {
      query: `query Search($q: String!) { actors(search: $q, first: 20) { totalCount edges { node { id name kind aliases } } } }`,
      variables: (a) => ({ q: a.search }),
    },
    peer: {
      query: `query Search($phrase: String!) { actorsByName(phrase: $phrase, first: 20) { totalCount edges { score node { id name kind aliases } } } }`,
      variables: (a) => ({ phrase: toLucene(a.search) }),
    },
  },
];

/** The peer's plain name filter (reported for reference, not a like-for-like comparison). */
export const PEER_NAME_CONTAINS: SideQuery = {
  query: `query NameContains($q: String!) { actors(where: { name: { contains: $q } }, limit: 20) { id name kind aliases } }`,
  variables: (a) => ({ q: a.search }),
};
