// One page of claim ids per article, in sentence order.
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH (:Article {id: articleId})<-[:CITES]-(c:Claim)
  WITH c ORDER BY c.sentenceIndex, c.id
  RETURN count(c) AS total, collect(c.id)[$offset..$offset + $first] AS ids
}
RETURN articleId, total, ids
