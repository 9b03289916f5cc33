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

}  // namespace claimgraph::store
