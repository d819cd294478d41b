// Full-text search over names and aliases ($lucene is built and escaped by the repository).
// An exact name or alias match ranks first; then Lucene's score; ties by name.
CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: 1000}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node,
     score + CASE WHEN toLower(node.name) = $exact OR any(x IN node.aliases WHERE toLower(x) = $exact) THEN 100.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.name
WITH collect(node) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS actors
