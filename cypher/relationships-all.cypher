// One page of all relationships matching the filter (no actor given).
CALL () {
  MATCH (s:Actor)-[r]->(t:Actor)
  WHERE type(r) IN $types
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND ($statuses IS NULL OR any(x IN r.statuses WHERE x IN $statuses))
    AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
    AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
         WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
  RETURN s, r, t
}
WITH s, r, t ORDER BY type(r), s.name, t.name
WITH collect({source: s, rel: r, target: t}) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
