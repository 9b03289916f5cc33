// The extraction threads keep some buffers from one article to the next (the stance reader's
// phrase marks, the tagger's sentence words): what an article yields on a thread that has read
// others is what it yields on a fresh thread.
#include <catch2/catch.hpp>

#include <string>
#include <thread>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

namespace {

// Entities and stance edges, as lines.
std::string ReusedBufferSummary(const Extraction& x) {
  std::string out;
  for (const auto& e : x.entities) out += e.id + " " + e.name + "\n";
  return out + StanceEdges(x);
}

}  // namespace

TEST_CASE("an article read after others on a thread yields what it yields on a fresh thread",
          "[claims][stance][threads]") {
  const std::string longer =
      "Mervyn Kingsley, the governor of the Bank of Avalon, said the finance minister was responsible "
      "for the collapse of the pension scheme, which he called a disgrace and a betrayal of savers, "
      "and that the opposition leader was critical to support for the rescue plan.\n"
      "Speaking in Lisbon, Kingsley added that the Treasury had been wrong about the plan.\n";
  const std::string shorter = "Gordon Brown said the new tax was unfair. Hans Eichel criticised the plan.\n";
  std::string fresh;
  std::thread([&] { fresh = ReusedBufferSummary(ExtractText(shorter)); }).join();
  std::string reused;
  std::thread([&] {
    ExtractText(longer);
    reused = ReusedBufferSummary(ExtractText(shorter));
  }).join();
  CHECK(!fresh.empty());
  CHECK(reused == fresh);
  CHECK(StanceEdges(ExtractText(shorter)).find("Gordon Brown opposes") != std::string::npos);
}
