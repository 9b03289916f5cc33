-- claimgraph store, version 4: the polarity of a claim. Applied once, in one
-- transaction, when PRAGMA user_version < 4.
--
-- "denied": the speaker denied the statement ("Tehran denies it is trying to
-- build a nuclear weapon": the text is what was denied); "asserted": anything
-- else. Claims stored before version 4 had no polarity and stay "asserted".
-- An assertion and a denial of the same text are two tracked claims.
ALTER TABLE claims ADD COLUMN polarity TEXT NOT NULL DEFAULT 'asserted'
  CHECK (polarity IN ('asserted', 'denied'));
ALTER TABLE tracked_claims ADD COLUMN polarity TEXT NOT NULL DEFAULT 'asserted'
  CHECK (polarity IN ('asserted', 'denied'));
