// Stance inside reported speech of another's: what others say, think or warn in a speaker's words
// is their stance, not the speaker's ("Pew said half of all users say they would stop using search
// engines"), and what the speaker says in a clause of their own after it stays the speaker's.
// Short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("a stance that unnamed people report in a speaker's words is not the speaker's",
          "[claims][stance][reported]") {
  CHECK(
      StanceEdges(ExtractText("Survey news\n\nThe Lunar Institute said: \"Nearly half of all users say they "
                              "would stop using search engines if they were misled.\"\n")) == "");
  CHECK(StanceEdges(ExtractText("Survey news\n\nThe Lunar Institute said that voters say they oppose the "
                                "war.\n")) == "");
  // the speaker's own words still judge
  CHECK(StanceEdges(ExtractText("Survey news\n\nThe Lunar Institute said the war was a disaster.\n")) ==
        "Lunar Institute opposes the war\n");
}

TEST_CASE("a named one's warning in a speaker's words is not the speaker's stance toward either",
          "[claims][stance][reported]") {
  // (the one who warns opposes the war, in a claim of his own; the speaker who reports it does not)
  auto x = ExtractText(
      "War advice\n\nPhilip Marsh said Lord Dalton warned Tony Blair in March that the Iraq war could be "
      "illegal.\n");
  CHECK(Stances(x, "Philip Marsh") == "");
}

TEST_CASE("after another's words, the speaker's own clause is the speaker's again",
          "[claims][stance][reported]") {
  // a clause with "I" as its subject
  CHECK(StanceEdges(ExtractText("Rugby news\n\n\"Eddie told me how tough they had made it and I will scrap "
                                "the old plan,\" said Clive Warden.\n")) ==
        "Clive Warden opposes the old plan\n");
  // a belief of the speaker's own ("I am confident that")
  CHECK(Stances(ExtractText("Results\n\n\"I am confident that we will show a meaningful increase in "
                            "earnings,\" said Tony Brill.\n"),
                "Tony Brill") == "proposed:show a meaningful increase in earnings\n");
}
