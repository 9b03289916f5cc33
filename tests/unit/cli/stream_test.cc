// Streaming: `extract --jsonl` writes one extraction per line; `ingest
// --extracted` stores those lines, giving the same database as `ingest`.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "support/sqlite_query.h"
#include "support/test_support.h"

using claimgraph::testing::kExamples;
using claimgraph::testing::RunCli;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Every row of every table, sorted, but the time of ingest.
std::string Dump(const std::string& db) { return SqliteReader(db).Dump(); }

}  // namespace

TEST_CASE("extract --jsonl | ingest --extracted gives the same store as ingest", "[cli][stream]") {
  TempDir dir;
  auto direct = RunCli({"ingest", "--db", dir / "direct.db", kExamples}, dir);
  REQUIRE(direct.exit_code == 0);

  auto lines = RunCli({"extract", "--jsonl", kExamples}, dir);
  REQUIRE(lines.exit_code == 0);
  std::vector<std::string> got = Lines(lines.out);
  REQUIRE(got.size() == 8);  // 6 plain-text articles and the two of voa-two-articles.jsonl
  for (const std::string& line : got) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE(!d.HasParseError());
    CHECK(d["article"]["text"].IsString());
    CHECK(d["claims"].IsArray());
  }
  WriteFile(dir / "x.jsonl", lines.out);
  auto loaded = RunCli({"ingest", "--extracted", "--db", dir / "streamed.db", dir / "x.jsonl"}, dir);
  REQUIRE(loaded.exit_code == 0);
  CHECK(loaded.err.find("ingest: read 8, added 8, duplicates 0, skipped 0") != std::string::npos);

  std::string a = Dump(dir / "direct.db"), b = Dump(dir / "streamed.db");
  CHECK(a.find("== claims\n") != std::string::npos);
  CHECK(a.size() > 10000);
  CHECK(a == b);

  // Loading the same lines again adds nothing.
  auto again = RunCli({"ingest", "--extracted", "--db", dir / "streamed.db", dir / "x.jsonl"}, dir);
  CHECK(again.err.find("read 8, added 0, duplicates 8") != std::string::npos);
  CHECK(Dump(dir / "streamed.db") == b);
}

TEST_CASE("extract --jsonl reads JSON Lines on stdin; ingest --extracted names a bad line", "[cli][stream]") {
  TempDir dir;
  auto two = RunCli({"extract", "--jsonl", "-"}, dir, kExamples + "/voa-two-articles.jsonl");
  REQUIRE(two.exit_code == 0);
  std::vector<std::string> got = Lines(two.out);
  REQUIRE(got.size() == 2);
  CHECK(got[0].find("\"source\":\"-:1\"") != std::string::npos);

  WriteFile(dir / "bad.jsonl", got[0] + "\n{\"article\": 3}\n" + got[1] + "\n");
  auto r = RunCli({"ingest", "--extracted", "--db", dir / "x.db", dir / "bad.jsonl"}, dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.jsonl:2: \"article\" is not an object") != std::string::npos);
  CHECK(r.err.find("read 2, added 2, duplicates 0, skipped 1") != std::string::npos);

  auto usage = RunCli(
      {"extract", "--json", kExamples + "/voa-rice-iran.txt", kExamples + "/voa-clinton-doha.txt"}, dir);
  CHECK(usage.exit_code == 2);
}
