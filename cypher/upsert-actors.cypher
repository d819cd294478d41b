// Creates or updates actors of one kind ({{KIND}} is filled from the ActorKind enum).
// Aliases are only ever added (a merge or a new source may bring more), never dropped.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
ON CREATE SET n.createdAt = datetime(), n.aliases = []
WITH n, a, n.kind IS NULL AS created
REMOVE n:{{ALL_KINDS}}
SET n:{{KIND}},
    n.kind = a.kind,
    n.name = a.name,
    n.aliases = n.aliases + [x IN a.aliases WHERE NOT x IN n.aliases AND x <> a.name],
    n.description = coalesce(a.description, n.description),
    n.validFrom = coalesce(a.validFrom, n.validFrom),
    n.validTo = coalesce(a.validTo, n.validTo)
SET n.aliasText = reduce(text = '', x IN n.aliases | text + x + ' | ')
RETURN n.id AS id, created
