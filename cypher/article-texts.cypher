// The stored text of articles, by id (ingested articles keep theirs), for Claim.passage.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
