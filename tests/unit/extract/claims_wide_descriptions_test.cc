// Unnamed speakers given by a wider description (issue 13, reported-speech recall): a name among
// the description's words ("The Harbor speechwriter said"), a head that is no noun for a person
// ("The unions said", "The alliance says"), a plural noun opening the sentence without an article
// ("Dock spokesmen said", "Legal observers say"). Their content must be a statement: what such a
// phrase "shows", "includes" or "continued" as a thing is no claim. Short texts written for the
// test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a wider description speaks, unnamed, and the name inside it does not",
          "[claims][wide_descriptions]") {
  auto x = ExtractText(
      "Port news\n\nTom Brandt runs the Harbor Trust. The Harbor speechwriter said the levy was a "
      "mistake. The unions said the end of the night shift would cost 800 jobs. Dock spokesmen said "
      "the ban on overtime was too broad. Legal observers say the port would not truly close. The "
      "alliance says it will test the new rule on Saturday.\n");
  CHECK(SpeakerOf(x, "the levy was a mistake") == "(unresolved)");
  CHECK(SpeakerOf(x, "the end of the night shift would cost") == "(unresolved)");
  CHECK(SpeakerOf(x, "the ban on overtime was too broad") == "(unresolved)");
  CHECK(SpeakerOf(x, "the port would not truly close") == "(unresolved)");
  CHECK(SpeakerOf(x, "it will test the new rule") == "(unresolved)");
}

TEST_CASE("what a wider description shows or continues as a thing is no claim",
          "[claims][wide_descriptions]") {
  auto x = ExtractText(
      "Port news\n\nThe figures include pledged cranes and tugs. Black circles show the three docks "
      "where the company has built new berths. The lobbying firms continued the work until the mayor "
      "left. The harbour dollar has continued its slide and has tumbled to a new low.\n");
  CHECK(ClaimStarting(x, "cranes and tugs") == nullptr);
  CHECK(ClaimStarting(x, "the three docks") == nullptr);
  CHECK(ClaimStarting(x, "the work until") == nullptr);
  CHECK(ClaimStarting(x, "its slide") == nullptr);
}

TEST_CASE("', who said' after a description speaks for the one described, unnamed",
          "[claims][wide_descriptions]") {
  auto x = ExtractText(
      "Port news\n\nThe mayor met a former docker, who said he left the port on good terms. \"It was a "
      "bad idea,\" said one tug captain, who added that the levy had failed.\n");
  CHECK(SpeakerOf(x, "he left the port on good terms") == "(unresolved)");
  CHECK(SpeakerOf(x, "the levy had failed") == "(unresolved)");
}

TEST_CASE("a belief after 'and' or 'but' keeps the sentence's subject when it is someone's",
          "[claims][wide_descriptions]") {
  auto x = ExtractText(
      "Port news\n\nMayor Olga Fenn met the dockers and came away convinced that the strike "
      "would end. Tom Brandt accepted the levy but believed that the tugs were safe. Oil prices rose on "
      "the weak dollar and fears that the port could close. Olga Fenn read the report and fears a "
      "strike.\n");
  CHECK(SpeakerOf(x, "the strike would end") == "Olga Fenn");
  CHECK(SpeakerOf(x, "the tugs were safe") == "Tom Brandt");
  // a noun's fears, and a belief in a thing, are no one's statement
  CHECK(ClaimStarting(x, "the port could close") == nullptr);
  CHECK(ClaimStarting(x, "a strike") == nullptr);
}
