-- claimgraph store, version 9: the relation indexes leave out the rows no query looks up
-- through them. Applied once, in one transaction, when PRAGMA user_version < 9; nothing a
-- query returns changes.
--
-- Three quarters of the relations are `said` rows (one per claim with a speaker), and nine in
-- ten have no target entity. The queries that read relations by source (`entity`: relations
-- out) or by type (the graph snapshot, contradictions) all leave `said` out, and a lookup by
-- target never matches a NULL: so `said` rows skip the source and type indexes, and rows
-- without a target the target index. On the BBC corpus that is about half of the index
-- entries an article's relations wrote, most of them into pages in random order.
DROP INDEX IF EXISTS relations_source;
CREATE INDEX relations_source ON relations(source) WHERE type != 'said';
DROP INDEX IF EXISTS relations_target;
CREATE INDEX relations_target ON relations(target) WHERE target IS NOT NULL;
DROP INDEX IF EXISTS relations_type;
CREATE INDEX relations_type ON relations(type, source, target, claim, article) WHERE type != 'said';
