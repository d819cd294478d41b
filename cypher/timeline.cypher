// Dated live claims in date order, optionally about some actors ($actorIds: either side),
// between two actors ($between: both sides), at a place, of some types, in a window.
MATCH (c:Claim)
WHERE c.dateStart IS NOT NULL
  AND c.retracted = false AND c.review <> 'rejected'
  AND ($actorIds IS NULL OR c.sourceId IN $actorIds OR c.targetId IN $actorIds)
  AND ($between IS NULL OR (c.sourceId IN $between AND c.targetId IN $between))
  AND ($placeId IS NULL OR c.locationId = $placeId)
  AND c.type IN $types
  AND ($fromDay IS NULL OR c.dateEnd >= date($fromDay))
  AND ($toDay IS NULL OR c.dateStart <= date($toDay))
WITH c ORDER BY c.dateStart, c.id
WITH collect(c.id) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS ids
