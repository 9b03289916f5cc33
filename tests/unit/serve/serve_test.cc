// `claimgraph serve` as a browser or a script meets it: a child process on a free loopback port,
// asked over HTTP.
#include <rapidjson/document.h>
#include <signal.h>

#include <catch2/catch.hpp>

#include "support/serve_support.h"
#include "support/test_support.h"

using claimgraph::testing::ReadFile;
using claimgraph::testing::RunCli;
using claimgraph::testing::RunResult;
using claimgraph::testing::ServeProcess;
using claimgraph::testing::TempDir;

namespace {

// One store built from examples/ by `claimgraph ingest`, shared by the tests of this file.
const std::string& ExamplesDb() {
  static TempDir dir;
  static std::string db = [] {
    std::string path = dir / "examples.db";
    RunResult r = RunCli({"ingest", "--db", path, std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples"}, dir);
    if (r.exit_code != 0) throw std::runtime_error("ingest failed: " + r.err);
    return path;
  }();
  return db;
}

rapidjson::Document Json(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str());
  INFO(body);
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("serve: prints its loopback URL, answers, and stops cleanly on Ctrl-C and SIGTERM", "[serve]") {
  for (int sig : {SIGINT, SIGTERM}) {
    TempDir dir;
    ServeProcess server(ExamplesDb(), dir);
    auto res = server.Client().Get("/api/stats");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
    rapidjson::Document d = Json(res->body);
    CHECK(d["articles"].GetInt64() == 7);
    CHECK(d["claims"].GetInt64() > 40);
    RunResult r = server.Stop(sig);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.out, "at http://127.0.0.1:"));
    CHECK(Contains(r.out, "stopped"));
  }
}

TEST_CASE("serve: the page and its scripts come from the binary, with a strict content policy", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto page = c.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(Contains(page->body, "<script src=\"app.js\""));
  CHECK(Contains(page->get_header_value("Content-Security-Policy"), "script-src 'self'"));
  CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
  auto lib = c.Get("/vendor/cytoscape.min.js");
  REQUIRE(lib);
  CHECK(lib->status == 200);
  CHECK(lib->body.size() > 100000);
  auto licence = c.Get("/vendor/cytoscape.LICENSE.txt");
  REQUIRE(licence);
  CHECK(Contains(licence->body, "Cytoscape Consortium"));
}

TEST_CASE("serve: no path reaches outside the embedded assets", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  for (const char* path : {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/..%2fCMakeLists.txt",
                           "/etc/passwd", "//etc/passwd", "/vendor/../../README.md", "/web/index.html",
                           "/index.html%00.js", "/api/../../etc/passwd"}) {
    INFO(path);
    auto res = c.Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK_FALSE(Contains(res->body, "cmake_minimum_required"));
    CHECK_FALSE(Contains(res->body, "root:"));
  }
}

TEST_CASE("serve: read-only: every method but GET and HEAD is refused and the database is unchanged",
          "[serve]") {
  TempDir dir;
  std::string before = ReadFile(ExamplesDb());
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto post = c.Post("/api/said", "by=x", "application/x-www-form-urlencoded");
  REQUIRE(post);
  CHECK(post->status == 405);
  auto put = c.Put("/api/said", "{}", "application/json");
  REQUIRE(put);
  CHECK(put->status == 405);
  auto del = c.Delete("/api/said");
  REQUIRE(del);
  CHECK(del->status == 405);
  auto head = c.Head("/api/stats");
  REQUIRE(head);
  CHECK(head->status == 200);
  server.Stop(SIGINT);
  CHECK(ReadFile(ExamplesDb()) == before);
}

TEST_CASE("serve: a request for another host name (DNS rebinding) is refused on loopback", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto evil = c.Get("/api/stats", {{"Host", "attacker.example:80"}});
  REQUIRE(evil);
  CHECK(evil->status == 403);
  auto local = c.Get("/api/stats", {{"Host", "localhost"}});
  REQUIRE(local);
  CHECK(local->status == 200);
}

TEST_CASE("serve: bad parameters get 400 with a message, unknown endpoints 404", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  struct Case {
    const char* path;
    int status;
    const char* message;
  };
  for (const Case& k : {Case{"/api/said?bogus=1", 400, "unknown parameter 'bogus'"},
                        Case{"/api/said?limit=many", 400, "parameter 'limit' must be a whole number"},
                        Case{"/api/said?limit=-1", 400, "parameter 'limit' must be a whole number"},
                        Case{"/api/said?by=a&by=b", 400, "given more than once"},
                        Case{"/api/said?by=", 400, "parameter 'by' is empty"},
                        Case{"/api/stats?x=1", 400, "unknown parameter 'x'"},
                        Case{"/api/nothing", 404, "no endpoint /api/nothing"}}) {
    INFO(k.path);
    auto res = c.Get(k.path);
    REQUIRE(res);
    CHECK(res->status == k.status);
    rapidjson::Document d = Json(res->body);
    REQUIRE(d.HasMember("error"));
    CHECK(Contains(d["error"].GetString(), k.message));
  }
}

TEST_CASE("serve: said answers Hegseth's seven claims", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto res = server.Client().Get("/api/said?by=hegseth&limit=0");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  rapidjson::Document d = Json(res->body);
  REQUIRE(d.IsArray());
  CHECK(d.Size() == 7);
  for (const auto& row : d.GetArray()) CHECK(std::string(row["speaker"].GetString()) == "Pete Hegseth");
}

TEST_CASE("serve: a missing database or a port in use is a clear error, exit 1", "[serve]") {
  TempDir dir;
  RunResult missing = RunCli({"serve", "--db", dir / "none.db", "--port", "0"}, dir);
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "none.db: no such database"));
  ServeProcess server(ExamplesDb(), dir);
  TempDir dir2;
  RunResult busy = RunCli({"serve", "--db", ExamplesDb(), "--port", std::to_string(server.port())}, dir2);
  CHECK(busy.exit_code == 1);
  CHECK(Contains(busy.err, "cannot listen on 127.0.0.1:"));
  RunResult usage = RunCli({"serve", "--db", ExamplesDb(), "--port", "70000"}, dir2);
  CHECK(usage.exit_code == 2);
}
