// Verbs of telling (issue 13): the phrase after "tell" is the one told ("told reporters", "told a
// news conference", "told BBC Radio 4's Today programme"), which is never part of what was said,
// or the thing told ("tells the story of"), after which nothing the subject said follows. Each on
// a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'tells the story of' is no speech; 'tells X to' and 'tells X that' are", "[claims][telling]") {
  auto x = ExtractText(
      "Tom Reid tells the story of a young boy who grows up in Glasgow. Ann Wolcott told a slightly "
      "different tale about the deal. Ben Ito tells his supporters to vote early. Carla Ames tells "
      "MSNBC in an interview that the bill is dead. Dan Lowe told reporters the story was false.\n");
  CHECK(SpeakerOf(x, "story of") == "(no claim)");
  CHECK(SpeakerOf(x, "a young boy") == "(no claim)");
  CHECK(SpeakerOf(x, "slightly different tale") == "(no claim)");
  CHECK(SpeakerOf(x, "to vote early") == "Ben Ito");
  CHECK(SpeakerOf(x, "the bill is dead") == "Carla Ames");
  CHECK(SpeakerOf(x, "the story was false") == "Dan Lowe");
}

TEST_CASE("the one told, a setting of nouns, is not what was said", "[claims][telling]") {
  auto x = ExtractText(
      "Tom Reid told a news conference the party would cut taxes. Ann Wolcott told BBC Radio 4's Today "
      "programme that the economy was strong. Ben Ito told the BBC News website Labour did not deserve "
      "the credit. Carla Ames told Labour members taxes would rise. Dan Lowe told a forum of Arab "
      "leaders in Qatar to enact reforms.\n");
  const Claim* c = ClaimStarting(x, "the party would");
  REQUIRE(c);
  CHECK(c->text == "the party would cut taxes");
  CHECK(SpeakerOf(x, "the party would cut taxes") == "Tom Reid");
  c = ClaimStarting(x, "the economy was strong");
  REQUIRE(c);
  CHECK(SpeakerOf(x, "the economy was strong") == "Ann Wolcott");
  CHECK(SpeakerOf(x, "Labour did not deserve the credit") == "Ben Ito");
  CHECK(SpeakerOf(x, "taxes would rise") == "Carla Ames");
  CHECK(SpeakerOf(x, "to enact reforms") == "Dan Lowe");
}

TEST_CASE("a noun of what is told that modifies another noun tells no thing", "[claims][telling]") {
  // "truth" is what one tells only as the head: "told the truth commission that ..." tells a commission
  auto x = ExtractText("Tony Blair told the truth commission that he regretted the war.\n");
  CHECK(SpeakerOf(x, "he regretted the war") == "Tony Blair");
}

TEST_CASE("'..., he told BBC Radio 4's Today programme.' closes a claim", "[claims][telling]") {
  // the one told may be a channel's programme, with a number and a possessive in its name
  auto x = ExtractText(
      "Jack Straw spoke on Monday. The embargo was very narrow, he told BBC Radio 4's World At One.\n"
      "Alan Milburn spoke too. Incomes had risen sharply, Mr Milburn told BBC Radio 4's Today "
      "programme.\n");
  CHECK(SpeakerOf(x, "The embargo was very narrow") == "Jack Straw");
  CHECK(SpeakerOf(x, "Incomes had risen sharply") == "Alan Milburn");
  // what follows the one told is still what was said
  auto y = ExtractText("Jack Straw spoke on Monday. He told BBC Radio 4 the embargo was dead.\n");
  CHECK(SpeakerOf(y, "the embargo was dead") == "Jack Straw");
}
