// The exports of the store built from examples/ (with the fact-check
// fixtures imported), as a user runs them, read back with the real tools; and
// golden files of the diagram around Hegseth.
//
// The golden files come from real runs and were reviewed by eye; after a
// reviewed change, regenerate them with
//   CLAIMGRAPH_UPDATE_GOLDEN=1 build/tests/claimgraph_tests "[golden]"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

#include "claimgraph/graph.h"
#include "export_support.h"
#include "support/example_store.h"
#include "support/sqlite_query.h"

using namespace claimgraph;
using namespace claimgraph::testing;

namespace {

const std::string kFixture = SourcePath("tests/data/claimreview/hegseth-nato.jsonld");

// examples/ ingested and the fixture fact-checks imported, once per process.
const std::string& ReviewedStore() {
  static TempDir dir;
  static std::string db = [] {
    std::string path = BuildStore(dir);
    RunResult r = RunCli({"import-claimreview", "--db", path, kFixture}, dir);
    if (r.exit_code != 0) throw std::runtime_error("import-claimreview failed: " + r.err);
    return path;
  }();
  return db;
}

RunResult Export(const std::vector<std::string>& args, const TempDir& dir) {
  std::vector<std::string> all{"export", "--db", ReviewedStore()};
  all.insert(all.end(), args.begin(), args.end());
  return RunCli(all, dir);
}

void CheckGolden(const std::string& name, const std::string& got) {
  std::string path = SourcePath("tests/data/export/" + name);
  if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr) WriteFile(path, got);
  std::string want = ReadFile(path);
  REQUIRE(!want.empty());
  CHECK(got == want);
}

}  // namespace

TEST_CASE("import-claimreview: a review finds the reworded quote of its speaker; others stay unmatched",
          "[export][factcheck]") {
  TempDir dir;
  std::string db = BuildStore(dir);
  RunResult r = RunCli({"import-claimreview", "--db", db, kFixture}, dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("read 3 reviews, matched 1, unmatched 2, already stored 0, bad files 0") !=
        std::string::npos);
  // The matched one is Hegseth's quote about NATO membership, as the graph has it.
  auto g = OpenGraph(db);
  auto said = g->Said(SaidQuery{"Hegseth"});
  REQUIRE(said.ok());
  std::string nato_claim;
  for (const ClaimRow& c : said.value()) {
    if (c.text.rfind("The United States does not believe that NATO membership", 0) == 0) nato_claim = c.claim;
  }
  REQUIRE(!nato_claim.empty());
  CHECK(r.out.find("matched    " + nato_claim) != std::string::npos);
  // Importing again updates, with nothing added.
  RunResult again = RunCli({"import-claimreview", "--db", db, kFixture}, dir);
  CHECK(again.err.find("matched 1, unmatched 2, already stored 3") != std::string::npos);
  auto checks = ReadFactChecks(db);
  REQUIRE(checks.ok());
  REQUIRE(checks.value().size() == 3);
  CHECK(checks.value()[0].claim_key == nato_claim);
  CHECK(checks.value()[0].rating == "Accurate as a statement of policy");
  CHECK(checks.value()[0].reviewer == "Example Fact Desk");
  CHECK(checks.value()[1].claim_key.empty());
  CHECK(checks.value()[1].speaker_key == "person:pete hegseth");                // "Hegseth" is his alias
  CHECK(checks.value()[2].speaker_key == "organization:square world society");  // a new speaker
}

TEST_CASE("import-claimreview: bad files get an error naming the file, the others are imported",
          "[export][factcheck]") {
  TempDir dir;
  std::string db = BuildStore(dir);
  WriteFile(dir / "broken.jsonld", "{\n  \"@type\": \"ClaimReview\",\n  \"url\": \n}");
  WriteFile(dir / "media.jsonld", "{\"@context\": \"https://schema.org\", \"@type\": \"MediaReview\"}");
  WriteFile(dir / "nospeaker.jsonld",
            "{\"@type\": \"ClaimReview\", \"url\": \"https://x.example/1\", \"claimReviewed\": \"x\","
            " \"itemReviewed\": {\"@type\": \"Claim\"}}");
  RunResult r = RunCli({"import-claimreview", "--db", db, dir / "broken.jsonld", dir / "media.jsonld",
                        dir / "nospeaker.jsonld", dir / "missing.jsonld", kFixture},
                       dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(dir / "broken.jsonld" + ":4: not JSON") != std::string::npos);
  CHECK(r.err.find(dir / "media.jsonld" + ": no ClaimReview in this file (its @type is MediaReview)") !=
        std::string::npos);
  CHECK(r.err.find(dir / "nospeaker.jsonld" +
                   ": ClaimReview 1 (https://x.example/1): itemReviewed has no author name") !=
        std::string::npos);
  CHECK(r.err.find(dir / "missing.jsonld" + ": cannot read") != std::string::npos);
  CHECK(r.err.find("read 3 reviews, matched 1, unmatched 2, already stored 0, bad files 4") !=
        std::string::npos);
}

