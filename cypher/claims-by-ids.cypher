// Claims with their article and actors, by id (the loader behind evidence and claim lists).
// The article's text stays behind (article-texts.cypher reads it for Claim.passage).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
MATCH (s:Actor {id: c.sourceId})
MATCH (t:Actor {id: c.targetId})
OPTIONAL MATCH (c)-[:CITES]->(art:Article)
RETURN c {.id, .type, .citation, .sentence, .sentenceIndex, .summary, .date, .datePrecision, .status, .confidence, .origin, .review, .retracted, .retractedReason, .locationId, .createdAt} AS claim, s {.id, .name, .kind, .aliases, .description, .validFrom, .validTo} AS source, t {.id, .name, .kind, .aliases, .description, .validFrom, .validTo} AS target, CASE WHEN art IS NULL THEN null ELSE art {.*, text: null} END AS article
