// The closed-class word sets the claim rules read (subject pronouns, the prepositions of a
// quote's setting, ...) are data: "grammar" rows of lexicons/claims_words.tsv, whose value names
// the set; a row naming no known set is a load error naming the file and line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/claims/view.h"

using namespace claimgraph::extract::claims;

TEST_CASE("grammar rows give their words the set their value names", "[claims][lexicon]") {
  std::vector<std::string> problems;
  auto words = ReadGrammarWords("He\tgrammar\tsubject\nvia\tgrammar\twhere\nmayor\tperson\t\n", &problems);
  REQUIRE(problems.empty());
  REQUIRE(words.size() == 2);
  CHECK(words[0] == std::pair<std::string, uint16_t>("he", kSubjectPronoun));
  CHECK(words[1] == std::pair<std::string, uint16_t>("via", kSettingPrep));
}

TEST_CASE("a grammar row naming an unknown set is a load error naming file and line", "[claims][lexicon]") {
  std::vector<std::string> problems;
  auto words = ReadGrammarWords("# sets\nand\tgrammar\tjoin\nbut\tgrammar\tjoins\n", &problems);
  CHECK(words.size() == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:3: unknown grammar set 'joins'");
}

TEST_CASE("the shipped grammar sets hold the words the rules were written for", "[claims][lexicon]") {
  const Lexicons& lex = Lex();
  auto in = [&](const char* w, uint16_t set) {
    const WordInfo* info = lex.Word(w);
    return info && (info->grammar & set);
  };
  CHECK(in("she", kSubjectPronoun));
  CHECK_FALSE(in("her", kSubjectPronoun));
  CHECK(in("during", kSettingPrep));
  CHECK(in("however", kAsideOpener));
  CHECK(in("although", kClauseOpener));
  CHECK_FALSE(in("said", kClauseOpener));
}
