// Input a hostile user would give (issue 9): devices, endless and huge inputs, file names
// that are not UTF-8, control characters, odd fields, files that are no database.
#include <fcntl.h>
#include <rapidjson/document.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>

#include "claimgraph/claimgraph.h"
#include "support/sqlite_query.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::Contains;
using claimgraph::testing::ReadFile;
using claimgraph::testing::RunCli;
using claimgraph::testing::RunResult;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

const char kArticle[] =
    "Maria Lopez, the mayor of Springfield, said the bridge would open in spring. Critics said the cost was "
    "too high.\n";

double SecondsOf(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Runs the CLI as user `nobody` (when this test runs as root, so that folder permissions
// hold for it); stdout and stderr in `out_dir`.
RunResult RunCliAsNobody(const std::vector<std::string>& args, const std::string& out_dir) {
  std::string out = out_dir + "/stdout", err = out_dir + "/stderr";
  pid_t pid = fork();
  if (pid == 0) {
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    dup2(o, 1);
    dup2(e, 2);
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(99);
    std::vector<std::string> argv_s{CLAIMGRAPH_BINARY};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(98);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace

// A second, as the README promises. Under AddressSanitizer the process alone (start-up, loading
// the lexicons) takes a good part of that on a loaded machine, so that build, which checks memory
// and not speed, allows more; a read without a bound never ends on these devices.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kRefuseSeconds = 4.0;
#else
constexpr double kRefuseSeconds = 1.0;
#endif

TEST_CASE("hostile: /dev/zero and /dev/urandom are refused within a second", "[cli][hostile]") {
  TempDir dir;
  for (const char* dev : {"/dev/zero", "/dev/urandom"}) {
    INFO(dev);
    RunResult r;
    double secs = SecondsOf([&] { r = RunCli({"extract", "--json", dev}, dir); });
    CHECK(secs < kRefuseSeconds);
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, std::string(dev) + ": binary file"));
    secs = SecondsOf([&] { r = RunCli({"ingest", "--db", dir / "a.db", dev}, dir); });
    CHECK(secs < kRefuseSeconds);
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "skipped 1"));
  }
  // the same device as stdin
  RunResult r;
  double secs = SecondsOf([&] { r = RunCli({"extract", "--json", "-"}, dir, "/dev/zero"); });
  CHECK(secs < kRefuseSeconds);
  CHECK(r.exit_code == 1);
}

TEST_CASE("hostile: an article over --max-article-bytes is skipped with an error naming it",
          "[cli][hostile]") {
  TempDir dir;
  std::string big;
  while (big.size() < 3000) big += kArticle;
  WriteFile(dir / "big.txt", big);
  WriteFile(dir / "small.txt", kArticle);
  std::string one_line = big.substr(0, 2000);
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  WriteFile(dir / "lines.jsonl", "{\"text\": \"" + one_line + "\"}\n{\"text\": \"Short one.\"}\n");
  for (size_t k = 0; k < big.size(); ++k) REQUIRE(big[k] != '"');

  RunResult r = RunCli({"extract", "--json", "--max-article-bytes", "1000", dir / "big.txt"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, dir / "big.txt" + ": too large (more than 1000 bytes"));
  CHECK(r.out.empty());
  r = RunCli({"ingest", "--db", dir / "a.db", "--max-article-bytes", "1000", dir.path().string()}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, dir / "big.txt" + ": too large"));
  CHECK(Contains(r.err, dir / "lines.jsonl" + ":1: \"text\": too large"));
  CHECK(Contains(r.err, "read 2, added 2, duplicates 0, skipped 2"));
  // under the limit (the default, documented in --help, is 4 MiB)
  CHECK(RunCli({"extract", "--json", "--max-article-bytes", "4000", dir / "big.txt"}, dir).exit_code == 0);
  CHECK(Contains(RunCli({"ingest", "--help"}, dir).out, "--max-article-bytes"));
  CHECK(Contains(RunCli({"extract", "--help"}, dir).out, "4194304"));
  // stdin is read in bounded chunks too: 5 MB of text is refused, not read whole
  std::string five(5 << 20, 'a');
  for (size_t k = 100; k < five.size(); k += 100) five[k] = ' ';
  WriteFile(dir / "five.txt", five);
  r = RunCli({"extract", "--json", "-"}, dir, dir / "five.txt");
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "-: too large (more than 4194304 bytes"));
  CHECK(RunCli({"extract", "--json", "--max-article-bytes", "0", dir / "small.txt"}, dir).exit_code == 2);
}

