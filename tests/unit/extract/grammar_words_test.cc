// The closed-class word sets the claim rules read (subject pronouns, the prepositions of a
// quote's setting, ...) are data: "grammar" rows of lexicons/claims_words.tsv, whose value names
// the set; a row naming no known set is a load error naming the file and line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/claims/view.h"

using namespace claimgraph::extract::claims;

namespace {

// The GrammarSet bits the rows read into lex give the word `w` (0: none).
uint64_t GrammarOf(const Lexicons& lex, const std::string& w) {
  auto it = lex.words.find(w);
  return it == lex.words.end() ? 0 : it->second.grammar;
}

}  // namespace

TEST_CASE("grammar rows give their words the set their value names", "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords("He\tgrammar\tsubject\nvia\tgrammar\twhere\nmayor\tperson\t\n", &lex, &problems);
  REQUIRE(problems.empty());
  CHECK(GrammarOf(lex, "he") == kSubjectPronoun);
  CHECK(GrammarOf(lex, "via") == kSettingPrep);
  CHECK(GrammarOf(lex, "mayor") == 0);
}

TEST_CASE("a grammar row naming an unknown set is a load error naming file and line", "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords("# sets\nand\tgrammar\tjoin\nbut\tgrammar\tjoins\n", &lex, &problems);
  CHECK(GrammarOf(lex, "and") == kSpeakerJoin);
  CHECK(GrammarOf(lex, "but") == 0);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:3: unknown grammar set 'joins'");
}

// The file is parsed once: the word classes and the grammar sets come from the same rows, so a
// malformed line is one problem (a second reading reported it twice, and the load error said
// "(and 1 more)").
TEST_CASE("a malformed line of claims_words.tsv is reported once, naming file and line",
          "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords("he\tgrammar\tsubject\nmayor\nvia\tgrammar\twhere\n", &lex, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:2: malformed row: 1 tab-separated fields, expected 2 to 4");
  CHECK(GrammarOf(lex, "via") == kSettingPrep);  // the rows after it are read
}

// Each row once: a repeated row (any case of the word, the same class and values) is a problem
// naming both lines; a word of one class with other values is no repeat ("in" is in several sets).
TEST_CASE("a repeated row of claims_words.tsv is reported, naming both lines", "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords("Friday\ttimeword\t\nin\tgrammar\twhere\nin\tgrammar\taside\nfriday\ttimeword\t\n", &lex,
                 &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:4: repeats line 1");
  CHECK(GrammarOf(lex, "in") == (kSettingPrep | kAsideOpener));
  // an aux row's value is "verb" or nothing, reported with the other problems of the file
  problems.clear();
  ReadClaimWords("has\taux\tverb\nalso\taux\t\nwas\taux\tverbs\n", &lex, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:3: an aux row's value is 'verb' or nothing, not 'verbs'");
  CHECK(GrammarOf(lex, "has") == kAuxVerb);
  // an org row's value is "media" or nothing
  problems.clear();
  ReadClaimWords("network\torg\tmedia\nfund\torg\t\nagency\torg\tpress\n", &lex, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:3: an org row's value is 'media' or nothing, not 'press'");
  CHECK(lex.words["network"].media);
  CHECK(!lex.words["fund"].media);
}

// A word of a class is listed once: the row of its class names the grammar sets it is in besides.
TEST_CASE("a row's fourth field puts its word in more grammar sets", "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords(
      "should\tmodal\t\tclause obligation\nhe\tpronoun\tm\tsubject\nought\tgrammar\tobligation\n"
      "can\tmodal\t\tclauses\n",
      &lex, &problems);
  CHECK(GrammarOf(lex, "should") == (kClauseModal | kObligation));
  CHECK((lex.words.at("should").classes & kModal) != 0);
  CHECK(GrammarOf(lex, "he") == kSubjectPronoun);
  CHECK(lex.words.at("he").gender == 'm');
  CHECK(GrammarOf(lex, "ought") == kObligation);
  CHECK(GrammarOf(lex, "can") == 0);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_words.tsv:4: unknown grammar set 'clauses'");
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
  // the modal and pronoun rows' sets
  CHECK(in("must", kClauseModal));
  CHECK(in("must", kObligation));
  CHECK(in("would", kClauseModal));
  CHECK_FALSE(in("could", kObligation));
  CHECK_FALSE(in("cannot", kClauseModal));
  CHECK(in("we", kAgentPronoun));
  CHECK(in("it", kSubjectPronoun));
  CHECK_FALSE(in("it", kAgentPronoun));
  // the function words the rules compared one by one
  CHECK(in("which", kRelative));
  CHECK(in("that", kRelative));
  CHECK_FALSE(in("whose", kRelative));
  CHECK(in("an", kIndefinite));
  CHECK_FALSE(in("the", kIndefinite));
}

// The words the claim rules used to spell out in code ("that", "to", "and", "but", "who",
// "whose", "where", "of") are rows of claims_words.tsv; the sets past the 32nd bit load too.
TEST_CASE("the claim rules' clause words are grammar rows of the schema", "[claims][lexicon]") {
  std::vector<std::string> problems;
  Lexicons lex;
  ReadClaimWords("to\tgrammar\tinfinitive\nwhose\tgrammar\twh\nthat\tgrammar\trelative\tcomplement\n", &lex,
                 &problems);
  REQUIRE(problems.empty());
  CHECK(GrammarOf(lex, "to") == kInfinitive);
  CHECK(GrammarOf(lex, "whose") == kWhRelative);
  CHECK(GrammarOf(lex, "that") == (kRelative | kComplement));
  const Lexicons& loaded = Lex();
  CHECK(GrammarOf(loaded, "to") & kInfinitive);
  CHECK(GrammarOf(loaded, "that") & kComplement);
  CHECK(GrammarOf(loaded, "but") & kCoord);
  CHECK(GrammarOf(loaded, "and") & kCoord);
  CHECK(GrammarOf(loaded, "about") & kTopic);
  CHECK(GrammarOf(loaded, "where") & kRelAdverb);
  for (const char* w : {"who", "whom", "whose", "which"}) CHECK(GrammarOf(loaded, w) & kWhRelative);
  CHECK_FALSE(GrammarOf(loaded, "that") & kWhRelative);  // "that" may open a clause of its own
}
