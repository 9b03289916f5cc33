// What one "can't be" or "must be" (issue 13): "Iran can't be trusted", "the regime must be
// condemned" are the speaker's verdict on the subject, where "X has been criticized" only reports
// what others did.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a side-taking verb after a modal and 'be' is the speaker's verdict on the subject",
          "[claims][stance]") {
  auto x = ExtractText("Mary Ellison said Norway cannot be trusted.\n");
  CHECK(StanceEdges(x).find("Mary Ellison opposes Norway") != std::string::npos);
  auto y = ExtractText("Mary Ellison said Norway must be condemned.\n");
  CHECK(StanceEdges(y).find("Mary Ellison opposes Norway") != std::string::npos);
  auto z = ExtractText("Mary Ellison said Norway should be praised.\n");
  CHECK(StanceEdges(z).find("Mary Ellison supports Norway") != std::string::npos);
}

TEST_CASE("a reported passive or a verb that takes no side stays no verdict", "[claims][stance]") {
  auto x = ExtractText("Mary Ellison said Norway has been criticized.\n");
  CHECK(StanceEdges(x).find("Mary Ellison opposes Norway") == std::string::npos);
  auto y = ExtractText("Mary Ellison said Norway will be criticized by Sweden.\n");
  CHECK(StanceEdges(y).find("Mary Ellison opposes Norway") == std::string::npos);
  auto z = ExtractText("Mary Ellison said the Norway result cannot be determined.\n");
  CHECK(StanceEdges(z).find("Mary Ellison") == std::string::npos);
}

TEST_CASE("a forecast that others will judge is no verdict of the speaker's", "[claims][stance]") {
  // (review finding: every modal was read as "must be")
  CHECK(StanceEdges(ExtractText("Mary Ellison said Norway will be criticized.\n")).empty());
  CHECK(StanceEdges(ExtractText("Gordon Brown said the budget would be criticised whatever it contained.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("Gordon Brown said the deal would be welcomed.\n")).empty());
  // an obligation or a negated modal still is
  CHECK(StanceEdges(ExtractText("Jack Straw said Iran must be condemned.\n")) == "Jack Straw opposes Iran\n");
}
