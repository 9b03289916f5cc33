#include <catch2/catch.hpp>

#include "store/near_duplicate.h"

using namespace claimgraph::store;

namespace {
bool Same(const std::string& a, const std::string& b) {
  return SameStatement(StatementTokens(a), StatementTokens(b));
}
}  // namespace

TEST_CASE("near-duplicates: punctuation, case, curly quotes and accents do not count", "[graph][tracking]") {
  CHECK(StatementTokens("We’re LOOKING, to do a déal!") ==
        std::vector<std::string>{"were", "looking", "to", "do", "a", "deal"});
  CHECK(Same("The conversation went very well.", "the conversation went very well"));
  CHECK(Same("Chasing this illusionary goal will only prolong the war",
             "Chasing this illusionary goal will only prolong the war and cause more suffering."));
}

TEST_CASE("near-duplicates: ASCII text gives the words the Unicode mapping gives", "[graph][tracking]") {
  // ASCII texts take a path of their own; with one accented word added they take the other.
  for (std::string text :
       {"We're LOOKING, to-do 'x' 42!", "'quoted' it's  ''", "A.B.C. 3,000 people - U.S.-led", "",
        "  trailing   spaces\t\nand\x01"
        "control ",
        "O'Neill's 'em rock'n'roll"}) {
    INFO(text);
    std::vector<std::string> ascii = StatementTokens(text);
    std::vector<std::string> unicode = StatementTokens(text + " d\u00e9al");
    REQUIRE(!unicode.empty());
    CHECK(unicode.back() == "deal");
    unicode.pop_back();
    CHECK(ascii == unicode);
  }
  CHECK(StatementTokens("O'Neill's 'em, rock'n'roll 2,000") ==
        std::vector<std::string>{"oneills", "em", "rocknroll", "2", "000"});
}

TEST_CASE("near-duplicates: a few words changed, trimmed or extended is one statement", "[graph][tracking]") {
  std::string full =
      "The United States does not believe that NATO membership for Ukraine is a realistic outcome of a "
      "negotiated settlement";
  CHECK(Same(full,
             "The United States does not believe NATO membership for Ukraine is a realistic outcome of "
             "a negotiated settlement"));
  CHECK(Same(full, "does not believe that NATO membership for Ukraine is a realistic outcome"));
  CHECK(Same(full + ", he said, adding that talks would go on", full));
}

TEST_CASE("near-duplicates: different statements stay apart", "[graph][tracking]") {
  CHECK_FALSE(
      Same("The economy will grow by 3% next year", "The economy will shrink by 3% next year in Europe"));
  CHECK_FALSE(Same("I am hopeful that the results of that meeting will be positive",
                   "It is time to stop this ridiculous War"));
  CHECK_FALSE(Same("We needed to cut expenses.", "We needed to cut a lot more than coffee expenses."));
  // Short texts merge only when their words are the same.
  CHECK_FALSE(Same("great mistake", "a great mistake indeed"));
  CHECK(Same("Great mistake!", "great mistake"));
  // A few words out of a long quote are not that quote.
  CHECK_FALSE(
      Same("security guarantees must be backed",
           "security guarantees for Ukraine must be backed by capable European and non-European troops, "
           "and there will not be U.S. troops deployed to Ukraine as part of any deal"));
}

TEST_CASE("near-duplicates: MinHash keys are shared by near-duplicates of one speaker only",
          "[graph][tracking]") {
  auto keys = [](const std::string& t, int64_t speaker) {
    return SketchKeys(Shingles(StatementTokens(t)), speaker);
  };
  auto shared = [](const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
    int n = 0;
    for (int64_t x : a)
      for (int64_t y : b) n += x == y;
    return n;
  };
  std::string a = "We want, like you, a sovereign and prosperous Ukraine";
  REQUIRE(keys(a, 7).size() == static_cast<size_t>(kSketchKeys));
  CHECK(shared(keys(a, 7), keys("we want like you a sovereign and prosperous ukraine", 7)) == kSketchKeys);
  CHECK(shared(keys(a, 7), keys(a, 8)) == 0);
  CHECK(keys("", 7).empty());
}

