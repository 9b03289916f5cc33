// Reported speech that was missed (issue 13, PolNeAR recall): each construction on a short text
// written for the test, with a near one that must stay as it was.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a belief or speech whose clause has a modal verb ('could', 'must') is a claim",
          "[claims][recall]") {
  auto x = ExtractText(
      "Governor Hal Brenner hopes his campaign could score a turnaround in the south. Senator Ruth Adair "
      "said \"local forces\" must lead the fight. Mayor Tom Ives hopes a quick victory.\n");
  CHECK(SpeakerOf(x, "his campaign could score a turnaround") == "Hal Brenner");
  CHECK(SpeakerOf(x, "local forces must lead the fight") == "Ruth Adair");
  // a hope for a noun phrase is no statement
  CHECK(ClaimStarting(x, "a quick victory") == nullptr);
}

TEST_CASE("a description opening the sentence with a capitalized article speaks, unnamed",
          "[claims][recall]") {
  auto x = ExtractText(
      "Ann Lowe spoke at the rally on Tuesday. A voter said, \"We all know how she feels about the police.\" "
      "The figures include delegates and superdelegates.\n");
  const auto* c = ClaimStarting(x, "We all know how she feels");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  // what figures include is no one's statement
  CHECK(ClaimStarting(x, "delegates and superdelegates") == nullptr);
}
TEST_CASE("a relative clause with a cue of its own does not hide the subject's verb after it",
          "[claims][recall]") {
  auto x = ExtractText(
      "Clara Humm, who has long argued that the economy is weak, said the tax plan would fail. Peter Vance, "
      "who called the senator a liar, told reporters the bill was dead.\n");
  CHECK(SpeakerOf(x, "the economy is weak") == "Clara Humm");
  CHECK(SpeakerOf(x, "the tax plan would fail") == "Clara Humm");
  CHECK(SpeakerOf(x, "the bill was dead") == "Peter Vance");
}

TEST_CASE("what polls 'show' is a claim of theirs, but a show is no verb", "[claims][recall]") {
  auto x = ExtractText(
      "Polls continue to show that Senator Ann Lowe is leading in Ohio. Recent surveys show the race "
      "will be close. Fans who bought tickets for the February show can attend the new concert. Bo Stark, "
      "a radio talk show host, said that the campaign was over.\n");
  CHECK(SpeakerOf(x, "Senator Ann Lowe is leading") == "(unresolved)");
  CHECK(SpeakerOf(x, "the race will be close") == "(unresolved)");
  CHECK(ClaimStarting(x, "can attend") == nullptr);
  CHECK(SpeakerOf(x, "the campaign was over") == "Bo Stark");
}

TEST_CASE("a relative clause without a comma before a cue of its own keeps the name as the subject",
          "[claims][recall]") {
  auto x = ExtractText(
      "Jason Sorens, the founder of a group that encourages libertarians to move north, said he had seen a "
      "decline. Tom Fitch, the head of a watchdog that has sued the department, said that the damage was "
      "done. \"Oh, let him make that decision,\" said Vice President Joe Biden.\n");
  CHECK(SpeakerOf(x, "he had seen a decline") == "Jason Sorens");
  CHECK(SpeakerOf(x, "the damage was done") == "Tom Fitch");
  CHECK(SpeakerOf(x, "Oh, let him make") == "Joe Biden");
}

TEST_CASE("a parenthesis of whole sentences after '..., X said.' is the writer's, not X's content",
          "[claims][recall]") {
  auto x = ExtractText(
      "The criticism was often warranted, Mr. Sykes said. (Just take a look at the donation by the former "
      "aide.)\n\nORLANDO, Fla. (Reuters) - Senator Ann Lowe visited the city and said the state must act.\n");
  CHECK(SpeakerOf(x, "The criticism was often warranted") == "Sykes");
  CHECK(ClaimStarting(x, "Just take a look") == nullptr);
  CHECK(ClaimStarting(x, "the state must act") != nullptr);
}
