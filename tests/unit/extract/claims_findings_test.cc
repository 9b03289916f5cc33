// What polls, records and analyses show (issue 13), in forms the evidence cues missed: a
// closing "..., figures show.", a clause that opens with a subject pronoun ("records show he
// gave"), "Polls" capitalized as a sentence's first word, and "In the X poll, ..." whose finding
// is a figure or whose phrase is set off by commas. On short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;

TEST_CASE("a closing 'figures show' reports the sentence before it", "[claims][evidence]") {
  auto x = ExtractText(
      "Donations to the harbour fund hit nearly $2 million by the end of August, new figures show.\n\n"
      "The council outspent both of its rivals in the spring, a county audit showed.\n");
  CHECK(ClaimStarting(x, "Donations to the harbour fund hit nearly $2 million") != nullptr);
  CHECK(ClaimStarting(x, "The council outspent both of its rivals") != nullptr);
}

TEST_CASE("what a document shows may open with a subject pronoun", "[claims][evidence]") {
  auto x = ExtractText(
      "Leaked records of his tax return show he took a loss of $9 million. County records show they gave "
      "to both parties. The mayor defended it strongly.\n");
  CHECK(ClaimStarting(x, "he took a loss of $9 million") != nullptr);
  CHECK(ClaimStarting(x, "they gave to both parties") != nullptr);
  CHECK(ClaimStarting(x, "strongly") == nullptr);
}

TEST_CASE("'Polls show' opening a sentence is a document's finding", "[claims][evidence]") {
  auto x = ExtractText("Polls show Carla Ames up by 10 points in the south.\n");
  CHECK(ClaimStarting(x, "Carla Ames up by 10 points") != nullptr);
  // a headline's capitalized verb after a comma has no document before it
  auto y = ExtractText(
      "Paper Says Mayor Needs To Quit Calculations, Show Compassion For Flood Victims\n\nText.\n");
  CHECK(ClaimStarting(y, "Paper Says") == nullptr);
}

TEST_CASE("'In the X poll, ...' with a figure or a phrase set off by commas", "[claims][evidence]") {
  auto x = ExtractText(
      "In a county poll released Monday, 50 percent of respondents chose Ames while 40 percent chose "
      "Brody.\n\nIn the previous county poll, conducted in early May, Ames led Brody by 5 points among "
      "likely voters.\n\nIn a survey of 1,000 voters, the senator won easily.\n");
  CHECK(ClaimStarting(x, "50 percent of respondents chose Ames") != nullptr);
  CHECK(ClaimStarting(x, "Ames led Brody by 5 points") != nullptr);
  CHECK(ClaimStarting(x, "000 voters") == nullptr);
}
