// Constraints and indexes of the conflict graph. Applied at every start; each statement is
// idempotent (IF NOT EXISTS). Statements are separated by semicolons.

// Stable ids: MERGE on them is what makes every write safe to repeat.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (l:Location) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;

// Actor search: names and every alias, folded (case, diacritics) by Lucene's analyzer.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Claims are found by the relationship they back (projection), by actor and by date.
CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.type, c.sourceId, c.targetId);
CREATE INDEX claim_source IF NOT EXISTS FOR (c:Claim) ON (c.sourceId);
CREATE INDEX claim_target IF NOT EXISTS FOR (c:Claim) ON (c.targetId);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.dateStart);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
// The review queue: claims by review state, newest first.
CREATE INDEX claim_review IF NOT EXISTS FOR (c:Claim) ON (c.review)
