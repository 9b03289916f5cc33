// WordTable: a hash map from short byte strings (words) to small values, for
// lexicons that are built once and then looked up once or more per token.
//
// std::unordered_map costs several dependent cache misses per lookup (bucket,
// node, key bytes) and a division; this table keeps keys of 1..16 bytes inside
// the slot, probes linearly in one array (load <= 3/4) and compares two 64-bit
// words, so a lookup usually touches one cache line. Keys that are empty or
// longer than 16 bytes (rare in lexicons and text) live in a std::unordered_map.
// Lookups are exact byte comparisons, as with std::unordered_map<std::string, V>.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph::internal {

template <typename V>
class WordTable {
 private:
  // A key of 1..16 bytes as (length, two words); for a given length the two words
  // determine the bytes (they may overlap), so equal Keys mean equal strings.
  struct Key {
    uint64_t k0 = 0, k1 = 0;
    uint32_t len = 0;
  };

 public:
  // The value of `key`, inserted (value-initialized) when absent. The reference
  // stays valid until the next insertion.
  V& operator[](std::string_view key) {
    Key k;
    if (!Pack(key, &k)) return long_[std::string(key)];
    if (slots_.empty() || 4 * (count_ + 1) > 3 * slots_.size()) Grow();
    size_t i = Index(k);
    while (true) {
      Slot& s = slots_[i];
      if (s.len == 0) {
        s.k0 = k.k0;
        s.k1 = k.k1;
        s.len = k.len;
        ++count_;
        return s.value;
      }
      if (s.Is(k)) return s.value;
      i = (i + 1) & mask_;
    }
  }

  // The value of `key`, or nullptr. The pointer stays valid until the next insertion.
  const V* Find(std::string_view key) const {
    Key k;
    if (!Pack(key, &k)) {
      if (long_.empty()) return nullptr;
      auto it = long_.find(std::string(key));
      return it == long_.end() ? nullptr : &it->second;
    }
    if (slots_.empty()) return nullptr;
    for (size_t i = Index(k);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.Is(k)) return &s.value;
      if (s.len == 0) return nullptr;
    }
  }

  // Find of a key of 1..16 bytes (REQUIRES: the caller checked its size), without the path for
  // longer keys: small enough to inline in a loop over tokens.
  [[gnu::always_inline]] const V* FindShort(std::string_view key) const {
    Key k;
    Pack(key, &k);
    if (slots_.empty()) return nullptr;
    for (size_t i = Index(k);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.Is(k)) return &s.value;
      if (s.len == 0) return nullptr;
    }
  }

  // Starts loading the slot where a lookup of `key` begins, so that a Find a little later
  // (after a few other lookups) finds it in the cache: the tables are larger than the cache,
  // and a loop over tokens that prefetches some tokens ahead overlaps the misses.
  void Prefetch(std::string_view key) const {
    Key k;
    if (slots_.empty() || !Pack(key, &k)) return;
    __builtin_prefetch(&slots_[Index(k)]);
  }

  // A lookup in two steps, for a loop over many keys that would otherwise wait for each slot:
  // Begin packs and hashes a key and starts loading its slot; FindBegun, a few keys later,
  // ends the lookup there (as FindShort; insertions in between are allowed).
  class Begun {
    friend class WordTable;
    Key key_;
    size_t index_ = 0;
    size_t mask_ = 0;  // the table's when begun: another after growth, and index_ stale
  };
  // REQUIRES: key has 1..16 bytes (as FindShort)
  void Begin(std::string_view key, Begun* b) const {
    Pack(key, &b->key_);
    if (slots_.empty()) {
      b->mask_ = ~size_t{0};  // no slot to start at: FindBegun looks it up again
      return;
    }
    b->mask_ = mask_;
    b->index_ = Index(b->key_);
    __builtin_prefetch(&slots_[b->index_]);
  }
  // The value of the key given to Begin(b), or nullptr.
  [[gnu::always_inline]] const V* FindBegun(const Begun& b) const {
    if (b.mask_ != mask_) [[unlikely]]
      return FindKey(b.key_);  // the table has grown since
    for (size_t i = b.index_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.Is(b.key_)) return &s.value;
      if (s.len == 0) return nullptr;
    }
  }

  size_t size() const { return count_ + long_.size(); }

  // Makes room for `n` keys in all, so that inserting up to that many grows the table at most
  // once (here): a lexicon that knows how many words it will hold rehashes none of them.
  void Reserve(size_t n) {
    size_t want = 64;
    while (4 * (n + 1) > 3 * want) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }

  // Removes every key. The slots stay for the next keys (a table reused per document), unless
  // there are more than kKeptSlots of them.
  void Clear() {
    static constexpr size_t kKeptSlots = 4096;
    if (slots_.size() > kKeptSlots) {
      slots_ = {};
      mask_ = 0;
    } else if (count_ > 0) {
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }
    count_ = 0;
    long_.clear();
  }

 private:
  struct Slot {
    uint64_t k0 = 0, k1 = 0;
    uint32_t len = 0;  // 0 = empty
    V value{};
    bool Is(const Key& k) const { return k0 == k.k0 && k1 == k.k1 && len == k.len; }
  };

  [[gnu::noinline]] const V* FindKey(const Key& k) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Index(k);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.Is(k)) return &s.value;
      if (s.len == 0) return nullptr;
    }
  }
  static uint64_t Load8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint32_t Load4(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static bool Pack(std::string_view s, Key* k) {
    const size_t n = s.size();
    const char* p = s.data();
    if (n == 0 || n > 16) return false;
    k->len = static_cast<uint32_t>(n);
    if (n >= 8) {
      k->k0 = Load8(p);
      k->k1 = Load8(p + n - 8);
    } else if (n >= 4) {
      k->k0 = Load4(p) | (static_cast<uint64_t>(Load4(p + n - 4)) << 32);
      k->k1 = 0;
    } else {
      k->k0 = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
              (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
              (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
      k->k1 = 0;
    }
    return true;
  }
  size_t Index(const Key& k) const {
    uint64_t h = (k.k0 ^ (static_cast<uint64_t>(k.len) << 59)) * 0x9E3779B97F4A7C15ull;
    h ^= k.k1 * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return static_cast<size_t>(h) & mask_;
  }
  void Grow() { Rehash(slots_.empty() ? 64 : slots_.size() * 2); }
  void Rehash(size_t slots) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(slots, Slot{});
    mask_ = slots_.size() - 1;
    for (Slot& s : old) {
      if (s.len == 0) continue;
      size_t i = Index(Key{s.k0, s.k1, s.len});
      while (slots_[i].len != 0) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t count_ = 0;
  std::unordered_map<std::string, V> long_;
};

}  // namespace claimgraph::internal
