// A place named by id, by name or by alias (case-insensitive), for the `place` filter: an id
// wins; otherwise every place whose name or an alias equals the text (the caller refuses
// more than one).
OPTIONAL MATCH (byId:Location {id: $ref})
CALL (byId) {
  WITH byId WHERE byId IS NULL
  MATCH (l:Location)
  WHERE toLower(l.name) = toLower($ref) OR any(x IN coalesce(l.aliases, []) WHERE toLower(x) = toLower($ref))
  WITH l ORDER BY l.name, l.id
  RETURN collect(l)[..10] AS named
}
RETURN byId, named
