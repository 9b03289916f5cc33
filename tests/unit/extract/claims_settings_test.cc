// A claim is a statement (issue 13): what only says where or when something was said ("said on
// Twitter on Monday"), "That said, ..." and "advocates" as a noun give no claim; "..., the
// airline said." closes a claim like "..., the company said." Each on short texts written for
// the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a preposition and its phrase with no verb after a cue is no claim", "[claims][settings]") {
  auto x = ExtractText(
      "Levy news\n\nMayor Ann Rowe said on Twitter on Monday. Councillor Tom Pike wrote in a court "
      "filing. Rowe said at a news conference last month. Pike said in 2012, the levy failed. Rowe "
      "said on Friday that the levy would pass.\n");
  CHECK(SpeakerOf(x, "on Twitter") == "(no claim)");
  CHECK(SpeakerOf(x, "in a court filing") == "(no claim)");
  CHECK(SpeakerOf(x, "at a news conference") == "(no claim)");
  CHECK(SpeakerOf(x, "in 2012, the levy failed") == "Tom Pike");
  CHECK(SpeakerOf(x, "the levy would pass") == "Ann Rowe");
}

TEST_CASE("closed-class words alone after a cue are no claim", "[claims][settings]") {
  auto x = ExtractText(
      "Tax news\n\nMayor Ann Rowe has set aside $4 million for tax cuts, although she will not say which or "
      "how. Councillor Tom Pike said which cuts would come first.\n");
  CHECK(SpeakerOf(x, "which or how") == "(no claim)");
  CHECK(SpeakerOf(x, "which cuts would come first") == "Tom Pike");
}

TEST_CASE("'That said, ...' opens a sentence; it reports no one's speech", "[claims][settings]") {
  auto x = ExtractText(
      "Race news\n\nThe mayor won three wards. That said, she cannot win the county outright. Rowe "
      "said that, in her view, the count was fair.\n");
  CHECK(SpeakerOf(x, "she cannot win the county outright") == "(no claim)");
  CHECK(SpeakerOf(x, "in her view, the count was fair") == "Rowe");
}

TEST_CASE("'advocates' before a preposition is a noun; after a name it is a verb", "[claims][settings]") {
  auto x = ExtractText(
      "Tax news\n\nAdvocates for the levy said that it would fund six schools. The Harlow Tax Group "
      "advocates a cap on rates.\n");
  CHECK(SpeakerOf(x, "for the levy") == "(no claim)");
  CHECK(SpeakerOf(x, "it would fund six schools") == "(unresolved)");
  CHECK(SpeakerOf(x, "a cap on rates") == "Harlow Tax Group");
}

TEST_CASE("'..., the airline said.' closes a claim", "[claims][settings]") {
  auto x =
      ExtractText("Flight news\n\nThe plane had logged 2,766 flying hours, the airline said on Thursday.\n");
  CHECK(SpeakerOf(x, "The plane had logged 2,766 flying hours") == "(unresolved)");
}
