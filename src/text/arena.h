// TextArena: one buffer for the short strings a document's tokens derive from its
// text (their case-folded forms), instead of one allocation per token. Strings
// added stay where they are (string_views into it stay valid) until the arena is
// destroyed; moving the arena keeps them valid too.
#pragma once

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace claimgraph::text {

class TextArena {
 public:
  // A copy of s in the arena.
  std::string_view Add(std::string_view s) {
    if (s.empty()) return {};
    char* at;
    if (s.size() > kChunk / 4) {  // a long string gets a chunk of its own
      long_.push_back(std::make_unique<char[]>(s.size()));
      at = long_.back().get();
    } else {
      if (s.size() > cap_ - used_) {
        chunks_.push_back(std::make_unique<char[]>(kChunk));
        cap_ = kChunk;
        used_ = 0;
      }
      at = chunks_.back().get() + used_;
      used_ += s.size();
    }
    std::memcpy(at, s.data(), s.size());
    return {at, s.size()};
  }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_, long_;
  size_t used_ = 0, cap_ = 0;
};

}  // namespace claimgraph::text
