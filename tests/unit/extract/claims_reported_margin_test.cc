// Reported speech of news writing that the claim stages read (issue 13), each on a short text
// written for the test: a content that ends in a sign written onto a number ("risen by 20%").
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a content keeps the sign written onto its last number: 'risen by 20%'", "[claims][margin]") {
  auto x = ExtractText(
      "Rents had risen by 20%, Mayor Ruth Ellery told the council. Governor Tom Reid said the river "
      "had warmed by 3%. The tax take fell 4%, Reid added, before the budget.\n");
  CHECK(ClaimWithText(x, "Rents had risen by 20%") != nullptr);
  CHECK(SpeakerOf(x, "Rents had risen by 20%") == "Ruth Ellery");
  CHECK(ClaimWithText(x, "the river had warmed by 3%") != nullptr);
  CHECK(ClaimWithText(x, "The tax take fell 4%") != nullptr);
}

TEST_CASE("a restrictive relative clause between a speaker and the verb: 'Voters who backed X said'",
          "[claims][margin]") {
  auto x = ExtractText(
      "Farmers who backed Tom Reid in May said the new dam would dry out the delta. But residents "
      "who live near the plant say that the smell is unbearable.\n");
  // the one the clause is about speaks, never the name inside the clause
  CHECK(SpeakerOf(x, "the new dam would dry out the delta") == "(unresolved)");
  CHECK(SpeakerOf(x, "the smell is unbearable") == "(unresolved)");
  // a clause that describes a name before it keeps that name
  auto y = ExtractText(
      "Governor Ruth Ellery of Ohio, a Democrat who has refused to endorse Tom Reid, said the levy "
      "was unfair.\n");
  CHECK(SpeakerOf(y, "the levy was unfair") == "Ruth Ellery");
}

TEST_CASE("a participle phrase after the speaker: 'Voters surveyed by the Gazette said'",
          "[claims][margin]") {
  auto x = ExtractText(
      "Farmers surveyed by the Harbour Gazette on Monday said the new dam would dry out the delta. A "
      "spokesman contacted by the Tidewater Herald said the levy would be repealed. A court filing "
      "released on Thursday says that the mayor will not be charged.\n");
  // the ones surveyed or contacted speak, never the outlet that surveyed them
  CHECK(SpeakerOf(x, "the new dam would dry out the delta") == "(unresolved)");
  CHECK(SpeakerOf(x, "the levy would be repealed") == "(unresolved)");
  CHECK(SpeakerOf(x, "the mayor will not be charged") == "(unresolved)");
  // what someone puts out is theirs; a participle with an object is the sentence's own verb
  auto y = ExtractText(
      "A statement issued by Governor Ruth Ellery said the bridge would reopen. His two sisters joined "
      "a movement called the Harbour League.\n");
  CHECK(SpeakerOf(y, "the bridge would reopen") == "Ruth Ellery");
  CHECK(claimgraph::testing::ClaimStarting(y, "the Harbour League") == nullptr);
}

TEST_CASE("a programme named after 'the X's' is no speaker: 'told the BBC's Breakfast show'",
          "[claims][margin]") {
  auto x = ExtractText(
      "Mr Reid told the Gazette's Breakfast with Ellery show the levy would not be cut. Later, he said "
      "his faith in the council had not been shaken.\n");
  CHECK(SpeakerOf(x, "the levy would not be cut") == "Reid");
  // "show" is the programme's noun, not a verb whose subject a later "he" goes back to
  CHECK(SpeakerOf(x, "his faith in the council") == "Reid");
}

TEST_CASE("'added' keeps a clause whose subject names a prize: 'Wenger added the best team won'",
          "[claims][margin]") {
  // (07ff5e7 gave "added" the cue flag "thing" against "Mark Tully added 18 points"; it also dropped
  // these clauses, whose verbs the check for a verb of its own does not know)
  auto x = ExtractText(
      "Arsene Wenger added the best team won. Gordon Brown added record employment proves the economy "
      "works. Tully added that the pitch had been heavy.\n");
  CHECK(SpeakerOf(x, "the best team won") == "Arsene Wenger");
  CHECK(SpeakerOf(x, "record employment proves the economy works") == "Gordon Brown");
  CHECK(SpeakerOf(x, "the pitch had been heavy") == "Tully");
}

TEST_CASE("people described by the person they are of speak, not that person: 'Critics of X argue'",
          "[claims][margin]") {
  auto x = ExtractText(
      "Governor Tom Reid opened the bridge on Monday. Critics of Mr. Reid argue that the bridge was too "
      "costly. Supporters of Tom Reid say the tolls will pay for it. Reid said the tolls were fair.\n");
  CHECK(SpeakerOf(x, "the bridge was too costly") == "(unresolved)");
  CHECK(SpeakerOf(x, "the tolls will pay for it") == "(unresolved)");
  CHECK(SpeakerOf(x, "the tolls were fair") == "Tom Reid");
  // a body's people are its voice, as before: the department speaks
  auto y = ExtractText("The Department of Justice said that both men had pleaded guilty.\n");
  CHECK(SpeakerOf(y, "both men had pleaded guilty") != "(unresolved)");
}

TEST_CASE("what a belief is about is no claim: 'is confident of victory'", "[claims][margin]") {
  auto x = ExtractText(
      "Mark Tully is confident of victory in the final. The Harbour Bank is worried about rising "
      "prices. Tully is confident he can win the final. The bank is optimistic that prices will "
      "fall.\n");
  CHECK(claimgraph::testing::ClaimStarting(x, "of victory") == nullptr);
  CHECK(claimgraph::testing::ClaimStarting(x, "about rising prices") == nullptr);
  CHECK(SpeakerOf(x, "he can win the final") == "Mark Tully");
  CHECK(claimgraph::testing::ClaimStarting(x, "prices will fall") != nullptr);
}
