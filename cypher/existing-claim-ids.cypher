// Which of the given claim ids are already in the graph (an import then updates those claims and
// only creates the others).
UNWIND $ids AS id
MATCH (n:Claim {id: id})
RETURN n.id AS id
