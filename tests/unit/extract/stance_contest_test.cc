// Sport reports: a match, its play and a contest read as a side taken against the other team
// (BBC sport: "the play we saw against Wales", "The tackle on Heinze was terrible").
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("against a team in a content about a game is a contest", "[claims][stance]") {
  CHECK(Stances(ExtractText("Coach Tom Barker said: \"Everyone wants to see the sort of play we saw against "
                            "Wales.\"\n"),
                "Tom Barker")
            .empty());
  // an act against X still opposes X
  CHECK(Stances(ExtractText("Senator Jane Cole said: \"We will fight against the new tax.\"\n"), "Jane Cole")
            .find("opposes:the new tax\n") != std::string::npos);
}

TEST_CASE("a word of play after a determiner is its noun, no act", "[claims][stance]") {
  CHECK(Stances(ExtractText("Manager Ted Mills said: \"The tackle on Gary Pratt was terrible.\"\n"),
                "Ted Mills")
            .empty());
  // the verb still opposes what it tackles
  CHECK(Stances(ExtractText("Senator Jane Cole said: \"We must tackle the deficit.\"\n"), "Jane Cole")
            .find("opposes:the deficit\n") != std::string::npos);
}
