// Names and quotes that try to break out of each format, read back by the real
// tools: they must come out as the same text, never as syntax.
#include <algorithm>
#include <catch2/catch.hpp>

#include "claimgraph/export.h"
#include "export_support.h"

using namespace claimgraph;
using namespace claimgraph::testing;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

// Short enough to be drawn whole on one line (labels are cut at 40 characters
// and wrapped at 20).
const std::vector<std::string> kHostileNames = {
    "\"]; x [",         "</text><script>",     "AT&T &amp; &lt;",
    "{b} \\N \\l \\\\", "Зеленський 習近平 é", "bell\x01 del\x7F",
};

// How each name is drawn (DOT labels) and kept in XML (U+FFFD for what XML
// cannot carry; DEL is allowed in XML but not drawn).
std::string Drawn(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\x01' || c == '\x7F') ? kFffd : std::string(1, c);
  return out;
}
std::string InXml(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '\x01' ? kFffd : std::string(1, c);
  return out;
}

const std::string kQuote =
    "We will </text><script>alert(1)</script> \"]; evil [label=x] & {braces} \\ back\nslash \x01 — Україна";

ExportGraph HostileGraph() {
  ExportGraph g;
  g.title = "around \"]; x [ </text>";
  for (size_t i = 0; i < kHostileNames.size(); ++i) {
    GraphNode n;
    n.type = i % 2 ? NodeType::kOrganization : NodeType::kPerson;
    n.key = std::string(i % 2 ? "organization:" : "person:") + kHostileNames[i];
    n.name = kHostileNames[i];
    g.graph.nodes.push_back(n);
  }
  GraphNode claim;
  claim.type = NodeType::kClaim;
  claim.key = "claim:1";
  claim.name = kQuote;
  claim.kind = "direct";
  claim.date = "2025-02-12";
  claim.speaker_key = g.graph.nodes[0].key;
  Appearance a;
  a.article_id = "abc123";
  a.title = "Headline <b>&amp;</b> \"quoted\"";
  a.outlet = "Outlet & Co </text>";
  a.date = "2025-02-12";
  a.url = "https://news.example/a?x=1&y=<2>";
  a.text = kQuote;
  claim.appearances.push_back(a);
  claim.outlets.push_back(a.outlet);
  g.graph.nodes.push_back(claim);
  GraphEdge said;
  said.type = EdgeType::kSaid;
  said.source = g.graph.nodes[0].key;
  said.target = "claim:1";
  said.evidence.push_back(a);
  GraphEdge opposes = said;
  opposes.type = EdgeType::kOpposes;
  opposes.target = g.graph.nodes[1].key;
  opposes.target_text = "\"]; x [";
  g.graph.edges = {said, opposes};
  FactCheck f;
  f.claim_key = "claim:1";
  f.rating = "False </text>\"]";
  f.reviewer = "Checker & <Sons>";
  f.url = "https://check.example/?a=1&b=\"2\"";
  f.claim_text = kQuote;
  f.id = 1;
  g.fact_checks.push_back(f);
  return g;
}

}  // namespace

