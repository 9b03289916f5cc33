// Leftovers of the twenty-third round (note23, "Noticed and left alone"): a thing offered was a
// claim when its noun phrase held "that" or "to" ("offered tickets that were 50% cheaper",
// "offered money to appear in a film"). Short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;

// "offered" is a proposal of an act ("offered to resign"); a thing offered is no statement of the
// one who offers it, however long its noun phrase, but something said that is offered is one.
TEST_CASE("leftovers 23: a thing offered is no claim, an act or something said is", "[claims]") {
  auto x = ExtractText(
      "Airlines cut fares again.\n\n"
      "Air Deccan offered tickets that were 50% cheaper than other Indian airlines.\n\n"
      "The producers offered Jane Smith money to appear in a film, her lawyer said.\n\n"
      "Venezuela offered to supply oil to China.\n\n"
      "Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.\n\n"
      "Trump claimed that Clinton had helped her, but offered no proof.\n");
  CHECK(ClaimStarting(x, "tickets") == nullptr);
  CHECK(ClaimStarting(x, "money") == nullptr);
  CHECK(ClaimStarting(x, "Jane Smith money") == nullptr);
  CHECK(ClaimWithText(x, "to supply oil to China") != nullptr);
  CHECK(ClaimStarting(x, "some pointed advice to Hillary Clinton") != nullptr);
  CHECK(ClaimStarting(x, "no proof") == nullptr);  // a saying noun alone says nothing
}

// A cue right after a relative pronoun is the verb of the noun before it: what it says is that
// one's, and the object of the stance ends before the pronoun.
TEST_CASE("leftovers 23: a stance's object ends before a relative clause of speech", "[claims]") {
  auto x = ExtractText(
      "Gordon Brown has criticised a union leader who said conflict between ministers was harming "
      "the government.\n");
  CHECK(ClaimStarting(x, "a union leader who") == nullptr);
  const claimgraph::Claim* said = ClaimStarting(x, "conflict between ministers");
  REQUIRE(said != nullptr);
  CHECK(claimgraph::testing::EntityName(x, said->speaker) != "Gordon Brown");
  // a participle of speech keeps its content whole
  auto y = ExtractText("Harry Reid made the charge in August, claiming he had a source who told him so.\n");
  CHECK(ClaimStarting(y, "he had a source who told him so") != nullptr);
}

// After a participle that opens the sentence, a subject pronoun before a cue opens the sentence's
// own clause: it is no word of the participle's object ("Despite praising the Irish he claimed").
TEST_CASE("leftovers 23: an opening participle's object ends before the clause's pronoun", "[claims]") {
  auto x = ExtractText(
      "\"They are very good,\" said Thomas Castaignede. Despite praising the Irish he claimed the Welsh "
      "had the upper hand in the run-in.\n");
  CHECK(ClaimStarting(x, "the Irish he") == nullptr);
  CHECK(claimgraph::testing::SpeakerOf(x, "the Welsh had the upper hand") == "Thomas Castaignede");
  // after the act's subject the pronoun opens a relative clause of the object
  auto y = ExtractText("Tony Blair dismissed reports he told Gordon Brown he would quit.\n");
  CHECK(ClaimStarting(y, "reports he told Gordon Brown") != nullptr);
}

// A surname the claims resolve to a person the recognizer named ("Judge" opening a sentence, where
// the recognizer takes it for a title) is a mention of that person, not an alias alone.
TEST_CASE("leftovers 23: a speaker's surname is a mention of the person", "[claims][entities]") {
  auto x = ExtractText("Patty Judge is running for the Senate.\n\nJudge said the race was close.\n");
  const claimgraph::Claim* c = ClaimStarting(x, "the race was close");
  REQUIRE(c != nullptr);
  const claimgraph::Entity* judge = x.FindEntity(c->speaker);
  REQUIRE(judge != nullptr);
  CHECK(judge->name == "Patty Judge");
  CHECK(judge->mentions.size() == 2);
}

// A speaker the tagger typed as a place that says "I" of itself in its quotes is a person; a place
// of the gazetteers stays one (a description named it: "a Philadelphia activist said").
TEST_CASE("leftovers 23: a place-typed speaker that says I is a person", "[claims][entities]") {
  auto x = ExtractText("Jamelia won two awards.\n\n\"I still want to make it,\" commented Jamelia.\n");
  CHECK(claimgraph::testing::TypeOf(x, "Jamelia") == "person");
  auto y = ExtractText("\"I worry about the vote,\" Philadelphia said.\n");
  CHECK(claimgraph::testing::TypeOf(y, "Philadelphia") != "person");
}
