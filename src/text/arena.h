// TextArena: one buffer for the short strings a document's tokens derive from its
// text (their case-folded forms), instead of one allocation per token. Strings
// added stay where they are (string_views into it stay valid) until the arena is
// destroyed; moving the arena keeps them valid too. Chunks grow from 2 KB to 64 KB and are
// not zeroed: an article's arena holds a few hundred bytes, and a zeroed 64 KB chunk per
// arena and article wrote 64 KB through the cache (and its free made malloc consolidate).
#pragma once

#include <algorithm>
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
      long_.push_back(std::make_unique_for_overwrite<char[]>(s.size()));
      at = long_.back().get();
    } else {
      if (s.size() > cap_ - used_) {
        // the first chunk is small (most articles fold a few hundred bytes of words), each
        // next one twice the last, up to kChunk
        cap_ = std::max(s.size(), cap_ == 0 ? kFirstChunk : std::min(2 * cap_, kChunk));
        chunks_.push_back(std::make_unique_for_overwrite<char[]>(cap_));
        used_ = 0;
      }
      at = chunks_.back().get() + used_;
      used_ += s.size();
    }
    std::memcpy(at, s.data(), s.size());
    return {at, s.size()};
  }

 private:
  static constexpr size_t kFirstChunk = 2 * 1024;
  static constexpr size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_, long_;
  size_t used_ = 0, cap_ = 0;
};

}  // namespace claimgraph::text
