-- claimgraph store, version 8: mentions grouped by entity and article. Applied once, in
-- one transaction, when PRAGMA user_version < 8; nothing a query returns changes.
--
-- An article used to write one `mentions` row per mention, and one entry for it in the
-- index by entity: about 30 rows and 30 random-order index entries per article, the
-- largest share of what an article costs to store and of what grows with the database.
-- Now an article writes one row per entity it mentions, keyed by entity (what every
-- query asks: how many mentions an entity has, in which articles), with the spans of
-- its mentions there as a JSON array of [start, end] pairs in text order.
CREATE TABLE entity_mentions (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  article  INTEGER NOT NULL REFERENCES articles(seq),
  n        INTEGER NOT NULL,  -- how many mentions: the length of spans
  spans    TEXT NOT NULL,     -- [[start, end], ...], half-open UTF-8 byte offsets into articles.text
  PRIMARY KEY (entity, article)
) WITHOUT ROWID;
INSERT INTO entity_mentions (entity, article, n, spans)
  SELECT entity, article, count(*), json_group_array(json_array(start, "end"))
  FROM (SELECT entity, article, start, "end" FROM mentions ORDER BY entity, article, start, "end")
  GROUP BY entity, article;
DROP TABLE mentions;
