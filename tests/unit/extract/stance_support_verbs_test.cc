// Support given or withheld with verbs that take a side only toward a named one ("trusts",
// "embraced", "sided with", "stood by", "rallied around"), support withheld behind a contracted
// auxiliary ("didn't praise"), and withheld from no one in particular ("has not endorsed any
// candidate"). A verb of a side taken toward a named one is an act, never speech: it opens no
// claim, and the claims around it stay whole. A document with a word of its own after its
// owner ("Gianforte's initial statement criticized ...") speaks for the owner, and the
// capacity a subject acted in ("Trump as a candidate accused ...") is no subject.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;

TEST_CASE("a verb of support toward a named one supports it", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Mitch McConnell has embraced Donald Trump.\n")) ==
        "Mitch McConnell supports Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Afghan officials say they have decided to trust Iran.\n")) ==
        "Afghanistan supports Iran\n");
  CHECK(StanceEdges(ExtractText("The Supreme Court has sided with FERC.\n")) ==
        "Supreme Court supports FERC\n");
  CHECK(StanceEdges(ExtractText("Ann Lowe stood by Tom Reed during the scandal.\n")) ==
        "Ann Lowe supports Tom Reed\n");
  CHECK(StanceEdges(ExtractText("Republicans rallied around Donald Trump.\n")) ==
        "Republican Party supports Donald Trump\n");
  // toward no named one: a thing embraced, a pledge stood by, a noun
  CHECK(StanceEdges(ExtractText("The Sanders camp has embraced the primary process.\n")).empty());
  CHECK(StanceEdges(ExtractText("Dylann Roof stood by his pledge not to testify.\n")).empty());
  CHECK(StanceEdges(ExtractText("Ann Lowe is a trusted adviser.\n")).empty());
}

TEST_CASE("support withheld behind a contracted auxiliary opposes", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Conservative Christians didn't trust Donald Trump.\n")) ==
        "Christians opposes Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Ann Lowe didn't praise Tom Reed.\n")) == "Ann Lowe opposes Tom Reed\n");
  CHECK(StanceEdges(ExtractText("Ann Lowe hasn't endorsed Tom Reed.\n")) == "Ann Lowe opposes Tom Reed\n");
  // a criticism withheld says nothing
  CHECK(StanceEdges(ExtractText("Ann Lowe didn't criticize Tom Reed.\n")).empty());
}

TEST_CASE("support withheld from no one in particular opposes no one", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("The Club has not endorsed a candidate in the Colorado primary.\n")).empty());
  CHECK(StanceEdges(ExtractText("Ollanta Humala has not endorsed any candidate.\n")).empty());
  CHECK(StanceEdges(ExtractText("While Fred Thompson isn't endorsing any Republican candidate yet, he is "
                                "listening.\n"))
            .empty());
  // a named one still is opposed
  CHECK(StanceEdges(ExtractText("Ollanta Humala has not endorsed Keiko Fujimori.\n")) ==
        "Ollanta Humala opposes Keiko Fujimori\n");
}

TEST_CASE("support withheld from no one in particular opposes no one, in any wording", "[claims][stance]") {
  // in what a speaker says of herself (the content path)
  CHECK(StanceEdges(ExtractText("Hillary Clinton said she had not endorsed any candidate in the race.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("Jeb Bush said he would not support anyone in the primary.\n")).empty());
  CHECK(StanceEdges(ExtractText("Jeb Bush said he wouldn't support any of them.\n")).empty());
  // through the cue rows of support withheld ("did not support", "refused to endorse")
  CHECK(StanceEdges(ExtractText("Jeb Bush did not support any candidate in the race.\n")).empty());
  CHECK(StanceEdges(ExtractText("Jeb Bush refused to endorse a candidate.\n")).empty());
  CHECK(StanceEdges(ExtractText("Jeb Bush said he won't back anyone.\n")).empty());
  // "a" before a thing, not a person, is that thing
  CHECK(StanceEdges(ExtractText("Jeb Bush does not support a carbon tax.\n")) ==
        "Jeb Bush opposes a carbon tax\n");
  CHECK(StanceEdges(ExtractText("Jeb Bush said he would not support Hillary Clinton.\n")) ==
        "Jeb Bush opposes Hillary Clinton\n");
}

TEST_CASE("a verb of a side toward a named one opens no claim", "[claims][stance]") {
  // the later claim keeps its speaker
  auto x = ExtractText(
      "More than 20 years later, Ray Charles would embrace contemporary production with his 1993 album, "
      "although Charles claimed at the time not to know what hip-hop was.\n");
  CHECK(SpeakerOf(x, "at the time not to know") == "Ray Charles");
  CHECK(ClaimStarting(x, "contemporary production") == nullptr);
}

TEST_CASE("a document with a word of its own after whose it is speaks for its owner", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Greg Gianforte's initial statement criticized Ben Jacobs.\n")) ==
        "Greg Gianforte opposes Ben Jacobs\n");
  auto x = ExtractText("The Treasury's annual report said that the deficit will grow.\n");
  CHECK(SpeakerOf(x, "the deficit will grow") == "Treasury");
  // a document of someone's inside another subject's phrase is not the subject
  auto y =
      ExtractText("A source familiar with the FDIC's internal investigation said the network was hacked.\n");
  CHECK(SpeakerOf(y, "the network was hacked") == "(unresolved)");
}

TEST_CASE("the capacity a subject acted in stands between it and its verb", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Trump as a candidate repeatedly accused Clinton of illegal conduct.\n")) ==
        "Trump opposes Clinton\n");
  CHECK(StanceEdges(
            ExtractText("Donald Trump as a candidate repeatedly accused Hillary Clinton of lying.\n")) ==
        "Donald Trump opposes Hillary Clinton\n");
}
