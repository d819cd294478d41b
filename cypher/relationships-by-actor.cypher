// One page of relationships for each of several actors (batched: one query for a whole list).
// $direction: OUTGOING / INCOMING / BOTH; symmetric types count in both directions.
// Window: a relationship passes when one of its dated claims overlaps [$fromDay, $toDay].
// $withEvidence: also the actor itself and the evidence claims of every relationship on the page
// (rows as claims-by-ids.cypher returns them), so `actor { relationships { evidence } }` is one
// statement (src/graphql/prefetch.ts); false for the batched lists, which leave both empty.
UNWIND $keys AS key
MATCH (a:Actor {id: key})
CALL (a) {
  MATCH (a)-[r]-(o:Actor)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR r.symmetric OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND ($statuses IS NULL OR any(x IN r.statuses WHERE x IN $statuses))
    AND ($minLevel = 0 OR r.evidenceLevel >= $minLevel)
    AND (($fromDay IS NULL AND $toDay IS NULL) OR any(i IN range(0, size(coalesce(r.evStarts, [])) - 1)
         WHERE ($toDay IS NULL OR r.evStarts[i] <= date($toDay)) AND ($fromDay IS NULL OR r.evEnds[i] >= date($fromDay)) AND r.evLevels[i] >= $minLevel))
  WITH r, startNode(r) AS s, endNode(r) AS t ORDER BY type(r), s.name, t.name
  RETURN count(r) AS total, collect({source: s {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}, rel: r {.symmetric, .status, .confidence, .firstDate, .lastDate, .evidenceCount, .cameo, .quadClass, .claimIds, .evidenceLevel, .evStarts, .evEnds, .evLevels, type: type(r)}, target: t {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}})[$offset..$offset + $first] AS items
}
RETURN key, total, items,
  CASE WHEN $withEvidence THEN a {.id, .name, .kind, .aliases, .description, .validFrom, .validTo} END AS actor,
  COLLECT {
    UNWIND CASE WHEN $withEvidence THEN items ELSE [] END AS item
    UNWIND item.rel.claimIds AS cid
    MATCH (c:Claim {id: cid})
    MATCH (cs:Actor {id: c.sourceId})
    MATCH (ct:Actor {id: c.targetId})
    OPTIONAL MATCH (c)-[:CITES]->(art:Article)
    RETURN {claim: c {.id, .type, .citation, .sentence, .sentenceIndex, .summary, .date, .datePrecision, .status, .confidence, .origin, .review, .retracted, .retractedReason, .locationId, .createdAt}, source: cs {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}, target: ct {.id, .name, .kind, .aliases, .description, .validFrom, .validTo}, article: CASE WHEN art IS NULL THEN null ELSE art {.*, text: null} END}
  } AS evidence