TEST_CASE("hostile: a file name that is not UTF-8 is escaped as \\xNN in JSON and in the store",
          "[cli][hostile]") {
  TempDir dir;
  std::string name = dir / "caf\xE9-\xFF.txt";
  WriteFile(name, kArticle);
  RunResult r = RunCli({"extract", "--json", name}, dir);
  REQUIRE(r.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(r.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["article"]["source"].GetString()) == dir / "caf\\xE9-\\xFF.txt");

  r = RunCli({"ingest", "--db", dir / "a.db", name}, dir);
  REQUIRE(r.exit_code == 0);
  SqliteReader db(dir / "a.db");
  CHECK(db.Rows("SELECT source FROM articles") == dir / "caf\\xE9-\\xFF.txt\n");
  // a file that cannot be read is named the same way on the terminal
  r = RunCli({"extract", "--json", dir / "missing-\xFF.txt"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "missing-\\xFF.txt"));
  CHECK_FALSE(Contains(r.err, "\xFF"));
}

TEST_CASE("hostile: the said table sends no control characters to the terminal", "[cli][hostile]") {
  TempDir dir;
  {
    auto store = Store::Open(dir / "a.db");
    REQUIRE(store.ok());
    Extraction x;
    x.article.text = "Maria Lopez said the bridge would open in spring.";
    x.article.id = ArticleId(x.article.text);
    x.article.source =
        "news/\x1b]0;title\x07"
        "bridge.txt";
    Entity e;
    e.id = "e1";
    e.name = "Maria \x1b[2JLopez";
    e.mentions = {{0, 11}};
    x.entities = {e};
    Claim c;
    c.id = "c1";
    c.speaker = "e1";
    c.kind = ClaimKind::kIndirect;
    c.text = "the bridge \x1b[31mwould\x1b[0m open\tin\nspring\r\xE2\x80\xAE reversed";
    c.cue = "said";
    c.span = {17, 49};
    x.claims = {c};
    size_t added = 0;
    REQUIRE(store.value()->PutBatch({x}, &added).ok());
  }
  RunResult r = RunCli({"said", "--db", dir / "a.db", "--width", "0"}, dir);
  REQUIRE(r.exit_code == 0);
  for (char ch : r.out) {
    unsigned char c = static_cast<unsigned char>(ch);
    INFO(static_cast<int>(c));
    CHECK((c >= 0x20 || c == '\n'));
  }
  CHECK_FALSE(Contains(r.out, "\xE2\x80\xAE"));  // no right-to-left override
  CHECK(Contains(r.out, "\xEF\xBF\xBD[31mwould\xEF\xBF\xBD[0m open in spring"));
  CHECK(Contains(r.out, "Maria \xEF\xBF\xBD[2JLopez"));
  // the helper itself: the rule exports share
  CHECK(TerminalSafe("a\x1b"
                     "b\x7f"
                     "c\xC2\x9B"
                     "d\xFF") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c\xEF\xBF\xBD"
        "d\xEF\xBF\xBD");
  CHECK(EscapeInvalidUtf8("ok \xC3\xA9 \xC3 \xED\xA0\x80") == "ok \xC3\xA9 \\xC3 \\xED\\xA0\\x80");
}

TEST_CASE("hostile: an article of Unicode spaces only is empty", "[cli][hostile]") {
  TempDir dir;
  WriteFile(dir / "spaces.txt", "\xC2\xA0 \xE3\x80\x80\n\xE2\x80\x83\n");
  WriteFile(dir / "spaces.jsonl", "{\"text\": \"\\u00a0\\u3000 \\u2003\"}\n");
  RunResult r = RunCli({"extract", "--json", dir / "spaces.txt"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "spaces.txt: empty file (only white space)"));
  r = RunCli({"ingest", "--db", dir / "a.db", dir / "spaces.jsonl"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "spaces.jsonl:1: \"text\" is empty"));
  CHECK(Contains(r.err, "added 0"));
}

TEST_CASE("hostile: negative counts are usage errors like --batch-size -3", "[cli][hostile]") {
  TempDir dir;
  for (std::vector<std::string> args : {std::vector<std::string>{"said", "--limit", "-1"},
                                        {"said", "--width", "-5"},
                                        {"said", "--limit=-1"},
                                        {"ingest", "--jobs", "-2", "x.txt"},
                                        {"ingest", "--batch-size", "-3", "x.txt"}}) {
    RunResult r = RunCli(args, dir);
    INFO(args[1]);
    CHECK(r.exit_code == 2);
    CHECK(Contains(r.err, args[1].substr(0, args[1].find('='))));
  }
}

