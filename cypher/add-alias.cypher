// Adds one alias to an actor (no-op when it is already its name or an alias).
MATCH (a:Actor {id: $actorId})
SET a.aliases = CASE WHEN $alias IN a.aliases OR $alias = a.name THEN a.aliases ELSE a.aliases + $alias END
SET a.aliasText = reduce(text = '', x IN a.aliases | text + x + ' | ')
RETURN a AS actor
