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

TEST_CASE("a claim repeated in a batch after the sketch rows were written joins the tracked claim before",
          "[store]") {
  TempDir dir;
  const std::string path = dir / "s.db";
  auto extractor = claimgraph::Extractor::Open();
  REQUIRE(extractor.ok());
  auto article = [&](const std::string& id, const std::string& lead) {
    auto a = claimgraph::ParseArticleText(
        lead +
            "\n\nJohn Smith said the new plan would cut taxes for every family in the north of the country.",
        id);
    REQUIRE(a.ok());
    return extractor.value()->Extract(a.value());
  };
  {
    auto store = claimgraph::Store::Open(path);
    REQUIRE(store.ok());
    store.value()->LastBatches();  // each batch writes its sketch rows
    size_t added = 0;
    // the speaker's rows are read (none yet), then written; the next batch finds them without reading
    REQUIRE(store.value()->PutBatch({article("a.txt", "Tax plan")}, &added).ok());
    REQUIRE(store.value()->PutBatch({article("b.txt", "Plan for taxes")}, &added).ok());
    REQUIRE(store.value()->PutBatch({article("c.txt", "Taxes again")}, &added).ok());
  }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("SELECT count(*) FROM claims").getInt64() == 3);
  CHECK(db.execAndGet("SELECT count(DISTINCT tracked) FROM claims").getInt64() == 1);
  CHECK(db.execAndGet("SELECT appearances FROM tracked_claims").getInt64() == 3);
}

TEST_CASE("an ingest's last batches are held in one transaction until Commit, whatever the store's size",
          "[store]") {
  TempDir dir;
  const std::string path = dir / "s.db";
  auto extractor = claimgraph::Extractor::Open();
  REQUIRE(extractor.ok());
  auto article = [&](const std::string& id) {
    auto a = claimgraph::ParseArticleText("Article " + id + "\n\nMary Jones said it was " + id + ".", id);
    REQUIRE(a.ok());
    return extractor.value()->Extract(a.value());
  };
  auto seen = [&] {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM articles").getInt64();
  };
  auto store = claimgraph::Store::Open(path);
  REQUIRE(store.ok());
  size_t added = 0;
  REQUIRE(store.value()->PutBatch({article("a")}, &added).ok());
  CHECK(store.value()->Uncommitted() == 0);  // a small store commits each batch
  store.value()->LastBatches();
  REQUIRE(store.value()->PutBatch({article("b")}, &added).ok());
  REQUIRE(store.value()->PutBatch({article("c")}, &added).ok());
  CHECK(store.value()->Uncommitted() == 2);
  CHECK(seen() == 1);
  REQUIRE(store.value()->Commit().ok());
  CHECK(store.value()->Uncommitted() == 0);
  CHECK(seen() == 3);
  REQUIRE(store.value()->PutBatch({article("d")}, &added).ok());  // after Commit: as before
  CHECK(store.value()->Uncommitted() == 0);
  CHECK(seen() == 4);
}
