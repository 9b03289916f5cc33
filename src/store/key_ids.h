// A batch's map of sketch keys to tracked claim ids for the claim tracker: an open-addressing
// table whose ids sit in one vector as short linked lists, emptied between batches without
// freeing (a batch reads and adds tens of thousands of keys; a node-based map allocated a node
// and a vector for each).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace claimgraph::store {

class KeyIds {
 public:
  using Key = std::pair<int64_t, int64_t>;  // (speaker, salted key)

  KeyIds() : slots_(1024) {}

  // Adds the key with no ids; false when it was there already.
  bool Insert(const Key& k) {
    size_t s = Slot(k);
    if (slots_[s].used) return false;
    Take(s, k);
    return true;
  }
  // Appends `id` to the key's ids, adding the key; with `unique`, not when it is there
  // already. True when appended.
  bool Add(const Key& k, int64_t id, bool unique) {
    size_t s = Slot(k);
    if (!slots_[s].used) {
      Take(s, k);
      s = Slot(k);  // the table may have grown
    }
    Entry& e = slots_[s];
    if (unique)
      for (int32_t n = e.first; n >= 0; n = nodes_[static_cast<size_t>(n)].next)
        if (nodes_[static_cast<size_t>(n)].id == id) return false;
    int32_t node = static_cast<int32_t>(nodes_.size());
    nodes_.push_back({id, -1});
    if (e.last >= 0) {
      nodes_[static_cast<size_t>(e.last)].next = node;
    } else {
      e.first = node;
    }
    e.last = node;
    return true;
  }
  // Calls f(id) for each id of the key, in the order they were added.
  template <typename F>
  void ForEach(const Key& k, F f) const {
    const Entry& e = slots_[Slot(k)];
    if (!e.used) return;
    for (int32_t n = e.first; n >= 0; n = nodes_[static_cast<size_t>(n)].next)
      f(nodes_[static_cast<size_t>(n)].id);
  }
  // Whether the key is held (with or without ids).
  bool Has(const Key& k) const { return slots_[Slot(k)].used; }
  // Keys held.
  size_t size() const { return used_; }
  void Clear() {
    for (Entry& e : slots_) e = Entry();
    nodes_.clear();
    used_ = 0;
  }

 private:
  struct Entry {
    Key key{0, 0};
    int32_t first = -1, last = -1;
    bool used = false;
  };
  struct Node {
    int64_t id;
    int32_t next;
  };
  // The slot that holds k, or the empty one where it would go (the table is never full).
  size_t Slot(const Key& k) const {
    uint64_t h = static_cast<uint64_t>(k.second) ^ (static_cast<uint64_t>(k.first) * 0x9e3779b97f4a7c15ull);
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    const size_t mask = slots_.size() - 1;
    for (size_t s = static_cast<size_t>(h) & mask;; s = (s + 1) & mask)
      if (!slots_[s].used || slots_[s].key == k) return s;
  }
  void Take(size_t s, const Key& k) {
    slots_[s].used = true;
    slots_[s].key = k;
    if (++used_ * 2 > slots_.size()) Rehash(slots_.size() * 2);
  }
  void Rehash(size_t size) {
    std::vector<Entry> old;
    old.swap(slots_);
    slots_.assign(size, Entry());
    for (const Entry& e : old) {
      if (!e.used) continue;
      size_t s = Slot(e.key);
      slots_[s] = e;
    }
  }

  std::vector<Entry> slots_;  // a power of two in size, at most half used
  size_t used_ = 0;
  std::vector<Node> nodes_;
};

}  // namespace claimgraph::store
