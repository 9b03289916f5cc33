#include "store/connection.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace claimgraph::store {

ConnectionInfo Configure(SQLite::Database& db, bool read_only, PageCacheSizer* cache) {
  ConnectionInfo info;
  // More and larger lookaside slots: most of SQLite's small per-row
  // allocations then skip malloc.
  sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_LOOKASIDE, nullptr, 512, 2048);
  if (!read_only) {
    // Pages of 16 KiB for a new file (an existing one keeps its own): a commit writes
    // each page it changed to the WAL with two system calls, and an ingest changes the
    // same few pages of every table in each transaction; 4 KiB pages took three times
    // as many writes for the same rows (bbc/politics: 12,231 -> 3,704 pwrite calls)
    // and more B-tree levels.
    db.exec("PRAGMA page_size = 16384");
    // A new file: made a WAL database and given its schema without syncing the disk. The
    // switch to WAL is a transaction of the rollback journal, which synced the journal, its
    // folder and the file, and the schema's transaction synced the new WAL and its folder:
    // six syncs of 2 to 130 ms each on this machine's disk, against ~140 ms for a whole
    // bbc/politics store. A crash of the system then loses at most the empty store; a
    // killed process loses nothing, and every later transaction is as before.
    info.empty = db.execAndGet("PRAGMA page_count").getInt() == 0;
    db.exec(info.empty ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA journal_mode = WAL");
  }
  // The REFERENCES clauses document the links; they are not enforced: every id
  // written comes from this file's own inserts in the same transaction, and
  // the checks cost ~17% of store time (tests check there are no orphans).
  db.exec("PRAGMA foreign_keys = OFF");
  // Debian's SQLite is built with SECURE_DELETE, which zeroes the space of every cell a
  // B-tree frees or moves (page splits, replaced rows); nothing the store holds is ever
  // deleted to be forgotten, so SQLite's usual default instead.
  db.exec("PRAGMA secure_delete = OFF");
  db.exec("PRAGMA temp_store = MEMORY");
  db.exec("PRAGMA cache_size = -32768");  // KiB: 32 MiB of page cache
  // A writer's cache grows with its store after each commit (PageCacheSizer); a writer that opens a
  // large store starts with it: the first transaction of an ingest into a large store (up to
  // CommitPolicy's 4,096 articles or 2 s) ran on 32 MiB. One renamed bbc copy into a store of 59
  // (1.1 GB): 58,876 preads and 46,978 pwrites, now 42,062 and 41,971.
  if (!read_only && cache) cache->Fit(db);
  // Checkpoint every ~32 MiB of WAL rather than 4 MiB: fewer fsyncs during ingest (the
  // setting counts pages, of 4 or 16 KiB).
  info.page_size = std::max(512, db.execAndGet("PRAGMA page_size").getInt());
  db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(kAutoCheckpointBytes / info.page_size));
  return info;
}

void ResetStatements(SQLite::Database& db) {
  for (sqlite3_stmt* st = sqlite3_next_stmt(db.getHandle(), nullptr); st != nullptr;
       st = sqlite3_next_stmt(db.getHandle(), st))
    sqlite3_reset(st);
}

void ThrowIfRolledBack(SQLite::Database& db, bool open) {
  if (open && sqlite3_get_autocommit(db.getHandle()))
    throw std::runtime_error("the transaction was rolled back");
}

}  // namespace claimgraph::store
