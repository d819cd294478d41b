// Recomputes the {{TYPE}} relationships of the given endpoint pairs from their live claims
// (not retracted, not rejected): created or updated when claims remain, deleted when none do.
// $strength ranks statuses (the strongest is shown); dates are kept as spans for window filters.
// Evidence level of a claim: 2 curated, 1 reviewed (accepted by an editor, or a coded dataset's
// row), 0 unreviewed extraction; the relationship keeps its best level and one per dated span,
// so `evidence: REVIEWED` with a window needs a reviewed claim inside the window.
UNWIND $keys AS key
MATCH (s:Actor {id: key.sourceId})
MATCH (t:Actor {id: key.targetId})
OPTIONAL MATCH (c:Claim {type: $type, sourceId: key.sourceId, targetId: key.targetId})
  WHERE c.retracted = false AND c.review <> 'rejected'
WITH key, s, t, c ORDER BY c.dateStart, c.id
WITH key, s, t, collect(c) AS claims
CALL (s, t, claims) {
  WITH s, t, claims WHERE size(claims) = 0
  OPTIONAL MATCH (s)-[r:{{TYPE}}]->(t)
  DELETE r
}
CALL (s, t, claims) {
  WITH s, t, claims WHERE size(claims) > 0
  MERGE (s)-[r:{{TYPE}}]->(t)
  WITH r, claims, [c IN claims | {c: c, level: CASE WHEN c.origin = 'curated' THEN 2 WHEN c.origin = 'imported' OR c.review = 'accepted' THEN 1 ELSE 0 END}] AS leveled
  WITH r, claims, [x IN leveled WHERE x.c.dateStart IS NOT NULL] AS datedLevels, reduce(m = 0, x IN leveled | CASE WHEN x.level > m THEN x.level ELSE m END) AS bestLevel
  WITH r, claims, bestLevel, [x IN datedLevels | x.level] AS levels, [x IN datedLevels | x.c] AS dated
  WITH r, claims, dated, bestLevel, levels,
       reduce(best = null, c IN dated | CASE WHEN best IS NULL OR c.dateEnd > best.dateEnd THEN c ELSE best END) AS latest,
       reduce(best = null, c IN claims | CASE WHEN best IS NULL OR $strength[c.status] > $strength[best.status] THEN c ELSE best END) AS strongest
  SET r.claimIds = [c IN claims | c.id],
      r.evidenceCount = size(claims),
      r.firstDate = CASE WHEN size(dated) > 0 THEN dated[0].date END,
      r.firstDay = CASE WHEN size(dated) > 0 THEN dated[0].dateStart END,
      r.lastDate = latest.date,
      r.lastDay = latest.dateEnd,
      r.evStarts = [c IN dated | c.dateStart],
      r.evEnds = [c IN dated | c.dateEnd],
      r.evLevels = levels,
      r.evidenceLevel = bestLevel,
      r.undatedCount = size(claims) - size(dated),
      r.status = strongest.status,
      r.statuses = reduce(seen = [], c IN claims | CASE WHEN c.status IN seen THEN seen ELSE seen + c.status END),
      r.confidence = reduce(m = 0.0, c IN claims | CASE WHEN c.confidence > m THEN c.confidence ELSE m END),
      r.cameo = $cameo,
      r.quadClass = $quadClass,
      r.symmetric = $symmetric
}
// each endpoint keeps its number of relationships (every type of the vocabulary) as `degree`,
// which path searches read to route around hubs without expanding them
CALL (s, t) {
  SET s.degree = COUNT { (s)-[:{{ALL_TYPES}}]-() }, t.degree = COUNT { (t)-[:{{ALL_TYPES}}]-() }
}
RETURN key.sourceId AS sourceId, key.targetId AS targetId, size(claims) > 0 AS exists
