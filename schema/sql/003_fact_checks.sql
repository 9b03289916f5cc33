-- claimgraph store, version 3: fact-checks (schema.org ClaimReview records,
-- `claimgraph import-claimreview`). Applied once, in one transaction, when
-- PRAGMA user_version < 3.
--
-- A review is attached to the tracked claim (version 2) of its speaker whose
-- text is the same statement; when there is none, `tracked` is NULL and the
-- review stands as an unmatched claim of that speaker. Importing a review again
-- (same url, speaker and claim text) updates it and matches it again, so that
-- re-running an import after more articles are ingested attaches it.
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
CREATE INDEX claim_reviews_tracked ON claim_reviews(tracked);
CREATE INDEX claim_reviews_speaker ON claim_reviews(speaker);
