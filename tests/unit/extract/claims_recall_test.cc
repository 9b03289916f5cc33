// Reported speech that was missed (issue 13, PolNeAR recall): each construction on a short text
// written for the test, with a near one that must stay as it was.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a belief or speech whose clause has a modal verb ('could', 'must') is a claim",
          "[claims][recall]") {
  auto x = ExtractText(
      "Governor Hal Brenner hopes his campaign could score a turnaround in the south. Senator Ruth Adair "
      "said \"local forces\" must lead the fight. Mayor Tom Ives hopes a quick victory.\n");
  CHECK(SpeakerOf(x, "his campaign could score a turnaround") == "Hal Brenner");
  CHECK(SpeakerOf(x, "local forces must lead the fight") == "Ruth Adair");
  // a hope for a noun phrase is no statement
  CHECK(ClaimStarting(x, "a quick victory") == nullptr);
}

TEST_CASE("a description opening the sentence with a capitalized article speaks, unnamed",
          "[claims][recall]") {
  auto x = ExtractText(
      "Ann Lowe spoke at the rally on Tuesday. A voter said, \"We all know how she feels about the police.\" "
      "The figures include delegates and superdelegates.\n");
  const auto* c = ClaimStarting(x, "We all know how she feels");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  // what figures include is no one's statement
  CHECK(ClaimStarting(x, "delegates and superdelegates") == nullptr);
}
