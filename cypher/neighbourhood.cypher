// The actors within {{HOPS}} hops of one actor (breadth-first: one shortest path per actor
// reached), capped at $limit nodes, and every relationship among them that passes the filters.
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH p = ANY SHORTEST (a)((x:Actor)-[r WHERE type(r) IN $types
      AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
      AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
           WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
    ]-(y:Actor)){1,{{HOPS}}}(b:Actor)
  WHERE b <> a
  WITH b, length(p) AS hops ORDER BY hops, b.name
  LIMIT $limit
  RETURN collect(b) AS others
}
WITH [a] + others[..$limit - 1] AS nodes, size(others) > $limit - 1 AS full
UNWIND nodes AS x
OPTIONAL MATCH (x)-[r]->(y:Actor)
WHERE y IN nodes AND type(r) IN $types
  AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
  AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
       WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
WITH nodes, full, collect(CASE WHEN r IS NULL THEN null ELSE {source: x {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}, rel: r {.symmetric, .status, .confidence, .firstDate, .lastDate, .evidenceCount, .cameo, .quadClass, .claimIds, .evidenceLevel, .evStarts, .evEnds, .evLevels, type: type(r)}, target: y {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}} END) AS found
WITH nodes, full, found[..$maxEdges] AS edges, size(found) AS edgeCount
RETURN [n IN nodes | n {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}] AS nodes, edges, full OR edgeCount > $maxEdges AS truncated
