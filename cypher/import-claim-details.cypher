// Dataset provenance of imported claims (after upsert-claims): the dataset and its row id,
// fatalities, the dataset's own citation, the place (:AT a :Location), and only the current
// release as the claim's :CITES target. Every SET writes the same values on a re-import.
UNWIND $claims AS c
MATCH (n:Claim {id: c.id})
SET n.dataset = c.dataset,
    n.rowId = c.rowId,
    n.fatalities = c.fatalities,
    n.citation = c.citation,
    n.url = c.url,
    n.locationId = c.locationId
WITH n, c
CALL (n, c) {
  MATCH (n)-[old:CITES]->(a:Article) WHERE a.id <> c.articleId
  DELETE old
}
CALL (n, c) {
  MATCH (n)-[old:AT]->(l:Location) WHERE c.locationId IS NULL OR l.id <> c.locationId
  DELETE old
}
CALL (n, c) {
  WITH n, c WHERE c.locationId IS NOT NULL
  MATCH (l:Location {id: c.locationId})
  MERGE (n)-[:AT]->(l)
}
RETURN count(n) AS count
