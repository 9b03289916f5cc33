// Stance phrases and where they stand (issue 13): a stance noun in a phrase that sets the scene
// ("after the attack on X") names an event, not an act of the sentence's subject; "in support of"
// is a side, as "in favour of" is.
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

TEST_CASE("being in support of something supports it, as being in favour of it does", "[claims][stance]") {
  auto x = ExtractText("Mike DAngelo was in support of the Veterans Court.\n");
  CHECK(Stances(x, "Mike DAngelo") == "supports:Veterans Court\n");
  auto y = ExtractText("Mike DAngelo was in favour of the Veterans Court.\n");
  CHECK(Stances(y, "Mike DAngelo") == "supports:Veterans Court\n");
}
