-- claimgraph store, version 1. Applied once, in one transaction, when
-- PRAGMA user_version < 1. Offsets (start/end) are half-open UTF-8 byte offsets
-- into articles.text.

-- One row per distinct article (id = hash of the whitespace-folded body).
-- n_* hold how many rows the article wrote to each table, so that a reader can
-- check that every article is whole.
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
);

-- Entities, global across articles: one per (type, key), key being the
-- normalized canonical name.
CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  type  TEXT NOT NULL,
  name  TEXT NOT NULL,
  key   TEXT NOT NULL,
  UNIQUE (type, key)
);

-- Every surface form an entity was given, the canonical name included; key is
-- the normalized alias (for lookups by name).
CREATE TABLE entity_aliases (
  entity  INTEGER NOT NULL REFERENCES entities(id),
  alias   TEXT NOT NULL,
  key     TEXT NOT NULL,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases(key);

CREATE TABLE entity_roles (
  entity  INTEGER NOT NULL REFERENCES entities(id),
  role    TEXT NOT NULL,
  PRIMARY KEY (entity, role)
) WITHOUT ROWID;

-- An entity as one article saw it: its local id ("e3") and the per-article
-- attributes (a person's country, an event's place and date).
CREATE TABLE article_entities (
  article   INTEGER NOT NULL REFERENCES articles(seq),
  local_id  TEXT NOT NULL,
  entity    INTEGER NOT NULL REFERENCES entities(id),
  name      TEXT NOT NULL,
  country   INTEGER REFERENCES entities(id),
  place     TEXT,
  date      TEXT,
  PRIMARY KEY (article, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity);

-- One row per mention; keyed by article so an article's rows sit together.
CREATE TABLE mentions (
  article  INTEGER NOT NULL REFERENCES articles(seq),
  start    INTEGER NOT NULL,
  "end"    INTEGER NOT NULL,
  entity   INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article, start, "end", entity)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity);

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
);
CREATE INDEX claims_article ON claims(article);
CREATE INDEX claims_speaker ON claims(speaker);

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
CREATE INDEX relations_article ON relations(article);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
