#include "graph/word_finder.h"

#include <deque>

namespace claimgraph::graph {

WordFinder::WordFinder(const std::vector<std::string>& words) {
  // The trie (-1: no edge), then the failure links breadth-first, which complete the edges.
  std::vector<int32_t> fail(1, 0);
  next_.assign(kSymbols, -1);
  first_out_.assign(1, -1);
  for (size_t w = 0; w < words.size(); ++w) {
    int32_t state = 0;
    for (char ch : words[w]) {
      const size_t at = static_cast<size_t>(state) * kSymbols + static_cast<size_t>(Symbol(ch));
      if (next_[at] < 0) {
        next_[at] = static_cast<int32_t>(first_out_.size());
        next_.resize(next_.size() + kSymbols, -1);
        first_out_.push_back(-1);
        fail.push_back(0);
      }
      state = next_[at];
    }
    outs_.push_back({static_cast<int32_t>(w), first_out_[static_cast<size_t>(state)]});
    first_out_[static_cast<size_t>(state)] = static_cast<int32_t>(outs_.size() - 1);
  }
  // A state's outputs are its own, then its failure state's (whose list is complete, being
  // shallower): own lists end by linking to the failure state's list.
  std::deque<int32_t> queue;
  for (size_t s = 0; s < kSymbols; ++s) {
    int32_t& to = next_[s];
    if (to < 0) {
      to = 0;
    } else {
      fail[static_cast<size_t>(to)] = 0;
      queue.push_back(to);
    }
  }
  while (!queue.empty()) {
    const int32_t state = queue.front();
    queue.pop_front();
    const size_t f = static_cast<size_t>(fail[static_cast<size_t>(state)]);
    // link the end of this state's own outputs to its failure state's
    int32_t* tail = &first_out_[static_cast<size_t>(state)];
    while (*tail >= 0) tail = &outs_[static_cast<size_t>(*tail)].next;
    *tail = first_out_[f];
    for (size_t s = 0; s < kSymbols; ++s) {
      int32_t& to = next_[static_cast<size_t>(state) * kSymbols + s];
      const int32_t via_fail = next_[f * kSymbols + s];
      if (to < 0) {
        to = via_fail;
      } else {
        fail[static_cast<size_t>(to)] = via_fail;
        queue.push_back(to);
      }
    }
  }
}

}  // namespace claimgraph::graph
