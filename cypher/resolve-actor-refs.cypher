// Actors named by name or by alias (case-insensitive), for the references of "an actor" that are
// not ids (src/graph/repositories/actor-refs.ts asks actors-by-ids first: an id wins outright and
// costs no scan of the actors). Every actor whose name or one alias equals the text is returned,
// so the caller can refuse an ambiguous reference and list the candidates.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (a:Actor)
  WHERE toLower(a.name) = toLower(ref) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower(ref))
  WITH a ORDER BY a.name, a.id
  RETURN collect(a {.id, .name, .kind, .aliases, .description, .validFrom, .validTo})[..10] AS named
}
RETURN ref, named
