// Creates or updates places (not actors: they never take part in typed relationships).
// Coordinates (imported event datasets) are kept once known, also as a point for spatial queries.
UNWIND $locations AS l
MERGE (n:Location {id: l.id})
SET n.name = l.name, n.aliases = l.aliases, n.description = l.description,
    n.latitude = coalesce(l.latitude, n.latitude),
    n.longitude = coalesce(l.longitude, n.longitude),
    n.point = CASE WHEN l.latitude IS NULL OR l.longitude IS NULL THEN n.point
                   ELSE point({latitude: l.latitude, longitude: l.longitude}) END
RETURN count(n) AS count
