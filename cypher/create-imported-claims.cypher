// Creates imported claims whose ids the same transaction found absent (cypher/existing-claim-ids),
// with their actors, article, dataset provenance and place: what upsert-claims followed by
// import-claim-details writes for a new claim, in one pass and without MERGE's checks. Claims
// that already exist go through those two queries instead.
UNWIND $claims AS c
MATCH (s:Actor {id: c.sourceId})
MATCH (t:Actor {id: c.targetId})
MATCH (art:Article {id: c.articleId})
CREATE (n:Claim {id: c.id})
SET n.createdAt = datetime(),
    n.review = c.review,
    n.retracted = false,
    n.type = c.type,
    n.sourceId = c.sourceId,
    n.targetId = c.targetId,
    n.articleId = c.articleId,
    n.summary = c.summary,
    n.sentence = c.sentence,
    n.sentenceIndex = c.sentenceIndex,
    n.date = c.date,
    n.datePrecision = c.datePrecision,
    n.dateStart = CASE WHEN c.dateStart IS NULL THEN null ELSE date(c.dateStart) END,
    n.dateEnd = CASE WHEN c.dateEnd IS NULL THEN null ELSE date(c.dateEnd) END,
    n.status = c.status,
    n.confidence = c.confidence,
    n.origin = c.origin,
    n.dataset = c.dataset,
    n.rowId = c.rowId,
    n.fatalities = c.fatalities,
    n.citation = c.citation,
    n.url = c.url,
    n.locationId = c.locationId
CREATE (n)-[:CITES]->(art)
CREATE (n)-[:SUBJECT]->(s)
CREATE (n)-[:OBJECT]->(t)
WITH n, c
CALL (n, c) {
  WITH n, c WHERE c.locationId IS NOT NULL
  MATCH (l:Location {id: c.locationId})
  CREATE (n)-[:AT]->(l)
}
RETURN count(n) AS count
