// The store's schema: checking a store's version, and bringing an older store up to this
// claimgraph's (schema/sql/NNN_name.sql, applied in order, in one transaction). A new store
// gets schema/store.sql instead, the same schema in one step (tools/store/schema.sh).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "claimgraph/status.h"

namespace claimgraph::store {

// A store opened read-only must already be a claimgraph store of this schema version.
// path: for the messages.
Status CheckSchema(SQLite::Database& db, const std::string& path);

// Applies the migrations above the store's PRAGMA user_version (none on a store of this
// version; an error on a newer one), in one transaction, with what some versions compute
// from the rows already stored (tracked claims, surnames).
// A database with no tables at all gets schema/store.sql.
Status Migrate(SQLite::Database& db, const std::string& path);

}  // namespace claimgraph::store