TEST_CASE("near-duplicates: a summary drops only texts that are not the same statement",
          "[graph][tracking]") {
  // Random texts over a small vocabulary (some words with digits), each compared with versions of
  // itself with words dropped, changed, added or repeated, and with other texts: whenever
  // SameStatement accepts a pair, MaySameStatement must too, in either order.
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 60; ++i)
    vocabulary.push_back("w" + std::string(1, static_cast<char>('a' + i % 26)) +
                         std::string(1, static_cast<char>('a' + i / 26)));
  for (int i = 0; i < 8; ++i) vocabulary.push_back(std::to_string(1990 + i));
  uint64_t state = 0x2545f4914f6cdd1dull;
  auto next = [&state](size_t n) {  // xorshift64
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<size_t>(state % n);
  };
  auto random_text = [&](size_t words) {
    std::vector<std::string> t;
    for (size_t i = 0; i < words; ++i) t.push_back(vocabulary[next(vocabulary.size())]);
    return t;
  };
  auto variant = [&](std::vector<std::string> t) {
    const size_t edits = next(5);
    for (size_t e = 0; e < edits && !t.empty(); ++e) {
      const size_t at = next(t.size());
      switch (next(4)) {
        case 0:
          t.erase(t.begin() + static_cast<ptrdiff_t>(at));
          break;
        case 1:
          t[at] = vocabulary[next(vocabulary.size())];
          break;
        case 2:
          t.insert(t.begin() + static_cast<ptrdiff_t>(at), vocabulary[next(vocabulary.size())]);
          break;
        default:
          t.insert(t.begin() + static_cast<ptrdiff_t>(at), t[next(t.size())]);
          break;
      }
    }
    if (next(4) == 0) t.resize(t.size() - next(t.size() / 2 + 1));  // trimmed
    if (next(4) == 0) {                                             // extended
      const std::vector<std::string> more = random_text(next(12));
      t.insert(t.end(), more.begin(), more.end());
    }
    return t;
  };
  size_t same = 0, different = 0, dropped = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::vector<std::string> a = random_text(next(40));
    const std::vector<std::string> b = next(5) == 0 ? random_text(next(40)) : variant(a);
    for (const auto& [x, y] : {std::pair(&a, &b), std::pair(&b, &a)}) {
      const bool may = MaySameStatement(WordBits(*x), Summarize(*x).signature, Summarize(*y));
      if (SameStatement(*x, *y)) {
        ++same;
        INFO(round);
        REQUIRE(may);
      } else {
        ++different;
        dropped += may ? 0 : 1;
      }
    }
  }
  CHECK(same > 5000);
  CHECK(dropped > different / 2);  // and it drops most of the others
}

TEST_CASE("near-duplicates: a summary is of the words, as a sketch gives them", "[graph][tracking]") {
  const std::string text = "The economy will grow by 3% next year, the minister said.";
  const StatementSketch sketch = SketchStatement(text);
  const TokenSummary summary = Summarize(StatementTokens(text));
  CHECK(summary.words == 11);
  CHECK(sketch.word_bits == WordBits(StatementTokens(text)));
  CHECK(sketch.signature == summary.signature);
  for (const std::string& t : {text, std::string("Great"), std::string("")})
    CHECK(SketchStatement(t).minima == MinHashes(Shingles(StatementTokens(t))));
  CHECK((sketch.word_bits[5] & kDigitWord) != 0);  // "3"
  CHECK(MaySameStatement(sketch.word_bits, sketch.signature, summary));
  // Short texts are one statement only when they have the same words.
  const std::vector<std::string> short_text = StatementTokens("Great mistake!");
  CHECK(MaySameStatement(WordBits(short_text), Summarize(short_text).signature, Summarize(short_text)));
  CHECK_FALSE(MaySameStatement({}, 0, TokenSummary{}));
  // Stored in one integer: the signature's 56 bits and up to 255 words.
  const TokenSummary back = UnpackSummary(*PackSummary(summary));
  CHECK(back.words == summary.words);
  CHECK(back.signature == summary.signature);
  CHECK(summary.signature >> 56 == 0);
  CHECK_FALSE(PackSummary(TokenSummary{256, 1}));
}
