// A cue word that is a plural noun as well ("attacks", "demands", "signals", "calls", "claims")
// is a cue only as a verb (issue 13: a claim is a statement). Each on a short text written for
// the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("a plural noun that is a cue word as well says nothing", "[claims][noun-cues]") {
  auto x = ExtractText(
      "Such attacks on websites have forced the development of new systems, said Anna Berg.\n\n"
      "Some attacks bombard websites with data in an attempt to overwhelm the target.\n\n"
      "The demands of films and broadband media keep growing.\n\n"
      "The latest signals from the French economy were mixed.\n");
  CHECK(ClaimStarting(x, "on websites") == nullptr);
  CHECK(ClaimStarting(x, "bombard websites") == nullptr);
  CHECK(ClaimStarting(x, "of films") == nullptr);
  CHECK(ClaimStarting(x, "from the French economy") == nullptr);
  CHECK(StanceEdges(x).empty());
}

TEST_CASE("attacks on a thing reported in a claim are no stance of the speaker", "[claims][noun-cues]") {
  auto x = ExtractText(
      "Johan Berg, who studies file sharing, spoke to reporters. He added that the legal attacks on "
      "BitTorrent had driven people away from sites such as Suprnova.\n\n"
      "Malcolm Grey, security expert at Energis, said the most common types of attacks hit sites with "
      "10 megabytes of data.\n\n"
      "Mr Blair was commenting on the jailing of 11 people for IRA bomb attacks on pubs in 1974.\n");
  CHECK(SpeakerOf(x, "the legal attacks on BitTorrent") == "Johan Berg");
  CHECK(Stances(x, "Johan Berg").empty());
  CHECK(SpeakerOf(x, "the most common types of attacks") == "Malcolm Grey");
  CHECK(Stances(x, "Malcolm Grey").empty());
  CHECK(Stances(x, "Blair").empty());
}

TEST_CASE("the same words are cues as verbs, after a 'that' that opens a clause too", "[claims][noun-cues]") {
  auto x = ExtractText(
      "Greg Tanner attacks the plan as a waste of money.\n\n"
      "It is astounding that Dan Frost demands accountability from the mayor.\n\n"
      "Lisa Moore claims the vote was rigged.\n");
  CHECK(Stances(x, "Greg Tanner").find("opposes:") != std::string::npos);
  CHECK(Stances(x, "Dan Frost").find("proposed:accountability") != std::string::npos);
  CHECK(SpeakerOf(x, "the vote was rigged") == "Lisa Moore");
}

TEST_CASE("a document says what its relative clause of speech says", "[claims][noun-cues]") {
  auto x = ExtractText(
      "Gary Jones is a triathlete. He released a letter from his doctor Friday afternoon that says he "
      "has \"extraordinarily good health\" for a 63-year-old.\n\n"
      "The Danish and German governments are challenging a European Commission ruling which said Greece "
      "should have sole rights to use the name.\n");
  const auto* health = ClaimStarting(x, "he has extraordinarily good health");
  REQUIRE(health);
  CHECK(health->speaker.empty());  // the doctor, named by no name
  CHECK(ClaimStarting(x, "Greece should have sole rights") != nullptr);
}

TEST_CASE("a belief word before 'of' or 'over' is a noun or an adjective, not a verb of belief",
          "[claims][noun-cues]") {
  auto x = ExtractText(
      "Film news\n\nBritish hopes of winning the top prize were dashed on Sunday. Trade fears over a "
      "weak euro grew. A man suspected of links to the gang has been charged. Mayor Ann Cole thought "
      "of the days when the mill was open. Ann Cole hopes the mill will reopen.\n");
  CHECK(SpeakerOf(x, "of winning the top prize") == "(no claim)");
  CHECK(SpeakerOf(x, "over a weak euro") == "(no claim)");
  CHECK(SpeakerOf(x, "of links to the gang") == "(no claim)");
  // a verb of thinking with its "of" phrase, and the verb before a clause, stay claims
  CHECK(SpeakerOf(x, "of the days when the mill was open") == "Ann Cole");
  CHECK(SpeakerOf(x, "the mill will reopen") == "Ann Cole");
}

TEST_CASE("'added' before a number with no verb of its own is a rise, not speech", "[claims][noun-cues]") {
  auto x = ExtractText(
      "Rugby news\n\nFull-back Tom Reed added 18 points as Hawks won. The economy added 40,000 jobs "
      "in May. Tom Reed added 2005 would be a big year for the club.\n");
  CHECK(SpeakerOf(x, "18 points") == "(no claim)");
  CHECK(SpeakerOf(x, "40,000 jobs") == "(no claim)");
  CHECK(SpeakerOf(x, "2005 would be a big year") == "Tom Reed");
}
