-- claimgraph store, version 15: no index of entities by key alone. Applied once, in one
-- transaction, when PRAGMA user_version < 15; nothing a query returns changes.
--
-- Entities are unique by (type, key) (version 1), and that index serves every lookup: the one
-- query by key alone (a name as the user types it, any type) asks for the five types. The index
-- by key cost an entry per new entity, in random order of key (on bbc/politics, 2,304 entries
-- and about 6 M of the writer's instructions).
DROP INDEX IF EXISTS entities_key;
