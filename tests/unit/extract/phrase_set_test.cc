// PhraseSet (extract/entities_lexicon.h): the gazetteers' phrases, matched over an article's tokens.
#include <catch2/catch.hpp>

#include <string>

#include "extract/entities_lexicon.h"
#include "text/segment.h"

using claimgraph::extract::MakeTokenView;
using claimgraph::extract::PhraseSet;

TEST_CASE("a PhraseSet keeps its phrases' words: the text added need not outlive it", "[entities][lexicon]") {
  PhraseSet set;
  {
    std::string phrase = "Bank of England";
    set.Add(phrase, 7);
    std::string shout = "NATO";
    set.Add(shout, 8);
    phrase.assign(phrase.size(), 'x');  // what the set read is gone
    shout.assign(shout.size(), 'y');
  }
  const std::string text = "The Bank of England and NATO said, but not the bank of england or Nato.";
  claimgraph::text::Segmented seg = claimgraph::text::Segment(text);
  auto tv = MakeTokenView(text, seg.tokens, false);
  uint32_t bank = 1, nato = 5, lower = 11, nato_case = 15;
  REQUIRE(tv.Text(bank) == "Bank");
  REQUIRE(tv.Text(nato) == "NATO");
  REQUIRE(tv.Text(lower) == "bank");
  REQUIRE(tv.Text(nato_case) == "Nato");
  const uint32_t end = static_cast<uint32_t>(seg.tokens.size());
  PhraseSet::Match m = set.LongestAt(tv, bank, end);
  CHECK(m.len == 3);
  CHECK(m.payload == 7);
  CHECK(set.LongestAt(tv, nato, end).payload == 8);
  CHECK(set.LongestAt(tv, lower, end).len == 0);      // capitals as listed
  CHECK(set.LongestAt(tv, nato_case, end).len == 0);  // an acronym in capitals only
  CHECK(set.LongestAt(tv, lower, end, PhraseSet::Case::kAny).len == 3);
  uint32_t payload = 0;
  CHECK(set.MatchesExactly(tv, bank, bank + 3, &payload));
  CHECK(payload == 7);
  CHECK_FALSE(set.MatchesExactly(tv, bank, bank + 2, &payload));
}

TEST_CASE("SegmentInto reuses a segmentation and gives what Segment gives", "[segment]") {
  claimgraph::text::Segmented reused;
  for (const char* text : {"Mr. Smith said so. He left.\nA new line", "One", "", "U.S. officials, 2005."}) {
    claimgraph::text::SegmentInto(text, 0, false, &reused);
    claimgraph::text::Segmented fresh = claimgraph::text::Segment(text);
    REQUIRE(reused.tokens.size() == fresh.tokens.size());
    for (size_t i = 0; i < fresh.tokens.size(); ++i) {
      CHECK(reused.tokens[i].start == fresh.tokens[i].start);
      CHECK(reused.tokens[i].end == fresh.tokens[i].end);
      CHECK(reused.tokens[i].capitalized == fresh.tokens[i].capitalized);
      CHECK(reused.tokens[i].all_caps == fresh.tokens[i].all_caps);
    }
    CHECK(reused.sentences.size() == fresh.sentences.size());
    CHECK(reused.paragraphs.size() == fresh.paragraphs.size());
  }
}

// SpeaksAt's words are the schema's: "according to" is the cue lexicon's `according` phrase, and
// "the" the definite article of name_words.tsv.
TEST_CASE("the entity lexicon reads 'according to' and 'the' from the schema", "[entities][lexicon]") {
  const auto& lex = claimgraph::extract::Lexicon::Get();
  CHECK(lex.IsDefinite("the"));
  CHECK_FALSE(lex.IsDefinite("a"));
  const std::string text = "According to Halifax, prices rose.";
  claimgraph::text::Segmented seg = claimgraph::text::Segment(text);
  auto tv = MakeTokenView(text, seg.tokens, false);
  uint32_t payload = 0;
  CHECK(lex.according().MatchesExactly(tv, 0, 2, &payload, PhraseSet::Case::kAny));
  CHECK_FALSE(lex.according().MatchesExactly(tv, 1, 3, &payload, PhraseSet::Case::kAny));
}