TEST_CASE("hostile: bad JSON Lines fields are reported, once per line", "[cli][hostile]") {
  TempDir dir;
  WriteFile(dir / "in.jsonl",
            "{\"text\": \"Maria Lopez said the bridge would open.\", \"date\": \"2020-13-45\"}\n"
            "{\"text\": \"Maria Lopez said the road would open.\", \"title\": \"A\\u0000B\"}\n"
            "{\"text\": \"Maria Lopez said the park would open.\", \"title\": 7, \"outlet\": [1]}\n"
            "{\"text\": \"Maria Lopez said the school would open.\", \"date\": \"2020-02-03T10:00Z\"}\n");
  RunResult r = RunCli({"ingest", "--db", dir / "a.db", dir / "in.jsonl"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "in.jsonl:1: \"date\" is not a date (YYYY-MM-DD): 2020-13-45"));
  CHECK(Contains(r.err, "in.jsonl:2: \"title\" holds a NUL character"));
  CHECK(Contains(r.err, "in.jsonl:3: \"title\" is not a string; \"outlet\" is not a string"));
  CHECK(Contains(r.err, "read 1, added 1, duplicates 0, skipped 3"));
  SqliteReader db(dir / "a.db");
  CHECK(db.Rows("SELECT date FROM articles") == "2020-02-03\n");
}

TEST_CASE("hostile: stats and said refuse a file that is no claimgraph database and write nothing",
          "[cli][hostile]") {
  TempDir dir;
  WriteFile(dir / "empty.db", "");
  WriteFile(dir / "text.db", "not a database at all, just text\n");
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open((dir / "other.db").c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "CREATE TABLE notes (a TEXT); INSERT INTO notes VALUES ('x');", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(other);
  std::string other_before = ReadFile(dir / "other.db");
  for (const char* cmd : {"stats", "said"}) {
    INFO(cmd);
    RunResult r = RunCli({cmd, "--db", dir / "empty.db"}, dir);
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "empty.db: not a claimgraph database"));
    CHECK(ReadFile(dir / "empty.db").empty());
    r = RunCli({cmd, "--db", dir / "other.db"}, dir);
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "other.db: not a claimgraph database"));
    CHECK(ReadFile(dir / "other.db") == other_before);
    r = RunCli({cmd, "--db", dir / "text.db"}, dir);
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "text.db: not a claimgraph database"));
  }
  SqliteReader db(dir / "other.db");
  CHECK(db.Rows("SELECT name FROM sqlite_master") == "notes\n");
}

TEST_CASE("hostile: stats and said work on a store in a folder nobody may write", "[cli][hostile]") {
  TempDir dir;
  std::string ro = dir / "ro";
  WriteFile(ro + "/a.txt", kArticle);
  RunResult r = RunCli({"ingest", "--db", ro + "/a.db", ro + "/a.txt"}, dir);
  REQUIRE(r.exit_code == 0);
  std::string out_dir = dir / "out";
  std::filesystem::create_directories(out_dir);
  chmod(dir.path().c_str(), 0755);
  chmod(out_dir.c_str(), 0777);
  chmod(ro.c_str(), 0555);
  r = RunCliAsNobody({"stats", "--db", ro + "/a.db"}, out_dir);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "articles   1"));
  r = RunCliAsNobody({"said", "--db", ro + "/a.db"}, out_dir);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "Maria Lopez"));
  // and nothing was written there
  CHECK_FALSE(std::filesystem::exists(ro + "/a.db-wal"));
  chmod(ro.c_str(), 0755);
}

TEST_CASE("hostile: an unknown command is named", "[cli][hostile]") {
  TempDir dir;
  RunResult r = RunCli({"bogus"}, dir);
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "unknown command 'bogus'"));
  r = RunCli({"bogus\x1b[2J"}, dir);
  CHECK(r.exit_code == 2);
  CHECK_FALSE(Contains(r.err, "\x1b"));
}

TEST_CASE("hostile: import-claimreview prints no control characters from the reviews", "[cli][hostile]") {
  TempDir dir;
  WriteFile(
      dir / "r.jsonld",
      "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\", \"url\": \"https://x.example/1\","
      " \"author\": {\"name\": \"Desk \\u001b]0;owned\\u0007\"},"
      " \"claimReviewed\": \"The moon is \\u001b[31mcheese\","
      " \"reviewRating\": {\"alternateName\": \"False\\u001b[2J\"},"
      " \"itemReviewed\": {\"@type\": \"Claim\", \"author\": {\"name\": \"Ann \\u001b[1mLee\"}}}");
  RunResult r = RunCli({"import-claimreview", "--db", dir / "a.db", dir / "r.jsonld"}, dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const std::string* s : {&r.out, &r.err}) {
    for (char ch : *s) {
      unsigned char c = static_cast<unsigned char>(ch);
      INFO(static_cast<int>(c));
      CHECK((c >= 0x20 || c == '\n'));
    }
  }
  CHECK(Contains(r.out, "unmatched"));
  CHECK(Contains(r.out, "Ann \xEF\xBF\xBD[1mLee"));
}
