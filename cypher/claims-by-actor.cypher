// One page of claim ids per actor, in date order (undated last). $datedOnly gives the timeline.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Actor {id: key})<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE ($includeRetracted OR (c.retracted = false AND c.review <> 'rejected'))
    AND (NOT $datedOnly OR c.dateStart IS NOT NULL)
    AND c.type IN $types
    AND ($fromDay IS NULL OR c.dateEnd >= date($fromDay))
    AND ($toDay IS NULL OR c.dateStart <= date($toDay))
  WITH DISTINCT c ORDER BY c.dateStart, c.id
  RETURN count(c) AS total, collect(c.id)[$offset..$offset + $first] AS items
}
RETURN key, total, items
