// One page of claim ids per article, in sentence order.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Article {id: key})<-[:CITES]-(c:Claim)
  WITH c ORDER BY c.sentenceIndex, c.id
  RETURN count(c) AS total, collect(c.id)[$offset..$offset + $first] AS items
}
RETURN key, total, items