TEST_CASE("export: golden DOT, JSON-LD and GraphML around Hegseth", "[export][golden]") {
  TempDir dir;
  for (const char* format : {"dot", "jsonld", "graphml"}) {
    RunResult r = Export({"--format", format, "--focus", "Hegseth", "--depth", "2"}, dir);
    INFO(format << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    CheckGolden(std::string("hegseth-depth2.") + format, r.out);
  }
}

TEST_CASE("export: dot accepts the DOT of the whole examples graph", "[export][tools]") {
  TempDir dir;
  RunResult r = Export({"--format", "dot", "--max-nodes", "0", "-o", dir / "all.dot"}, dir);
  REQUIRE(r.exit_code == 0);
  RunResult dot = RunProgram({"dot", "-Tsvg", dir / "all.dot", "-o", dir / "all.svg"}, dir);
  INFO(dot.err);
  CHECK(dot.exit_code == 0);
  CHECK(CheckImage(dir / "all.svg", dir).exit_code == 0);
}

TEST_CASE("export: networkx and jsonld.js read the whole examples graph back whole", "[export][tools]") {
  TempDir dir;
  // What the library selects: every exporter must carry all of it.
  auto g = OpenGraph(ReviewedStore());
  auto sub = g->Select(SelectFilter{});
  REQUIRE(sub.ok());
  size_t claims = 0, authored = 0, denied = 0;
  for (const GraphNode& n : sub.value().nodes) {
    if (n.type != NodeType::kClaim) continue;
    ++claims;
    // A denied statement is not its speaker's: no author, the speaker denies it.
    if (n.polarity == "denied") ++denied;
    if (!n.speaker_key.empty() && n.polarity != "denied") ++authored;
  }
  REQUIRE(claims > 40);
  CHECK(denied >= 1);  // Iran denying it builds a nuclear weapon (voa-rice-iran)
  // Plus the unmatched review of Hegseth's, a claim said by him (the other's
  // speaker is in no relation, so not in the graph).
  size_t want_nodes = sub.value().nodes.size() + 1, want_edges = sub.value().edges.size() + 1;

  REQUIRE(Export({"--format", "graphml", "-o", dir / "all.graphml"}, dir).exit_code == 0);
  RunResult nx = CheckGraphMl(dir / "all.graphml", dir);
  INFO(nx.err);
  REQUIRE(nx.exit_code == 0);
  auto doc = ParseJson(nx.out);
  CHECK(doc["directed"].GetBool());
  CHECK(doc["nodes"].GetUint64() == want_nodes);
  CHECK(doc["edges"].GetUint64() == want_edges);
  size_t verdicts = 0, hegseth = 0;
  for (const auto& m : doc["node_attrs"].GetObject()) {
    const auto& a = m.value;
    REQUIRE(a.HasMember("type"));
    CHECK(std::string(a["degree"]["type"].GetString()) == "int");
    if (a.HasMember("appearances")) CHECK(std::string(a["appearances"]["type"].GetString()) == "int");
    if (a.HasMember("name") && std::string(a["name"]["value"].GetString()) == "Pete Hegseth") ++hegseth;
    if (a.HasMember("verdict")) ++verdicts;
  }
  CHECK(hegseth == 1);
  CHECK(verdicts == 2);
  for (const auto& e : doc["edge_attrs"].GetArray()) {
    REQUIRE(e.HasMember("type"));
    CHECK(std::string(e["evidence_count"]["type"].GetString()) == "int");
  }

  REQUIRE(Export({"--format", "jsonld", "-o", dir / "all.jsonld"}, dir).exit_code == 0);
  RunResult ld = CheckJsonLd(dir / "all.jsonld", dir);
  INFO(ld.err);
  REQUIRE(ld.exit_code == 0);  // safe mode: no key dropped, no remote context
  auto rdf = ParseJson(ld.out);
  CHECK(rdf["claims"].GetUint64() == claims + 1);
  CHECK(rdf["claims_with_author"].GetUint64() == authored + 1);
  CHECK(rdf["types"]["https://schema.org/ClaimReview"].GetInt() == 2);
  CHECK(rdf["types"]["https://schema.org/Person"].GetInt() > 5);
  CHECK(rdf["types"]["https://schema.org/Quotation"].GetInt() > 5);
  // Every article carries a claim: each is one NewsArticle.
  CHECK(rdf["types"]["https://schema.org/NewsArticle"].GetInt() ==
        SqliteReader(ReviewedStore()).Int("SELECT count(*) FROM articles"));
}

TEST_CASE("render: the diagram around Hegseth as well-formed SVG and a PNG of the same size",
          "[export][tools]") {
  TempDir dir;
  for (const char* ext : {"svg", "png"}) {
    RunResult r = RunCli({"render", "--db", ReviewedStore(), "--focus", "hegseth", "--depth", "2", "-o",
                          dir / (std::string("h.") + ext)},
                         dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  RunResult svg = CheckImage(dir / "h.svg", dir);
  INFO(svg.err);
  REQUIRE(svg.exit_code == 0);
  auto s = ParseJson(svg.out);
  std::vector<std::string> texts = Strings(s["texts"]);
  CHECK(std::count(texts.begin(), texts.end(), "Pete Hegseth") == 1);
  CHECK(std::count(texts.begin(), texts.end(), "Legend") == 1);
  CHECK(std::count(texts.begin(), texts.end(), "opposes") == 1);  // in the legend
  CHECK(std::count(texts.begin(), texts.end(), "fact-check: Accurate as a statement…") == 1);
  RunResult png = CheckImage(dir / "h.png", dir);
  INFO(png.err);
  REQUIRE(png.exit_code == 0);
  auto p = ParseJson(png.out);
  // Graphviz draws PNGs at 96 dpi: the SVG's points times 4/3.
  CHECK(std::abs(p["width_px"].GetDouble() - s["width_pt"].GetDouble() * 4 / 3) <= 2);
  CHECK(std::abs(p["height_px"].GetDouble() - s["height_pt"].GetDouble() * 4 / 3) <= 2);
}

TEST_CASE("render and export: clear errors for an unknown focus, a bad type, an unsupported file",
          "[export][cli]") {
  TempDir dir;
  RunResult unknown =
      RunCli({"render", "--db", ReviewedStore(), "--focus", "Nobody Atall", "-o", dir / "x.svg"}, dir);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("no entity named Nobody Atall") != std::string::npos);
  RunResult jpg = RunCli({"render", "--db", ReviewedStore(), "-o", dir / "x.jpg"}, dir);
  CHECK(jpg.exit_code == 2);
  CHECK(jpg.err.find("x.jpg: unsupported image type (the file name must end in .svg or .png)") !=
        std::string::npos);
  RunResult type = Export({"--format", "dot", "--type", "person,bogus"}, dir);
  CHECK(type.exit_code == 1);
  CHECK(type.err.find("--type: unknown type 'bogus'") != std::string::npos);
  RunResult format = Export({"--format", "xml"}, dir);
  CHECK(format.exit_code == 2);
  RunResult date = Export({"--format", "dot", "--since", "last week"}, dir);
  CHECK(date.exit_code == 1);
  CHECK(date.err.find("last week") != std::string::npos);
  RunResult nodb = RunCli({"export", "--db", dir / "none.db", "--format", "dot"}, dir);
  CHECK(nodb.exit_code == 1);
  CHECK(nodb.err.find("none.db: no such database") != std::string::npos);
}

TEST_CASE("export: a cap keeps the most connected nodes and says how many more there are", "[export][cli]") {
  TempDir dir;
  RunResult r = Export({"--format", "dot", "--max-nodes", "5"}, dir);
  REQUIRE(r.exit_code == 0);
  size_t nodes = 0;
  for (size_t p = r.out.find(" [key="); p != std::string::npos; p = r.out.find(" [key=", p + 1)) ++nodes;
  CHECK(nodes <= 6);  // 5, and an unmatched review's claim when its speaker is among them
  CHECK(r.out.find(" more not shown") != std::string::npos);
  // Filters by type keep only those nodes and relations.
  RunResult people =
      Export({"--format", "graphml", "--type", "person,organization,country,member_of,leads"}, dir);
  REQUIRE(people.exit_code == 0);
  CHECK(people.out.find(">claim<") == std::string::npos);
  CHECK(people.out.find(">member_of<") != std::string::npos);
}

TEST_CASE("said and entity show the fact-check beside the claim it reviews", "[export][factcheck][cli]") {
  TempDir dir;
  RunResult said = RunCli({"said", "--db", ReviewedStore(), "--by", "Hegseth", "--width", "0"}, dir);
  REQUIRE(said.exit_code == 0);
  CHECK(said.out.find("FACT-CHECK") != std::string::npos);
  CHECK(said.out.find(
            "Accurate as a statement of policy (Example Fact Desk, 2025-02-13)  “The United States does "
            "not believe that NATO membership") != std::string::npos);
  RunResult json = RunCli({"said", "--db", ReviewedStore(), "--by", "Hegseth", "--json"}, dir);
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find("\"verdict\":\"Accurate as a statement of policy (Example Fact Desk, 2025-02-13)\"") !=
        std::string::npos);
  CHECK(json.out.find("\"verdict\":null") != std::string::npos);  // the claims nobody checked
  RunResult entity = RunCli({"entity", "--db", ReviewedStore(), "Pete Hegseth", "--width", "0"}, dir);
  REQUIRE(entity.exit_code == 0);
  CHECK(entity.out.find("FACT-CHECK") != std::string::npos);
  CHECK(entity.out.find("Accurate as a statement of policy (Example Fact Desk, 2025-02-13)") !=
        std::string::npos);
  // Without fact-checks the tables are as they were.
  TempDir plain;
  std::string db = BuildStore(plain);
  CHECK(RunCli({"said", "--db", db, "--by", "Hegseth"}, dir).out.find("FACT-CHECK") == std::string::npos);
}
