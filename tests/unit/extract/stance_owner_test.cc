// A stance on what someone owns (issue 13): "endorsed his nuclear deal" is a stance toward the
// one "his" stands for, when the sentence names one such man only and he is not the speaker, and
// so is one on her thing toward the woman "her" stands for ("praised her husband" is no stance
// toward her object pronoun); "whose support" is a noun, no verb of support.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a stance on his thing is one toward the man 'his' stands for", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Mrs. Clinton met Mr. Obama, and she praised his health plan.\n")) ==
        "Clinton supports Obama\n");
  // his own thing: the stance stays on the thing
  CHECK(StanceEdges(ExtractText("Donald Trump defended his decision.\n")) ==
        "Donald Trump supports his decision\n");
  // two men "his" could stand for: never guess
  CHECK(
      StanceEdges(ExtractText("John McCain met Barack Obama, and Sarah Palin attacked his health plan.\n")) ==
      "Sarah Palin opposes his health plan\n");
}

TEST_CASE("'her' before a noun is a possessive, not the object", "[claims][stance]") {
  // the stance is on her thing: toward the woman "her" stands for, or on the thing when it is her own
  CHECK(
      StanceEdges(ExtractText("Ms. Ann Ruiz lost the vote, and Tom Pike attacked her record in office.\n")) ==
      "Tom Pike opposes Ann Ruiz\n");
  CHECK(StanceEdges(ExtractText("Maria Lopez defended her record.\n")) ==
        "Maria Lopez supports her record\n");
  // the one named after it: "praised her husband, Tom Jones" supports him (it was read as praise
  // of "her", the speaker herself, and dropped)
  CHECK(StanceEdges(ExtractText("Anna Smith praised her husband, Tom Jones.\n")) ==
        "Anna Smith supports Tom Jones\n");
  CHECK(StanceEdges(ExtractText("Anna Smith explained why she supports her son Brandon.\n")) ==
        "Anna Smith supports her son Brandon\n");
  // "her" as the object stays the object
  CHECK(StanceEdges(ExtractText("Ms. Ann Ruiz spoke first, and Tom Pike criticized her for the delay.\n")) ==
        "Tom Pike opposes Ann Ruiz\n");
}

TEST_CASE("'whose support' is a noun, no one's support", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Tony Blair needs Labour MPs, whose support Gordon Brown lost.\n")).empty());
}

TEST_CASE("'backing for' is support, as 'backing of' is", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Russia's backing for Assad angered the West.\n"))
            .find("Russia supports Assad") != std::string::npos);
}
