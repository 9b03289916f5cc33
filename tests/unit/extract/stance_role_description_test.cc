// A role that takes a side after a joined description (issue 13): "X, a vegan and Peta
// supporter," supports Peta as "X, a Peta supporter," does.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a side-taking role after 'a N and' keeps its holder", "[claims][stance]") {
  auto x = ExtractText("Mary Ellison, a lawyer and longtime Tom Berg critic, spoke on Monday.\n");
  CHECK(StanceEdges(x).find("Mary Ellison opposes Tom Berg") != std::string::npos);
  auto y = ExtractText("Mary Ellison, a vegan and a Greenpeace supporter, spoke on Monday.\n");
  CHECK(StanceEdges(y).find("Mary Ellison supports Greenpeace") != std::string::npos);
  // two people listed are no description of one
  auto z = ExtractText("Mary Ellison, a lawyer and Tom Berg, spoke on Monday.\n");
  CHECK(StanceEdges(z).empty());
}
