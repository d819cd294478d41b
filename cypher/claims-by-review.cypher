// One page of live claim ids by review state and origin, newest first (the review queue):
// the latest recorded first, then by id so pages are stable.
MATCH (c:Claim)
WHERE c.retracted = false
  AND ($review IS NULL OR c.review = $review)
  AND ($origin IS NULL OR c.origin = $origin)
WITH c ORDER BY c.createdAt DESC, c.id
WITH collect(c.id) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS ids
