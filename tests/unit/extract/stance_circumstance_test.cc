// Stance phrases and where they stand (issue 13): a stance noun in a phrase that sets the scene
// ("after the attack on X") names an event, not an act of the sentence's subject; "in support of"
// is a side, as "in favour of" is; a judgement word after an object pronoun or "is" ("making him
// deeply frustrated") is an adjective, no verb with an object.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;
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

TEST_CASE("a judgement word after an object pronoun or 'is' is an adjective, not a verb with an object",
          "[claims][stance]") {
  // "frustrated" was read as a verb whose object was the name after it
  CHECK(StanceEdges(ExtractText("Tom Pike's plans are failing him, and it is making him deeply frustrated "
                                "Ann Rowe:\n")) == "");
  CHECK(StanceEdges(ExtractText("It is disappointing Ann Rowe still does not accept that.\n")) == "");
  // the verb itself still takes its object
  CHECK(StanceEdges(ExtractText("Tom Pike deeply disappointed Ann Rowe.\n")) ==
        "Tom Pike opposes Ann Rowe\n");
}
