// What polls, studies and documents show (issue 13): a document phrase as the subject of
// "show" / "find", what they show of someone ("showed Clinton leading"), and "In the X poll,
// ...", and the sentences of a transcript's paragraph. Each on short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimKind;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a document phrase with a phrase after its head is the subject of 'showed' / 'found'",
          "[claims][evidence]") {
  auto x = ExtractText(
      "Budget news\n\nA Harlow Institute poll released Saturday found that 28 percent of voters backed "
      "the levy. Exit polling showed that older voters stayed home. A video of the meeting shows the "
      "mayor leaving early.\n");
  CHECK(SpeakerOf(x, "28 percent of voters backed the levy") == "Harlow Institute");
  CHECK(SpeakerOf(x, "older voters stayed home") == "(unresolved)");
  const Claim* c = ClaimStarting(x, "the mayor leaving early");
  REQUIRE(c != nullptr);
  CHECK(c->kind == ClaimKind::kIndirect);
  CHECK(c->cue == "shows");
}

TEST_CASE("what a poll shows of someone is a claim; what a person shows is not", "[claims][evidence]") {
  auto x = ExtractText(
      "Race news\n\nThe poll showed Mayor Dan Pike losing support after the debate. Recent polls show "
      "Pike with a narrow lead. Councillor Ann Rowe showed her badge to the guard. Pike shows a "
      "talent for speeches.\n");
  CHECK(SpeakerOf(x, "Mayor Dan Pike losing support") == "(unresolved)");
  CHECK(SpeakerOf(x, "Pike with a narrow lead") == "(unresolved)");
  CHECK(SpeakerOf(x, "her badge") == "(no claim)");
  CHECK(SpeakerOf(x, "a talent for speeches") == "(no claim)");
  // "Recent" opens the sentence: no one named so
  for (const auto& e : x.entities) CHECK(e.name != "Recent");
}

TEST_CASE("'In the X poll, ...' gives the poll's finding; 'In a statement, X said' stays X's",
          "[claims][evidence]") {
  auto x = ExtractText(
      "Poll news\n\nIn the Harlow Institute poll, the mayor's lead over Rowe narrowed to four points. "
      "In a statement, Councillor Ann Rowe said the count was fair. In polls, Rowe trailed.\n");
  CHECK(SpeakerOf(x, "the mayor's lead over Rowe narrowed") == "Harlow Institute");
  CHECK(SpeakerOf(x, "the count was fair") == "Ann Rowe");
  CHECK(SpeakerOf(x, "Rowe trailed") == "(no claim)");
}

TEST_CASE("a phrase of when or where between the cue and 'that' is not what was said", "[claims][evidence]") {
  auto x = ExtractText(
      "Vote news\n\nSenator Jack Reed said after a lunch on Tuesday that he had not read the plan. Mayor "
      "Tom Ruiz said during this week's debate that he is ready. Ann Lee said in her opening remarks "
      "that the platform was weak. Tim Oak said in a column that lasted years that the deal was done.\n");
  CHECK(SpeakerOf(x, "he had not read the plan") == "Jack Reed");
  CHECK(SpeakerOf(x, "he is ready") == "Tom Ruiz");
  CHECK(SpeakerOf(x, "the platform was weak") == "Ann Lee");
  CHECK(SpeakerOf(x, "lasted years") == "(no claim)");
}

TEST_CASE("in a transcript the paragraph after 'NAME:' is the speaker's, sentence by sentence",
          "[claims][transcript]") {
  auto x = ExtractText(
      "Debate transcript\n\nAnchor Kate Bolduan spoke to Joel Benenson.\n\nBOLDUAN: Why not debate in "
      "the city?\n\nBENENSON: The senator does not get to decide when we debate. Particularly when he "
      "is running a negative campaign. If he stops, then we will talk.\n\nU.N: TALKS STALL AT THE "
      "SUMMIT. Diplomats said the envoys left early.\n");
  CHECK(SpeakerOf(x, "The senator does not get to decide") == "Joel Benenson");
  CHECK(SpeakerOf(x, "Particularly when he is running") == "Joel Benenson");
  CHECK(SpeakerOf(x, "If he stops, then we will talk") == "Joel Benenson");
  // (a headline in capitals before a colon opens no transcript: the diplomats speak)
  CHECK(SpeakerOf(x, "the envoys left early") == "(unresolved)");
}

TEST_CASE("'show' / 'shows' as a programme's noun is no cue; as a finding's verb it is",
          "[claims][evidence]") {
  auto x = ExtractText(
      "Ratings news\n\nThe CBC show drew a record audience, while ABC's drama is due in March. The "
      "soap beat fellow ITV2 show Dark Harbour to the prize. Cooking shows have filled the schedules. "
      "Both shows are remakes of 1970s dramas. Viewers love remaking these classic BBC shows and films "
      "with the latest technology, but the charm is lost. Quiz shows such as Brainbox remain cheap to "
      "make. Early surveys show that viewers prefer drama. The trials show that the drug works.\n");
  CHECK(SpeakerOf(x, "drew a record audience") == "(no claim)");
  CHECK(SpeakerOf(x, "Dark Harbour") == "(no claim)");
  CHECK(SpeakerOf(x, "have filled the schedules") == "(no claim)");
  CHECK(SpeakerOf(x, "are remakes") == "(no claim)");
  CHECK(SpeakerOf(x, "and films") == "(no claim)");
  CHECK(SpeakerOf(x, "such as Brainbox") == "(no claim)");
  // a finding's verb after a plural subject, a document's or any other
  CHECK(SpeakerOf(x, "viewers prefer drama") == "(unresolved)");
  CHECK(SpeakerOf(x, "the drug works") == "(unresolved)");
}
