#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "text/chars.h"
#include "text/segment.h"
#include "text/vocabulary.h"

using claimgraph::text::Fold;
using claimgraph::text::TextArena;
using claimgraph::text::Vocabulary;

namespace {

// Runs f on a thread of its own, whose vocabulary starts empty.
template <typename F>
void OnNewThread(F f) {
  std::thread t(f);
  t.join();
}

}  // namespace

TEST_CASE("a thread's vocabulary numbers words as first seen and folds each as Fold does") {
  OnNewThread([] {
    Vocabulary& v = Vocabulary::ThisThread();
    TextArena arena;
    std::string scratch;
    uint32_t said = 0, mr = 0, again = 0, curly = 0;
    std::string text = "said Mr Said said Putin\xE2\x80\x99s";
    std::string_view s = text;
    std::string_view f_said = v.Fold(s.substr(0, 4), &said, &arena, &scratch);
    std::string_view f_mr = v.Fold(s.substr(5, 2), &mr, &arena, &scratch);
    std::string_view f_cap = v.Fold(s.substr(8, 4), &again, &arena, &scratch);
    std::string_view f_curly = v.Fold(s.substr(18), &curly, &arena, &scratch);
    CHECK(said == 0);
    CHECK(mr == 1);
    CHECK(again == 2);  // "Said" as written is another word than "said"
    CHECK(curly == 3);
    CHECK(v.Id(s.substr(13, 4)) == said);
    CHECK(v.size() == 4);
    // a word folding to itself is the caller's own view; another is the vocabulary's copy
    CHECK(f_said.data() == s.data());
    CHECK(f_mr == "mr");
    CHECK(f_cap == "said");
    CHECK(f_cap.data() != s.data() + 8);
    CHECK(f_curly == Fold(s.substr(18)));
    CHECK(f_curly == "putin's");
  });
}

TEST_CASE("a word the vocabulary cannot hold has no id and is still folded") {
  OnNewThread([] {
    Vocabulary& v = Vocabulary::ThisThread();
    TextArena arena;
    std::string scratch;
    uint32_t id = 0;
    std::string long_word = "Counterintelligence";  // longer than kMaxBytes
    REQUIRE(long_word.size() > Vocabulary::kMaxBytes);
    CHECK(v.Fold(long_word, &id, &arena, &scratch) == "counterintelligence");
    CHECK(id == Vocabulary::kNone);
    // full: words seen before keep their ids, a new one gets none
    for (uint32_t i = 0; v.size() < Vocabulary::kCapacity; ++i) v.Id("w" + std::to_string(i));
    CHECK(v.Id("w0") == 0);
    CHECK(v.Id("Brand-new") == Vocabulary::kNone);
    CHECK(v.Fold("Brand-new", &id, &arena, &scratch) == "brand-new");
    CHECK(id == Vocabulary::kNone);
    CHECK(v.size() == Vocabulary::kCapacity);
  });
}

TEST_CASE("Segment with word ids: each token's id names its word, and the case flags are the same") {
  OnNewThread([] {
    std::string_view text =
        "NATO's chief, Mr. Stoltenberg, said: \xE2\x80\x9CWe will ACT\xE2\x80\x9D. \xC3\x89milie agreed.";
    claimgraph::text::Segmented plain = claimgraph::text::Segment(text);
    claimgraph::text::Segmented with_ids = claimgraph::text::Segment(text, 0, true);
    Vocabulary& v = Vocabulary::ThisThread();
    REQUIRE(plain.tokens.size() == with_ids.tokens.size());
    for (size_t i = 0; i < plain.tokens.size(); ++i) {
      const auto& a = plain.tokens[i];
      const auto& b = with_ids.tokens[i];
      std::string_view word = b.Text(text);
      CHECK(a.word == claimgraph::text::kNoWord);
      REQUIRE(b.word != claimgraph::text::kNoWord);
      CHECK(v.Id(word) == b.word);
      CHECK(v.Folded(b.word, word) == Fold(word));
      CHECK(a.capitalized == b.capitalized);
      CHECK(a.all_caps == b.all_caps);
    }
    // the first two tokens: "NATO" (all capitals) and "'s"
    CHECK(with_ids.tokens[0].all_caps);
    CHECK(with_ids.tokens[0].capitalized);
  });
}

TEST_CASE("Vocabulary::IdBegun gives the ids Id gives, for words of every length") {
  OnNewThread([] {
    Vocabulary& v = Vocabulary::ThisThread();
    // one byte (a table of its own), 2..16 bytes, longer (no id); new and seen again
    const std::vector<std::string> words = {
        ",",    "a", "said",     "Minister", "Stoltenberg's", "sixteen-letters!", "Counterintelligence",
        "said", ",", "Minister", "a"};
    std::vector<uint32_t> ids;
    std::vector<Vocabulary::Begun> begun(words.size());
    for (size_t i = 0; i < words.size(); ++i) v.Begin(words[i], &begun[i]);
    for (size_t i = 0; i < words.size(); ++i) ids.push_back(v.IdBegun(words[i], begun[i]));
    CHECK(ids == std::vector<uint32_t>{0, 1, 2, 3, 4, 5, Vocabulary::kNone, 2, 0, 3, 1});
    for (size_t i = 0; i < words.size(); ++i) CHECK(v.Id(words[i]) == ids[i]);
  });
}

TEST_CASE("the vocabulary gives a word's case shape with its id, as CaseShape reads the word") {
  OnNewThread([] {
    Vocabulary& v = Vocabulary::ThisThread();
    for (std::string_view w : {"NATO", "I", "a", ",", "Labour", "labour", "McCain", "iPhone", "U.S.", "2005",
                               "Ünal", "ÉTAT", "Counterintelligence"}) {
      for (int again = 0; again < 2; ++again) {  // added, then found
        Vocabulary::Begun b;
        v.Begin(w, &b);
        const uint32_t both = v.IdAndShapeBegun(w, b);
        CHECK(Vocabulary::IdOf(both) == v.Id(w));
        if (w.size() > Vocabulary::kMaxBytes) {
          CHECK(both == Vocabulary::kNone);
        } else {
          CHECK(Vocabulary::IdOf(both) != Vocabulary::kNone);
          CHECK(Vocabulary::ShapeOf(both) == claimgraph::text::CaseShape(w));
          CHECK(v.Shape(Vocabulary::IdOf(both)) == claimgraph::text::CaseShape(w));
        }
      }
    }
  });
}
