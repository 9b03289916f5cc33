// A stance on what someone owns (issue 13): "endorsed his nuclear deal" is a stance toward the
// one "his" stands for, when the sentence names one such man only and he is not the speaker;
// "whose support" is a noun, no verb of support.
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

TEST_CASE("'whose support' is a noun, no one's support", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Tony Blair needs Labour MPs, whose support Gordon Brown lost.\n")).empty());
}

TEST_CASE("'backing for' is support, as 'backing of' is", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Russia's backing for Assad angered the West.\n"))
            .find("Russia supports Assad") != std::string::npos);
}
