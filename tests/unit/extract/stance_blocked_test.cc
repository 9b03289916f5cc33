// Opposing a reduction is no stance against what would be reduced (issue 13): "the UK was prepared
// to veto any bid to reduce the rebate" read as opposing the rebate, a double negative read as one;
// nor is a fear: "nervous about meeting Dame Julie" read as opposing her.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a reduction that a word before it blocks is no stance against its object", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText(
            "Jack Straw said the UK was prepared to veto any bid to reduce the rebate.\n")) == "");
  CHECK(StanceEdges(ExtractText("Gordon Brown opposed plans to scrap the rebate.\n")) ==
        "Gordon Brown opposes plans to scrap the rebate\n");
  CHECK(
      StanceEdges(ExtractText("Tony Blair said he would block any attempt to abolish the House of Lords.\n"))
          .find("opposes") == std::string::npos);
  // unblocked, the reduction opposes what it reduces
  CHECK(StanceEdges(ExtractText("Jack Straw said the UK wanted to reduce the rebate.\n")) ==
        "Jack Straw opposes the rebate\n");
  // a judgement after "against" is no act: it still judges
  CHECK(StanceEdges(ExtractText("Philippe Sands said the use of force against Iraq would be illegal.\n")) ==
        "Philippe Sands opposes the use of force against Iraq\n");
  // "and" opens another act: the reduction there is the speaker's own
  CHECK(StanceEdges(ExtractText("Gordon Brown said he would oppose the war and reduce the deficit.\n"))
            .find("opposes the deficit") != std::string::npos);
}

TEST_CASE("a feeling about one's own act, or a fear denied, takes no side", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Laura Kelly said she was \"very nervous\" about meeting Dame Julie.\n")) ==
        "");
  CHECK(StanceEdges(
            ExtractText("Nick McCormick said: \"I wasn't really worried about the opposition.\"\n")) == "");
  // a feeling about a thing still judges it
  CHECK(StanceEdges(ExtractText("Gordon Brown said he was worried about the Tory plan.\n")) ==
        "Gordon Brown opposes the Tory plan\n");
  CHECK(StanceEdges(ExtractText("Gordon Brown said he was disappointed with Tony Blair.\n")) ==
        "Gordon Brown opposes Tony Blair\n");
}

TEST_CASE("a doer cutting what is its own takes no side against it", "[claims][stance]") {
  CHECK(StanceEdges(
            ExtractText("ONGC would be able to reduce its dependence on Gulf states for oil imports, Mr John "
                        "Westwood explained.\n")) == "");
  CHECK(StanceEdges(ExtractText("Lakshmi Mittal said the company would aim to reduce its workforce.\n")) ==
        "");
  // a wrong of its own is still opposed, and what the speaker asks of another is the speaker's
  CHECK(StanceEdges(ExtractText("Raj Reddy said the plan would reduce their poverty.\n")) ==
        "Raj Reddy opposes their poverty\n");
  CHECK(StanceEdges(ExtractText("Deutsche Bank urged the court to overturn its decision.\n"))
            .find("Deutsche Bank opposes its decision") != std::string::npos);
}
