#include "store/checkpointer.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "claimgraph/store.h"
#include "support/test_support.h"

using claimgraph::testing::TempDir;

namespace {

// Rows of table t in the database file alone (opened as immutable: the WAL is not read);
// -1 when the file has no table t yet.
int64_t RowsInFile(const std::string& path) {
  SQLite::Database db("file:" + path + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  if (!db.tableExists("t")) return -1;
  return db.execAndGet("SELECT count(*) FROM t").getInt64();
}

}  // namespace

TEST_CASE("The checkpointer copies committed transactions into the database file while the writer is open",
          "[store][checkpointer]") {
  TempDir dir;
  const std::string path = dir / "w.db";
  SQLite::Database writer(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  writer.exec("PRAGMA journal_mode = WAL");
  writer.exec("PRAGMA wal_autocheckpoint = 0");  // only the checkpointer copies
  writer.exec("CREATE TABLE t (x INTEGER)");
  {
    SQLite::Transaction tx(writer);
    for (int i = 0; i < 100; ++i) writer.exec("INSERT INTO t VALUES (" + std::to_string(i) + ")");
    tx.commit();
  }
  CHECK(RowsInFile(path) == -1);  // all of it still in the WAL
  {
    auto checkpointer = claimgraph::store::Checkpointer::Start(path);
    REQUIRE(checkpointer);
    checkpointer->Committed();
  }  // done with what was committed before it closed
  CHECK(RowsInFile(path) == 100);
  // (an uncommitted transaction is never copied: SQLite checkpoints committed frames only, so a
  // test of it here could not fail; review)
}

TEST_CASE("A checkpoint that fails is reported, naming the database", "[store][checkpointer]") {
  TempDir dir;
  const std::string path = dir / "f.db";
  SQLite::Database writer(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  writer.exec("PRAGMA journal_mode = WAL");
  writer.exec("PRAGMA wal_autocheckpoint = 0");
  writer.exec("CREATE TABLE t (x INTEGER)");
  {
    SQLite::Transaction tx(writer);
    for (int i = 0; i < 100; ++i) writer.exec("INSERT INTO t VALUES (" + std::to_string(i) + ")");
    tx.commit();
  }
  auto checkpointer = claimgraph::store::Checkpointer::Start(path);
  REQUIRE(checkpointer);
  CHECK(checkpointer->Error().empty());
  // the WAL loses its frames under the open connections: what the checkpoint reads is not there
  std::filesystem::resize_file(path + "-wal", 64);
  checkpointer->Committed();
  checkpointer->Stop();
  CHECK(checkpointer->Error().find(path + ": checkpoint failed: ") == 0);
}

TEST_CASE("The checkpointer needs a WAL database", "[store][checkpointer]") {
  TempDir dir;
  const std::string path = dir / "r.db";
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x INTEGER)");
  }
  CHECK_FALSE(claimgraph::store::Checkpointer::Start(path));
  CHECK_FALSE(claimgraph::store::Checkpointer::Start(dir / "missing.db"));
}

TEST_CASE("A closed store leaves its database file whole and no WAL beside it", "[store][checkpointer]") {
  TempDir dir;
  const std::string path = dir / "s.db";
  {
    auto store = claimgraph::Store::Open(path);
    REQUIRE(store.ok());
    for (int i = 0; i < 3; ++i) {
      claimgraph::Extraction x;
      x.article.text = "Article number " + std::to_string(i) + " says nothing.";
      x.article.id = claimgraph::ArticleId(x.article.text);
      x.article.source = "a" + std::to_string(i) + ".txt";
      size_t added = 0;
      REQUIRE(store.value()->PutBatch({x}, &added).ok());
      CHECK(added == 1);
    }
  }
  CHECK_FALSE(std::filesystem::exists(path + "-wal"));
  SQLite::Database db("file:" + path + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  CHECK(db.execAndGet("SELECT count(*) FROM articles").getInt64() == 3);
}

TEST_CASE("A writer the checkpointer follows starts its WAL over once it passes the limit",
          "[store][checkpointer]") {
  // The writer commits again as soon as it has committed; without waiting for the checkpoint past
  // the limit, the WAL never started over and grew with everything written (835 MB for an
  // ingest of 0.4 GB).
  TempDir dir;
  const std::string path = dir / "g.db";
  SQLite::Database writer(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  writer.exec("PRAGMA page_size = 4096");
  writer.exec("PRAGMA journal_mode = WAL");
  writer.exec("CREATE TABLE t (x BLOB)");
  auto checkpointer = claimgraph::store::Checkpointer::Start(path);
  REQUIRE(checkpointer);
  checkpointer->Watch(writer.getHandle(), 4096, 16 * 4096);
  for (int i = 0; i < 100; ++i) {
    SQLite::Transaction tx(writer);
    writer.exec("INSERT INTO t VALUES (zeroblob(10000))");  // 3 pages and more
    tx.commit();
    checkpointer->Committed();
  }
  // 100 transactions of 4 frames or more wrote 1.6 MB or more to the WAL; it started over each
  // time it held 16 frames (64 KiB) or more.
  CHECK(std::filesystem::file_size(path + "-wal") < 256 * 1024);
  CHECK(writer.execAndGet("SELECT count(*) FROM t").getInt64() == 100);
}
