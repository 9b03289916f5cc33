// `claimgraph serve` as a browser or a script meets it: a child process on a free loopback port,
// asked over HTTP.
#include <rapidjson/document.h>
#include <signal.h>

#include <catch2/catch.hpp>

#include "claimgraph/export.h"
#include "claimgraph/graph.h"
#include "support/serve_support.h"
#include "support/test_support.h"

using claimgraph::testing::Contains;
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

}  // namespace

TEST_CASE("serve: prints its loopback URL, answers, and stops cleanly on Ctrl-C and SIGTERM", "[serve]") {
  for (int sig : {SIGINT, SIGTERM}) {
    TempDir dir;
    ServeProcess server(ExamplesDb(), dir);
    auto res = server.Client().Get("/api/rank?by=quoted&limit=3");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
    rapidjson::Document d = Json(res->body);
    REQUIRE(d.IsArray());
    CHECK(d.Size() == 3);
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
  for (const char* path :
       {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/..%2fCMakeLists.txt", "/etc/passwd", "//etc/passwd",
        "/vendor/../../README.md", "/web/index.html", "/index.html%00.js", "/api/../../etc/passwd"}) {
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
  auto head = c.Head("/api/rank");
  REQUIRE(head);
  CHECK(head->status == 200);
  server.Stop(SIGINT);
  CHECK(ReadFile(ExamplesDb()) == before);
}

TEST_CASE("serve: a request for another host name (DNS rebinding) is refused on loopback", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto evil = c.Get("/api/rank", {{"Host", "attacker.example:80"}});
  REQUIRE(evil);
  CHECK(evil->status == 403);
  auto local = c.Get("/api/rank", {{"Host", "localhost"}});
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
  for (const Case& k :
       {Case{"/api/said?bogus=1", 400, "unknown parameter 'bogus'"},
        Case{"/api/said?limit=many", 400, "parameter 'limit' must be a whole number"},
        Case{"/api/said?limit=-1", 400, "parameter 'limit' must be a whole number"},
        Case{"/api/said?by=a&by=b", 400, "given more than once"},
        Case{"/api/said?by=", 400, "parameter 'by' is empty"},
        Case{"/api/contradictions?x=1", 400, "unknown parameter 'x'"},
        Case{"/api/said?kind=loud", 400, "parameter 'kind' must be one of direct, indirect"},
        Case{"/api/said?since=2025-13-01", 400, "parameter 'since' must be a date YYYY-MM-DD"},
        Case{"/api/neighbors", 400, "parameter 'name' is required"},
        Case{"/api/neighbors?name=hegseth&depth=9", 400, "parameter 'depth' must be a whole number"},
        Case{"/api/neighbors?name=hegseth&type=likes", 400, "likes"},
        Case{"/api/rank?by=fame", 400, "parameter 'by' must be one of quoted"},
        Case{"/api/graph?type=likes", 400, "neither a relation type nor a node type"},
        Case{"/api/passage?article=x&start=a&end=3", 400, "parameter 'start' must be a whole number"},
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

TEST_CASE("serve: each query answers the rows of the library call the CLI makes, with its JSON keys",
          "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto graph = claimgraph::Graph::Open(ExamplesDb());
  REQUIRE(graph.ok());
  claimgraph::Graph& g = *graph.value();
  auto array = [](const auto& rows) {
    std::string out = "[";
    for (size_t i = 0; i < rows.size(); ++i) out += (i ? "," : "") + claimgraph::RowJson(rows[i]);
    return out + "]";
  };
  auto body = [&](const std::string& path) {
    auto res = c.Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->body);
    CHECK(res->status == 200);
    return res->body;
  };
  claimgraph::SaidQuery said;
  said.by = "hegseth";
  said.kind = "direct";
  said.limit = 0;
  CHECK(body("/api/said?by=hegseth&kind=direct&limit=0") == array(g.Said(said).value()));
  CHECK(body("/api/entity?name=Hegseth") == claimgraph::RowJson(g.Entity("Hegseth").value()));
  claimgraph::NeighborsQuery nb;
  nb.name = "Zelenskyy";
  nb.depth = 2;
  CHECK(body("/api/neighbors?name=Zelenskyy&depth=2") == array(g.Neighbors(nb).value()));
  claimgraph::PathQuery path;
  path.from = "putin";
  path.to = "zelensky";
  std::string steps = body("/api/path?from=putin&to=zelensky");
  CHECK(steps == array(g.Path(path).value()));
  CHECK(Contains(steps, R"("to":"Donald Trump")"));
  CHECK(Contains(steps, "he spoke to both Putin and Zelensky"));
  claimgraph::RankQuery rank;
  rank.by = claimgraph::RankBy::kPagerank;
  auto ranked = c.Get("/api/rank?by=pagerank");
  REQUIRE(ranked);
  CHECK(ranked->body == array(g.Rank(rank).value().rows));
  CHECK(Contains(ranked->get_header_value("X-Claimgraph-Ranked-By"), "pagerank"));
  CHECK(body("/api/contradictions?limit=0") == array(g.Contradictions({0}).value()));
  claimgraph::QuoteQuery quote;
  quote.text = "Chasing this illusionary goal";
  CHECK(body("/api/quote?text=Chasing%20this%20illusionary%20goal") == array(g.Quote(quote).value()));
}

TEST_CASE("serve: an unknown name is 404 with the closest names as candidates", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  for (const char* path :
       {"/api/entity?name=Hegsteth", "/api/said?by=Hegsteth", "/api/neighbors?name=Hegsteth",
        "/api/path?from=Putin&to=Hegsteth", "/api/graph?focus=Hegsteth"}) {
    INFO(path);
    auto res = c.Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
    rapidjson::Document d = Json(res->body);
    CHECK(Contains(d["error"].GetString(), "no entity named Hegsteth"));
    REQUIRE(d["candidates"].IsArray());
    REQUIRE(d["candidates"].Size() >= 1);
    CHECK(std::string(d["candidates"][0]["name"].GetString()) == "Pete Hegseth");
  }
}

TEST_CASE("serve: completion over names and aliases, most quoted first", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto res = c.Get("/api/complete?q=hegs");
  REQUIRE(res);
  rapidjson::Document d = Json(res->body);
  REQUIRE(d.Size() >= 1);
  CHECK(std::string(d[0]["name"].GetString()) == "Pete Hegseth");
  CHECK(std::string(d[0]["key"].GetString()) == "person:pete hegseth");
  CHECK(d[0]["claims"].GetInt64() == 7);
  auto alias = c.Get("/api/complete?q=zelenskyy");  // an alias, not the canonical name
  REQUIRE(alias);
  rapidjson::Document a = Json(alias->body);
  REQUIRE(a.Size() >= 1);
  CHECK(std::string(a[0]["name"].GetString()) == "Volodymyr Zelensky");
  auto none = c.Get("/api/complete?q=qqqq");
  REQUIRE(none);
  CHECK(none->body == "[]");
}

TEST_CASE("serve: a claim's passage is its sentence cut around the quote", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto c = server.Client();
  auto q = c.Get("/api/quote?text=Chasing%20this%20illusionary%20goal");
  REQUIRE(q);
  rapidjson::Document rows = Json(q->body);
  REQUIRE(rows.Size() == 1);
  std::string path = "/api/passage?article=" + std::string(rows[0]["article"].GetString()) +
                     "&start=" + std::to_string(rows[0]["start"].GetUint()) +
                     "&end=" + std::to_string(rows[0]["end"].GetUint());
  auto res = c.Get(path);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  rapidjson::Document p = Json(res->body);
  CHECK(std::string(p["highlight"].GetString()) ==
        "Chasing this illusionary goal will only prolong the war and cause more suffering.");
  auto outside =
      c.Get("/api/passage?article=" + std::string(rows[0]["article"].GetString()) + "&start=1&end=99999999");
  REQUIRE(outside);
  CHECK(outside->status == 400);
  auto unknown = c.Get("/api/passage?article=0000&start=1&end=2");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
}

TEST_CASE("serve: the graph around Hegseth holds him, his seven claims and what he opposes", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto res = server.Client().Get("/api/graph?focus=hegseth&depth=1");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  rapidjson::Document d = Json(res->body);
  bool him = false;
  int said = 0, opposes = 0;
  for (const auto& n : d["nodes"].GetArray())
    him |= std::string(n["key"].GetString()) == "person:pete hegseth";
  for (const auto& e : d["edges"].GetArray()) {
    if (std::string(e["source"].GetString()) != "person:pete hegseth") continue;
    said += std::string(e["type"].GetString()) == "said";
    opposes += std::string(e["type"].GetString()) == "opposes";
  }
  CHECK(him);
  CHECK(said == 7);
  CHECK(opposes >= 1);
  auto only_said = server.Client().Get("/api/graph?focus=hegseth&type=said");
  REQUIRE(only_said);
  rapidjson::Document s = Json(only_said->body);
  for (const auto& e : s["edges"].GetArray()) CHECK(std::string(e["type"].GetString()) == "said");
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

TEST_CASE("serve: the JSON-LD of the view is what `claimgraph export --format jsonld` writes for it",
          "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto res = server.Client().Get("/api/jsonld?focus=hegseth&depth=1&type=said,opposes,person,claim");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/ld+json; charset=utf-8");
  CHECK(Contains(res->get_header_value("Content-Disposition"), "claimgraph.jsonld"));
  TempDir dir2;
  RunResult cli = RunCli({"export", "--db", ExamplesDb(), "--format", "jsonld", "--focus", "hegseth",
                          "--depth", "1", "--type", "said,opposes,person,claim", "--max-nodes", "80"},
                         dir2);
  REQUIRE(cli.exit_code == 0);
  CHECK(res->body == cli.out);
  CHECK(Contains(res->body, "Pete Hegseth"));
  auto unknown = server.Client().Get("/api/jsonld?focus=Hegsteth");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK(Contains(unknown->body, "no entity named Hegsteth"));
}

TEST_CASE("serve: the style is the rendered diagram's", "[serve]") {
  TempDir dir;
  ServeProcess server(ExamplesDb(), dir);
  auto res = server.Client().Get("/api/style");
  REQUIRE(res);
  rapidjson::Document d = Json(res->body);
  claimgraph::NodeStyle person = claimgraph::StyleOf(claimgraph::NodeType::kPerson);
  claimgraph::EdgeStyle opposes = claimgraph::StyleOf(claimgraph::EdgeType::kOpposes);
  CHECK(std::string(d["nodes"]["person"]["fill"].GetString()) == person.fill);
  CHECK(std::string(d["nodes"]["person"]["shape"].GetString()) == person.shape);
  CHECK(std::string(d["edges"]["opposes"]["color"].GetString()) == opposes.color);
  CHECK(d["jsonld"].GetBool());
}
