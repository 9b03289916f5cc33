// Reported speech with its attribution in the middle of the sentence ("X, she said, Y") (issue 13),
// each on a short text written for the test: what goes on after the attribution, and the sentence
// after it.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a reason after a mid-sentence attribution is the speaker's: '..., she said, because ...'",
          "[claims][mid]") {
  auto x = ExtractText(
      "Raising the levy now is a mistake, Mayor Ruth Ellery said, because families are already paying "
      "more than they can afford. The old rule was a good one, Governor Tom Reid said, since most farms "
      "already follow it. The plan is dead, Reid said, as he left the hall.\n");
  const std::string because =
      "Raising the levy now is a mistake because families are already paying more than they can afford";
  CHECK(ClaimWithText(x, because) != nullptr);
  CHECK(SpeakerOf(x, because) == "Ruth Ellery");
  CHECK(ClaimWithText(x, "The old rule was a good one since most farms already follow it") != nullptr);
  // a time clause after the attribution stays the writer's
  CHECK(ClaimWithText(x, "The plan is dead") != nullptr);
}

TEST_CASE("a finite verb of speech after a mid-sentence attribution goes on the speaker's sentence",
          "[claims][mid]") {
  auto x = ExtractText(
      "The harbour council, Mayor Ruth Ellery said, called the new dam reckless. The river has lost a "
      "third of its water, estimates Tom Reid, report author and a senior adviser at the Delta Trust. "
      "The levy is unfair, Ellery said, calling for a vote.\n");
  CHECK(ClaimWithText(x, "The harbour council called the new dam reckless") != nullptr);
  CHECK(SpeakerOf(x, "The harbour council called") == "Ruth Ellery");
  // after a speaker named last, the words are the speaker's description ("report" is no verb here)
  CHECK(ClaimWithText(x, "The river has lost a third of its water") != nullptr);
  // a participle after the attribution is the speaker's own act, not part of what was said
  CHECK(ClaimWithText(x, "The levy is unfair") != nullptr);
}

TEST_CASE("reported speech with a mid-sentence attribution goes on in the next sentence's conditional",
          "[claims][mid]") {
  auto x = ExtractText(
      "The new levy, Governor Tom Reid said, would be repealed in May. Farmers would then pay less for "
      "their water.\n");
  CHECK(ClaimWithText(x, "The new levy would be repealed in May") != nullptr);
  CHECK(SpeakerOf(x, "Farmers would then pay less") == "Tom Reid");
}

TEST_CASE("a possessive description and a verb of speech after a comma open another attribution",
          "[claims]") {
  // the criticism's content ends at the comma: what the aide says is no part of it
  auto x = ExtractText("Tom Pike criticised the budget, his chief aide says the plan is weak.\n");
  CHECK(ClaimWithText(x, "the budget") != nullptr);
  CHECK(ClaimWithText(x, "the plan is weak") != nullptr);
  // nor is the attribution part of the evidence of the stance before it
  auto y = ExtractText("Ann Rowe opposed the levy, her campaign said on Monday.\n");
  for (const auto& r : y.relations)
    if (r.type == "opposes") CHECK(r.evidence == "opposed the levy");
}
