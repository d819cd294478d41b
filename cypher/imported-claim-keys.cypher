// The relationship keys of every imported claim (after a bulk import, to project them).
MATCH (c:Claim) WHERE c.dataset IS NOT NULL
RETURN DISTINCT c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId
