// Fact-checks in the store (schema/sql/003_fact_checks.sql): attaching
// ClaimReview records to tracked claims, and reading them back.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

#include "claimgraph/factcheck.h"
#include "claimgraph/store.h"

namespace claimgraph::store {

// Writes `reviews` in the caller's transaction, each attached to the tracked
// claim of its speaker that is the same statement (the best one by
// Containment when several are), else unmatched; fills their id, claim_key
// and speaker_key. The speaker is the person or organization with that name or
// alias (the one with most claims when several), created when there is none.
FactCheckReport PutFactChecks(SQLite::Database& db, std::vector<FactCheck>* reviews);

// Every stored review, in id order.
std::vector<FactCheck> ReadFactChecks(SQLite::Database& db);

}  // namespace claimgraph::store
