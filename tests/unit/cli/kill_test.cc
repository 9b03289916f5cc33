// kill -9 in the middle of an ingest: every committed article is whole, and
// running the same ingest again stores the rest with no duplicates.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "support/sqlite_query.h"
#include "support/test_support.h"

using claimgraph::testing::RunCli;
using claimgraph::testing::RunResult;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::StartCli;
using claimgraph::testing::TempDir;
using claimgraph::testing::WaitCli;
using claimgraph::testing::WriteFile;

namespace {

constexpr int kArticles = 3000;
constexpr int kBatch = 8;

// Small distinct articles with names, quotes and reported speech.
void WriteCorpus(const TempDir& dir) {
  const char* first[] = {"Maria", "John", "Aiko", "Pavel", "Fatima", "Lars"};
  const char* last[] = {"Lopez", "Smith", "Tanaka", "Novak", "Haddad", "Berg"};
  for (int i = 0; i < kArticles; ++i) {
    std::string who = std::string(first[i % 6]) + " " + last[(i / 6) % 6];
    std::string text = "title: Council meeting " + std::to_string(i) + "\ndate: 2024-0" +
                       std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "\n\n" + who +
                       ", the mayor of Springfield, said on Monday that the council would vote on plan " +
                       std::to_string(i) + ". \"We have waited long enough,\" " +
                       who.substr(who.find(' ') + 1) +
                       " told reporters in Springfield. The United Nations and France welcomed the vote.\n";
    char name[32];
    std::snprintf(name, sizeof name, "corpus/%02d/%05d.txt", i % 50, i);
    WriteFile(dir / name, text);
  }
}

long long CountArticles(const std::string& db) {
  try {
    SqliteReader q(db);
    return q.Int("SELECT count(*) FROM articles");
  } catch (const std::exception&) {
    return 0;  // not created yet, or no schema yet
  }
}

// SQLite's own check of the file: "ok", else what is damaged.
std::string Integrity(const std::string& db) {
  SqliteReader q(db);
  return q.Rows("PRAGMA integrity_check");
}

// Every article in the store has exactly the rows it announced, and no row
// points to an article or entity that is not there.
void CheckWhole(const std::string& db) {
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM articles a WHERE"
              " n_mentions != (SELECT COALESCE(sum(n), 0) FROM entity_mentions WHERE article = a.seq)"
              " OR n_claims != (SELECT count(*) FROM claims WHERE article = a.seq)"
              " OR n_relations != (SELECT count(*) FROM all_relations WHERE article = a.seq)"
              " OR n_entities != (SELECT count(*) FROM article_entities WHERE article = a.seq)") == 0);
  for (const char* table : {"entity_mentions", "claims", "relations", "article_entities"}) {
    INFO(table);
    CHECK(q.Int(std::string("SELECT count(*) FROM ") + table +
                " WHERE article NOT IN (SELECT seq FROM articles)") == 0);
  }
  CHECK(q.Int("SELECT count(*) FROM entity_mentions WHERE entity NOT IN (SELECT id FROM entities)") == 0);
  CHECK(q.Int("SELECT count(*) FROM claims WHERE speaker IS NOT NULL AND speaker NOT IN (SELECT id FROM "
              "entities)") == 0);
  CHECK(q.Int("SELECT count(*) FROM articles") == q.Int("SELECT count(DISTINCT id) FROM articles"));
  CHECK(Integrity(db) == "ok\n");
}

}  // namespace

TEST_CASE("cli: an ingest killed with SIGKILL leaves whole articles and a re-run finishes with no duplicates",
          "[cli][crash]") {
  TempDir dir;
  WriteCorpus(dir);
  std::string db = dir / "g.db";

  pid_t pid = StartCli({"ingest", "--db", db, "--batch-size", std::to_string(kBatch), dir / "corpus"}, dir);
  // Kill it as soon as the first batch is committed: the ingest must still be running then
  // (the test is worth nothing otherwise), so it fails when the ingest ended first.
  bool exited = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    if (CountArticles(db) >= kBatch) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE_FALSE(exited);
  kill(pid, SIGKILL);
  RunResult killed = WaitCli(pid, dir);
  CHECK(killed.signal == SIGKILL);  // killed, not finished
  long long committed = CountArticles(db);
  INFO("committed before the kill: " << committed);
  CHECK(committed >= kBatch);
  CHECK(committed < kArticles);    // mid-ingest
  CHECK(committed % kBatch == 0);  // whole batches only
  CheckWhole(db);

  RunResult rerun =
      RunCli({"ingest", "--db", db, "--batch-size", std::to_string(kBatch), dir / "corpus"}, dir);
  INFO(rerun.err);
  CHECK(rerun.exit_code == 0);
  CHECK(CountArticles(db) == kArticles);
  CHECK((rerun.err.find("added " + std::to_string(kArticles - committed) + ", duplicates " +
                        std::to_string(committed) + ",") != std::string::npos));
  CheckWhole(db);
}

TEST_CASE("cli: the store check of the kill test fails on a damaged store", "[cli][crash]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "Maria Lopez, the mayor of Springfield, said the council would vote on Monday.\n");
  std::string db = dir / "g.db";
  REQUIRE(RunCli({"ingest", "--db", db, dir / "a.txt"}, dir).exit_code == 0);
  REQUIRE(Integrity(db) == "ok\n");
  // scribble over the header of every page after the first (which holds the schema)
  std::string bytes = claimgraph::testing::ReadFile(db);
  size_t page = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
  REQUIRE(bytes.size() >= 3 * page);
  for (size_t p = page; p + 8 <= bytes.size(); p += page)
    for (size_t k = 0; k < 8; ++k) bytes[p + k] = static_cast<char>(0xFF);
  WriteFile(db, bytes);
  std::string result;
  try {
    result = Integrity(db);
  } catch (const std::exception& e) {
    result = e.what();  // damaged so badly that the check cannot even run: damaged all the same
  }
  CHECK(result != "ok\n");
}
