// The who-said-what table (Store::Said) read from the claims, and the store's counts
// (Store::Stats).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/store.h"

namespace claimgraph::store {

// Claims, optionally only those whose speaker has `by` as name or alias (a surname matches
// too), oldest first; limit 0: all. Throws on a database error.
std::vector<SaidRow> QuerySaid(SQLite::Database& db, const std::optional<std::string>& by, size_t limit);

// The articles, entities, mentions, claims and relations stored. Throws on a database error.
StoreStats QueryStats(SQLite::Database& db);

}  // namespace claimgraph::store
