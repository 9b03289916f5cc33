// The CLI as a user runs it: CLAIMGRAPH_BINARY in a child process.
#include <fcntl.h>
#include <pty.h>
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "claimgraph/store.h"
#include "support/sqlite_query.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::Contains;
using claimgraph::testing::kExamples;
using claimgraph::testing::RunCli;
using claimgraph::testing::RunResult;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

// Writes a database with two claims by a hand-built speaker.
void MakeSaidDb(const std::string& path) {
  auto store = Store::Open(path);
  REQUIRE(store.ok());
  Extraction x;
  x.article.text =
      "Maria Lopez said \"the bridge will open in spring, whatever the weather does between now and then\". "
      "She added the cost was fair.";
  x.article.id = ArticleId(x.article.text);
  x.article.source = "news/bridge.txt";
  x.article.date = "2024-04-01";
  Entity e;
  e.id = "e1";
  e.name = "Maria Lopez";
  e.aliases = {"Lopez"};
  e.mentions = {{0, 11}};
  x.entities = {e};
  Claim c1;
  c1.id = "c1";
  c1.speaker = "e1";
  c1.text = "the bridge will open in spring, whatever the weather does between now and then";
  c1.cue = "said";
  c1.span = {18, 96};
  Claim c2;
  c2.id = "c2";
  c2.speaker = "e1";
  c2.kind = ClaimKind::kIndirect;
  c2.text = "the cost was fair";
  c2.cue = "added";
  c2.span = {109, 126};
  x.claims = {c1, c2};
  size_t added = 0;
  REQUIRE(store.value()->PutBatch({x}, &added).ok());
  REQUIRE(added == 1);
}

}  // namespace

TEST_CASE("cli: --help works on every command and exits 0", "[cli]") {
  TempDir dir;
  for (std::vector<std::string> args : {std::vector<std::string>{"--help"},
                                        {"ingest", "--help"},
                                        {"extract", "--help"},
                                        {"said", "--help"},
                                        {"stats", "--help"}}) {
    RunResult r = RunCli(args, dir);
    INFO(args.front());
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.out, "Usage"));
  }
  CHECK(Contains(RunCli({"said", "--help"}, dir).out, "--db"));
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  TempDir dir;
  CHECK(RunCli({}, dir).exit_code == 2);
  CHECK(RunCli({"frobnicate"}, dir).exit_code == 2);
  CHECK(RunCli({"ingest"}, dir).exit_code == 2);
  CHECK(RunCli({"said", "--limit", "many"}, dir).exit_code == 2);
  CHECK(RunCli({"ingest", "--batch-size", "0", "x.txt"}, dir).exit_code == 2);
}

TEST_CASE("cli: ingest the examples, then again: everything is a duplicate", "[cli]") {
  TempDir dir;
  std::string db = dir / "g.db";
  RunResult first = RunCli({"ingest", "--db", db, kExamples}, dir);
  INFO(first.err);
  CHECK(first.exit_code == 0);
  CHECK(Contains(first.err, "read 8, added 8, duplicates 0, skipped 0"));
  CHECK_FALSE(Contains(first.err, "\r"));  // no progress bar when stderr is not a terminal

  RunResult again = RunCli({"ingest", "--db", db, kExamples}, dir);
  CHECK(again.exit_code == 0);
  CHECK(Contains(again.err, "read 8, added 0, duplicates 8, skipped 0"));

  RunResult stats = RunCli({"stats", "--db", db}, dir);
  CHECK(stats.exit_code == 0);
  CHECK(Contains(stats.out, "articles   8\n"));
  for (const char* word : {"entities", "mentions", "claims", "relations"}) CHECK(Contains(stats.out, word));
}

TEST_CASE("cli: the same text under another name is stored once", "[cli]") {
  TempDir dir;
  std::string db = dir / "g.db";
  WriteFile(dir / "in/a.txt", "The minister said the bridge would open.\n");
  WriteFile(dir / "in/copy-of-a.txt", "title: A copy\n\nThe minister said   the bridge would open.");
  RunResult r = RunCli({"ingest", "--db", db, dir / "in"}, dir);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "read 2, added 1, duplicates 1, skipped 0"));
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM articles") == 1);
}

