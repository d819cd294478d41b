/**
 * The bounds and defaults of the expensive searches, defined once: the repositories validate
 * against them, the Cypher templates assert them, and the query cost model prices by them.
 * (schema.graphql repeats the defaults for clients to read; `bounds.test.ts` keeps both equal.)
 */
export const PATH_BOUNDS = Object.freeze({
  /** `paths`/`pathSearch`: hops per path. */
  maxHops: { min: 1, max: 8, default: 4 },
  /** `connections`: hops per pair. */
  connectionsMaxHops: { default: 3 },
  /** `K_SHORTEST`: paths asked for. */
  k: { min: 1, max: 10, default: 3 },
  /** Paths returned at most (more are reported as truncated). */
  maxPaths: 50,
  /** `maxDegree`: an actor passed through has at most this many relationships (off unless given). */
  maxDegree: { min: 1 },
  /** `connections`: distinct actors. */
  connectionsActors: { min: 2, max: 10 },
});

export const NEIGHBOURHOOD_BOUNDS = Object.freeze({
  depth: { min: 1, max: 3, default: 1 },
  limit: { min: 1, max: 500, default: 100 },
  maxEdges: 2000,
});

/** Free-text search words: longer input is refused (Lucene would build a huge automaton). */
export const SEARCH_BOUNDS = Object.freeze({ maxLength: 200 });
