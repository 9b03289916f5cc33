-- claimgraph store, version 10: the index of article entities by entity holds only the
-- dated ones. Applied once, in one transaction, when PRAGMA user_version < 10; nothing a
-- query returns changes.
--
-- The one query that reads article entities by entity asks for an event's earliest date
-- (`WHERE entity = ? AND date IS NOT NULL`); the other rows (on the BBC corpus, all of them:
-- about 16 per article, in random order of entity) cost an index entry each and were never
-- read through it.
DROP INDEX IF EXISTS article_entities_entity;
CREATE INDEX article_entities_entity ON article_entities(entity) WHERE date IS NOT NULL;
