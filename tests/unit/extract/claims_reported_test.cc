// Reported speech and belief (issue 13): the constructions of reported speech that news
// writing uses beyond "X said Y", each on a short text written for the test: the progressive
// ("is warning that"), present and base forms after a plural subject or a raising verb
// ("Analysts fear that", "appeared to suggest that"), beliefs and intentions, and reported
// speech inside reported speech.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimKind;
using claimgraph::ClaimPolarity;
using claimgraph::Extraction;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ClaimWithText;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a participle after 'is' / 'was' is its sentence's verb of saying", "[claims][reported]") {
  auto x = ExtractText(
      "Senator Mary Jones is warning that the budget will collapse next year. Governor Tom Reid was "
      "also stressing that the roads are safe. The minister is saying the storm has passed.\n");
  CHECK(SpeakerOf(x, "the budget will collapse") == "Mary Jones");
  CHECK(SpeakerOf(x, "the roads are safe") == "Tom Reid");
  CHECK(SpeakerOf(x, "the storm has passed") == "(unresolved)");
  const Claim* c = ClaimStarting(x, "the budget will collapse");
  REQUIRE(c != nullptr);
  CHECK(c->kind == ClaimKind::kIndirect);
  CHECK(c->cue == "warning");
}

TEST_CASE("a verb that hands its subject to the cue: 'appeared to suggest', 'went on to say'",
          "[claims][reported]") {
  auto x = ExtractText(
      "Councillor Dan Green appeared to suggest that the council was corrupt. Mayor Ruth Ellery went "
      "on to say that the audit had found nothing. Chief Paul Oxley continues to insist the tunnel is "
      "safe.\n");
  CHECK(SpeakerOf(x, "the council was corrupt") == "Dan Green");
  CHECK(SpeakerOf(x, "the audit had found nothing") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "the tunnel is safe") == "Paul Oxley");
}

TEST_CASE("present and base forms after a plural subject, and beliefs held", "[claims][reported]") {
  auto x = ExtractText(
      "Analysts fear that the merger will fail. Farmers warn that the river could flood. "
      "Union leaders claim that the mine is unsafe. Economists recognize that growth has slowed. "
      "Lena Ortiz is optimistic that the talks will succeed. Tim Brandt charges that the mayor took "
      "bribes.\n");
  CHECK(SpeakerOf(x, "the merger will fail") == "(unresolved)");
  CHECK(SpeakerOf(x, "the river could flood") == "(unresolved)");
  CHECK(SpeakerOf(x, "the mine is unsafe") == "(unresolved)");
  CHECK(SpeakerOf(x, "growth has slowed") == "(unresolved)");
  CHECK(SpeakerOf(x, "the talks will succeed") == "Lena Ortiz");
  CHECK(SpeakerOf(x, "the mayor took bribes") == "Tim Brandt");
}

TEST_CASE("a noun or a verb that needs 'that' is no cue without it", "[claims][reported]") {
  // "the charges", "a note", "his report": nouns; "realized his mistake": no clause
  auto x = ExtractText(
      "Mayor Ruth Ellery dismissed the charges against the council. Dan Green left a note on the "
      "door of the hall. Senator Ann Wolcott realized her mistake within an hour.\n");
  CHECK(ClaimStarting(x, "against the council") == nullptr);
  CHECK(ClaimStarting(x, "on the door") == nullptr);
  CHECK(ClaimStarting(x, "her mistake") == nullptr);
}

TEST_CASE("reported speech inside reported speech: each speaker keeps their own", "[claims][reported]") {
  auto x = ExtractText(
      "Mayor Ruth Ellery said Councillor Dan Green had told her that the council would resign. "
      "Governor Tom Reid said that Senator Ann Wolcott had told him the tax is unfair.\n");
  CHECK(SpeakerOf(x, "Councillor Dan Green had told her") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "the council would resign") == "Dan Green");
  CHECK(SpeakerOf(x, "Senator Ann Wolcott had told him") == "Tom Reid");
  CHECK(SpeakerOf(x, "the tax is unfair") == "Ann Wolcott");
}

TEST_CASE("a denial inside reported speech keeps its polarity", "[claims][reported]") {
  auto x = ExtractText("Mayor Ruth Ellery said Councillor Dan Green denies that he took the money.\n");
  const Claim* inner = ClaimStarting(x, "he took the money");
  REQUIRE(inner != nullptr);
  CHECK(EntityName(x, inner->speaker) == "Dan Green");
  CHECK(inner->polarity == ClaimPolarity::kDenied);
}

TEST_CASE("'according to' a source without a name", "[claims][reported]") {
  auto x = ExtractText(
      "According to exit polls, the mayor had a ten-point lead among older voters. Crime fell by a "
      "third last year, according to federal statistics.\n");
  CHECK(SpeakerOf(x, "the mayor had a ten-point lead") == "(unresolved)");
  CHECK(SpeakerOf(x, "Crime fell by a third last year") == "(unresolved)");
}

TEST_CASE("unnamed sources: a description after the cue, a share of those asked, 'who said'",
          "[claims][reported]") {
  auto x = ExtractText(
      "The council is corrupt, say political observers in the county. The mine will poison the river, "
      "worry environmentalists. Another 19 percent said they would stay at home. The firm hired an "
      "architect who said he was never paid for the work. One slide says six million jobs depend on "
      "exports.\n");
  CHECK(SpeakerOf(x, "The council is corrupt") == "(unresolved)");
  CHECK(SpeakerOf(x, "The mine will poison the river") == "(unresolved)");
  CHECK(SpeakerOf(x, "they would stay at home") == "(unresolved)");
  CHECK(SpeakerOf(x, "he was never paid for the work") == "(unresolved)");
  CHECK(SpeakerOf(x, "six million jobs depend on exports") == "(unresolved)");
  // where or when it was said is no source: "..., said in a statement"
  auto y = ExtractText("The talks will resume in March, Mayor Ruth Ellery said in a statement.\n");
  CHECK(SpeakerOf(y, "The talks will resume in March") == "Ruth Ellery");
}

