// Belief adjectives (issue 13, cue flag "adjective"): "confident that", "convinced that" say what
// their subject believes after a verb "be" ("is not convinced that": denied) or after a comma,
// where the sentence's subject holds it; never as a verb of persuading. Each on a short text
// written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimPolarity;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("', confident that ...' is the sentence subject's belief", "[claims][belief_adjectives]") {
  auto x = ExtractText(
      "Ann Wolcott spoke to reporters on Monday, confident that the bill would pass. Tom Reid left the "
      "talks early, convinced that the deal was dead.\n");
  CHECK(SpeakerOf(x, "the bill would pass") == "Ann Wolcott");
  CHECK(SpeakerOf(x, "the deal was dead") == "Tom Reid");
  const Claim* c = ClaimStarting(x, "the bill would pass");
  REQUIRE(c);
  CHECK(c->polarity == ClaimPolarity::kAsserted);
}

TEST_CASE("'X is not convinced that Y' is Y denied; 'remains optimistic that' holds it",
          "[claims][belief_adjectives]") {
  auto x = ExtractText(
      "Ben Ito and his allies are not convinced that the plan will work. Carla Ames remains optimistic "
      "that talks will resume.\n");
  const Claim* c = ClaimStarting(x, "the plan will work");
  REQUIRE(c);
  CHECK(SpeakerOf(x, "the plan will work") == "Ben Ito");
  CHECK(c->polarity == ClaimPolarity::kDenied);
  c = ClaimStarting(x, "talks will resume");
  REQUIRE(c);
  CHECK(SpeakerOf(x, "talks will resume") == "Carla Ames");
  CHECK(c->polarity == ClaimPolarity::kAsserted);
}

TEST_CASE("'convinced X that' persuades: no belief of the subject", "[claims][belief_adjectives]") {
  auto x = ExtractText("Tom Reid convinced the voters that the levy was fair.\n");
  CHECK(SpeakerOf(x, "the levy was fair") == "(no claim)");
}
