// "criticized what it called X", "blasted what he views as X" (issue 13): the free relative of a
// verb of naming or of seeing-as wraps the thing the stance is toward; the stance is toward X.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a stance toward 'what he called X' is toward X", "[claims][stance]") {
  auto x = ExtractText("Norway has criticized what it called Denmark's closure of its fishing grounds.\n");
  CHECK(StanceEdges(x).find("Norway opposes Denmark") != std::string::npos);
  auto y = ExtractText("Senator Halvorsen blasted what he views as the Liberals' political motives.\n");
  CHECK(StanceEdges(y).find("opposes called") == std::string::npos);
  CHECK(StanceEdges(y).find("Halvorsen opposes Liberal") != std::string::npos);
  auto z = ExtractText("Mayor Jane Okafor slammed what she called the awful legacy of the last council.\n");
  CHECK(StanceEdges(z).find("Jane Okafor opposes the awful legacy") != std::string::npos);
}

TEST_CASE("'what' before any other verb is no wrapper", "[claims][stance]") {
  auto x = ExtractText("Jane Okafor criticized what Tom Berg said.\n");
  CHECK(StanceEdges(x).find("Jane Okafor opposes Tom Berg") != std::string::npos);
}

TEST_CASE("a name after 'the people' / 'the figures' opens a relative clause without its pronoun",
          "[claims][stance]") {
  // "the shoppers Tesco questioned": Tesco questioned the shoppers; what the shoppers do is
  // neither Tesco's claim nor a side it takes
  auto x = ExtractText(
      "Shopping news\n\nMost of the British shoppers Tesco questioned buy their bread online. A third of "
      "the people Gallup interviewed rejected the plan.\n");
  CHECK(StanceEdges(x).find("Tesco") == std::string::npos);
  CHECK(StanceEdges(x).find("Gallup") == std::string::npos);
  for (const auto& c : x.claims) CHECK(c.text.rfind("buy their bread", 0) == std::string::npos);
  // a plural that describes the name, with no article before it, leaves the name the subject
  auto y = ExtractText("Shopping news\n\nRetail analysts Verdana criticised the plan.\n");
  CHECK(StanceEdges(y).find("Verdana opposes the plan") != std::string::npos);
}
