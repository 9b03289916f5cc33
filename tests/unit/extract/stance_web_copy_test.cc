// Stance in web copy that drops the apostrophe of a negated auxiliary (issue 13): "didnt
// adequately support members" read as support; a verb used with "ahead" takes no object; and a
// sentence end that lost its space ("the plan.The vote") ends what a stance is about.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a negated auxiliary written without its apostrophe negates", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText(
            "Jane Ferguson reports that the managers didnt adequately support their staff.\n")) == "");
  // support withheld opposes, as with the apostrophe
  CHECK(StanceEdges(ExtractText("Tony Blair doesnt support Gordon Brown.\n")) ==
        "Tony Blair opposes Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("Tony Blair doesn't support Gordon Brown.\n")) ==
        "Tony Blair opposes Gordon Brown\n");
}

TEST_CASE("a stance verb before 'ahead' has no object", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("As the Republicans charged ahead, the Democrats waited.\n")) == "");
}

TEST_CASE("a sentence end that lost its space ends the stance and its evidence", "[claims][stance]") {
  auto x = ExtractText("Senator Ann Rowe praised the levy.Tom Pike, the mayor, was not at the vote.\n");
  CHECK(StanceEdges(x) == "Ann Rowe supports the levy\n");
  for (const auto& r : x.relations)
    if (r.type == "supports") CHECK(r.evidence == "praised the levy");
  // the glued sentence that follows is read on its own: its speaker is its own subject
  CHECK(StanceEdges(ExtractText("The club lost again.Coach Dan Hale criticised the referee.\n")) ==
        "Dan Hale opposes the referee\n");
}
