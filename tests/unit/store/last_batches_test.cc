#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "claimgraph/extractor.h"
#include "claimgraph/pipeline.h"
#include "claimgraph/store.h"
#include "support/test_support.h"

using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

// Claim sketch rows in the file, as another connection sees them.
int64_t SketchRowsSeen(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT count(*) FROM claim_sketches").getInt64();
}

}  // namespace

TEST_CASE("an ingest writes its claim sketches with its last batches, not at the store's close",
          "[store][pipeline]") {
  TempDir dir;
  for (int i = 0; i < 6; ++i)
    WriteFile(dir / ("in/a" + std::to_string(i) + ".txt"),
              "Minister " + std::to_string(i) + " speaks\n\nJohn Smith said the plan number " +
                  std::to_string(i) +
                  " would cut taxes for every family in the north. \"We will not wait,\" Mary Jones said.");
  const std::string path = dir / "s.db";
  auto extractor = claimgraph::Extractor::Open();
  REQUIRE(extractor.ok());
  int64_t before_close = 0;
  {
    auto store = claimgraph::Store::Open(path);
    REQUIRE(store.ok());
    claimgraph::IngestOptions options;
    options.batch_size = 4;
    claimgraph::IngestReport r =
        claimgraph::Ingest({dir / "in"}, *extractor.value(), *store.value(), options);
    REQUIRE(r.status.ok());
    CHECK(r.added == 6);
    before_close = SketchRowsSeen(path);  // the store is still open
  }
  CHECK(before_close > 0);
  CHECK(before_close == SketchRowsSeen(path));
}
