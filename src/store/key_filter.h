// The name keys a store holds, as a Bloom filter: the writer asks the database whether a key is an
// entity's, an alias's or a surname only when the filter may hold it. Most names an ingest resolves
// are new, and each new one cost three lookups that found nothing (entities by key, aliases by key,
// persons by surname): three index descents to random pages, which grow with the store.
//
// A "no" is certain, a "maybe" is wrong about one time in a few hundred (the lookup is then made
// and finds nothing, as before). Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace claimgraph::store {

class KeyFilter {
 public:
  // Empty, with room for about `keys` keys at the intended false-positive rate.
  explicit KeyFilter(size_t keys = 0);

  void Add(std::string_view key);
  // False: the key was never added.
  bool MayHave(std::string_view key) const;

  // Keys added (with repeats), and how many it was made for: past that, the false positives
  // grow, and the owner builds a larger one.
  size_t added() const { return added_; }
  size_t capacity() const { return capacity_; }

 private:
  // One 64-bit word per key, four bits in it (a blocked filter: one cache line per lookup).
  static constexpr int kBits = 4;
  // Bits per key: 16 gives about 0.5% false positives at capacity.
  static constexpr size_t kBitsPerKey = 16;
  static uint64_t Hash(std::string_view key);
  uint64_t Mask(uint64_t h) const;

  std::vector<uint64_t> words_;
  size_t added_ = 0;
  size_t capacity_ = 0;
};

// A filter of every key in the database's entities, entity_aliases and entity_surnames (an alias
// row flagged self is read from entities), with room for as many again.
KeyFilter ReadKeyFilter(SQLite::Database& db);

// A filter of every article id in the database, with room for as many again.
KeyFilter ReadArticleFilter(SQLite::Database& db);

// The writer's filter of the stored name keys (entities', aliases', surnames'): until it is read, each
// key is looked up in the database. The first read waits for `after` lookups that found nothing, and
// for one per kEntitiesPerMiss entities stored: reading the keys of a large store costs about 3,000
// instructions per entity (three rows of keys scanned), and a lookup that finds nothing three index
// descents, so a few articles into a large store read none (one renamed bbc copy into a store of 59:
// ~7,000 new names, 397,000 entities, the read 1,238 M instructions). Once read, the filter is read
// again after `after` misses when it is full or another connection wrote (dropped until then).
class NameKeys {
 public:
  static constexpr int64_t kEntitiesPerMiss = 8;
  explicit NameKeys(size_t after) : after_(after) {}
  // False: not stored (as of the last read, nor added since); true: ask the database.
  bool MayHave(std::string_view key) const { return !filter_ || filter_->MayHave(key); }
  void Add(std::string_view key) {
    if (filter_) filter_->Add(key);
  }
  // The database was asked, and did not have the key.
  void Missed() { ++misses_; }
  // Drops the filter (the owner is about to write keys it does not Add).
  void Forget() { filter_.reset(); }
  // At the start of a batch, in its write transaction; version: PRAGMA data_version; entities: the
  // store's largest entity id.
  void Refresh(SQLite::Database& db, int64_t version, int64_t entities);
  bool has_filter() const { return filter_.has_value(); }
  // The filter, for its owner to free.
  std::optional<KeyFilter> Release() { return std::move(filter_); }

 private:
  size_t after_;
  size_t misses_ = 0;
  bool read_ = false;  // the filter was read once
  std::optional<KeyFilter> filter_;
  int64_t version_ = 0;  // when filter_ was read
};

// The writer's ids of the stored articles. An ingest asks for each article it reads, mostly
// between transactions, where each lookup was a read transaction of its own (its locks: 4,400 of
// the 6,700 fcntl calls of an ingest of all bbc), and again inside the batch. Once `after` lookups
// asked the database, the ids are read at the start of a batch (ReadArticleFilter) and kept up to
// date by the batches (with those of a batch rolled back: a "maybe" only); dropped when another
// connection writes, and read again at the next batch.
class ArticleIds {
 public:
  explicit ArticleIds(size_t after) : after_(after) {}
  // False: not stored as of the last Refresh, nor added since; true: ask the database.
  bool MayHave(std::string_view id) {
    if (filter_) return filter_->MayHave(id);
    ++lookups_;
    return true;
  }
  void Added(std::string_view id) {
    if (filter_) filter_->Add(id);
  }
  // At the start of a batch, in its write transaction; version: PRAGMA data_version.
  void Refresh(SQLite::Database& db, int64_t version);

 private:
  size_t after_;
  size_t lookups_ = 0;
  std::optional<KeyFilter> filter_;
  int64_t version_ = 0;  // when filter_ was read
};

}  // namespace claimgraph::store
