// An article already ingested with the same text (content hash), if any.
MATCH (a:Article {contentHash: $hash})
RETURN a AS article
LIMIT 1
