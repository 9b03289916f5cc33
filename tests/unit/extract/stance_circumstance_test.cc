// A stance noun in a phrase that sets the scene ("after the attack on X") names an event, not an
// act of the sentence's subject (issue 13).
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("a definite stance noun after a preposition of circumstance is no act of the subject",
          "[claims][stance]") {
  auto x = ExtractText("The Houston shooting came two days after the attack on Dallas police.\n");
  CHECK(Stances(x, "Houston").empty());
  auto y = ExtractText("Azzam Tamimi said the main issue was what he referred to as the war on Iraq.\n");
  CHECK(Stances(y, "Azzam Tamimi").find("opposes:Iraq") == std::string::npos);
  // a stance noun the subject gives stays theirs
  auto z = ExtractText("Michael Howard launched an attack on Gordon Brown.\n");
  CHECK(Stances(z, "Michael Howard") == "opposes:Gordon Brown\n");
}
