// Nouns of saying after a possessive (issue 13): "Y's claim that ...", "X's admission that ...".
// Y is not the one a later "he said" or an unattributed quote goes back to, and inside a reported
// clause whose subject the phrase is, Y's content ends before that clause's verb of saying. Each on
// a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a quote after 'X rejected Y's claim that ...' is X's", "[claims][possessor]") {
  auto x = ExtractText(
      "Robin Cook rejected Ben Ito's claim that the levy was unfair. \"It is nonsense,\" he said.\n");
  CHECK(SpeakerOf(x, "the levy was unfair") == "Ben Ito");
  CHECK(SpeakerOf(x, "It is nonsense") == "Robin Cook");
}

TEST_CASE("'X said Y's admission that A suggested B': Y's content is A", "[claims][possessor]") {
  auto x = ExtractText(
      "Robin Cook said Lord Goldsmith's admission that his answer was not a summary of his advice "
      "suggested Parliament may have been misled. \"It is a scandal,\" he said.\n");
  const Claim* c = ClaimStarting(x, "his answer was not");
  REQUIRE(c);
  CHECK(c->text == "his answer was not a summary of his advice");
  CHECK(SpeakerOf(x, "his answer was not") == "Goldsmith");
  CHECK(SpeakerOf(x, "It is a scandal") == "Robin Cook");
}

TEST_CASE("'it' after 'Germany's Hexal' is not the country that owns the name", "[claims][possessor]") {
  // A country before a name it owns places that name; the subject "it" goes on about the firm.
  auto x = ExtractText(
      "Shares in the drugmaker Velmora rose 3% after the purchase of Germany's Hexal. It also offered to "
      "buy the remaining shares for $31 each.\n");
  CHECK(claimgraph::testing::Stances(x, "Germany").empty());
  CHECK(claimgraph::testing::Stances(x, "Velmora") == "proposed:buy the remaining shares for $31 each\n");
}
