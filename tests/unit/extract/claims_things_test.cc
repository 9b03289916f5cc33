// Verbs that take a thing as well as a statement (issue 13, cue flag "thing"): "Federer claims
// Dubai crown", "Portsmouth claimed a draw at Anfield" claim a prize (claims_words.tsv's prize
// set), not a statement; "claimed vast wealth" is said; with a verb
// of its own ("claims he's worth $10 billion", "claimed the rival had cheated", "an incident which
// Kidman claims left her fearful") what follows is one. Each on a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'X claims Dubai crown' is no claim; 'X claims he is ...' is", "[claims][things]") {
  auto x = ExtractText(
      "Tom Reid claims Dubai crown\n\nAnn Wolcott claimed a draw at Anfield on Saturday. Ben Ito claims "
      "he's worth ten billion dollars. Carla Ames claimed the rival team had cheated. The levy, which "
      "Dan Lowe claims left him broke, was scrapped. Eve Park claimed vast wealth and a house in Leeds.\n");
  CHECK(SpeakerOf(x, "Dubai crown") == "(no claim)");
  CHECK(SpeakerOf(x, "a draw at Anfield") == "(no claim)");
  CHECK(SpeakerOf(x, "he's worth ten billion dollars") == "Ben Ito");
  CHECK(SpeakerOf(x, "the rival team had cheated") == "Carla Ames");
  CHECK(SpeakerOf(x, "left him broke") == "Dan Lowe");
  // (no prize: what one claims to have is said)
  CHECK(SpeakerOf(x, "vast wealth") == "Eve Park");
}

TEST_CASE("a stance or belief cue followed only by a prepositional phrase says nothing", "[claims][things]") {
  // a headline's passive: Yukos is accused, it says nothing
  auto x = claimgraph::testing::ExtractText(
      "Yukos accused of lying to court\n\nFinlay Calder fears for Scottish rugby.\n");
  CHECK(x.claims.empty());
  // a clause after the phrase is a statement
  auto y = claimgraph::testing::ExtractText(
      "Wells Fargo Bank said with rates at their current level, inflation would rise to its target.\n");
  CHECK(claimgraph::testing::SpeakerOf(y, "with rates at their current level, inflation") ==
        "Wells Fargo Bank");
}
