// Select: a part of the snapshot as plain values, for exports and renderers.
#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

#include "graph/graph_impl.h"

namespace claimgraph::graph {

namespace {

Status CheckDate(const std::string& d, const char* what) {
  if (d.empty() || DateNumber(d) != 0) return Status::Ok();
  return Status::InvalidInput(std::string(what) + " must be a date YYYY-MM-DD, not '" + d + "'");
}

}  // namespace

GraphNode GraphImpl::Node(Vertex v) {
  const Snapshot& s = *snapshot_;
  NodeInfo info = Info(v);
  GraphNode n;
  n.type = static_cast<NodeType>(s.type[v]);
  n.key = info.key;
  n.name = info.name;
  n.degree = s.degree[v];
  int64_t id = s.db_id[v];
  if (n.type == NodeType::kClaim) {
    ClaimRow c = reader_->TrackedClaim(id);
    n.kind = c.kind;
    n.polarity = c.polarity;
    n.date = c.date;
    n.speaker_key = c.speaker_key;
    n.outlets = c.outlets;
    n.appearances = reader_->Appearances(id);
  } else if (n.type == NodeType::kArticle) {
    StatementLease st = reader_->Cached("SELECT date, outlet FROM articles WHERE seq = ?");
    st->bind(1, id);
    if (st->executeStep()) {
      n.date = Text(*st, 0);
      if (!Text(*st, 1).empty()) n.outlets.push_back(Text(*st, 1));
    }
  } else {
    StatementLease roles = reader_->Cached("SELECT role FROM entity_roles WHERE entity = ? ORDER BY role");
    roles->bind(1, id);
    while (roles->executeStep()) n.roles.push_back(Text(*roles, 0));
    if (n.type == NodeType::kEvent) {
      StatementLease st = reader_->Cached("SELECT min(date) FROM entity_dates WHERE entity = ?");
      st->bind(1, id);
      if (st->executeStep()) n.date = Text(*st, 0);
    }
  }
  return n;
}

Result<Subgraph> GraphImpl::Select(const SelectFilter& sf) {
  for (const auto& [d, what] : {std::pair{&sf.since, "since"}, std::pair{&sf.until, "until"}}) {
    Status s = CheckDate(*d, what);
    if (!s.ok()) return s;
  }
  if (sf.focus && sf.depth < 1) return Status::InvalidInput("depth must be at least 1");
  Status built = BuildSnapshot();
  if (!built.ok()) return built;
  const Snapshot& s = *snapshot_;
  WalkFilter f = MakeFilter(sf.edge_types, sf.node_types);
  f.since = DateNumber(sf.since);
  f.until = DateNumber(sf.until);

  std::vector<Vertex> chosen;
  std::optional<Vertex> focus;
  std::vector<char> in(s.type.size(), 0);
  if (sf.focus) {
    auto v = VertexOf(*sf.focus);
    if (!v.ok()) return v.status();
    focus = v.value();
    chosen = Walk(s, *focus, f, static_cast<uint32_t>(sf.depth), kUnreached).order;
  } else {
    // The whole graph: every allowed vertex with an allowed edge.
    for (Vertex v = 0; v < s.type.size(); ++v) {
      if (!(f.node_mask & (1u << s.type[v]))) continue;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        if (f.Allows(s, s.g[e], static_cast<Vertex>(boost::target(e, s.g)))) {
          chosen.push_back(v);
          break;
        }
      }
    }
  }
  for (Vertex v : chosen) in[v] = 1;
  // Degree inside the selection: most connected first, the focus always kept.
  std::vector<uint32_t> degree(s.type.size(), 0);
  for (Vertex v : chosen) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
      Vertex t = static_cast<Vertex>(boost::target(e, s.g));
      if (in[t] && f.Allows(s, s.g[e], t)) ++degree[v];
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(), [&](Vertex a, Vertex b) {
    bool fa = focus && a == *focus, fb = focus && b == *focus;
    if (fa != fb) return fa;
    return std::make_pair(-static_cast<int64_t>(degree[a]), a) <
           std::make_pair(-static_cast<int64_t>(degree[b]), b);
  });
  Subgraph out;
  if (sf.max_nodes && chosen.size() > sf.max_nodes) {
    out.omitted = chosen.size() - sf.max_nodes;
    for (size_t i = sf.max_nodes; i < chosen.size(); ++i) in[chosen[i]] = 0;
    chosen.resize(sf.max_nodes);
  }
  try {
    std::vector<std::string> keys(s.type.size());
    std::vector<std::pair<uint32_t, GraphNode>> nodes;
    for (Vertex v : chosen) {
      GraphNode n = Node(v);
      keys[v] = n.key;
      nodes.emplace_back(focus && v == *focus ? UINT32_MAX : degree[v], std::move(n));
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second.key < b.second.key);
    });
    for (auto& [d, n] : nodes) out.nodes.push_back(std::move(n));
    // Edges: one per (source, type, target), every piece of evidence on it.
    std::map<std::tuple<std::string, int, std::string>, GraphEdge> edges;
    for (Vertex v : chosen) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        const EdgeData& d = s.g[e];
        Vertex t = static_cast<Vertex>(boost::target(e, s.g));
        if (d.reverse || !in[t] || !f.Allows(s, d, t)) continue;
        GraphEdge& g = edges[{keys[v], d.type, keys[t]}];
        if (g.evidence.empty()) {
          g.type = static_cast<EdgeType>(d.type);
          g.source = keys[v];
          g.target = keys[t];
          if (!d.by_claim) {
            StatementLease st = reader_->Cached("SELECT target_text FROM relations WHERE id = ?");
            st->bind(1, d.evidence);
            if (st->executeStep()) g.target_text = Text(*st, 0);
          }
        }
        g.evidence.push_back(EdgeEvidence(d));
      }
    }
    for (auto& [k, g] : edges) {
      std::stable_sort(g.evidence.begin(), g.evidence.end(), [](const Evidence& a, const Evidence& b) {
        return std::make_pair(a.date.empty(), a.date) < std::make_pair(b.date.empty(), b.date);
      });
      out.edges.push_back(std::move(g));
    }
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  return out;
}

}  // namespace claimgraph::graph
