#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "store/connection.h"
#include "store/page_cache.h"
#include "support/test_support.h"

using claimgraph::store::PageCacheSizer;
using claimgraph::testing::TempDir;

namespace {

// The connection's cache_size, in KiB (it was set as a negative number of KiB).
int64_t CacheKiB(SQLite::Database& db) { return -db.execAndGet("PRAGMA cache_size").getInt64(); }

}  // namespace

TEST_CASE("the writer's page cache is a quarter of the store, between its bounds", "[store]") {
  const PageCacheSizer sizer;
  CHECK(sizer.For(0) == int64_t{32} << 20);
  CHECK(sizer.For(int64_t{20} << 20) == int64_t{32} << 20);  // all of bbc: Configure's 32 MiB
  CHECK(sizer.For(int64_t{200} << 20) == int64_t{50} << 20);
  CHECK(sizer.For(int64_t{4} << 30) == int64_t{64} << 20);
}

TEST_CASE("the writer's page cache grows after commits as the store grows, and never shrinks", "[store]") {
  TempDir dir;
  SQLite::Database db(dir / "grow.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA page_size = 4096");
  db.exec("PRAGMA cache_size = -64");
  db.exec("CREATE TABLE t (b BLOB)");
  // Bounds of 64 KiB and 1 MiB: a store of 256 KiB or less keeps 64 KiB.
  PageCacheSizer sizer(int64_t{64} << 10, int64_t{1} << 20);
  sizer.Fit(db);
  CHECK(CacheKiB(db) == 64);
  auto add = [&db](int kib) {
    SQLite::Statement st(db, "INSERT INTO t VALUES (zeroblob(?))");
    st.bind(1, kib << 10);
    st.exec();
  };
  add(1024);  // ~1 MiB: a quarter is ~256 KiB
  sizer.Fit(db);
  const int64_t quarter = db.execAndGet("PRAGMA page_count").getInt64() * 4096 / 4 >> 10;  // KiB
  CHECK(CacheKiB(db) == quarter);
  CHECK(sizer.bytes() == quarter << 10);
  // A store a little larger (less than a quarter more cache) keeps the cache it has.
  add(64);
  sizer.Fit(db);
  CHECK(CacheKiB(db) == quarter);
  add(8192);  // ~9 MiB: the cache stops at 1 MiB
  sizer.Fit(db);
  CHECK(CacheKiB(db) == 1024);
  db.exec("DELETE FROM t");
  db.exec("VACUUM");
  sizer.Fit(db);
  CHECK(CacheKiB(db) == 1024);
}

TEST_CASE("a writer that opens a large store starts with the page cache its size gets", "[store]") {
  TempDir dir;
  const std::string path = dir / "large.db";
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA page_size = 4096");
    db.exec("CREATE TABLE t (b BLOB)");
    db.exec("INSERT INTO t VALUES (zeroblob(2 << 20))");  // ~2 MiB: a quarter is ~512 KiB
  }
  // Bounds of 64 KiB and 1 MiB (Configure's own cache, 32 MiB, is above both).
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  PageCacheSizer sizer(int64_t{64} << 10, int64_t{1} << 20);
  claimgraph::store::Configure(db, /*read_only=*/false, &sizer);
  const int64_t quarter = db.execAndGet("PRAGMA page_count").getInt64() * 4096 / 4 >> 10;  // KiB
  CHECK(CacheKiB(db) == quarter);
  CHECK(sizer.bytes() == quarter << 10);
  // A reader keeps Configure's cache.
  SQLite::Database reader(path, SQLite::OPEN_READONLY);
  PageCacheSizer unused(int64_t{64} << 10, int64_t{1} << 20);
  claimgraph::store::Configure(reader, /*read_only=*/true, &unused);
  CHECK(CacheKiB(reader) == 32768);
}
