// Full-text search over names and aliases ($lucene is built and escaped by the repository),
// plus the actors the text stands for as a place word ($standsFor: "Islamabad" → the
// Government of Pakistan, from knowledge/metonyms.yaml). An exact name or alias match ranks
// first, then a metonym's actors, then Lucene's score; ties by name.
CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: 1000}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Actor) WHERE node.id IN $standsFor
  RETURN node, 50.0 AS score
}
WITH node, max(score) AS score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node,
     score + CASE WHEN toLower(node.name) = $exact OR any(x IN node.aliases WHERE toLower(x) = $exact) THEN 100.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.name
WITH collect(node) AS found
RETURN size(found) AS total, [n IN found[$offset..$offset + $first] | n {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}] AS actors
