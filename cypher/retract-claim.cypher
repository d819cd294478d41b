// Retracts a claim, keeping who, when and why. Retracting twice keeps the first record.
MATCH (c:Claim {id: $id})
SET c.retractedReason = CASE WHEN c.retracted THEN c.retractedReason ELSE $reason END,
    c.retractedBy = CASE WHEN c.retracted THEN c.retractedBy ELSE $by END,
    c.retractedAt = CASE WHEN c.retracted THEN c.retractedAt ELSE datetime() END,
    c.retracted = true
RETURN c.id AS id
