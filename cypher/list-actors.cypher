// Actors in name order, optionally of some kinds.
CALL () {
  MATCH (a:Actor) WHERE $kinds IS NULL OR a.kind IN $kinds
  RETURN count(a) AS total
}
OPTIONAL MATCH (a:Actor) WHERE $kinds IS NULL OR a.kind IN $kinds
WITH total, a ORDER BY a.name, a.id SKIP $offset LIMIT $first
RETURN total, collect(a {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}) AS actors
