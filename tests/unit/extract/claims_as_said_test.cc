// "As X put it, ..." (issue 13): a clause of "as" that names a speaker and a verb of saying,
// set before the sentence, hands the rest of the sentence (or the quote after it) to that
// speaker; a clause of when ("As X joked with his friend, ...", "As X said this, ...") does not.
// Each on a short text written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimKind;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'As X put it, ...' is X's claim", "[claims][as_said]") {
  auto x = ExtractText(
      "As Tom Reid put it, the levy reeks of fear and desperation. As the Harbour Gazette recently "
      "noted, trust in the council is collapsing. As Ann Wolcott told reporters on Monday, the bridge "
      "will be finished by May.\n");
  CHECK(SpeakerOf(x, "the levy reeks of fear and desperation") == "Tom Reid");
  const Claim* c = ClaimStarting(x, "the levy reeks");
  REQUIRE(c);
  CHECK(c->text == "the levy reeks of fear and desperation");
  CHECK(c->kind == ClaimKind::kIndirect);
  CHECK(SpeakerOf(x, "trust in the council is collapsing") == "Harbour Gazette");
  CHECK(SpeakerOf(x, "the bridge will be finished by May") == "Ann Wolcott");
}

TEST_CASE("'As X, a description, put it, \"...\"' gives X the quote", "[claims][as_said]") {
  auto x = ExtractText(
      "The mayor has not released his returns.\n\nAs Tom Reid, a tax lawyer at the Harbour Institute, "
      "recently put it, \"Did the mayor lower his taxes through legal avoidance, or evasion?\"\n");
  const Claim* c = ClaimStarting(x, "Did the mayor lower his taxes");
  REQUIRE(c);
  CHECK(c->kind == ClaimKind::kDirect);
  CHECK(SpeakerOf(x, "Did the mayor lower his taxes") == "Tom Reid");
}

TEST_CASE("a clause of when with 'as' is no attribution", "[claims][as_said]") {
  auto x = ExtractText(
      "As Tom Reid joked with his best friend, his brother grew impatient. As Ann Wolcott vowed to "
      "carry on regardless of the result, the sense of urgency was evident.\n");
  CHECK(SpeakerOf(x, "his brother grew impatient") == "(no claim)");
  CHECK(SpeakerOf(x, "the sense of urgency") == "(no claim)");
}

TEST_CASE("'..., as X put it' names the words before it, not the sentence", "[claims][as_said]") {
  // a cue of a clause only ("put it") after "as": the phrase put is the quoted one, which a
  // closing attribution does not single out
  auto x = ExtractText(
      "Tom Reid urged a strong stand, warning that otherwise the council would \"walk all over us,\" as "
      "Ann Wolcott put it in her memoir.\n");
  CHECK(SpeakerOf(x, "Tom Reid urged a strong stand") == "(no claim)");
}

TEST_CASE("'Still, as X observed, ...': a connective and a comma before 'as'", "[claims][as_said]") {
  auto x = ExtractText(
      "Still, as Mr. Reid observed, in the early days of a new council -- when he would not be worried "
      "about re-election -- \"what products would you pick?\"\n");
  // (the sentence ends in a quote: no gap of an attribution inside the content reads it)
  CHECK(SpeakerOf(x, "in the early days of a new council") == "Reid");
}

TEST_CASE("a relative clause of speech after a named person inside the sentence", "[claims][as_said]") {
  // "..., said Mr. Kamin, who emphasized that ...": the one named before ", who" says it, also
  // when the name closes an attribution or is an object, and when the clause opens with "her"
  auto x = ExtractText(
      "The levy is unfair, said Tom Reid, who emphasized that the proposals would simplify returns. Ann "
      "Lee met Carla Ames, who stressed that her plan would cut the levy.\n");
  CHECK(SpeakerOf(x, "the proposals would simplify returns") == "Tom Reid");
  CHECK(SpeakerOf(x, "her plan would cut the levy") == "Carla Ames");
}

TEST_CASE("'..., as X hinted.' still closes an attribution; only 'put it' names the words before it",
          "[claims][as-said]") {
  // review: every clause-only cue after "as" had lost its closing attribution
  auto x = ExtractText(
      "Interest rates will have to rise again before the election, as Gordon Brown hinted on Monday.\n\n"
      "The scheme was a costly failure, as the Audit Commission discovered.\n");
  CHECK(SpeakerOf(x, "Interest rates will have to rise") == "Gordon Brown");
  CHECK(SpeakerOf(x, "The scheme was a costly failure") == "Audit Commission");
}

TEST_CASE("'As X told a news conference, ...': a setting of nouns is not the claim's text",
          "[claims][as_said]") {
  // the phrase after the cue was read as the start of what was said ("news conference, the party
  // would ..."), and a cue word as a noun ("in its report") stopped the clause
  auto x = ExtractText(
      "As Tom Reid told a news conference, the party would cut taxes. As Ann Wolcott said to reporters, "
      "the bridge will be finished by May. Acme Corp had a difficult year. As it said in its report, the "
      "market for phones is shrinking fast. As Ben Ito told the BBC's Today programme, the levy is "
      "unfair.\n");
  const Claim* c = ClaimStarting(x, "the party would");
  REQUIRE(c);
  CHECK(c->text == "the party would cut taxes");
  CHECK(SpeakerOf(x, "the party would cut taxes") == "Tom Reid");
  CHECK(SpeakerOf(x, "the bridge will be finished by May") == "Ann Wolcott");
  CHECK(SpeakerOf(x, "the market for phones") == "Acme Corp");
  CHECK(SpeakerOf(x, "the levy is unfair") == "Ben Ito");
  CHECK(SpeakerOf(x, "news conference") == "(no claim)");
  CHECK(SpeakerOf(x, "to reporters") == "(no claim)");
  CHECK(SpeakerOf(x, "in its report") == "(no claim)");
}

TEST_CASE("'As X said this, ...' says nothing: the words after the comma are the writer's",
          "[claims][as_said]") {
  auto x = ExtractText("As Tom Reid said this, the crowd booed loudly at the back.\n");
  CHECK(x.claims.empty());
}

TEST_CASE("'whether, as X claim, he plans ...': the aside names the clause after it", "[claims][as_said]") {
  auto x = ExtractText(
      "Tom Reid gave a speech. Critics will listen closely for hints on whether, as the Conservative "
      "Party claim, he plans to raise taxes after the election. The economy, as Ann Wolcott said, is in "
      "deep trouble.\n");
  const Claim* c = ClaimStarting(x, "he plans");
  REQUIRE(c);
  CHECK(c->text == "he plans to raise taxes after the election");
  CHECK(SpeakerOf(x, "he plans to raise taxes") == "Conservative Party");
  CHECK(SpeakerOf(x, "Critics will listen") == "(no claim)");
  // (the aside inside a clause whose verb follows it: the sentence is the claim)
  CHECK(SpeakerOf(x, "The economy is in deep trouble") == "Ann Wolcott");
}
