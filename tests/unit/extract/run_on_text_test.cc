// Text with no full stops: a "sentence" of thousands of words (a feed that lost its
// punctuation, a hostile article). Extraction must stay proportionate to it: no relation may
// carry the whole text as its evidence (the output and the store would grow with the square
// of the text), and its claims and relations are still read.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;

TEST_CASE("a relation read in a run-on sentence has a bounded evidence", "[claims][run_on]") {
  const std::string unit =
      "Theresa May met Angela Merkel in Berlin, Merkel criticised the plan to cut farm subsidies, "
      "he said the plan would help farmers, ";
  std::string text = "Run-on\n\n";
  for (int i = 0; i < 300; ++i) text += unit;
  text += "and that was all.\n";
  claimgraph::Extraction x = ExtractText(text);
  CHECK(x.claims.size() >= 100);
  REQUIRE(!x.relations.empty());
  for (const auto& r : x.relations) {
    INFO(r.type << " " << r.source << " -> " << r.target);
    // at most 500 tokens of about 6 bytes: a small part of the 38 KB text
    CHECK(r.evidence.size() < 4000);
    CHECK(r.evidence_span.end - r.evidence_span.start < 4000);
    CHECK(r.evidence_span.end <= text.size());
  }
}
