// Golden test: `claimgraph extract --json` on every file of examples/ and of the
// test fixtures (tests/fixtures/, tests/data/*.txt), byte for byte against the
// output saved before the extractor was restructured (issue 12) and reviewed.
// A file that extract refuses (examples/voa-two-articles.jsonl holds two
// articles) is kept too: its exit code and message are part of the golden file.
//
// To regenerate after a reviewed change of output:
//   CLAIMGRAPH_UPDATE_GOLDEN=1 build/tests/claimgraph_tests "[golden][extract]"
// then review `git diff tests/golden/`.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_support.h"

using claimgraph::testing::ReadFile;
using claimgraph::testing::RunCli;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

const std::string kRoot = std::string(CLAIMGRAPH_SOURCE_DIR) + "/";

// Every input file the golden test covers, as paths relative to the repository.
std::vector<std::string> GoldenInputs() {
  std::vector<std::string> out;
  for (const char* dir : {"examples", "tests/fixtures", "tests/data"}) {
    for (const auto& e : std::filesystem::directory_iterator(kRoot + dir)) {
      std::string name = e.path().filename().string();
      if (!e.is_regular_file() || name == "NOTICE" || name.ends_with(".golden")) continue;
      out.push_back(std::string(dir) + "/" + name);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The golden file of an input: tests/golden/extract/<dir>__<name>.json.
std::string GoldenPath(std::string rel) {
  std::replace(rel.begin(), rel.end(), '/', '_');
  return kRoot + "tests/golden/extract/" + rel + ".json";
}

// Replaces every occurrence of `from` in s by `to`.
std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("extract --json on every example and fixture matches the golden output", "[golden][extract]") {
  std::vector<std::string> inputs = GoldenInputs();
  REQUIRE(inputs.size() >= 8);
  bool update = std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr;
  for (const std::string& rel : inputs) {
    TempDir dir;
    auto r = RunCli({"extract", "--json", kRoot + rel}, dir);
    // Paths in the output and in messages are made relative to the repository.
    std::string got = "exit " + std::to_string(r.exit_code) + "\n" + ReplaceAll(r.err, kRoot, "") +
                      ReplaceAll(r.out, kRoot, "");
    if (update) WriteFile(GoldenPath(rel), got);
    INFO(rel);
    std::string want = ReadFile(GoldenPath(rel));
    REQUIRE(!want.empty());
    CHECK(got == want);
  }
}
