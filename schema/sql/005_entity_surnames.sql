-- claimgraph store, version 5: the surname of every person known by a name of
-- more than one word (the last word of its key), so that a later article that
-- names the person by surname alone ("Putin") joins the one known person
-- whose name ends with it ("Vladimir Putin"). Applied once, in one
-- transaction, when PRAGMA user_version < 5; the rows of the persons already
-- stored are added in the same transaction.
CREATE TABLE entity_surnames (
  key     TEXT NOT NULL,                              -- last word of the person's key
  entity  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
