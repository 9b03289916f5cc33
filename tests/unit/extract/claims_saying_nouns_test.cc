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

TEST_CASE("a belief adjective after 'remain' or 'came away'", "[claims][saying_nouns]") {
  // "remain confident that", "came away convinced that" hold what follows as "is convinced that"
  // does; without "that" ("remain confident despite ...") there is no statement
  auto x = ExtractText(
      "Ann Lee and other union leaders remain confident that they can keep their members. Each time, "
      "Tom Reid came away convinced that Carla Ames was the better choice. Senator Ben Marsh remained "
      "confident despite a few early defections.\n");
  CHECK(SpeakerOf(x, "they can keep their members") == "Ann Lee");
  CHECK(SpeakerOf(x, "Carla Ames was the better choice") == "Tom Reid");
  CHECK(SpeakerOf(x, "despite a few early defections") == "(no claim)");
}