TEST_CASE("hostile: DOT is accepted by dot and draws every name as written", "[export][hostile]") {
  TempDir dir;
  ExportGraph g = HostileGraph();
  WriteFile(dir / "g.dot", ToDot(g));
  RunResult r = RunProgram({"dot", "-Tsvg", dir / "g.dot", "-o", dir / "g.svg"}, dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());  // no warning either
  RunResult svg = CheckImage(dir / "g.svg", dir);
  INFO(svg.err);
  REQUIRE(svg.exit_code == 0);  // well-formed XML
  auto doc = ParseJson(svg.out);
  std::vector<std::string> texts = Strings(doc["texts"]);
  for (const std::string& name : kHostileNames) {
    INFO(name);
    CHECK(std::count(texts.begin(), texts.end(), Drawn(name)) == 1);
  }
  CHECK(std::count(texts.begin(), texts.end(), "around \"]; x [ </text>") == 1);
  // Nothing but Graphviz's own elements: no <script>, no stray <text>.
  std::vector<std::string> tags = Strings(doc["tags"]);
  CHECK(std::find(tags.begin(), tags.end(), "script") == tags.end());
  // Tooltips carry the whole quote, the line break and the verdict.
  std::vector<std::string> tips = Strings(doc["tooltips"]);
  std::string want =
      "“We will </text><script>alert(1)</script> \"]; evil [label=x] & {braces} \\ back\nslash " + kFffd +
      " — Україна”";
  CHECK(std::any_of(tips.begin(), tips.end(), [&](const std::string& t) {
    return t.rfind(want, 0) == 0 &&
           t.find("fact-check: False </text>\"] (Checker & <Sons>)") != std::string::npos;
  }));
}

TEST_CASE("hostile: the rendered SVG and PNG are well-formed and hold the same texts", "[export][hostile]") {
  TempDir dir;
  ExportGraph g = HostileGraph();
  REQUIRE(RenderDiagram(g, dir / "g.svg").ok());
  REQUIRE(RenderDiagram(g, dir / "g.png").ok());
  RunResult svg = CheckImage(dir / "g.svg", dir);
  INFO(svg.err);
  REQUIRE(svg.exit_code == 0);
  auto doc = ParseJson(svg.out);
  std::vector<std::string> texts = Strings(doc["texts"]);
  for (const std::string& name : kHostileNames) {
    INFO(name);
    CHECK(std::count(texts.begin(), texts.end(), Drawn(name)) == 1);
  }
  RunResult png = CheckImage(dir / "g.png", dir);
  INFO(png.err);
  REQUIRE(png.exit_code == 0);
}

TEST_CASE("hostile: JSON-LD keeps every name and quote exactly through jsonld.js", "[export][hostile]") {
  TempDir dir;
  ExportGraph g = HostileGraph();
  std::string text = ToJsonLd(g);
  // Nothing that could end an HTML <script> element around it.
  CHECK(text.find('<') == std::string::npos);
  CHECK(text.find('>') == std::string::npos);
  WriteFile(dir / "g.jsonld", text);
  RunResult r = CheckJsonLd(dir / "g.jsonld", dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto doc = ParseJson(r.out);
  std::vector<std::string> names = Strings(doc["names"]);
  for (const std::string& name : kHostileNames) {
    INFO(name);
    CHECK(std::count(names.begin(), names.end(), name) == 1);  // control characters too
  }
  CHECK(std::count(names.begin(), names.end(), "Outlet & Co </text>") == 1);
  CHECK(doc["claims"].GetInt() == 1);
  CHECK(doc["claims_with_author"].GetInt() == 1);
}

TEST_CASE("hostile: networkx reads the GraphML back with the same names and quote", "[export][hostile]") {
  TempDir dir;
  ExportGraph g = HostileGraph();
  WriteFile(dir / "g.graphml", ToGraphMl(g));
  RunResult r = CheckGraphMl(dir / "g.graphml", dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto doc = ParseJson(r.out);
  CHECK(doc["nodes"].GetInt() == 7);
  CHECK(doc["edges"].GetInt() == 2);
  std::vector<std::string> names, texts;
  for (const auto& m : doc["node_attrs"].GetObject()) {
    if (m.value.HasMember("name")) names.emplace_back(m.value["name"]["value"].GetString());
    if (m.value.HasMember("text")) texts.emplace_back(m.value["text"]["value"].GetString());
  }
  for (const std::string& name : kHostileNames) {
    INFO(name);
    CHECK(std::count(names.begin(), names.end(), InXml(name)) == 1);
  }
  REQUIRE(texts.size() == 1);
  CHECK(texts[0] == InXml(kQuote));
  CHECK(doc["graph"]["title"]["value"].GetString() == g.title);
}
