-- claimgraph store, version 6: the denied statements, indexed apart, so that
-- the graph snapshot reads every tracked claim from tracked_claims_speaker
-- alone (a covering index) and the few denials from this one, instead of
-- visiting each tracked claim's row for its polarity.
CREATE INDEX tracked_claims_denied ON tracked_claims(id) WHERE polarity = 'denied';