TEST_CASE("cli: ingest from stdin and from JSON Lines", "[cli]") {
  TempDir dir;
  std::string db = dir / "g.db";
  WriteFile(dir / "one.txt", "title: Piped\n\nAn article that came through a pipe.\n");
  RunResult r =
      RunCli({"ingest", "--db", db, "-", kExamples + "/voa-two-articles.jsonl"}, dir, dir / "one.txt");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "read 3, added 3"));
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM articles WHERE source = '-' AND title = 'Piped'") == 1);
  CHECK(
      q.Int(
          "SELECT count(*) FROM articles WHERE source LIKE '%voa-two-articles.jsonl:2' AND outlet = 'VOA'") ==
      1);
}

TEST_CASE("cli: bad inputs are named, the batch goes on, and the exit code is 1", "[cli]") {
  TempDir dir;
  std::string db = dir / "g.db";
  WriteFile(dir / "in/1-good.txt", "A good article about a bridge.\n");
  WriteFile(dir / "in/2-latin1.txt", "Caf\xE9 society said hello.\n");
  WriteFile(dir / "in/3-binary.txt", std::string("PK\x03\x04\0\0", 6));
  WriteFile(dir / "in/4-empty.txt", "");
  WriteFile(dir / "in/5-lines.jsonl",
            "{\"text\": \"A good line.\"}\n{\"text\": \"broken\"\n{\"title\": \"no text\"}\n{\"text\": "
            "\"Another good line.\"}\n");
  WriteFile(dir / "in/6-good.txt", "Another good article about a tunnel.\n");
  RunResult r = RunCli({"ingest", "--db", db, dir / "in", dir / "missing.txt"}, dir);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "2-latin1.txt: invalid UTF-8 at line 1, byte 3"));
  CHECK(Contains(r.err, "3-binary.txt: binary file"));
  CHECK(Contains(r.err, "4-empty.txt: empty file"));
  CHECK(Contains(r.err, "5-lines.jsonl:2: malformed JSON"));
  CHECK(Contains(r.err, "5-lines.jsonl:3: no \"text\" field"));
  CHECK(Contains(r.err, "missing.txt: cannot open"));
  CHECK(Contains(r.err, "read 4, added 4, duplicates 0, skipped 6"));
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM articles") == 4);
}

TEST_CASE("cli: a database that cannot be opened or written is an error", "[cli]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "Some article text.\n");
  RunResult folder = RunCli({"ingest", "--db", dir.path().string(), dir / "a.txt"}, dir);
  CHECK(folder.exit_code == 1);
  CHECK(Contains(folder.err, "cannot open database"));

  WriteFile(dir / "junk.db", std::string(8192, 'j'));
  RunResult junk = RunCli({"ingest", "--db", dir / "junk.db", dir / "a.txt"}, dir);
  CHECK(junk.exit_code == 1);
  CHECK(Contains(junk.err, "junk.db"));

  RunResult missing = RunCli({"stats", "--db", dir / "nothing.db"}, dir);
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "nothing.db: no such database"));
  CHECK_FALSE(std::filesystem::exists(dir / "nothing.db"));  // read commands create nothing
}

TEST_CASE("cli: CLAIMGRAPH_DB picks the database when --db is not given", "[cli]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "Some article text.\n");
  std::string db = dir / "env.db";
  RunResult r = RunCli({"ingest", dir / "a.txt"}, dir, "/dev/null", {"CLAIMGRAPH_DB=" + db});
  CHECK(r.exit_code == 0);
  CHECK(std::filesystem::exists(db));
  RunResult s = RunCli({"stats"}, dir, "/dev/null", {"CLAIMGRAPH_DB=" + db});
  CHECK(Contains(s.out, "articles   1\n"));
}

