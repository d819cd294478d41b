// Merge, step 2: $keep takes $merge's name and aliases, the merge is recorded, $merge goes.
MATCH (k:Actor {id: $keep})
MATCH (m:Actor {id: $merge})
WITH k, m, [x IN [m.name] + m.aliases WHERE x <> k.name AND NOT x IN k.aliases] AS added
SET k.aliases = k.aliases + reduce(unique = [], x IN added | CASE WHEN x IN unique THEN unique ELSE unique + x END)
SET k.aliasText = reduce(text = '', x IN k.aliases | text + x + ' | ')
MERGE (r:MergeRecord {id: 'merge:' + m.id})
SET r.keep = k.id, r.merged = m.id, r.mergedName = m.name, r.mergedKind = m.kind,
    r.mergedAliases = m.aliases, r.mergedDescription = m.description, r.at = datetime(), r.by = $by,
    r.movedClaims = $moved, r.aliasesAdded = size(added)
MERGE (r)-[:MERGED_INTO]->(k)
DETACH DELETE m
RETURN k AS actor, size(added) AS aliasesAdded
