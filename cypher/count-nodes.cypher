// How many nodes the database holds (the sample graph is loaded only into an empty one).
MATCH (n) RETURN count(n) AS count
