// Seeing one as something (issue 13): "sees X as Y", "viewed X as Y", "casts X as Y" are beliefs
// and claims only as "X as Y"; "as much as" compares; without its "as" the verb is no cue and does
// not stop the speech before it from going on ("The deal could see ..."). Short texts written for
// the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'X sees Y as Z' is a claim of X; 'as much as' is none", "[claims][seenas]") {
  auto x = ExtractText(
      "Levy news\n\nMayor Ann Rowe sees the levy as a lifeline for the schools. Councillor Tom Pike "
      "viewed the vote as a test of the council. Pike saw the budget grow by as much as 19 percent.\n");
  CHECK(SpeakerOf(x, "the levy as a lifeline") == "Ann Rowe");
  CHECK(SpeakerOf(x, "the vote as a test") == "Tom Pike");
  CHECK(SpeakerOf(x, "the budget grow") == "(no claim)");
}

TEST_CASE("'could see X' without 'as' lets the speech before it go on", "[claims][seenas]") {
  auto x = ExtractText(
      "Levy news\n\nMayor Ann Rowe said the levy would help the schools. The deal could see the "
      "school budget rise by a third over five years.\n");
  CHECK(SpeakerOf(x, "The deal could see the school budget rise") == "Ann Rowe");
}
