// A stance verb whose doer withholds it (issue 13): "was not ready to endorse X", "his refusal
// to endorse X", "stopped supporting X", "reluctant to back X" hold no support of X.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a support withheld through 'not ready to' inside a claim is no support", "[claims][stance]") {
  auto x = ExtractText("Mary Ellison said she was not ready to endorse Tom Berg.\n");
  CHECK(StanceEdges(x).find("Mary Ellison supports Tom Berg") == std::string::npos);
  // a readiness not withheld still supports
  auto y = ExtractText("Mary Ellison said she was ready to endorse Tom Berg.\n");
  CHECK(StanceEdges(y).find("Mary Ellison supports Tom Berg") != std::string::npos);
}

TEST_CASE("a refusal, a reluctance or a stop before a stance verb withholds it", "[claims][stance]") {
  auto x = ExtractText("The campaign was marked by Mary Ellison's refusal to endorse Tom Berg.\n");
  CHECK(StanceEdges(x).find("supports Tom Berg") == std::string::npos);
  auto y = ExtractText("Mary Ellison stopped supporting Tom Berg.\n");
  CHECK(StanceEdges(y).find("Mary Ellison supports Tom Berg") == std::string::npos);
  auto z = ExtractText("Mary Ellison was unwilling to endorse Tom Berg.\n");
  CHECK(StanceEdges(z).find("Mary Ellison supports Tom Berg") == std::string::npos);
  auto w = ExtractText("The board said it was not prepared to recommend the offer.\n");
  CHECK(StanceEdges(w).find("supports the offer") == std::string::npos);
}
