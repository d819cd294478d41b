// The explorer's current view for export: the given actors and every relationship among them
// that passes the filters (types, confidence, evidence level, date window), capped at $maxEdges.
MATCH (x:Actor) WHERE x.id IN $ids
WITH collect(x) AS nodes
UNWIND nodes AS x
OPTIONAL MATCH (x)-[r]->(y:Actor)
WHERE y IN nodes AND type(r) IN $types
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
  AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
       WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
WITH nodes, collect(CASE WHEN r IS NULL THEN null ELSE {source: x, rel: r, target: y} END) AS found
RETURN nodes, found[..$maxEdges] AS edges, size(found) > $maxEdges AS truncated
