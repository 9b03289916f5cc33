// The settings of a store's SQLite connection (page size, journal, cache, checks), set
// when Store::Open or Store::OpenReadOnly opens it, before the schema is read.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/page_cache.h"

namespace claimgraph::store {

// The WAL size at which a checkpoint copies it back, in bytes: the writer's wal_autocheckpoint
// (set by Configure) and, once a Checkpointer's WAL hook replaces SQLite's own, the hook's.
constexpr int kAutoCheckpointBytes = 32 << 20;

// Throws when `db` is outside a transaction the caller holds open (`open`): SQLite ends a
// transaction on its own after some I/O or full-disk errors, and the batches held in it are gone.
void ThrowIfRolledBack(SQLite::Database& db, bool open);

// Resets every statement of `db`: after a failed batch, a statement that an error or an
// exception left halted or mid-way would refuse its next bindings (SQLITE_MISUSE).
void ResetStatements(SQLite::Database& db);

// What Configure found.
struct ConnectionInfo {
  int page_size = 0;   // of the file (an existing file keeps its own)
  bool empty = false;  // a new file (written with synchronous = OFF until the caller has
                       // written its schema and sets synchronous = NORMAL)
};

// Sets up `db` to read (read_only) or to be the one writing connection of a WAL store; the writer's
// page cache, when it has a sizer, is at once the one its store's size gets (cache->Fit).
// Throws SQLite::Exception.
ConnectionInfo Configure(SQLite::Database& db, bool read_only, PageCacheSizer* cache = nullptr);

}  // namespace claimgraph::store
