// Reported speech of news writing that the claim stages read (issue 13), each on a short text
// written for the test: a content that ends in a sign written onto a number ("risen by 20%").
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a content keeps the sign written onto its last number: 'risen by 20%'", "[claims][margin]") {
  auto x = ExtractText(
      "Rents had risen by 20%, Mayor Ruth Ellery told the council. Governor Tom Reid said the river "
      "had warmed by 3%. The tax take fell 4%, Reid added, before the budget.\n");
  CHECK(ClaimWithText(x, "Rents had risen by 20%") != nullptr);
  CHECK(SpeakerOf(x, "Rents had risen by 20%") == "Ruth Ellery");
  CHECK(ClaimWithText(x, "the river had warmed by 3%") != nullptr);
  CHECK(ClaimWithText(x, "The tax take fell 4%") != nullptr);
}
