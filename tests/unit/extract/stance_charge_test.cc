// What a charge says someone did is no side the sentence's subject takes (issue 13): "a crackdown
// targeting those suspected of supporting Gulen" is no support of Gulen by Erdogan.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("a stance verb inside a charge is not the subject's stance", "[claims][stance]") {
  auto x = ExtractText(
      "Recep Tayyip Erdogan has led a crackdown targeting those suspected of supporting Fethullah Gulen.\n");
  CHECK(Stances(x, "Recep Tayyip Erdogan").find("supports") == std::string::npos);
  auto y = ExtractText(
      "Turkey has backed Qatar after Saudi Arabia cut ties, accusing Doha of supporting terrorism.\n");
  CHECK(Stances(y, "Turkey").find("supports:terrorism") == std::string::npos);
  auto z = ExtractText("Michael Howard was accused of secretly backing the plan.\n");
  CHECK(Stances(z, "Michael Howard").empty());
}

TEST_CASE("a stance verb outside a charge is still the subject's", "[claims][stance]") {
  auto x = ExtractText("Recep Tayyip Erdogan is proud of supporting Fethullah Gulen.\n");
  CHECK(Stances(x, "Recep Tayyip Erdogan").find("supports") != std::string::npos);
  auto y = ExtractText("Turkey has backed Qatar.\n");
  CHECK(Stances(y, "Turkey") == "supports:Qatar\n");
}
