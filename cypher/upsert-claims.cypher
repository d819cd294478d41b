// Records claims with their article and actors. MERGE on the claim id makes a repeat a no-op;
// review and retraction state are set on creation only, so curation is never undone by a reload.
UNWIND $claims AS c
MATCH (s:Actor {id: c.sourceId})
MATCH (t:Actor {id: c.targetId})
MATCH (art:Article {id: c.articleId})
MERGE (n:Claim {id: c.id})
ON CREATE SET n.createdAt = datetime(), n.review = c.review, n.retracted = false
SET n.type = c.type,
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
    n.origin = c.origin
MERGE (n)-[:CITES]->(art)
MERGE (n)-[:SUBJECT]->(s)
MERGE (n)-[:OBJECT]->(t)
RETURN n.id AS id
