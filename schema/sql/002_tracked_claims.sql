-- claimgraph store, version 2: claims tracked across articles. Applied once,
-- in one transaction, when PRAGMA user_version < 2; the store then groups every
-- claim row that has no tracked claim yet (all of them, on a version 1 store)
-- in the same transaction, so nothing of version 1 is changed or lost.
--
-- A row of `claims` is one appearance: a statement as one article carries it.
-- A tracked claim is the statement: the appearances of one speaker whose texts
-- are the same or near-duplicates (punctuation, case, a few words, a trimmed
-- or extended version) share one tracked claim.
CREATE TABLE tracked_claims (
  id           INTEGER PRIMARY KEY,
  speaker      INTEGER REFERENCES entities(id),  -- NULL when unresolved
  kind         TEXT NOT NULL,                    -- kind of the earliest appearance
  text         TEXT NOT NULL,                    -- text of the earliest appearance
  first_date   TEXT,                             -- earliest date of any appearance; NULL if none has one
  first_claim  INTEGER NOT NULL REFERENCES claims(id),  -- the earliest appearance (first stored among equals)
  appearances  INTEGER NOT NULL                  -- how many claims rows point here
);
-- (speaker, first_date): said --by in date order; first_claim makes it cover
-- the graph snapshot's scan.
CREATE INDEX tracked_claims_speaker ON tracked_claims(speaker, first_date, first_claim);
CREATE INDEX tracked_claims_date ON tracked_claims(first_date);

ALTER TABLE claims ADD COLUMN tracked INTEGER REFERENCES tracked_claims(id);
-- By tracked claim; article and date make it cover the graph snapshot's scan.
CREATE INDEX claims_tracked ON claims(tracked, article, date);

-- MinHash keys of every appearance, salted with the speaker: two appearances
-- that share a key are candidates, checked on their texts before they merge.
CREATE TABLE claim_sketches (
  key      INTEGER NOT NULL,
  tracked  INTEGER NOT NULL REFERENCES tracked_claims(id),
  PRIMARY KEY (key, tracked)
) WITHOUT ROWID;

-- The entities named inside each appearance (a mention within its span).
CREATE TABLE claim_entities (
  claim   INTEGER NOT NULL REFERENCES claims(id),
  entity  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (claim, entity)
) WITHOUT ROWID;
CREATE INDEX claim_entities_entity ON claim_entities(entity);
INSERT OR IGNORE INTO claim_entities (claim, entity)
  SELECT c.id, m.entity FROM claims c
  JOIN mentions m ON m.article = c.article AND m.start >= c.start AND m."end" <= c."end";

CREATE INDEX entities_key ON entities(key);
CREATE INDEX relations_claim ON relations(claim);
CREATE INDEX relations_type ON relations(type, source, target, claim, article);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_date ON articles(date);
