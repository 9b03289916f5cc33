// Closing attributions whose source is a description and a name (issue 13): "..., says political
// scientist Ida Marsk.", "..., said the firm's chief executive, Tom Hale.", "..., foreign affairs
// ministry spokesman Omar Tazi said.": the name speaks, and neither the description nor the name
// is part of what was said. Each on a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a closing attribution: a description before the name after the cue", "[claims][sources]") {
  auto x = ExtractText(
      "The harbour will silt up within a decade, says marine geologist Ida Marsk.\n\n"
      "The mill is struggling to pay its suppliers, said the firm's chief executive, Tom Hale.\n\n"
      "Bread prices will rise again in the spring, said the bakery's manager, Paul Venn.\n");
  CHECK(SpeakerOf(x, "The harbour will silt up") == "Ida Marsk");
  CHECK(SpeakerOf(x, "The mill is struggling") == "Tom Hale");
  CHECK(SpeakerOf(x, "Bread prices will rise") == "Paul Venn");
  const auto* c = ClaimStarting(x, "The mill is struggling");
  REQUIRE(c != nullptr);
  CHECK(c->text == "The mill is struggling to pay its suppliers");
}

TEST_CASE("a closing attribution: a description before the name before the cue", "[claims][sources]") {
  auto x = ExtractText(
      "Two of the passengers held French passports, foreign affairs ministry spokesman Omar Tazi said.\n\n"
      "The vote will be close in the north, veteran party strategist Ann Lowe says.\n");
  CHECK(SpeakerOf(x, "Two of the passengers held") == "Omar Tazi");
  CHECK(SpeakerOf(x, "The vote will be close") == "Ann Lowe");
}

TEST_CASE("a description after the named source is not what was said", "[claims][sources]") {
  auto x = ExtractText(
      "The mill is struggling to pay its suppliers, said Tom Hale, the firm's chief executive.\n");
  const auto* c = ClaimStarting(x, "The mill is struggling");
  REQUIRE(c != nullptr);
  CHECK(c->text == "The mill is struggling to pay its suppliers");
  CHECK(SpeakerOf(x, "The mill is struggling") == "Tom Hale");
}

TEST_CASE("no described source without a noun for a person before the name", "[claims][sources]") {
  auto x = ExtractText("The ferry will not run this winter, an admission the Harbour Board regrets.\n");
  CHECK(ClaimStarting(x, "The ferry will not run") == nullptr);
}

TEST_CASE("a closing attribution to a document whose noun is a cue verb too", "[claims][sources]") {
  auto x = ExtractText(
      "Harbour traffic fell by a third last year, the report says.\n\n"
      "The ferry lost money in every month of 2004, the council's report said.\n\n"
      "The ferry will run all winter, they report.\n");
  CHECK(SpeakerOf(x, "Harbour traffic fell by a third") == "(unresolved)");
  CHECK(SpeakerOf(x, "The ferry lost money") == "(unresolved)");
  const auto* c = ClaimStarting(x, "Harbour traffic fell by a third");
  REQUIRE(c != nullptr);
  CHECK(c->cue == "says");
  CHECK(SpeakerOf(x, "The ferry will run all winter") == "(unresolved)");
}

TEST_CASE("an inquiry, an investigation or an audit finds what it reports", "[claims][sources]") {
  auto x = ExtractText(
      "The inquiry found that the harbour office had never checked its own accounts.\n\n"
      "Judge Mary Tolland's investigation also found the ferry had sailed without a licence.\n\n"
      "The pier had been closed for repairs, a council audit found.\n");
  CHECK(SpeakerOf(x, "the harbour office had never checked") == "(unresolved)");
  CHECK(SpeakerOf(x, "the ferry had sailed without a licence") == "Mary Tolland");
  CHECK(SpeakerOf(x, "The pier had been closed") == "(unresolved)");
}

TEST_CASE("a bare title after a closing speaker describes the speaker; the sentence may go on after it",
          "[claims][closing]") {
  auto x = ExtractText(
      "Port news\n\nTonnage will fall this year, said Kurt Lamm, economist at the Harbor Trust in Leith. "
      "The problem they face, said Ann Lee, head of the pilots' union, is training new pilots. The tugs "
      "are old, said Tom Reid, an engineer at the yard, and will need to be replaced.\n");
  const auto* c = ClaimStarting(x, "Tonnage will fall this year");
  REQUIRE(c != nullptr);
  CHECK(c->text == "Tonnage will fall this year");
  CHECK(SpeakerOf(x, "Tonnage will fall") == "Kurt Lamm");
  const auto* d = ClaimStarting(x, "The problem they face");
  REQUIRE(d != nullptr);
  CHECK(d->text == "The problem they face is training new pilots");
  CHECK(SpeakerOf(x, "The problem they face") == "Ann Lee");
  CHECK(SpeakerOf(x, "The tugs are old") == "Tom Reid");
}

TEST_CASE(
    "a parenthesis that ends a closing attribution is no part of its setting: '..., said the Harbour Trust "
    "(HT).'",
    "[claims][closing]") {
  auto x = ExtractText(
      "Budget talks resumed on Monday.\n\nThe river lost a third of its water in 2004, says the Delta "
      "Harbour "
      "Trust (DHT).\n\nUsing the levy ''is a misguided approach,'' said Mr. Reid (a view echoed by everyone "
      "I "
      "met).\n");
  CHECK(SpeakerOf(x, "The river lost a third of its water in 2004") == "Delta Harbour Trust");
  CHECK(SpeakerOf(x, "Using the levy is a misguided approach") == "Reid");
}
