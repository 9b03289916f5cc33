#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "store/key_filter.h"
#include "support/test_support.h"

using claimgraph::store::NameKeys;
using claimgraph::testing::TempDir;

namespace {

// The tables ReadKeyFilter reads, with one key in each.
void MakeKeyTables(SQLite::Database& db) {
  db.exec(
      "CREATE TABLE entities (id INTEGER PRIMARY KEY, type TEXT, name TEXT, key TEXT);"
      "CREATE TABLE entity_aliases (entity INTEGER, alias TEXT, key TEXT, self INTEGER,"
      " PRIMARY KEY (entity, alias)) WITHOUT ROWID;"
      "CREATE TABLE entity_surnames (key TEXT, entity INTEGER, PRIMARY KEY (key, entity)) WITHOUT ROWID;"
      "INSERT INTO entities VALUES (1, 'person', 'Ann Lee', 'ann lee');"
      "INSERT INTO entity_aliases VALUES (1, 'Annie', 'annie', NULL);"
      "INSERT INTO entity_surnames VALUES ('lee', 1);");
}

void Miss(NameKeys& keys, int n) {
  for (int i = 0; i < n; ++i) keys.Missed();
}

}  // namespace

TEST_CASE("the writer reads the stored name keys only after as many misses as a large store warrants",
          "[store]") {
  TempDir dir;
  SQLite::Database db(dir / "keys.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  MakeKeyTables(db);
  NameKeys keys(/*after=*/256);
  CHECK(keys.MayHave("bo tan"));  // not read: every key is asked for
  // A store of 8,000 entities: 1,000 misses (one per NameKeys::kEntitiesPerMiss), not 256.
  const int64_t entities = 8000;
  Miss(keys, 300);
  keys.Refresh(db, /*version=*/1, entities);
  CHECK_FALSE(keys.has_filter());
  Miss(keys, 700);
  keys.Refresh(db, 1, entities);
  REQUIRE(keys.has_filter());
  CHECK(keys.MayHave("ann lee"));
  CHECK(keys.MayHave("annie"));
  CHECK(keys.MayHave("lee"));
  CHECK_FALSE(keys.MayHave("bo tan"));
  keys.Add("bo tan");
  CHECK(keys.MayHave("bo tan"));
  // Another connection wrote: dropped, and read again at once (it was read before, after enough misses).
  keys.Refresh(db, 2, entities);
  CHECK(keys.has_filter());
  keys.Forget();
  CHECK_FALSE(keys.has_filter());
  CHECK(keys.MayHave("bo tan"));
}

TEST_CASE("a small store's name keys are read after the least number of misses", "[store]") {
  TempDir dir;
  SQLite::Database db(dir / "small.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  MakeKeyTables(db);
  NameKeys keys(/*after=*/256);
  Miss(keys, 255);
  keys.Refresh(db, 1, /*entities=*/100);
  CHECK_FALSE(keys.has_filter());
  keys.Missed();
  keys.Refresh(db, 1, 100);
  CHECK(keys.has_filter());
}
