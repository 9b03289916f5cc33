// Where a speaker's words go on past the first place a reader might stop (issue 13), each on a
// short text written for the test: a sentence that continues after a mid-sentence attribution
// with a conjunction and a clause of its own, a quote of whole sentences whose last one the writer
// finishes, and a second attribution joined to the first one's content by "and".
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimKind;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'A, X said, until B': the conjunction and its clause are the speaker's",
          "[claims][continuation]") {
  auto x = ExtractText(
      "The mill was the town's biggest employer, Tom Reid said, until it closed in 1999. The "
      "ferry will run again in May, Ann Wolcott said, because it has a new pier.\n");
  const Claim* c = ClaimStarting(x, "The mill was the town's biggest employer");
  REQUIRE(c != nullptr);
  CHECK(c->text == "The mill was the town's biggest employer until it closed in 1999");
  CHECK(SpeakerOf(x, "The mill was") == "Tom Reid");
  CHECK(ClaimWithText(x, "The ferry will run again in May because it has a new pier") != nullptr);
}

TEST_CASE("'A, X said, and' a verb is the writer's, and so is 'as' or 'when'", "[claims][continuation]") {
  auto x = ExtractText(
      "The plan will fail, Ms. Ellery said, and left the room. The budget is too small, Tom Reid "
      "said, as he walked to his car. The vote was rigged, Ann Wolcott said, and she said it twice.\n");
  CHECK(ClaimWithText(x, "The plan will fail") != nullptr);
  CHECK(ClaimWithText(x, "The budget is too small") != nullptr);
  CHECK(ClaimWithText(x, "The vote was rigged") != nullptr);
}

TEST_CASE("a quote of whole sentences stands when the writer's words finish its last one",
          "[claims][continuation]") {
  auto x = ExtractText(
      "The mayor's budget drew critics. \"It is more tinkering at the edges,\" said Ann Wolcott, an "
      "economist at the Harbour Institute. \"I would not call it reform. There are no real changes. "
      "It is just a tax increase\" for the top income bracket.\n");
  CHECK(SpeakerOf(x, "I would not call it reform") == "Ann Wolcott");
  const Claim* c = ClaimStarting(x, "It is just a tax increase");
  REQUIRE(c != nullptr);
  CHECK(c->kind == ClaimKind::kDirect);
  // one quoted word run into the writer's sentence is still no quote of its own
  auto y = ExtractText("The council called the plan \"a real disaster for the town\" in its report.\n");
  CHECK(ClaimStarting(y, "a real disaster") == nullptr);
}

TEST_CASE("'X said A and Y accused B': the second attribution is not the first one's content",
          "[claims][continuation]") {
  auto x = ExtractText(
      "Senator Tom Reid said the agency mishandled the inquiry and Ann Wolcott accused the "
      "council of hiding the report. Ruth Ellery said Tom Reid and Ann Wolcott agreed on the "
      "budget.\n");
  CHECK(ClaimWithText(x, "the agency mishandled the inquiry") != nullptr);
  CHECK(SpeakerOf(x, "the council of hiding the report") == "Ann Wolcott");
  // a coordinated subject inside the content stays in it
  CHECK(ClaimWithText(x, "Tom Reid and Ann Wolcott agreed on the budget") != nullptr);
}

TEST_CASE("a participle after a short clause whose verb is a cue: 'X spoke on Friday, saying ...'",
          "[claims][continuation]") {
  auto x = ExtractText(
      "Senator Tom Reid spoke on Friday, saying he feels as good as ever. Ann Wolcott acknowledged "
      "the worries, admitting that the budget was too small.\n");
  CHECK(SpeakerOf(x, "he feels as good as ever") == "Tom Reid");
  CHECK(SpeakerOf(x, "the budget was too small") == "Ann Wolcott");
}

TEST_CASE("a participle before 'that' or after 'by' with a clause needs no comma", "[claims][continuation]") {
  auto x = ExtractText(
      "Mayor Ruth Ellery ended the speech saying that “race still decides too much” in the city. "
      "Tom Reid began by saying he would never vote for the levy. Ann Wolcott was criticized for "
      "saying that the bridge was safe.\n");
  CHECK(SpeakerOf(x, "race still decides too much in the city") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "he would never vote for the levy") == "Tom Reid");
  CHECK(SpeakerOf(x, "the bridge was safe") == "Ann Wolcott");
}

TEST_CASE("no participle claim in the writer's 'worth noting that' or an act after 'for'",
          "[claims][continuation]") {
  auto x = ExtractText(
      "It is worth noting that the levy was never put to a vote. It goes without saying that the "
      "bridge is old. The Senate voted for admitting Malta and Cyprus to the union and both parties "
      "were in favor.\n");
  CHECK(ClaimStarting(x, "the levy was never") == nullptr);
  CHECK(ClaimStarting(x, "the bridge is old") == nullptr);
  CHECK(ClaimStarting(x, "Malta and Cyprus") == nullptr);
}

TEST_CASE("a paragraph of quotes signed once at its end is the signer's", "[claims][continuation]") {
  auto x = ExtractText(
      "Voters speak.\n\n“The mayor has failed us.” ― Tom Reid\n“The council has failed us. To quote a "
      "poet ‘Some people are so poor all they have is money.” And that is all he has “the root of all "
      "evil’.” ― Ann Wolcott.\n");
  CHECK(SpeakerOf(x, "The mayor has failed us") == "Tom Reid");
  CHECK(SpeakerOf(x, "The council has failed us") == "Ann Wolcott");
}

TEST_CASE("a curly quote inside a paragraph quoted with a straight mark does not end it",
          "[claims][continuation]") {
  // transcripts quote each turn's paragraph with an opening straight mark only
  auto x = ExtractText(
      "Tom Reid interviewed Mayor Ann Wolcott on Sunday. Partial transcript as follows:\n\n\"REID: Let "
      "me start with the news on the bridge. Will it open in May?\n\n\"WOLCOTT: Well, look, the "
      "council apparently thinks this is an episode of “Grand Designs.” But this is serious business. "
      "The bridge will open in June.\n");
  const Claim* c = ClaimStarting(x, "Well, look");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("serious business") != std::string::npos);
  CHECK(SpeakerOf(x, "The bridge will open in June") == "Ann Wolcott");
}

TEST_CASE("'he' after a sentence whose subject is a role and a name is that person",
          "[claims][continuation]") {
  // another man named later in the sentence (inside a dash aside) is not its subject
  auto x = ExtractText(
      "Tory shadow home secretary David Davis warned of the danger of miscarriages of justice - for "
      "which Tony Blair recently apologised - as a result of the pressure on ministers. \"Those pressures "
      "would be much more for a politician,\" he told BBC Radio 4.\n");
  CHECK(SpeakerOf(x, "Those pressures") == "David Davis");
}

TEST_CASE("a belief noun after 'and' in a person's thing's sentence is no belief of the person",
          "[claims][continuation]") {
  // (review finding: "fears" is a noun here, and the subject is Brown's budget)
  auto x = ExtractText("Gordon Brown's budget sparked anger and fears that pensioners would lose out.\n");
  CHECK(x.claims.empty());
}

TEST_CASE("'said the Labour MP' is never an MP of another party", "[claims][continuation]") {
  // (review finding: the last MP named was taken, whatever the party)
  auto x = ExtractText(
      "Tory MP Ann Widdecombe criticised the plan on Monday. \"This will not work,\" said the Labour MP.\n");
  CHECK(SpeakerOf(x, "This will not work") == "(unresolved)");
}
