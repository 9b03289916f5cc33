// A club, town or nation inside the description of a person is not the speaker: a club before a
// noun for a player ("said the Chelsea star"), a weekday that is the surname of a name after a
// title ("said England sevens coach Mike Friday"), a coordination that ends a body's name ("the
// chairman of the Police Federation of England and Wales said"), and unnamed people in a place
// ("GPs in Wales had feared that"). Short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("place speakers: a club before a noun for a player describes the player", "[claims]") {
  auto x = ExtractText(
      "Frank Lampard scored twice for England on Saturday.\n\n"
      "\"I completely lost it in the lights,\" said the Chelsea star.\n\n"
      "Steve Finnan believes Ireland can qualify. \"We can win the group,\" said the Liverpool "
      "player.\n");
  // no one was described as the star or the player: unresolved, never the club
  CHECK(SpeakerOf(x, "I completely lost it") == "(unresolved)");
  CHECK(SpeakerOf(x, "We can win the group") == "(unresolved)");
}

TEST_CASE("place speakers: a team's physio or full-back is a person", "[claims]") {
  auto x = ExtractText(
      "Wales play Scotland on Saturday.\n\n"
      "\"He will not figure in the Scotland game,\" said Wales physio Mark Davies.\n\n"
      "\"There is no lack of confidence in the team,\" said the Sale full-back.\n");
  CHECK(SpeakerOf(x, "He will not figure") == "Mark Davies");
  CHECK(SpeakerOf(x, "There is no lack of confidence") == "(unresolved)");
}

TEST_CASE("place speakers: a weekday after a given name is a surname", "[claims]") {
  auto x = ExtractText(
      "England play in Hong Kong this week.\n\n"
      "\"England have the ability to win,\" said England sevens coach Mike Friday.\n");
  CHECK(SpeakerOf(x, "England have the ability") == "Mike Friday");
}

TEST_CASE("place speakers: a coordination ends the name of a body", "[claims]") {
  auto x = ExtractText(
      "Ministers met police leaders in London.\n\n"
      "Responding to the plans, the chairman of the Police Federation of England and Wales, which "
      "represents rank and file officers, said it was essential independence was retained.\n\n"
      "The chairman of the Law Society of England and Wales said the plans were flawed.\n");
  CHECK(SpeakerOf(x, "it was essential") == "(unresolved)");
  CHECK(SpeakerOf(x, "the plans were flawed") == "(unresolved)");
}

TEST_CASE("place speakers: unnamed people in a place speak, not the place", "[claims]") {
  auto x = ExtractText(
      "Wales has a new health plan.\n\n"
      "GPs in Wales had feared that patients could be pushed to the back of another queue.\n\n"
      "Doctors in Athens had wanted to operate on his back immediately. A party of councillors "
      "from Nottingham agreed that there was nothing wrong with the plan.\n");
  CHECK(SpeakerOf(x, "patients could be pushed") == "(unresolved)");
  CHECK(SpeakerOf(x, "to operate on his back") == "(unresolved)");
  CHECK(SpeakerOf(x, "there was nothing wrong") == "(unresolved)");
}
