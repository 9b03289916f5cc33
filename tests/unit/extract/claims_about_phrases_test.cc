// What words were about is not what they said: a preposition's phrase right after a cue, with no
// verb of its own, is no claim ("warned over grey vote", "Chelsea ridiculed over complaint").
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a preposition's phrase after a cue is what the words were about: no claim", "[claims]") {
  CHECK(ClaimStarting(ExtractText("Vote\n\nThe Tories warned over grey vote on Monday.\n"),
                      "over grey vote") == nullptr);
  CHECK(ClaimStarting(ExtractText("Row\n\nChelsea ridiculed over complaint\n\nChelsea have been mocked.\n"),
                      "over complaint") == nullptr);
  CHECK(ClaimStarting(ExtractText("Memoir\n\nDavid Blunkett tells of love and pain in his new book.\n"),
                      "of love and pain") == nullptr);
  CHECK(
      ClaimStarting(ExtractText("Party\n\nJohn Smith was asked about the future leadership of the party.\n"),
                    "about the future") == nullptr);
}

TEST_CASE("a phrase after a cue with a verb of its own is still a claim", "[claims]") {
  // (a sentence that opens with a preposition, and an infinitive after the cue)
  const Extraction x = ExtractText(
      "Markets\n\nNaoki Kamiyama predicted in 2005 it will rise toward 13,000. Silvio Berlusconi promised to "
      "cut taxes this year.\n");
  CHECK(SpeakerOf(x, "to cut taxes") == "Silvio Berlusconi");
  CHECK(SpeakerOf(ExtractText("Markets\n\nThe minister said that in 2005 the economy will grow.\n"),
                  "in 2005 the economy will grow") != "(no claim)");
}

TEST_CASE("the place a described person holds office for does not speak", "[claims][speakers]") {
  // (an unnamed minister: no one the article names)
  CHECK(SpeakerOf(ExtractText("Health\n\nThe new health minister for Wales says there are lessons to learn "
                              "from England.\n"),
                  "there are lessons") == "(unresolved)");
  // the one named after such a phrase still speaks
  CHECK(
      SpeakerOf(ExtractText("Schools\n\nThe very first question to the prime minister from Derby North's Bob "
                            "Laxton asked him if he would carry on the policy.\n"),
                "if he would carry on") == "Bob Laxton");
}
