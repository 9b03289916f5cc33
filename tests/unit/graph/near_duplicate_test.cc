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
