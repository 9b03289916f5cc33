// The writer's page cache, grown with the store (issue 12, cost growing with the store).
//
// Configure gives every connection 32 MiB of page cache. A store of a few thousand articles fits
// in it; past that, an article's rows land on pages of indexes and tables that no longer do (claim
// sketches and tracked claims of the speakers that recur, mentions of the entities that recur,
// keys of new names): each page the cache dropped is read again (a pread of 16 KiB), and the dirty
// pages a transaction spills are written to the WAL more than once. Five more copies into a store
// of 40 renamed bbc copies (750 MB): 230,330 preads and 220,082 pwrites with 32 MiB, 143,471 and
// 170,742 with 64 MiB, 84,728 and 139,614 with 128 MiB. So after each commit the writer's cache is
// raised to a quarter of the store, at most 64 MiB (kMostBytes; the scale bench's peak RSS target
// is 300 MB, and it peaks at 240 MB at 1 GB with 32 MiB): an ingest into a store under 128 MB (all
// of bbc makes 20 MB) keeps 32 MiB, and no more memory.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <memory>
#include <string>

namespace claimgraph::store {

class PageCacheSizer {
 public:
  static constexpr int64_t kLeastBytes = int64_t{32} << 20;  // Configure's cache_size
  static constexpr int64_t kMostBytes = int64_t{64} << 20;

  // least: the cache the connection has (Configure's); most: the largest it is given.
  explicit PageCacheSizer(int64_t least = kLeastBytes, int64_t most = kMostBytes)
      : least_(least), most_(most), bytes_(least) {}

  // The cache (in bytes) for a store of `bytes`.
  int64_t For(int64_t bytes) const {
    const int64_t quarter = bytes / 4;
    return quarter < least_ ? least_ : quarter > most_ ? most_ : quarter;
  }

  // After a commit: raises the connection's cache when For(the store's size) has grown by a
  // quarter since it was last set (it never shrinks). Never throws: a cache it cannot set stays.
  void Fit(SQLite::Database& db) noexcept {
    try {
      if (!page_count_) page_count_ = std::make_unique<SQLite::Statement>(db, "PRAGMA page_count");
      if (page_size_ == 0) page_size_ = db.execAndGet("PRAGMA page_size").getInt64();
      page_count_->executeStep();
      const int64_t pages = page_count_->getColumn(0).getInt64();
      page_count_->reset();
      const int64_t want = For(pages * page_size_);
      if (want < bytes_ + bytes_ / 4) return;
      db.exec("PRAGMA cache_size = -" + std::to_string(want >> 10));  // KiB
      bytes_ = want;
    } catch (const std::exception&) {
      if (page_count_) page_count_->tryReset();
    }
  }

  int64_t bytes() const { return bytes_; }

 private:
  int64_t least_, most_;
  std::unique_ptr<SQLite::Statement> page_count_;
  int64_t page_size_ = 0;
  int64_t bytes_;
};

}  // namespace claimgraph::store
