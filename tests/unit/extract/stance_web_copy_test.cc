// Stance in web copy that drops the apostrophe of a negated auxiliary (issue 13): "didnt
// adequately support members" read as support; and a verb used with "ahead" takes no object.
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
