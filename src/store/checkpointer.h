// Checkpoints of a store's WAL on a thread and a connection of their own, while the one
// writing connection goes on writing.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace claimgraph::store {

// After each commit of the writer (Committed), copies what the WAL holds into the database
// file and syncs it (a PASSIVE checkpoint: it never blocks the writer, and copies only
// committed transactions). Without it, SQLite checkpoints on the writing thread: when the WAL
// passes wal_autocheckpoint (an ingest of all bbc stopped once for it), and when the store
// closes, where the whole ingest's pages were copied and synced after everything else was
// done, with the extraction threads idle. What the close has left is the last transactions.
// Nothing a reader sees changes: a checkpoint copies committed pages only. The cost: a page
// that several transactions change is copied once each (bbc/politics: 7 ms of CPU).
//
// Thread-safe: Committed may be called from any thread.
class Checkpointer {
 public:
  // Opens a second connection to the WAL database at `path`; null when it cannot be
  // opened (the writer then checkpoints as SQLite does by itself).
  static std::unique_ptr<Checkpointer> Start(const std::string& path);
  // Checkpoints what was committed before (if not done yet) and closes the connection: the
  // writer's connection must close after this one to be the last, which checkpoints the rest
  // and removes the WAL.
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Follows the writer's connection (`writer`, of pages of `page_size` bytes): the frames its WAL
  // holds after each commit, with SQLite's own checkpoint past wal_autocheckpoint (its WAL hook,
  // which this one replaces), so that the WAL starts over past `restart_bytes` (WaitIdle). Call
  // before its first transaction; once.
  static constexpr int kRestartBytes = 64 << 20;
  void Watch(sqlite3* writer, int page_size, int restart_bytes = kRestartBytes);

  // The writer committed a transaction: checkpoint it (when the thread is done with the
  // checkpoint in hand, if there is one; commits in the meantime are checkpointed together).
  void Committed();

  // Waits until what was committed before is checkpointed (the checkpoint in hand, and the one
  // asked for by Committed, if any): the writer's next transaction then starts the WAL over from
  // its beginning when no reader is on it. Committed does so on the writer's thread once the
  // WAL passes Watch's restart_bytes. Without it, a writer that commits again before each
  // checkpoint ends never has the WAL start over, and it grows with the whole ingest (835 MB
  // for 0.4 GB of news into a 1.5 GB store), where each page lookup searches the WAL's index.
  void WaitIdle();

  // Checkpoints what was committed before (if not done yet) and ends the checkpointing thread;
  // later commits are left to the writer. The destructor calls it.
  void Stop();

  // The first checkpoint that failed, as "PATH: checkpoint failed: SQLite's message", or ""
  // when none has. A checkpoint that finds the WAL in use (SQLITE_BUSY) has not failed: a
  // later one copies what it left. A failed checkpoint loses nothing (what it did not copy stays
  // in the WAL, and the writer's close checkpoints it); it is also written once to stderr.
  std::string Error();

 private:
  Checkpointer(std::unique_ptr<SQLite::Database> db, std::string path);
  void Run();

  static int WalHook(void* self, sqlite3* db, const char* name, int frames);

  std::unique_ptr<SQLite::Database> db_;
  const std::string path_;
  // Watch: the writer's connection, and its WAL's frames after its last commit.
  sqlite3* writer_ = nullptr;
  std::atomic<int> wal_frames_{0};
  int autocheckpoint_frames_ = 0, restart_frames_ = 0;
  std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable idle_;  // a checkpoint ended
  bool committed_ = false;        // a commit not yet checkpointed
  bool running_ = false;          // a checkpoint in hand
  bool stop_ = false;
  std::string error_;  // the first failure (Error)
  std::thread thread_;
};

}  // namespace claimgraph::store
