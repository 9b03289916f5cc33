#include "store/checkpointer.h"

#include "store/connection.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace claimgraph::store {

std::unique_ptr<Checkpointer> Checkpointer::Start(const std::string& path) {
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    // A checkpoint syncs the WAL before it copies and the database file after, as on the
    // writer's connection.
    db->exec("PRAGMA synchronous = NORMAL");
    if (db->execAndGet("PRAGMA journal_mode").getString() != "wal") return nullptr;
    return std::unique_ptr<Checkpointer>(new Checkpointer(std::move(db), path));
  } catch (const std::exception&) {
    return nullptr;
  }
}

Checkpointer::Checkpointer(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {
  thread_ = std::thread([this] { Run(); });
}

Checkpointer::~Checkpointer() {
  Stop();
  if (writer_) sqlite3_wal_hook(writer_, nullptr, nullptr);
}

void Checkpointer::Watch(sqlite3* writer, int page_size, int restart_bytes) {
  writer_ = writer;
  autocheckpoint_frames_ = kAutoCheckpointBytes / page_size;
  restart_frames_ = std::max(1, restart_bytes / page_size);
  sqlite3_wal_hook(writer, &Checkpointer::WalHook, this);
}

int Checkpointer::WalHook(void* self, sqlite3* db, const char* name, int frames) {
  auto* c = static_cast<Checkpointer*>(self);
  c->wal_frames_ = frames;
  if (frames >= c->autocheckpoint_frames_) sqlite3_wal_checkpoint(db, name);
  return SQLITE_OK;
}

void Checkpointer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void Checkpointer::Committed() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    committed_ = true;
  }
  wake_.notify_one();
  if (restart_frames_ > 0 && wal_frames_ >= restart_frames_) WaitIdle();
}

void Checkpointer::WaitIdle() {
  std::unique_lock<std::mutex> lock(mu_);
  idle_.wait(lock, [this] { return stop_ || (!committed_ && !running_); });
}

void Checkpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    running_ = false;
    idle_.notify_all();
    wake_.wait(lock, [this] { return stop_ || committed_; });
    if (!committed_) return;  // stopped, nothing left
    committed_ = false;
    running_ = true;
    lock.unlock();
    // PASSIVE: copies the frames of committed transactions that no reader needs in the WAL,
    // without waiting for any lock; what it leaves (a reader, another connection's
    // checkpoint) is for a later checkpoint, the writer's or the close's.
    int rc =
        sqlite3_wal_checkpoint_v2(db_->getHandle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    std::string failed;
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
      failed = path_ + ": checkpoint failed: " + sqlite3_errmsg(db_->getHandle());
    lock.lock();
    if (!failed.empty() && error_.empty()) {
      error_ = std::move(failed);
      std::fprintf(stderr, "claimgraph: warning: %s (the store checkpoints again when it closes)\n",
                   error_.c_str());
    }
  }
}

std::string Checkpointer::Error() {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

}  // namespace claimgraph::store
