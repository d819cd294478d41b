// Articles, newest first (undated last).
CALL () { MATCH (a:Article) RETURN count(a) AS total }
OPTIONAL MATCH (a:Article)
WITH total, a ORDER BY a.publishedAt DESC, a.title SKIP $offset LIMIT $first
RETURN total, collect(a {.*, text: null}) AS articles
