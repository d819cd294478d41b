// Relationships projected before the projection kept evidence levels (a database written by
// an older version): their keys, so start-up can re-project them once.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.claimIds IS NOT NULL AND r.evidenceLevel IS NULL
RETURN type(r) AS type, s.id AS sourceId, t.id AS targetId
LIMIT $limit