TEST_CASE("cli: said prints a who-said-what table, cut to the width", "[cli]") {
  TempDir dir;
  std::string db = dir / "g.db";
  MakeSaidDb(db);
  RunResult r = RunCli({"said", "--db", db, "--width", "90"}, dir);
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "SPEAKER"));
  CHECK(Contains(r.out, "Maria Lopez"));
  CHECK(Contains(r.out, "direct"));
  CHECK(Contains(r.out, "indirect"));
  CHECK(Contains(r.out, "2024-04-01"));
  CHECK(Contains(r.out, "bridge.txt"));
  CHECK(Contains(r.out,
                 "\xE2\x80\x9C"
                 "the bridge will open"));  // direct quotes in “ ”
  CHECK(Contains(r.out, "\xE2\x80\xA6"));   // the long one is cut with …
  CHECK_FALSE(Contains(r.out, "between now and then"));

  RunResult full = RunCli({"said", "--db", db, "--width", "0"}, dir);
  CHECK(Contains(full.out, "between now and then"));

  RunResult by = RunCli({"said", "--db", db, "--by", "lopez", "--limit", "1"}, dir);
  CHECK(by.exit_code == 0);
  CHECK(Contains(by.out, "Maria Lopez"));
  CHECK_FALSE(Contains(by.out, "the cost was fair"));

  RunResult nobody = RunCli({"said", "--db", db, "--by", "Someone Else"}, dir);
  CHECK(nobody.exit_code == 1);
  CHECK(Contains(nobody.err, "no entity named Someone Else"));
  CHECK_FALSE(Contains(nobody.out, "Maria"));
}

TEST_CASE("cli: extract --json prints the extraction JSON of a file or of stdin", "[cli]") {
  TempDir dir;
  std::string hegseth = kExamples + "/oan-2025-02-12-hegseth-nato.txt";
  for (const auto& [arg, stdin_path] :
       std::vector<std::pair<std::string, std::string>>{{hegseth, "/dev/null"}, {"-", hegseth}}) {
    RunResult r = RunCli({"extract", "--json", arg}, dir, stdin_path);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    rapidjson::Document doc;
    doc.Parse(r.out.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.IsObject());
    CHECK(doc["article"]["date"].GetString() == std::string("2025-02-12"));
    CHECK(doc["article"]["source"].GetString() == arg);
    CHECK(doc["entities"].IsArray());
    CHECK(doc["claims"].IsArray());
    CHECK(doc["relations"].IsArray());
  }
  WriteFile(dir / "bad.txt", "\xFF\xFE");
  RunResult bad = RunCli({"extract", "--json", dir / "bad.txt"}, dir);
  CHECK(bad.exit_code == 1);
  CHECK(Contains(bad.err, "bad.txt: invalid UTF-8"));
  CHECK(bad.out.empty());
}

TEST_CASE("cli: on a terminal, ingest draws a progress bar on stderr and clears it", "[cli]") {
  TempDir dir;
  for (int i = 0; i < 20; ++i) {
    WriteFile(dir / ("in/" + std::to_string(i) + ".txt"),
              "Article number " + std::to_string(i) + " said hello.\n");
  }
  int master = -1, slave = -1;
  REQUIRE(openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
  std::vector<std::string> argv_s{CLAIMGRAPH_BINARY, "ingest", "--db", dir / "g.db", dir / "in"};
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, slave, 2);
  posix_spawn_file_actions_addclose(&fa, master);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&fa);
  close(slave);
  std::string err;
  char buf[4096];
  while (true) {  // read until the child closes its end (EIO on Linux)
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;
    err.append(buf, static_cast<size_t>(n));
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  INFO(err);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(Contains(err, "100%"));
  CHECK(Contains(err, "20 articles"));
  CHECK(Contains(err, "MB/s"));
  CHECK(Contains(err, "\r\033[K"));  // the bar is erased before the summary
  CHECK(Contains(err, "read 20, added 20"));
}

TEST_CASE("cli: extract takes a JSON Lines file only when it holds one article", "[cli]") {
  TempDir dir;
  WriteFile(dir / "one.jsonl",
            "{\"text\": \"The mayor said the bridge would open.\", \"outlet\": \"Wire\"}\n");
  RunResult one = RunCli({"extract", "--json", dir / "one.jsonl"}, dir);
  CHECK(one.exit_code == 0);
  CHECK(Contains(one.out, "\"outlet\": \"Wire\""));
  CHECK(Contains(one.out, "one.jsonl:1"));
  RunResult two = RunCli({"extract", "--json", kExamples + "/voa-two-articles.jsonl"}, dir);
  CHECK(two.exit_code == 1);
  CHECK(Contains(two.err, "holds 2 articles"));
}
