-- The schema of a new claimgraph store, version 17: what schema/sql/ makes of an empty
-- database, written by tools/store/schema.sh (do not edit; add a migration and run it).
-- Applied in one transaction to a database with no tables, which then gets
-- PRAGMA user_version = 17. The comments in the tables are those of the migrations.
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,  -- internal key used by the other tables
  id           TEXT NOT NULL UNIQUE,
  source       TEXT NOT NULL,
  title        TEXT,
  date         TEXT,
  outlet       TEXT,
  author       TEXT,
  url          TEXT,
  body_start   INTEGER NOT NULL,
  length       INTEGER NOT NULL,
  text         TEXT NOT NULL,
  n_entities   INTEGER NOT NULL,
  n_mentions   INTEGER NOT NULL,
  n_claims     INTEGER NOT NULL,
  n_relations  INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
, entities TEXT NOT NULL DEFAULT '[]');
CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  type  TEXT NOT NULL,
  name  TEXT NOT NULL,
  key   TEXT NOT NULL,
  UNIQUE (type, key)
);
CREATE TABLE entity_aliases (
  entity  INTEGER NOT NULL REFERENCES entities(id),
  alias   TEXT NOT NULL,
  key     TEXT NOT NULL, self INTEGER,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE TABLE entity_roles (
  entity  INTEGER NOT NULL REFERENCES entities(id),
  role    TEXT NOT NULL,
  PRIMARY KEY (entity, role)
) WITHOUT ROWID;
CREATE TABLE claims (
  id        INTEGER PRIMARY KEY,
  article   INTEGER NOT NULL REFERENCES articles(seq),
  local_id  TEXT NOT NULL,
  speaker   INTEGER REFERENCES entities(id),
  kind      TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
  text      TEXT NOT NULL,
  cue       TEXT,
  start     INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  date      TEXT
, tracked INTEGER REFERENCES tracked_claims(id), polarity TEXT NOT NULL DEFAULT 'asserted'
  CHECK (polarity IN ('asserted', 'denied')), said INTEGER, said_evidence TEXT);
CREATE TABLE relations (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES articles(seq),
  local_id      TEXT NOT NULL,
  source        INTEGER REFERENCES entities(id),
  type          TEXT NOT NULL,
  target        INTEGER REFERENCES entities(id),
  target_text   TEXT,
  claim         INTEGER REFERENCES claims(id),
  evidence      TEXT,
  start         INTEGER NOT NULL,
  "end"           INTEGER NOT NULL
);
CREATE TABLE tracked_claims (
  id           INTEGER PRIMARY KEY,
  speaker      INTEGER REFERENCES entities(id),  -- NULL when unresolved
  kind         TEXT NOT NULL,                    -- kind of the earliest appearance
  text         TEXT NOT NULL,                    -- text of the earliest appearance
  first_date   TEXT,                             -- earliest date of any appearance; NULL if none has one
  first_claim  INTEGER NOT NULL REFERENCES claims(id),  -- the earliest appearance (first stored among equals)
  appearances  INTEGER NOT NULL                  -- how many claims rows point here
, polarity TEXT NOT NULL DEFAULT 'asserted'
  CHECK (polarity IN ('asserted', 'denied')));
CREATE TABLE claim_entities (
  claim   INTEGER NOT NULL REFERENCES claims(id),
  entity  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (claim, entity)
) WITHOUT ROWID;
CREATE TABLE claim_reviews (
  id                   INTEGER PRIMARY KEY,
  tracked              INTEGER REFERENCES tracked_claims(id),  -- NULL: unmatched
  speaker              INTEGER NOT NULL REFERENCES entities(id),
  speaker_name         TEXT NOT NULL,   -- as the review names the speaker
  claim_text           TEXT NOT NULL,   -- claimReviewed
  claim_date           TEXT,            -- itemReviewed.datePublished
  rating               TEXT,            -- reviewRating.alternateName (else ratingValue/bestRating)
  rating_value         TEXT,
  best_rating          TEXT,
  worst_rating         TEXT,
  reviewer             TEXT,            -- author.name (else author.url)
  reviewer_url         TEXT,
  url                  TEXT NOT NULL,   -- the review's url; '' when it has none
  date                 TEXT,            -- the review's datePublished
  appearance_url       TEXT,            -- itemReviewed.(first)appearance
  appearance_headline  TEXT,
  source               TEXT NOT NULL,   -- the file it was imported from
  UNIQUE (url, speaker, claim_text)
);
CREATE TABLE entity_surnames (
  key     TEXT NOT NULL,                              -- last word of the person's key
  entity  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS "claim_sketches" (
  speaker  INTEGER NOT NULL,  -- the tracked claim's speaker; 0 when unresolved
  key      INTEGER NOT NULL,  -- MinHash key, salted with the speaker
  tracked  INTEGER NOT NULL REFERENCES tracked_claims(id), summary INTEGER,
  PRIMARY KEY (speaker, key, tracked)
) WITHOUT ROWID;
CREATE TABLE entity_mentions (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  article  INTEGER NOT NULL REFERENCES articles(seq),
  n        INTEGER NOT NULL,  -- how many mentions: the length of spans
  spans    TEXT NOT NULL,     -- [[start, end], ...], half-open UTF-8 byte offsets into articles.text
  PRIMARY KEY (entity, article)
) WITHOUT ROWID;
CREATE TABLE claim_sketches_state (through INTEGER NOT NULL);
INSERT INTO claim_sketches_state VALUES(0);
CREATE TABLE entity_dates (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  date     TEXT NOT NULL,
  article  INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (entity, date, article)
) WITHOUT ROWID;
CREATE INDEX tracked_claims_speaker ON tracked_claims(speaker, first_date, first_claim);
CREATE INDEX claims_tracked ON claims(tracked, article, date);
CREATE INDEX relations_claim ON relations(claim);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX claim_reviews_tracked ON claim_reviews(tracked);
CREATE INDEX claim_reviews_speaker ON claim_reviews(speaker);
CREATE INDEX tracked_claims_denied ON tracked_claims(id) WHERE polarity = 'denied';
CREATE INDEX relations_source ON relations(source) WHERE type != 'said';
CREATE INDEX relations_target ON relations(target) WHERE target IS NOT NULL;
CREATE INDEX relations_type ON relations(type, source, target, claim, article) WHERE type != 'said';
CREATE VIEW all_relations AS
  SELECT id, article, local_id, source, type, target, target_text, claim, evidence, start, "end"
  FROM relations
  UNION ALL
  SELECT NULL, article, 'r' || said, speaker, 'said', NULL, text, id, COALESCE(said_evidence, text), start,
    "end"
  FROM claims WHERE said IS NOT NULL;
CREATE VIEW article_entities AS
  SELECT a.seq AS article, json_extract(e.value, '$[0]') AS local_id, json_extract(e.value, '$[1]') AS entity,
    json_extract(e.value, '$[2]') AS name, json_extract(e.value, '$[3]') AS country,
    json_extract(e.value, '$[4]') AS place, json_extract(e.value, '$[5]') AS date
  FROM articles a, json_each(a.entities) e;
CREATE INDEX entity_aliases_key ON entity_aliases(key) WHERE self IS NULL;
