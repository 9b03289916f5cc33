// A stance's target is a thing, never the manner of the verb (issue 13): "we support them fully"
// supports no "fully", "not defending properly" opposes no "properly".
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("an object pronoun is the object, and the adverb after it no target", "[claims][stance]") {
  auto x = ExtractText("Jason Robinson said: \"We support them fully.\"\n");
  CHECK(Stances(x, "Jason Robinson").find("fully") == std::string::npos);
  auto y = ExtractText("James Dobson said: \"I condemn them entirely.\"\n");
  CHECK(Stances(y, "James Dobson").find("entirely") == std::string::npos);
  // a thing after the verb stays its target
  auto z = ExtractText("Jason Robinson said: \"We support the new coach fully.\"\n");
  CHECK(Stances(z, "Jason Robinson").find("supports:the new coach") != std::string::npos);
}

TEST_CASE("adverbs alone are a manner, not a thing", "[claims][stance]") {
  auto x = ExtractText("The Republicans backed it publicly or privately.\n");
  CHECK(Stances(x, "Republican Party").empty());
  auto y = ExtractText("Jose Mourinho said his team were not defending properly.\n");
  CHECK(Stances(y, "Jose Mourinho").empty());
}
