// One page of distinct neighbours for each of several actors, with the relationship filters.
UNWIND $keys AS key
MATCH (a:Actor {id: key})
CALL (a) {
  MATCH (a)-[r]-(o:Actor)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR r.symmetric OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
    AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
         WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
  WITH DISTINCT o ORDER BY o.name, o.id
  RETURN count(o) AS total, collect(o)[$offset..$offset + $first] AS items
}
RETURN key, total, items
