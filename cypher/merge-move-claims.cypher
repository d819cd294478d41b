// Merge, step 1: every claim of $merge now names $keep. Symmetric claims are put back in
// canonical order; a claim that would tie $keep to itself is retracted with the reason on record.
// Returns the keys of all relationships to re-project (old and new).
MATCH (:Actor {id: $merge})<-[:SUBJECT|OBJECT]-(c:Claim)
WITH DISTINCT c, [c.type, c.sourceId, c.targetId] AS oldKey
WITH c, oldKey,
     CASE WHEN c.sourceId = $merge THEN $keep ELSE c.sourceId END AS s0,
     CASE WHEN c.targetId = $merge THEN $keep ELSE c.targetId END AS t0
WITH c, oldKey, s0, t0, c.type IN $symmetric AND s0 > t0 AS swap
SET c.sourceId = CASE WHEN swap THEN t0 ELSE s0 END,
    c.targetId = CASE WHEN swap THEN s0 ELSE t0 END
WITH c, oldKey
CALL (c) {
  MATCH (c)-[old:SUBJECT|OBJECT]->() DELETE old
}
CALL (c) {
  MATCH (s:Actor {id: c.sourceId}), (t:Actor {id: c.targetId})
  MERGE (c)-[:SUBJECT]->(s)
  MERGE (c)-[:OBJECT]->(t)
}
SET c.retractedReason = CASE WHEN c.sourceId = c.targetId AND NOT c.retracted THEN 'actor merge made source and target the same actor' ELSE c.retractedReason END,
    c.retracted = c.retracted OR c.sourceId = c.targetId
RETURN count(c) AS moved, collect(oldKey) + collect([c.type, c.sourceId, c.targetId]) AS keys
