// What stands between a speaker and the verb of saying (issue 13): a time ("on Thursday
// evening"), where it was said with the outlet named ("in a Medium post"), an aside after a group
// of people ("Critics of the plan, however, say"), a relative clause holding a quoted phrase
// ('who calls him a "fraud," said'); and another's attribution after "while", which ends what
// the first speaker said. Each on a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a time or a setting with an outlet's name between speaker and verb", "[claims][subjects]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Party spokesman Dan Ferrow on Thursday evening said the party was not in a crisis.\n\n"
      "Later, Mara Quint in a Medium post said she would close the old rail depot.\n");
  CHECK(SpeakerOf(x, "the party was not in a crisis") == "Dan Ferrow");
  // (the outlet is where it was said, not who said it)
  CHECK(SpeakerOf(x, "she would close the old rail depot") == "Mara Quint");
}

TEST_CASE("an aside after a group of people before the verb", "[claims][subjects]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Critics of the plan, however, say it would cost the town too much.\n\n"
      "Cement makers, for instance, argue that imports from abroad have doubled.\n");
  const auto* cost = ClaimStarting(x, "it would cost the town too much");
  REQUIRE(cost != nullptr);
  CHECK(cost->kind == claimgraph::ClaimKind::kIndirect);
  CHECK(ClaimStarting(x, "imports from abroad have doubled") != nullptr);
}

TEST_CASE("a relative clause with a quoted phrase before the verb", "[claims][subjects]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Gordon Bayle, who calls the mayor a \"fraud,\" said he does not believe the plan will "
      "pass.\n");
  CHECK(SpeakerOf(x, "he does not believe the plan will pass") == "Gordon Bayle");
}

TEST_CASE("another's attribution after 'while' ends what the first speaker said", "[claims][speech]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Ben Corrin said the depot was needed, while Mara Quint said she would close it.\n");
  CHECK(ClaimWithText(x, "the depot was needed") != nullptr);
  CHECK(SpeakerOf(x, "the depot was needed") == "Ben Corrin");
  CHECK(SpeakerOf(x, "she would close it") == "Mara Quint");
}

TEST_CASE("a standing that ends in 'in' and a poll is the poll's finding", "[claims][evidence]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Mara Quint held a 12-point lead over Ben Corrin among older voters in a Gazette poll.\n\n"
      "Ben Corrin came in second in January polls.\n\n"
      "The new drug was tested in a study of 500 patients.\n\n"
      "Tom Ashby cut the budget by 5 percent in his annual report.\n");
  const auto* lead = ClaimStarting(x, "Mara Quint held a 12-point lead");
  REQUIRE(lead != nullptr);
  CHECK(lead->cue == "in a Gazette poll");
  CHECK(ClaimStarting(x, "Ben Corrin came in second") != nullptr);
  // (what was done in a study or in one's own report is no finding of it)
  CHECK(ClaimStarting(x, "The new drug was tested") == nullptr);
  CHECK(ClaimStarting(x, "Tom Ashby cut the budget") == nullptr);
}

TEST_CASE("'maintained' reports a clause, not what was kept", "[claims][speech]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "Mara Quint maintained the depot had no place in the town centre.\n\n"
      "Ben Corrin maintains a commanding lead in the race.\n");
  CHECK(SpeakerOf(x, "the depot had no place in the town centre") == "Mara Quint");
  CHECK(ClaimStarting(x, "a commanding lead") == nullptr);
}

TEST_CASE("nothing reported but pronouns is no claim", "[claims][speech]") {
  auto x = ExtractText(
      "The council met on Thursday.\n\n"
      "The depot is a ruin, and Tom Ashby would tell you that.\n");
  CHECK(ClaimStarting(x, "you that") == nullptr);
}
