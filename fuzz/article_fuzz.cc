// libFuzzer target: bytes as an article file, read the way `claimgraph ingest` reads one
// (the first byte chooses plain text or JSON Lines), then every article extracted and its
// extraction written as JSON. Any crash, sanitizer report, leak or timeout is a finding.
// Run it with tools/fuzz.sh SECONDS (seeds: examples/ and tests/fixtures/).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "claimgraph/claimgraph.h"
#include "ingest/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const claimgraph::Extractor> extractor = [] {
    auto x = claimgraph::Extractor::Open();
    if (!x.ok()) {
      std::fprintf(stderr, "claimgraph_fuzz: %s\n", x.status().message().c_str());
      std::abort();
    }
    return x.value();
  }();
  if (size == 0) return 0;
  claimgraph::ingest::InputFile input;
  input.path = "fuzz-input";
  input.json_lines = (data[0] & 1) != 0;  // seeds are read both ways
  input.max_bytes = 1 << 20;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(fmemopen(const_cast<uint8_t*>(data), size, "rb"),
                                                    &std::fclose);
  if (!f) return 0;
  claimgraph::ingest::ReadStream(
      input, f.get(),
      [&](claimgraph::Article&& a, size_t) {
        claimgraph::Extraction x = extractor->Extract(a);
        std::string json = claimgraph::ExtractionToJson(x);
        return !json.empty();
      },
      [](const claimgraph::ReadProblem&, size_t) {});
  return 0;
}
