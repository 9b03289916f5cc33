// Leftovers of the twenty-second round's review (note22, "Noticed and left alone"): a participle
// of an act after its noun gave a claim of the sentence's own verb ("the only player offering a
// real threat was ..."); a second verb of the cue's subject after "and" made the object a clause;
// a relative clause of speech inside the object of a stance lost its claim ("sued a woman who
// claimed ..."), and so did the subject's own verb of speech after the object ("Republicans
// supporting the bill said ...", "backed the old contract but has since said ..."); a price ("is
// worth more than") was read as praise; a team's line-up after a colon was its club's claim. Short
// texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;

TEST_CASE("leftovers 22: a participle after its noun opens no clause of the sentence's verb", "[claims]") {
  auto x = ExtractText(
      "Scotland lost again on Saturday.\n\n"
      "The only Scotland player offering any danger was Paterson, and it was his kick that won the "
      "penalty.\n\n"
      "Tenants seeking repairs to their homes are often ignored by landlords, the report found.\n\n"
      "Shoppers wanting cheaper goods were queueing before dawn.\n");
  CHECK(ClaimStarting(x, "any danger") == nullptr);
  CHECK(ClaimStarting(x, "repairs to their homes") == nullptr);
  // a participle after an auxiliary is the sentence's verb, and an infinitive's "be" no main verb
  auto y = ExtractText(
      "The singer cancelled her tour in June. She is now seeking to be repaid for the costs of the "
      "tour.\n");
  CHECK(SpeakerOf(y, "to be repaid") == "(unresolved)");
}

TEST_CASE("leftovers 22: an auxiliary after 'and' is the subject's next verb, not a clause", "[claims]") {
  auto x = ExtractText(
      "Vexro is a small software firm in Leeds.\n\n"
      "Vexro offers its tools on a disc and is about to launch a new version online.\n\n"
      "Vexro wanted a bigger office but has had to wait another year.\n");
  CHECK(ClaimStarting(x, "its tools on a disc") == nullptr);
  CHECK(ClaimStarting(x, "a bigger office") == nullptr);
  // a clause of its own still is one
  auto y = ExtractText("Vexro wants the rules to be changed and is lobbying ministers.\n");
  CHECK(ClaimStarting(y, "the rules to be changed") != nullptr);
}

TEST_CASE("leftovers 22: the one a stance names may speak in a relative clause", "[claims]") {
  auto x = ExtractText(
      "The case went to court in May after the pop star sued a man who claimed they had cheated him "
      "out of his royalties.\n\n"
      "The minister attacked a union leader who said the cuts were harming schools.\n");
  CHECK(SpeakerOf(x, "they had cheated him") == "(unresolved)");
  CHECK(SpeakerOf(x, "the cuts were harming schools") == "(unresolved)");
}

TEST_CASE("leftovers 22: the sentence's verb after a participle's object is its subject's", "[claims]") {
  auto x = ExtractText(
      "Republicans supporting the bill said the plan will work.\n\n"
      "Mark Dunne backed the old contract but has since said the club must pay more.\n\n"
      "Despite urging calm, officials insist they are far from ready to change the rate.\n");
  CHECK(SpeakerOf(x, "the plan will work") == "Republican Party");
  CHECK(ClaimStarting(x, "the bill said") == nullptr);
  CHECK(SpeakerOf(x, "the club must pay more") == "Mark Dunne");
  CHECK(ClaimStarting(x, "the old contract") == nullptr);
  CHECK(SpeakerOf(x, "they are far from ready") == "(unresolved)");
}

TEST_CASE("leftovers 22: a price is no praise", "[stance]") {
  auto x = ExtractText(
      "The agent of Tom Varley spoke on Monday.\n\n"
      "Mark Dunne insists the player is worth more than the club have offered.\n\n"
      "Mark Dunne said Varley is worth far more than that.\n");
  CHECK(ClaimStarting(x, "the player is worth more") != nullptr);
  CHECK(StanceEdges(x).find("supports") == std::string::npos);
}

TEST_CASE("leftovers 22: a team's line-up after a colon is no claim", "[claims]") {
  auto x = ExtractText(
      "Swansea beat Chelsea 2-1 at home on Saturday, with two goals from Tom Smith.\n\n"
      "Swansea: Smith, Jones, Brown (Evans 77), Taylor, Walker, Hughes\n\n"
      "Chelsea: Green; White, Black (capt), Grey; Hall\n\n"
      "Coach Tom Hill: \"We played well, and Jones, Brown and Taylor were superb.\"\n");
  CHECK(ClaimStarting(x, "Smith, Jones") == nullptr);
  CHECK(ClaimStarting(x, "Green; White") == nullptr);
  CHECK(SpeakerOf(x, "We played well") == "Tom Hill");
}
