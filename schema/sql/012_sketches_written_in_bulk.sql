-- claimgraph store, version 12: claim sketches are written in bulk. Applied once, in one
-- transaction, when PRAGMA user_version < 12; nothing a query returns changes.
--
-- The claim tracker (src/store/claim_tracker.h) keeps the sketch rows of an ingest in memory
-- and writes them all at once, sorted, at its end (or when many wait), rather than a few on
-- each page of the index with every batch. `through` is the last claim whose sketch rows are
-- all in claim_sketches: the next writer computes the rows of the claims after it that are not
-- its own (those of a killed ingest) from their text. Every claim of an older store has its rows.
CREATE TABLE claim_sketches_state (through INTEGER NOT NULL);
INSERT INTO claim_sketches_state (through) SELECT COALESCE(max(id), 0) FROM claims;
