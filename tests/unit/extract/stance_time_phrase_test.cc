// A stance target and the time phrase after it (issue 13): "last night", "next year" end the thing
// as "this week" does; and a phrase judged by "X were wrong" whose subject runs back into an aside
// has no subject the reader can trust; the medium it was said on ("on Twitter") ends the thing too.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("'last' or 'next' before a word of time opens a time phrase that ends the stance target",
          "[claims][stance]") {
  auto x = ExtractText("Helen Marsh welcomed the decision last night.\n");
  CHECK(Stances(x, "Helen Marsh") == "supports:the decision\n");
  auto y = ExtractText("Helen Marsh criticised the council's plan last month.\n");
  CHECK(Stances(y, "Helen Marsh") == "opposes:the council's plan\n");
  // a time alone is still no target
  auto z = ExtractText("Helen Marsh criticised the last year.\n");
  CHECK(Stances(z, "Helen Marsh").empty());
}

TEST_CASE("a judged subject that runs back into an aside is not known: no target", "[claims][stance]") {
  auto x = ExtractText(
      "The treaty, signed at the Nordic Council on Friday, also showed fears of a rift between farmers and "
      "fishermen were \"wrong\", Mr Haldane said.\n");
  CHECK(Stances(x, "Haldane").find("Nordic Council") == std::string::npos);
  CHECK(Stances(x, "Haldane").find("showed") == std::string::npos);
}

TEST_CASE("the medium a stance was taken on is no part of its object", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Senator Charles Grassley praised the remarks on Twitter.\n")) ==
        "Charles Grassley supports the remarks\n");
  CHECK(StanceEdges(ExtractText("Tom Pike attacked the new rules on his Twitter account.\n")) ==
        "Tom Pike opposes the new rules\n");
  // a medium that names what the thing is about stays in it
  CHECK(StanceEdges(ExtractText("Tom Pike criticized the rules on Facebook data.\n")) ==
        "Tom Pike opposes the rules on Facebook data\n");
}
