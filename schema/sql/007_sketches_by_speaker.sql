-- claimgraph store, version 7: a lighter write per article. Applied once, in one
-- transaction, when PRAGMA user_version < 7; nothing a query returns changes.
--
-- The sketch rows of a claim are keyed by its speaker first, so that the rows of one
-- article's claims sit on the few pages of their speakers (a new speaker's at the end of
-- the table) instead of on six random pages each: a store that has grown past the page
-- cache no longer reads and writes a page per MinHash key. A tracked claim has one speaker
-- (only appearances of the same speaker join it), so the rows of a version 6 store are
-- moved with the speaker of their tracked claim (0: unresolved); the keys do not change.
CREATE TABLE claim_sketches_v7 (
  speaker  INTEGER NOT NULL,  -- the tracked claim's speaker; 0 when unresolved
  key      INTEGER NOT NULL,  -- MinHash key, salted with the speaker
  tracked  INTEGER NOT NULL REFERENCES tracked_claims(id),
  PRIMARY KEY (speaker, key, tracked)
) WITHOUT ROWID;
INSERT INTO claim_sketches_v7 (speaker, key, tracked)
  SELECT COALESCE(t.speaker, 0), s.key, s.tracked FROM claim_sketches s
  JOIN tracked_claims t ON t.id = s.tracked ORDER BY 1, 2, 3;
DROP TABLE claim_sketches;
ALTER TABLE claim_sketches_v7 RENAME TO claim_sketches;

-- Indexes no query uses (each costs a B-tree insert per row written): claims and
-- relations are read by id, tracked claim, speaker, source, target and type, never by
-- article; tracked claims are ordered by date only after a scan; claim_entities are
-- read by claim; articles are found by outlet only through their claims.
DROP INDEX IF EXISTS claims_article;
DROP INDEX IF EXISTS relations_article;
DROP INDEX IF EXISTS tracked_claims_date;
DROP INDEX IF EXISTS claim_entities_entity;
DROP INDEX IF EXISTS articles_outlet;
