// Re-asserting a retracted claim brings it back; the retraction stays on record.
MATCH (c:Claim {id: $id}) WHERE c.retracted
SET c.retracted = false, c.revivedAt = datetime(), c.revivedBy = $by,
    c.previousRetraction = c.retractedReason, c.retractedReason = null
RETURN c.id AS id
