// Paths between two actors with Neo4j's own shortest-path search ({{SELECTOR}}: SHORTEST 1,
// ALL SHORTEST or SHORTEST k), at most {{HOPS}} hops. Every filter is an inline predicate of the
// quantified pattern, so it prunes the search itself rather than the results:
// types, confidence, direction ($outgoing: follow arrows; symmetric types both ways),
// the date window (a hop needs a dated claim overlapping it), actors to avoid and, when
// $maxDegree is given, hubs: an actor passed through has at most that many relationships
// (the `degree` the projection keeps on the node, counted here only where it is missing), so a
// hub is refused without expanding it. Each test of a relationship's property comes after a
// test of its parameter ("$minLevel = 0 OR …"), so a search without that filter reads no
// property of the relationships it expands.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = {{SELECTOR}} (a)((x:Actor)-[r WHERE type(r) IN $types
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $outgoing OR r.symmetric OR startNode(r) = x)
    AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
    AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
         WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
  ]-(y:Actor WHERE NOT y.id IN $avoid
    AND ($maxDegree IS NULL OR y.id = $to OR coalesce(y.degree, COUNT { (y)-[:{{ALL_TYPES}}]-() }) <= $maxDegree))){1,{{HOPS}}}(b)
WITH p LIMIT $maxPaths
// (map projections apply to variables only: each end node is bound in a one-element list)
RETURN [n IN nodes(p) | n {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}] AS nodes,
       [rel IN relationships(p) | {source: head([s IN [startNode(rel)] | s {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}]), rel: rel {.symmetric, .status, .confidence, .firstDate, .lastDate, .evidenceCount, .cameo, .quadClass, .claimIds, .evidenceLevel, .evStarts, .evEnds, .evLevels, type: type(rel)}, target: head([t IN [endNode(rel)] | t {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}])}] AS rels
