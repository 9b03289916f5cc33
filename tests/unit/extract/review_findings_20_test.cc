// Wrong output found by the twentieth session's review (issue 13), each a pattern with a short text
// of its own: a wrong owner of "his", a speaker read from a phrase before the subject, a belief's
// reach past "and", narration joined to a quote, a literal "lined up behind".
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;

TEST_CASE("'his' is no man of a list or one a 'he' may stand for", "[claims][stance][review20]") {
  // a co-subject is no owner
  CHECK(StanceEdges(ExtractText("Both Tessa Jowell and John Prescott have welcomed his return.\n"))
            .find("supports John Prescott") == std::string::npos);
  // a "he" before it may be the one meant
  CHECK(
      StanceEdges(ExtractText("Tony Blair has been criticised over the war. Speaking in London after meeting "
                              "Gordon Brown, he defended his decision to go to war.\n")) ==
      "Tony Blair supports his decision to go to war\n");
  // the one man named before it, with no "he", still owns it
  CHECK(StanceEdges(ExtractText("After Barack Obama spoke, Hillary Clinton endorsed his nuclear deal.\n")) ==
        "Hillary Clinton supports Barack Obama\n");
}

TEST_CASE("a name inside a phrase before the subject is not the one a description describes",
          "[claims][review20]") {
  CHECK(
      SpeakerOf(ExtractText("In a letter to Tony Blair, a teacher in Leeds said class sizes were too big.\n"),
                "class sizes") == "(unresolved)");
  CHECK(SpeakerOf(ExtractText("Howard Archer, economist at Global Insight said growth was slowing.\n"),
                  "growth") == "Howard Archer");
}

TEST_CASE("a negated belief does not reach a verb joined by 'and'", "[claims][stance][review20]") {
  CHECK(StanceEdges(
            ExtractText("Charles Kennedy does not believe in tax cuts and attacked Michael Howard.\n")) ==
        "Charles Kennedy opposes Michael Howard\n");
}

TEST_CASE("the writer's 'and then he walked out' is no part of the quote", "[claims][review20]") {
  auto x = ExtractText("The plan is dead, Mayor John Smith said, and then he walked out of the room.\n");
  CHECK(ClaimWithText(x, "The plan is dead") != nullptr);
  CHECK(ClaimWithText(x, "The plan is dead and then he walked out of the room") == nullptr);
}

TEST_CASE("lining up behind someone in a tunnel is no support", "[claims][stance][review20]") {
  CHECK(StanceEdges(ExtractText(
            "David Beckham lined up behind Wayne Rooney in the tunnel before kick-off.\n")) == "");
}
