// Inputs found by tools/fuzz.sh that crashed the extractor, kept so that they
// never come back. Each must extract without a crash (the sanitizer suite
// catches reads out of bounds) and give a sane result.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;

TEST_CASE("a speech cue as the last word after a comma: no subject read past the text", "[fuzz]") {
  // crash-5b9a73ba: ", states" ends the article; the subject after the cue was read
  // one token past the end (heap-buffer-overflow in NpAfter).
  CHECK(ExtractText("l`I,states").claims.empty());
  CHECK(ExtractText("The plan will work, said").claims.empty());
}

TEST_CASE("an article ending in 'said the': no title read past the text", "[fuzz]") {
  // (review finding: ResolveReference read the token after "the" past the end; ASan SEGV)
  auto x = ExtractText("\"We will win,\" said the\n");
  CHECK(x.claims.size() <= 1);
  for (const auto& c : x.claims) CHECK(c.speaker.empty());
}
