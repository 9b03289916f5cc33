-- claimgraph store, version 14: an article's entities are kept in the article's row. Applied
-- once, in one transaction, when PRAGMA user_version < 14; nothing a query returns changes.
--
-- An article wrote one row of article_entities per entity it names (its local id "e3", the
-- global entity, its name there, a person's country, an event's place and date): about 16 per
-- article, 30 M of the writer's ~440 M instructions on bbc/politics, for rows that only one
-- query reads, and only the dated ones (an event's earliest date). They are now one column of
-- the article, `entities`: a JSON array of [local_id, entity, name, country, place, date], in
-- the extraction's order; the dated ones are also rows of entity_dates, which that query
-- reads. The view `article_entities` gives the rows of the old table.
ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET entities = (
  SELECT json_group_array(json_array(local_id, entity, name, country, place, date))
  FROM (SELECT * FROM article_entities WHERE article = articles.seq
        ORDER BY CAST(substr(local_id, 2) AS INTEGER), local_id))
  WHERE seq IN (SELECT article FROM article_entities);

-- The dated entities (events), by entity: what `min(date) ... WHERE entity = ?` reads.
CREATE TABLE entity_dates (
  entity   INTEGER NOT NULL REFERENCES entities(id),
  date     TEXT NOT NULL,
  article  INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (entity, date, article)
) WITHOUT ROWID;
INSERT OR IGNORE INTO entity_dates (entity, date, article)
  SELECT entity, date, article FROM article_entities WHERE date IS NOT NULL;

DROP TABLE article_entities;
CREATE VIEW article_entities AS
  SELECT a.seq AS article, json_extract(e.value, '$[0]') AS local_id, json_extract(e.value, '$[1]') AS entity,
    json_extract(e.value, '$[2]') AS name, json_extract(e.value, '$[3]') AS country,
    json_extract(e.value, '$[4]') AS place, json_extract(e.value, '$[5]') AS date
  FROM articles a, json_each(a.entities) e;
