// For every pair of the given actors, one shortest path (same inline filters as paths.cypher,
// any direction); the caller draws their union.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (a:Actor {id: pair[0]})
  MATCH (b:Actor {id: pair[1]})
  MATCH p = SHORTEST 1 (a)((x:Actor)-[r WHERE type(r) IN $types
      AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
      AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
           WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
    ]-(y:Actor)){1,{{HOPS}}}(b)
  RETURN p
}
RETURN nodes(p) AS nodes, [rel IN relationships(p) | {source: startNode(rel), rel: rel, target: endNode(rel)}] AS rels
