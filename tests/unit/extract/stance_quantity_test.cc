// A market quantity is measured, not judged (issue 13): "demand was strong" supports no
// "demand", a forecast that demand will outstrip supply opposes no one, "inflation will not be a
// problem" takes no side (stance_words.tsv's quantity class).
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("a measure said of a market quantity is no stance", "[claims][stance]") {
  auto x = ExtractText("Jane Holloway said demand was strong, allowing the firm to raise prices.\n");
  CHECK(Stances(x, "Jane Holloway").empty());
  auto y = ExtractText("Jane Holloway said the Scottish housing market remained robust.\n");
  CHECK(Stances(y, "Jane Holloway").empty());
  auto z = ExtractText("Jane Holloway said the economy was strong with unemployment at a record low.\n");
  CHECK(Stances(z, "Jane Holloway").empty());
  auto w = ExtractText("\"These numbers are good,\" said Jane Holloway.\n");
  CHECK(Stances(w, "Jane Holloway").empty());
}

TEST_CASE("a warning about a market quantity opposes nothing", "[claims][stance]") {
  auto x = ExtractText("Opec warned that demand for Norwegian gas would outstrip supply.\n");
  CHECK(Stances(x, "Opec").empty());
}

TEST_CASE("a quantity at the end of a clause taken as a target is no side", "[claims][stance]") {
  auto x = ExtractText(
      "\"Many traders think that consumer price inflation will not be a problem,\" said Paul Harker.\n");
  CHECK(Stances(x, "Paul Harker").empty());
}

TEST_CASE("a judged issue still takes a side beside the quantities", "[claims][stance]") {
  auto x = ExtractText("Jane Holloway said the new steel tariff was unfair.\n");
  CHECK(Stances(x, "Jane Holloway") == "opposes:the new steel tariff\n");
}

TEST_CASE("a market quantity blamed is a cause, no side opposed", "[claims][stance]") {
  auto x = ExtractText("Harold Finch blamed high steel prices for the losses.\n");
  CHECK(Stances(x, "Harold Finch").empty());
  auto y = ExtractText("Harold Finch blamed weak demand in Asia for the fall.\n");
  CHECK(Stances(y, "Harold Finch").empty());
  // a measure blamed is still opposed
  auto z = ExtractText("Harold Finch blamed the new steel tariff for the losses.\n");
  CHECK(Stances(z, "Harold Finch").find("opposes:the new steel tariff") != std::string::npos);
  // a name is no quantity
  auto n = ExtractText("Harold Finch praised Price for securing the post.\n");
  CHECK(Stances(n, "Harold Finch").find("supports:Price") != std::string::npos);
}
