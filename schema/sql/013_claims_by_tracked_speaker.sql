-- claimgraph store, version 13: no index of claims by speaker. Applied once, in one
-- transaction, when PRAGMA user_version < 13; nothing a query returns changes.
--
-- A claim's tracked claim has the claim's speaker (only appearances of one speaker join a
-- tracked claim, version 2), so the claims of a speaker are those of the speaker's tracked
-- claims: `said --by` and the fact-checks find them through tracked_claims_speaker and
-- claims_tracked, both kept for the graph snapshot. The index by speaker cost an entry per
-- claim, in random order of speaker (on bbc/politics 5,563 of the ~29,000 index entries an
-- ingest writes).
DROP INDEX IF EXISTS claims_speaker;
