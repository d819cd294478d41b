// Actors named by id, by name or by alias (case-insensitive), for the arguments that take
// "an actor": an id wins outright; otherwise every actor whose name or one alias equals the
// text is returned, so the caller can refuse an ambiguous reference and list the candidates.
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Actor {id: ref})
CALL (ref, byId) {
  WITH ref, byId WHERE byId IS NULL
  MATCH (a:Actor)
  WHERE toLower(a.name) = toLower(ref) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower(ref))
  WITH a ORDER BY a.name, a.id
  RETURN collect(a)[..10] AS named
}
RETURN ref, byId, named
