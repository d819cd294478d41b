// One projected relationship by its key (type, source id, target id).
MATCH (s:Actor {id: $sourceId})-[r]->(t:Actor {id: $targetId})
WHERE type(r) = $type
RETURN {source: s, rel: r, target: t} AS relationship
