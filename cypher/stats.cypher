// Counts per actor kind and relationship type ($types: the relationship vocabulary).
CALL () {
  MATCH (a:Actor)
  WITH a.kind AS kind, count(*) AS n ORDER BY kind
  RETURN count(*) AS kinds, sum(n) AS actors, collect({kind: kind, count: n}) AS actorsByKind
}
CALL () {
  UNWIND $types AS type
  CALL (type) { MATCH (:Actor)-[r]->(:Actor) WHERE type(r) = type RETURN count(r) AS n }
  WITH type, n WHERE n > 0
  RETURN sum(n) AS relationships, collect({type: type, count: n}) AS relationshipsByType
}
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN actors, actorsByKind, relationships, relationshipsByType, claims, articles
