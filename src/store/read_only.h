// Opening a store's SQLite file to read it without writing anything (Store::OpenReadOnly,
// the graph reader).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

namespace claimgraph::store {

// Opens `path` read-only and reads its schema. When SQLite cannot set up the WAL index
// beside it (a folder one may not write to: the -shm file cannot be created), the file is
// opened as immutable instead (what the last checkpoint wrote). Throws SQLite::Exception
// (or std::exception) when neither works; "file is not a database" for a file that is
// not SQLite.
std::unique_ptr<SQLite::Database> OpenReadOnlyDatabase(const std::string& path);

// The schema version this claimgraph writes: the number of its last migration
// (schema/sql/NNN_name.sql). A store below it is migrated when opened for writing.
int LatestSchemaVersion();

}  // namespace claimgraph::store
