// Which of these claims exist, and their key and state (before a mutation touches them).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId, c.retracted AS retracted, c.review AS review
