// Claims with their article and actors, by id (the loader behind evidence and claim lists).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
MATCH (s:Actor {id: c.sourceId})
MATCH (t:Actor {id: c.targetId})
OPTIONAL MATCH (c)-[:CITES]->(art:Article)
RETURN c AS claim, s AS source, t AS target, art AS article
