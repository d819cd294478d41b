// Actors by id, in one round trip (the batch loader behind every Actor field).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .kind, .aliases, .description, .validFrom, .validTo} AS actor
