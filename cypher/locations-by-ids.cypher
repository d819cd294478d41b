// Places by id (the loader behind Claim.location).
UNWIND $ids AS id
MATCH (l:Location {id: id})
RETURN l AS location