TEST_CASE("a quote's speaker after a description: ', said panel Chairman X', ', said 9/11 widow X'",
          "[claims][reported]") {
  auto x = ExtractText(
      "\"The levy is unfair,\" said Mayor Ruth Ellery. \"Subpoenas are not optional,\" said panel "
      "Chairman Tom Reid. \"The rules do not hold,\" said longtime resident Ann Wolcott.\n");
  CHECK(SpeakerOf(x, "The levy is unfair") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "Subpoenas are not optional") == "Tom Reid");
  CHECK(SpeakerOf(x, "The rules do not hold") == "Ann Wolcott");
}

TEST_CASE("unnamed sources before the cue: a plural noun for people, a team, groups", "[claims][reported]") {
  auto x = ExtractText(
      "But environmentalists worry that the new mine will poison the river. Some local groups "
      "acknowledge that the mine has brought jobs. The mayor's team has said the vote will go ahead. "
      "Mayor Ruth Ellery is hoping that the council will approve the plan.\n");
  CHECK(SpeakerOf(x, "the new mine will poison the river") == "(unresolved)");
  CHECK(SpeakerOf(x, "the mine has brought jobs") == "(unresolved)");
  CHECK(ClaimStarting(x, "the vote will go ahead") != nullptr);
  CHECK(SpeakerOf(x, "the council will approve the plan") == "Ruth Ellery");
  // people named after a participle are its object: the union endorses, not the pilots
  auto y = ExtractText("A union representing airline pilots endorsed the mayor on Thursday.\n");
  CHECK(ClaimStarting(y, "the mayor") == nullptr);
  // an unnamed group's stance on a thing is no claim; "said nothing about" states nothing
  auto z = ExtractText(
      "Church groups welcomed the limit on the number of casinos. Finance ministers said nothing "
      "about supporting the dollar.\n");
  CHECK(ClaimStarting(z, "the limit on the number of casinos") == nullptr);
  CHECK(ClaimStarting(z, "nothing about") == nullptr);
}

TEST_CASE("'according to' a described body: the name after the description speaks", "[claims][reported]") {
  auto x = ExtractText(
      "The top tenth of earners paid half of all taxes, according to the nonpartisan Fiscal Studies "
      "Office. Turnout rose by a third, according to the event organizer Citizens for Fair Votes.\n");
  CHECK(SpeakerOf(x, "The top tenth of earners paid half of all taxes") == "Fiscal Studies Office");
  CHECK(SpeakerOf(x, "Turnout rose by a third") == "Citizens for Fair Votes");
}

TEST_CASE("a described speaker the article does not name: 'the announcer said'", "[claims][reported]") {
  auto x = ExtractText(
      "As a bell rang, the announcer said, \"The doors are now closed.\" Later, the old caretaker said "
      "the building would be sold.\n");
  CHECK(SpeakerOf(x, "The doors are now closed") == "(unresolved)");
  CHECK(SpeakerOf(x, "the building would be sold") == "(unresolved)");
}

TEST_CASE("'X added:' ending a paragraph introduces the next one, quoted or not", "[claims][reported]") {
  auto x = ExtractText(
      "Mayor Ruth Ellery spoke at the town hall on Monday. Ellery added:\n\n"
      "The council has wasted two years on this plan. It will not waste a third.\n\n"
      "Tom Reid, the council leader, replied:\n\n"
      "\"The plan is sound and the money is there.\"\n\n"
      "Main points of the plan:\n\n"
      "A new bridge will be built by 2030.\n");
  CHECK(SpeakerOf(x, "The council has wasted two years on this plan") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "It will not waste a third") == "Ruth Ellery");
  const Claim* reply = ClaimStarting(x, "The plan is sound");
  REQUIRE(reply != nullptr);
  CHECK(EntityName(x, reply->speaker) == "Tom Reid");
  CHECK(reply->kind == ClaimKind::kDirect);
  // a heading with a colon is no speaker
  CHECK(ClaimStarting(x, "A new bridge") == nullptr);
}

TEST_CASE("encouraging someone to act is a proposal of the speaker's", "[claims][reported]") {
  auto x = ExtractText("Mayor Ruth Ellery is encouraging residents to attend the hearing on Monday.\n");
  CHECK(SpeakerOf(x, "residents to attend the hearing") == "Ruth Ellery");
}

TEST_CASE("a relative clause about the speaker: 'the senator, who said ...'", "[claims][reported]") {
  auto x = ExtractText(
      "Senator Tom Reid, who has argued that the tax is unfair, will vote against it. Mayor Ruth "
      "Ellery, who sits on the board, said the vote would go ahead.\n");
  const Claim* c = ClaimWithText(x, "the tax is unfair");
  REQUIRE(c != nullptr);  // the clause ends at its comma: the writer's "will vote" is no part of it
  CHECK(EntityName(x, c->speaker) == "Tom Reid");
  CHECK(SpeakerOf(x, "the vote would go ahead") == "Ruth Ellery");
  // a relative clause of acts is no statement: "who wrote the musical", "who backed his nomination"
  auto y = ExtractText(
      "Tom Reid, who wrote the musical Harbour Lights, died on Friday. Ruth Ellery, who backed his "
      "nomination, was absent. Ann Wolcott, who is noted for her novels, was there.\n");
  CHECK(y.claims.empty());
}
