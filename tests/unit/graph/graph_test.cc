#include <algorithm>
#include <catch2/catch.hpp>

#include "support/example_store.h"

using namespace claimgraph;
using claimgraph::testing::ExampleStore;
using claimgraph::testing::OpenGraph;

namespace {

const GraphNode* FindNode(const Subgraph& g, const std::string& key) {
  for (const GraphNode& n : g.nodes)
    if (n.key == key) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("graph: Select around a focus gives its claims with evidence", "[graph]") {
  auto g = OpenGraph(ExampleStore());
  SelectFilter f;
  f.focus = "hegseth";
  f.depth = 1;
  f.edge_types = {EdgeType::kSaid};
  auto sub = g->Select(f);
  INFO(sub.status().message());
  REQUIRE(sub.ok());
  const Subgraph& s = sub.value();
  REQUIRE(!s.nodes.empty());
  CHECK(s.nodes[0].key == "person:pete hegseth");
  CHECK(s.nodes[0].name == "Pete Hegseth");
  CHECK(std::count_if(s.nodes.begin(), s.nodes.end(),
                      [](const GraphNode& n) { return n.type == NodeType::kClaim; }) == 7);
  CHECK(s.edges.size() == 7);
  for (const GraphEdge& e : s.edges) {
    CHECK(e.type == EdgeType::kSaid);
    CHECK(e.source == "person:pete hegseth");
    REQUIRE(e.evidence.size() == 1);
    CHECK(e.evidence[0].date == "2025-02-12");
    CHECK(e.evidence[0].span.end > e.evidence[0].span.start);
    const GraphNode* claim = FindNode(s, e.target);
    REQUIRE(claim);
    // The quote that another example article carries too has two appearances.
    bool nato = claim->name.rfind("The United States does not believe that NATO", 0) == 0;
    CHECK(claim->appearances.size() == (nato ? 2u : 1u));
    CHECK(claim->speaker_key == "person:pete hegseth");
  }
  CHECK(s.omitted == 0);
}

TEST_CASE("graph: Select caps the nodes, most connected first, and counts the rest", "[graph]") {
  auto g = OpenGraph(ExampleStore());
  SelectFilter f;
  f.max_nodes = 5;
  auto all = g->Select(SelectFilter{});
  auto cut = g->Select(f);
  REQUIRE(all.ok());
  REQUIRE(cut.ok());
  REQUIRE(cut.value().nodes.size() == 5);
  CHECK(cut.value().omitted == all.value().nodes.size() - 5);
  for (const GraphEdge& e : cut.value().edges) {
    CHECK(FindNode(cut.value(), e.source));
    CHECK(FindNode(cut.value(), e.target));
  }
  // No article nodes unless asked for.
  for (const GraphNode& n : all.value().nodes) CHECK(n.type != NodeType::kArticle);
}

TEST_CASE("graph: path Putin Zelensky goes through Trump, each step with its sentence", "[graph]") {
  auto g = OpenGraph(ExampleStore());
  auto p = g->Path(PathQuery{"Putin", "zelensky", {}});
  INFO(p.status().message());
  REQUIRE(p.ok());
  const auto& steps = p.value();
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].from == "Vladimir Putin");  // "Putin" in this article, named in full in another
  CHECK(steps[0].to == "Donald Trump");
  CHECK(steps[0].edge == "spoke_to");
  CHECK(steps[0].direction == "in");
  CHECK(steps[1].to == "Volodymyr Zelensky");
  CHECK(steps[1].evidence.text.find("spoke to both Putin and Zelensky") != std::string::npos);
  CHECK(steps[1].evidence.date == "2025-02-12");
}

TEST_CASE("graph: unknown and ambiguous names", "[graph]") {
  auto g = OpenGraph(ExampleStore());
  auto unknown = g->Entity("Hegseht");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kNotFound);
  CHECK(unknown.status().message().rfind("no entity named Hegseht; did you mean: Pete Hegseth (person)", 0) ==
        0);
}

TEST_CASE("graph: Select by dates and by node and edge types", "[graph]") {
  auto g = OpenGraph(ExampleStore());
  SelectFilter f;
  f.since = "2025-02-13";
  f.until = "2025-02-13";
  auto day = g->Select(f);
  REQUIRE(day.ok());
  REQUIRE(!day.value().edges.empty());
  for (const GraphEdge& e : day.value().edges) {
    bool in_range = std::any_of(e.evidence.begin(), e.evidence.end(),
                                [](const Evidence& ev) { return ev.date == "2025-02-13"; });
    CHECK(in_range);
  }
  CHECK(FindNode(day.value(), "person:vladimir putin"));
  CHECK_FALSE(FindNode(day.value(), "person:hugo chavez"));

  SelectFilter stances;
  stances.edge_types = {EdgeType::kSupports, EdgeType::kOpposes};
  stances.node_types = {NodeType::kPerson, NodeType::kOrganization};
  auto s = g->Select(stances);
  REQUIRE(s.ok());
  for (const GraphNode& n : s.value().nodes)
    CHECK((n.type == NodeType::kPerson || n.type == NodeType::kOrganization));
  const GraphNode* nato = FindNode(s.value(), "organization:north atlantic treaty organization");
  REQUIRE(nato);
  CHECK(s.value().nodes[0].key == nato->key);  // the most connected: four stances
  int to_nato = 0;
  for (const GraphEdge& e : s.value().edges) {
    CHECK((e.type == EdgeType::kSupports || e.type == EdgeType::kOpposes));
    if (e.target == nato->key) ++to_nato;
  }
  CHECK(to_nato == 4);

  SelectFilter articles;
  articles.focus = "Hegseth";
  articles.depth = 2;
  articles.edge_types = {EdgeType::kSaid, EdgeType::kAppearsIn};
  auto a = g->Select(articles);
  REQUIRE(a.ok());
  CHECK(std::count_if(a.value().nodes.begin(), a.value().nodes.end(),
                      [](const GraphNode& n) { return n.type == NodeType::kArticle; }) == 2);

  SelectFilter bad;
  bad.since = "2025-13-99x";
  CHECK(g->Select(bad).status().code() == Status::Code::kInvalidInput);
  bad.since = "";
  bad.focus = "Nobody Atall";
  CHECK(g->Select(bad).status().code() == Status::Code::kNotFound);
}
