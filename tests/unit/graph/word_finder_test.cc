#include "graph/word_finder.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "graph/reader.h"
#include "store/near_duplicate.h"
#include "support/example_store.h"
#include "support/sqlite_query.h"

using claimgraph::graph::WordFinder;

namespace {

std::set<int32_t> FoundWords(const WordFinder& f, std::string_view text) {
  std::set<int32_t> out;
  f.Find(text, [&](int32_t w) { out.insert(w); });
  return out;
}

// What Reader::MatchingClaims found before WordFinder: the claims whose text holds one of the
// text's two longest ASCII words (a LIKE scan), then the same word comparison.
std::vector<int64_t> LikeScanMatches(claimgraph::testing::SqliteReader& db, const std::string& text) {
  namespace store = claimgraph::store;
  std::vector<std::string> q = store::StatementTokens(text);
  if (q.empty()) return {};
  std::vector<std::string> words;
  for (const std::string& w : q)
    if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
      words.push_back(w);
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() > b.size() || (a.size() == b.size() && a < b);
  });
  words.resize(std::min<size_t>(words.size(), 2));
  std::string sql = "SELECT id, replace(replace(text, char(9), ' '), char(10), ' ') FROM tracked_claims";
  for (size_t i = 0; i < words.size(); ++i)
    sql += (i ? " OR text LIKE '%" : " WHERE text LIKE '%") + words[i] + "%'";
  std::istringstream rows(db.Rows(sql + " ORDER BY id"));
  std::vector<int64_t> out;
  for (std::string line; std::getline(rows, line);) {
    const size_t tab = line.find('\t');
    std::vector<std::string> t = store::StatementTokens(line.substr(tab + 1));
    bool fragment = q.size() >= 3 && q.size() <= t.size() && store::Containment(q, t) >= 0.8;
    if (store::SameStatement(q, t) || fragment) out.push_back(std::stoll(line.substr(0, tab)));
  }
  return out;
}

}  // namespace

TEST_CASE("WordFinder finds words anywhere in a text, in any case, as LIKE '%word%' does", "[graph]") {
  const WordFinder f({"government", "govern", "ment", "he", "she", "hers", "2005", "dont"});
  CHECK(FoundWords(f, "The GOVERNMENT's plans") == std::set<int32_t>{0, 1, 2, 3});  // 'The' holds 'he'
  CHECK(FoundWords(f, "ushers") == std::set<int32_t>{3, 4, 5});
  CHECK(FoundWords(f, "in 2005,") == std::set<int32_t>{6});
  CHECK(FoundWords(f, "govern-ment") == std::set<int32_t>{1, 2});  // not across a hyphen
  CHECK(FoundWords(f, "I don't know") == std::set<int32_t>{});     // nor an apostrophe
  CHECK(FoundWords(f, "élection à Paris").empty());
  CHECK(FoundWords(WordFinder({}), "anything").empty());
}

TEST_CASE("MatchingClaimsOfEach finds what a LIKE scan per text and the word comparison find", "[graph]") {
  const std::string& db = claimgraph::testing::ExampleStore();
  auto reader = claimgraph::graph::Reader::Open(db);
  REQUIRE(reader.ok());
  claimgraph::testing::SqliteReader sql(db);
  std::vector<std::string> texts;
  std::istringstream rows(sql.Rows("SELECT text FROM tracked_claims ORDER BY id"));
  for (std::string line; std::getline(rows, line);) {
    texts.push_back(line);
    texts.push_back(line.substr(0, line.size() / 2));  // a fragment
  }
  texts.push_back("NATO");
  texts.push_back("élection à");  // no ASCII word: every claim a candidate
  texts.push_back("");
  REQUIRE(texts.size() > 20);
  const auto each = reader.value()->MatchingClaimsOfEach(texts);
  REQUIRE(each.size() == texts.size());
  size_t found = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i]);
    CHECK(each[i] == LikeScanMatches(sql, texts[i]));
    CHECK(each[i] == reader.value()->MatchingClaims(texts[i]));
    found += each[i].size();
  }
  CHECK(found >= texts.size() / 2);
}
