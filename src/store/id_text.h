// The writer's in-memory keys (store/sqlite_store.cc): (entity id, text) pairs and names,
// looked up by views without building a string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace claimgraph::store {

// Hash and equality for (entity id, text) cache keys, looked up by
// (id, string_view) without building a string.
struct IdText {
  int64_t id;
  std::string_view text;
};
struct IdTextHash {
  using is_transparent = void;
  size_t operator()(const IdText& k) const {
    return std::hash<std::string_view>()(k.text) ^ (std::hash<int64_t>()(k.id) * 0x9e3779b97f4a7c15ull);
  }
  size_t operator()(const std::pair<int64_t, std::string>& k) const {
    return (*this)(IdText{k.first, k.second});
  }
};
struct IdTextEq {
  using is_transparent = void;
  static IdText View(const IdText& k) { return k; }
  static IdText View(const std::pair<int64_t, std::string>& k) { return {k.first, k.second}; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    IdText x = View(a), y = View(b);
    return x.id == y.id && x.text == y.text;
  }
};
using IdTextSet = std::unordered_set<std::pair<int64_t, std::string>, IdTextHash, IdTextEq>;

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using NameIdMap = std::unordered_map<std::string, int64_t, StringViewHash, std::equal_to<>>;

}  // namespace claimgraph::store
