// "X said," then a condition set off by commas before the speaker's clause (issue 13): "She said,
// if elected, she would ...", "he says, win or lose, he is staying": the condition and the clause
// are what was said; where it was said ("said, in a statement, ...") and the writer's own clause
// ("said, as he left, ...") are not. Each on a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a condition set off by commas after 'X said,' opens what was said", "[claims][speech]") {
  auto x = ExtractText(
      "Mara Quint said, if elected, she would reopen the rail line to Dunmore.\n\n"
      "Tom Ashby says, win or lose in the primary, he is staying in the race.\n");
  CHECK(SpeakerOf(x, "if elected, she would reopen the rail line") == "Mara Quint");
  CHECK(SpeakerOf(x, "win or lose in the primary, he is staying") == "Tom Ashby");
}

TEST_CASE("no condition read where the words after 'X said,' are the writer's", "[claims][speech]") {
  auto x = ExtractText(
      "Tom Ashby said, as he left the hall, the rail line would reopen.\n\n"
      "Mara Quint said, in a statement, the rail line would reopen.\n");
  CHECK(ClaimStarting(x, "as he left the hall") == nullptr);
  CHECK(ClaimStarting(x, "in a statement") == nullptr);
}
