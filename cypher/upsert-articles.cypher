// Creates or updates source articles; the content hash and the text (ingested articles, for
// reading a cited sentence in its paragraph) are kept once known.
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
ON CREATE SET n.createdAt = datetime()
SET n.title = a.title,
    n.publisher = a.publisher,
    n.url = a.url,
    n.publishedAt = a.publishedAt,
    n.contentHash = coalesce(a.contentHash, n.contentHash),
    n.text = coalesce(a.text, n.text),
    n.note = a.note
RETURN count(n) AS count
