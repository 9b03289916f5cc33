// Inputs found by tools/fuzz.sh that crashed the extractor, kept so that they
// never come back. Each must extract without a crash (the sanitizer suite
// catches reads out of bounds) and give a sane result.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/extractor.h"
#include "claimgraph/model.h"

namespace {

claimgraph::Extraction Run(const std::string& text) {
  claimgraph::Article a;
  a.text = text;
  a.body_start = 0;
  a.source = "fuzz.txt";
  auto ex = claimgraph::Extractor::Open();
  REQUIRE(ex.ok());
  return ex.value()->Extract(a);
}

}  // namespace

TEST_CASE("a speech cue as the last word after a comma: no subject read past the text", "[fuzz]") {
  // crash-5b9a73ba: ", states" ends the article; the subject after the cue was read
  // one token past the end (heap-buffer-overflow in NpAfter).
  claimgraph::Extraction x = Run("l`I,states");
  CHECK(x.claims.empty());
  x = Run("The plan will work, said");
  CHECK(x.claims.empty());
}
