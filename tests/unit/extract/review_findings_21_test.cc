// The review of session 21's rules (reviewer12's reproduced findings), each on a sentence of the
// review or one written for the test: what a rule of the session must not do.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("review 21: 'her' before an adverb or a time is the object, not a possessive",
          "[claims][review21]") {
  CHECK(StanceEdges(ExtractText("Revolt\n\nRuth Kelly faced a revolt. John Prescott praised her too.\n")) ==
        "John Prescott supports Ruth Kelly\n");
  CHECK(StanceEdges(
            ExtractText("Revolt\n\nRuth Kelly faced a revolt. John Prescott praised her yesterday.\n")) ==
        "John Prescott supports Ruth Kelly\n");
}

TEST_CASE("review 21: a quantity that changes hands is a side, not a measure", "[claims][review21]") {
  CHECK(StanceEdges(ExtractText("Arms\n\nAmnesty International condemned arms exports to Indonesia.\n")) ==
        "Amnesty International opposes arms exports to Indonesia\n");
  CHECK(StanceEdges(ExtractText("Aid\n\nOxfam welcomed the recovery of the stolen aid.\n")) ==
        "Oxfam supports the recovery of the stolen aid\n");
  // a measure is still none ("blamed high fuel prices")
  CHECK(StanceEdges(ExtractText("Losses\n\nFord blamed high fuel prices for the losses.\n")) == "");
}

TEST_CASE("review 21: a progressive after 'be' is a verb with an object", "[claims][review21]") {
  CHECK(StanceEdges(ExtractText("Row\n\nMichael Howard is betraying Tony Blair.\n")) ==
        "Michael Howard opposes Tony Blair\n");
}

TEST_CASE("review 21: an adverb before the speaker's own belief reports no one else's words",
          "[claims][review21]") {
  CHECK(Stances(ExtractText("War\n\nMichael Howard said he always believed Labour should oppose the war.\n"),
                "Michael Howard") == "proposed:oppose the war\n");
}

TEST_CASE("review 21: a noun in -ing after a medium goes on with the target", "[claims][review21]") {
  CHECK(StanceEdges(ExtractText("Food\n\nThe British Heart Foundation backed a ban on TV advertising of junk "
                                "food.\n")) ==
        "British Heart Foundation supports a ban on TV advertising of junk food\n");
}

TEST_CASE("review 21: a name written with a period stays whole, and an adverb-like surname speaks",
          "[claims][review21]") {
  auto x =
      ExtractText("Fans\n\nClaude Errera, editor of fansite Halo.Bungie.Org, said the game was a hit.\n");
  CHECK(SpeakerOf(x, "the game was a hit") == "Claude Errera");
  CHECK(SpeakerOf(ExtractText("Appeal\n\nPriestly said the club would appeal.\n"), "the club would appeal") ==
        "Priestly");
}
