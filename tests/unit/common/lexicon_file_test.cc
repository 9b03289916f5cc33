// Lexicon files are read with checks: a malformed row or an unknown class is a
// load error naming the file and the line, never a row dropped in silence.
#include "common/lexicon_file.h"

#include <catch2/catch.hpp>

#include "extract/stages.h"

using claimgraph::internal::LexiconProblems;
using claimgraph::internal::LexiconSpec;
using claimgraph::internal::ReadLexicon;

TEST_CASE("a lexicon row with an unknown class or too few fields is an error naming file and line",
          "[lexicon]") {
  std::string data =
      "# words\n"
      "President\ttitle\t\n"
      "Vice\ttitel\n"
      "\n"
      "Senator\n"
      "Gov.\ttitle\tm\textra\n"
      "\tmodifier\n"
      "Defense\tmodifier\n";
  std::vector<std::string> problems;
  auto rows =
      ReadLexicon("lexicons/test_words.tsv", data, LexiconSpec{2, 3, {"title", "modifier"}}, &problems);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0] == "President");
  CHECK(rows[0].line == 2);
  CHECK(rows[1][0] == "Defense");
  CHECK(rows[1].line == 8);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == "lexicons/test_words.tsv:3: unknown class 'titel'");
  CHECK(problems[1] == "lexicons/test_words.tsv:5: malformed row: 1 tab-separated fields, expected 2 to 3");
  CHECK(problems[2] == "lexicons/test_words.tsv:6: malformed row: 4 tab-separated fields, expected 2 to 3");
  CHECK(problems[3] == "lexicons/test_words.tsv:7: empty first field");
}

TEST_CASE("a lexicon without a class list takes any second field", "[lexicon]") {
  std::vector<std::string> problems;
  auto rows = ReadLexicon("lexicons/any.tsv", "a\tb\r\nc\td\n", LexiconSpec{2, 2, {}}, &problems);
  CHECK(problems.empty());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][1] == "b");  // a CRLF line end is not part of the field
  CHECK(rows[1].line == 2);
}

TEST_CASE("an optional class may be left out, but one that is given must be known", "[lexicon]") {
  // gazetteers/first_names.tsv: a given name, and its gender where known
  std::vector<std::string> problems;
  auto rows = ReadLexicon("gazetteers/names.tsv", "Aaron\tm\nRobin\nKim\tx\n",
                          LexiconSpec{1, 2, {"m", "f", "u"}}, &problems);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][0] == "Robin");
  CHECK(rows[1][1].empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "gazetteers/names.tsv:3: unknown class 'x'");
}

TEST_CASE("a flag in the third field must be known", "[lexicon]") {
  // gazetteers/org_context.tsv: a word, where it stands, and "initial" where it counts first in a sentence
  std::vector<std::string> problems;
  auto rows = ReadLexicon("gazetteers/org_context.tsv",
                          "carmaker\tbefore\tinitial\nband\tbefore\nfirm\tbefore\tinital\n",
                          LexiconSpec{2, 3, {"before", "after"}, {"initial"}}, &problems);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][2] == "initial");
  CHECK(rows[1][0] == "band");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "gazetteers/org_context.tsv:3: unknown flag 'inital'");
}

TEST_CASE("every lexicon and gazetteer in schema/ loads without a problem", "[lexicon]") {
  auto status = claimgraph::extract::LoadLexicons();
  INFO(status.message());
  CHECK(status.ok());
  CHECK(LexiconProblems().empty());
}
