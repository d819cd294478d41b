// Creates or updates places (not actors: they never take part in typed relationships).
UNWIND $locations AS l
MERGE (n:Location {id: l.id})
SET n.name = l.name, n.aliases = l.aliases, n.description = l.description
RETURN count(n) AS count
