-- claimgraph store, version 11: a `said` relation is kept in the row of the claim it carries.
-- Applied once, in one transaction, when PRAGMA user_version < 11; nothing a query returns
-- changes.
--
-- Three quarters of the relations were `said` rows: one per claim with a speaker, whose
-- source is the claim's speaker, whose target text is the claim's text and whose span is the
-- claim's span, so that the row repeated its claim (its text twice, as target and evidence).
-- Such a relation is now two columns of its claim: `said`, the number n of its local id "rn",
-- and `said_evidence`, its evidence when that is not the claim's text (the evidence keeps the
-- quotation marks the claim's text leaves out). A `said` relation that is not its claim's own
-- in every one of those fields (a hand-written extraction may hold one) stays a row of
-- `relations`. The view `all_relations` gives every relation, the derived ones with a NULL id.
ALTER TABLE claims ADD COLUMN said INTEGER;
ALTER TABLE claims ADD COLUMN said_evidence TEXT;

-- The first `said` row of each claim that is the claim's own.
CREATE TEMP TABLE said_moved AS
  SELECT r.claim AS claim, min(r.id) AS id FROM relations r JOIN claims c ON c.id = r.claim
  WHERE r.type = 'said' AND r.target IS NULL AND r.article = c.article AND r.source IS c.speaker
    AND r.target_text IS c.text AND c.text != '' AND r.evidence IS NOT NULL AND r.evidence != ''
    AND r.start = c.start AND r."end" = c."end"
    AND r.local_id = 'r' || CAST(substr(r.local_id, 2) AS INTEGER)
    AND CAST(substr(r.local_id, 2) AS INTEGER) > 0 AND length(r.local_id) <= 10
  GROUP BY r.claim;
UPDATE claims SET
  said = (SELECT CAST(substr(r.local_id, 2) AS INTEGER) FROM said_moved m JOIN relations r ON r.id = m.id
          WHERE m.claim = claims.id),
  said_evidence = (SELECT NULLIF(r.evidence, claims.text) FROM said_moved m JOIN relations r ON r.id = m.id
                   WHERE m.claim = claims.id)
  WHERE id IN (SELECT claim FROM said_moved);
DELETE FROM relations WHERE id IN (SELECT id FROM said_moved);
DROP TABLE said_moved;

CREATE VIEW all_relations AS
  SELECT id, article, local_id, source, type, target, target_text, claim, evidence, start, "end"
  FROM relations
  UNION ALL
  SELECT NULL, article, 'r' || said, speaker, 'said', NULL, text, id, COALESCE(said_evidence, text), start,
    "end"
  FROM claims WHERE said IS NOT NULL;
