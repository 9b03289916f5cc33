#include "store/migrate.h"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "common/schema_data.h"
#include "store/claim_tracker.h"
#include "store/read_only.h"
#include "store/row_insert.h"

namespace claimgraph::store {
namespace {

using SQLite::Statement;

// "sql/012_name.sql" -> 12; 0 when the name does not start with a number.
int MigrationNumber(std::string_view name) {
  size_t slash = name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  int n = 0;
  auto [ptr, ec] = std::from_chars(base.data(), base.data() + base.size(), n);
  if (ec != std::errc() || ptr == base.data() || ptr == base.data() + base.size() || *ptr != '_') return 0;
  return n;
}

int LatestVersion() {
  int latest = 0;
  for (std::string_view name : internal::SchemaFiles("sql/"))
    latest = std::max(latest, MigrationNumber(name));
  return latest;
}

// The SQL of the migrations above `version`, in order, each followed by its PRAGMA
// user_version (in the caller's transaction; nothing computed from rows).
void ApplyMigrations(SQLite::Database& db, int version) {
  for (std::string_view name : internal::SchemaFiles("sql/")) {
    int n = MigrationNumber(name);
    if (n <= version) continue;
    auto sql = internal::SchemaFile(name);
    db.exec(std::string(*sql));
    db.exec("PRAGMA user_version = " + std::to_string(n));
  }
}

}  // namespace

int LatestSchemaVersion() { return LatestVersion(); }

Status CheckSchema(SQLite::Database& db, const std::string& path) {
  int latest = LatestVersion();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  bool tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'")
                    .getInt() > 0;
  if (version == 0 || !tables)
    return Status::InvalidInput(path + ": not a claimgraph database (no claimgraph tables in it)");
  if (version > latest) {
    return Status::DbError(path + ": database schema version " + std::to_string(version) +
                           " is newer than this claimgraph (" + std::to_string(latest) + ")");
  }
  if (version < latest) {
    return Status::DbError(path + ": database schema version " + std::to_string(version) +
                           " is older than this claimgraph's (" + std::to_string(latest) +
                           "): `claimgraph ingest --db " + path + "` updates it");
  }
  return Status::Ok();
}

Status Migrate(SQLite::Database& db, const std::string& path) {
  int latest = LatestVersion();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version > latest) {
    return Status::DbError(path + ": database schema version " + std::to_string(version) +
                           " is newer than this claimgraph (" + std::to_string(latest) + ")");
  }
  if (version == latest) return Status::Ok();
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  version = db.execAndGet("PRAGMA user_version").getInt();  // another process may have migrated
  if (version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0) {
    // A new store: the schema the migrations make, in one step (schema/store.sql; the thirteen
    // migrations took 18.5 M instructions, about 4% of what the writer does on bbc/politics).
    db.exec(std::string(*internal::SchemaFile("store.sql")));
    db.exec("PRAGMA user_version = " + std::to_string(latest));
    tx.commit();
    return Status::Ok();
  }
  ApplyMigrations(db, version);
  // Version 2 tracks claims across articles: the claims of an older store
  // get their tracked claims in the same transaction.
  if (version < 2) store::ClaimTracker(db).TrackUntracked();
  // Version 5 indexes the surnames of the persons already stored.
  if (version < 5) {
    Statement persons(db, "SELECT id, key FROM entities WHERE type = 'person' AND instr(key, ' ') > 0");
    Statement add(db, "INSERT OR IGNORE INTO entity_surnames (key, entity) VALUES (?,?)");
    while (persons.executeStep()) {
      std::string key = persons.getColumn(1).getString();
      add.bind(1, key.substr(key.rfind(' ') + 1));
      add.bind(2, persons.getColumn(0).getInt64());
      Run(add);
    }
  }
  tx.commit();
  return Status::Ok();
}

}  // namespace claimgraph::store
