// Records an analyst's verdict on a claim (a rejected claim no longer backs its relationship).
MATCH (c:Claim {id: $id})
SET c.review = $verdict, c.reviewedBy = $by, c.reviewedAt = datetime()
RETURN c.id AS id
