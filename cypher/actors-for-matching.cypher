// Every actor's id, name, kind and aliases, for matching mentions in new articles.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
LIMIT $limit
