// What a poll shows of where the names it opens with stand (issue 13): "A new poll shows Clinton
// and Trump in a dead heat", "shows Ames up by 10 points": a finding of the poll, a statement;
// "shows a close contest in the county" is a noun phrase only. On short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;

TEST_CASE("a poll's finding of where the names stand is a claim", "[claims][evidence]") {
  auto x = ExtractText(
      "A new county poll shows Ames and Brody in a dead heat in the north.\n\n"
      "A second poll shows Carla Ames up by 10 points in the south.\n\n"
      "A third poll shows a close contest in the county.\n");
  CHECK(ClaimStarting(x, "Ames and Brody in a dead heat") != nullptr);
  CHECK(ClaimStarting(x, "Carla Ames up by 10 points") != nullptr);
  CHECK(ClaimStarting(x, "a close contest") == nullptr);
}
