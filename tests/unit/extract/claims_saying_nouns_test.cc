// Nouns of saying after a possessive (issue 13): "her acknowledgment that ...", "Comey's
// conclusion that ...", "his assurance that ..." report what the possessor said or holds. On
// short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("an acknowledgment, a conclusion, an assurance of the possessor", "[claims][saying_nouns]") {
  auto x = ExtractText(
      "Governor Carla Ames has been frank in her acknowledgment that she needs to raise taxes on the "
      "rich. Voters recalled Tom Reid's conclusion that the audit was extremely careless. Ann Lee gave "
      "her assurance that the bridge would open in May.\n");
  CHECK(SpeakerOf(x, "she needs to raise taxes on the rich") == "Carla Ames");
  CHECK(SpeakerOf(x, "the audit was extremely careless") == "Tom Reid");
  CHECK(SpeakerOf(x, "the bridge would open in May") == "Ann Lee");
}
