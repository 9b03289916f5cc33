// Which of a set of words occur in a text, as SQL's `text LIKE '%word%'` says (ASCII letters
// without regard to case), for many words in one pass over the text (Aho-Corasick).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::graph {

class WordFinder {
 public:
  // REQUIRES: each word is lower-case ASCII letters and digits, not empty.
  explicit WordFinder(const std::vector<std::string>& words);

  // Calls on_word(i) for each i such that words[i] occurs in `text` (once per occurrence).
  template <typename F>
  void Find(std::string_view text, F&& on_word) const {
    int32_t state = 0;
    for (char ch : text) {
      const int symbol = Symbol(ch);
      state = symbol < 0 ? 0 : next_[static_cast<size_t>(state) * kSymbols + static_cast<size_t>(symbol)];
      for (int32_t o = first_out_[static_cast<size_t>(state)]; o >= 0; o = outs_[static_cast<size_t>(o)].next)
        on_word(outs_[static_cast<size_t>(o)].word);
    }
  }

 private:
  static constexpr size_t kSymbols = 36;  // a-z, 0-9
  static int Symbol(char ch) {
    if (ch >= 'a' && ch <= 'z') return ch - 'a';
    if (ch >= 'A' && ch <= 'Z') return ch - 'A';
    if (ch >= '0' && ch <= '9') return 26 + (ch - '0');
    return -1;
  }
  struct Out {
    int32_t word;
    int32_t next;  // the next output of the state, -1 at the end
  };
  std::vector<int32_t> next_;       // state * kSymbols + symbol -> state (complete: a DFA)
  std::vector<int32_t> first_out_;  // state -> its first output, -1 for none
  std::vector<Out> outs_;
};

}  // namespace claimgraph::graph
