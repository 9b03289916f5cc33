-- Placeholder: the real first migration comes with the store (issue 2).
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY);
