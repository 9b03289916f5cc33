// Phrasal stance verbs in every form a news sentence writes them (issue 13): "lash out at",
// "rally behind", "take aim at" read as their past tense does, and "starts to" hands its subject
// to the verb after it as "began to" does.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a phrasal stance verb is read in its other forms", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Peter Hain is lashing out at Gordon Brown.\n")) ==
        "Peter Hain opposes Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("Labour MPs are rallying behind Gordon Brown.\n")) ==
        "Labour Party supports Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("Peter Hain is taking aim at Michael Howard.\n")) ==
        "Peter Hain opposes Michael Howard\n");
  CHECK(StanceEdges(ExtractText("Peter Hain declined to back Michael Howard.\n")) ==
        "Peter Hain opposes Michael Howard\n");
}

TEST_CASE("'starts to' hands its subject to the stance verb after it", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Peter Hain starts to lash out at Gordon Brown.\n")) ==
        "Peter Hain opposes Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("Peter Hain started to criticise Michael Howard.\n")) ==
        "Peter Hain opposes Michael Howard\n");
}

TEST_CASE("'critical about' is a stance as 'critical of' is", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Howard Dean is critical about Tony Blair.\n")) ==
        "Howard Dean opposes Tony Blair\n");
  CHECK(StanceEdges(ExtractText("Howard Dean has been critical about the Iraq war.\n")) ==
        "Howard Dean opposes the Iraq war\n");
}

TEST_CASE("solidifying, coalescing or closing ranks behind someone supports them", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Labour MPs coalesced behind Gordon Brown.\n")) ==
        "Labour Party supports Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("The Republicans are now solidifying behind John McCain.\n")) ==
        "Republican Party supports John McCain\n");
  CHECK(StanceEdges(ExtractText("Tory MPs closed ranks behind Michael Howard.\n")) ==
        "Conservative Party supports Michael Howard\n");
}
