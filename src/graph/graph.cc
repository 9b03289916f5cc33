#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/graph_impl.h"

namespace claimgraph {

Result<std::unique_ptr<Graph>> Graph::Open(const std::string& db_path) {
  auto reader = graph::Reader::Open(db_path);
  if (!reader.ok()) return reader.status();
  return std::unique_ptr<Graph>(new graph::GraphImpl(std::move(reader.value())));
}

namespace graph {

Status GraphImpl::BuildSnapshot() {
  if (snapshot_) return Status::Ok();
  try {
    snapshot_ = Snapshot::Build(reader_->db());
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  return Status::Ok();
}

Result<Vertex> GraphImpl::VertexOf(const std::string& name) {
  auto e = reader_->ResolveOne(name);
  if (!e.ok()) return e.status();
  Status s = BuildSnapshot();
  if (!s.ok()) return s;
  Vertex v;
  if (!snapshot_->Find(NodeType::kPerson, e.value().id, &v))
    return Status::NotFound("no entity named " + name);
  return v;
}

NodeInfo GraphImpl::Info(Vertex v) {
  NodeInfo n;
  NodeType t = static_cast<NodeType>(snapshot_->type[v]);
  int64_t id = snapshot_->db_id[v];
  n.type = std::string(NodeTypeName(t));
  if (t == NodeType::kClaim) {
    n.key = "claim:" + std::to_string(id);
    StatementLease st = reader_->Cached("SELECT text FROM tracked_claims WHERE id = ?");
    st->bind(1, id);
    if (st->executeStep()) n.name = Text(*st, 0);
  } else if (t == NodeType::kArticle) {
    StatementLease st = reader_->Cached("SELECT id, title, source FROM articles WHERE seq = ?");
    st->bind(1, id);
    if (st->executeStep()) {
      n.key = "article:" + Text(*st, 0);
      n.name = Text(*st, 1).empty() ? Text(*st, 2) : Text(*st, 1);
    }
  } else {
    EntityRef e = reader_->EntityById(id);
    n.key = e.key;
    n.name = e.name;
  }
  return n;
}

Evidence GraphImpl::EdgeEvidence(const EdgeData& e) {
  if (e.by_claim) return reader_->ClaimEvidence(e.evidence);
  return reader_->RelationEvidence(e.evidence);
}

Result<std::vector<ClaimRow>> GraphImpl::Said(const SaidQuery& q) {
  SaidFilter f;
  if (q.by) {
    auto e = reader_->ResolveOne(*q.by);
    if (!e.ok()) return e.status();
    f.speakers.push_back(e.value().id);
  }
  if (q.about) {
    auto m = reader_->Resolve(*q.about);
    if (!m.ok()) return m.status();
    for (const NameCandidate& c : m.value().matches) {
      auto e = reader_->ResolveOne(c.key);
      if (e.ok()) f.about_entities.push_back(e.value().id);
    }
    if (f.about_entities.empty()) f.about_text = *q.about;
  }
  for (const std::string* d : {&q.since, &q.until}) {
    if (!d->empty() && DateNumber(*d) == 0)
      return Status::InvalidInput("dates are YYYY-MM-DD, not '" + *d + "'");
  }
  if (q.kind && *q.kind != "direct" && *q.kind != "indirect")
    return Status::InvalidInput("--kind must be direct or indirect, not '" + *q.kind + "'");
  f.kind = q.kind;
  if (q.polarity && *q.polarity != "asserted" && *q.polarity != "denied")
    return Status::InvalidInput("--polarity must be asserted or denied, not '" + *q.polarity + "'");
  f.polarity = q.polarity;
  f.relation = q.relation;
  f.outlet = q.outlet;
  f.since = q.since;
  f.until = q.until;
  f.limit = q.limit;
  try {
    return reader_->Said(f);
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
}

Result<std::vector<QuoteRow>> GraphImpl::Quote(const QuoteQuery& q) {
  try {
    return reader_->Quote(q.text, q.limit);
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
}

Result<std::vector<NeighborRow>> GraphImpl::Neighbors(const NeighborsQuery& q) {
  auto focus = VertexOf(q.name);
  if (!focus.ok()) return focus.status();
  if (q.depth < 1) return Status::InvalidInput("--depth must be at least 1");
  const Snapshot& s = *snapshot_;
  WalkFilter f = MakeFilter(q.types, {});
  Bfs bfs = Walk(s, focus.value(), f, static_cast<uint32_t>(q.depth), kUnreached);
  std::vector<Vertex> reached(bfs.order.begin() + 1, bfs.order.end());
  std::stable_sort(reached.begin(), reached.end(), [&](Vertex a, Vertex b) {
    return std::make_pair(bfs.dist[a], -static_cast<int64_t>(s.degree[a])) <
           std::make_pair(bfs.dist[b], -static_cast<int64_t>(s.degree[b]));
  });
  if (q.limit && reached.size() > q.limit) reached.resize(q.limit);
  try {
    std::vector<NeighborRow> rows;
    for (Vertex v : reached) {
      NeighborRow r;
      NodeInfo info = Info(v);
      r.key = info.key;
      r.name = info.name;
      r.type = info.type;
      r.distance = static_cast<int>(bfs.dist[v]);
      const Edge& e = bfs.via[v];
      const EdgeData& d = s.g[e];
      r.via = std::string(EdgeTypeName(static_cast<EdgeType>(d.type)));
      r.direction = d.reverse ? "in" : "out";
      r.from = Info(static_cast<Vertex>(boost::source(e, s.g))).key;
      r.evidence = EdgeEvidence(d);
      rows.push_back(std::move(r));
    }
    return rows;
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
}

Result<std::vector<PathStep>> GraphImpl::Path(const PathQuery& q) {
  auto a = VertexOf(q.from);
  if (!a.ok()) return a.status();
  auto b = VertexOf(q.to);
  if (!b.ok()) return b.status();
  const Snapshot& s = *snapshot_;
  WalkFilter f = MakeFilter(q.types, {});
  f.node_mask &= ~(1u << static_cast<int>(NodeType::kArticle));  // articles are not steps
  Bfs bfs = Walk(s, a.value(), f, 0, b.value());
  std::vector<PathStep> steps;
  if (bfs.dist[b.value()] == kUnreached || a.value() == b.value()) return steps;
  // Of the shortest paths, the one through the fewest claims (people and
  // organizations connect better than a sentence that names both ends): the
  // vertices on shortest paths, level by level back from b, then the cheapest
  // predecessor of each, forward from a.
  uint32_t k = bfs.dist[b.value()];
  std::vector<std::vector<Vertex>> levels(k + 1);
  std::unordered_map<Vertex, std::pair<uint32_t, Edge>> best;  // vertex -> (claims so far, step in)
  levels[k] = {b.value()};
  std::unordered_set<Vertex> on_path{b.value()};
  for (uint32_t d = k; d > 0; --d) {
    for (Vertex v : levels[d]) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        Vertex u = static_cast<Vertex>(boost::target(e, s.g));
        if (bfs.dist[u] != d - 1 || !f.Allows(s, s.g[e], u)) continue;
        if (on_path.insert(u).second) levels[d - 1].push_back(u);
      }
    }
  }
  auto is_claim = [&](Vertex v) { return s.type[v] == static_cast<uint8_t>(NodeType::kClaim) ? 1u : 0u; };
  best[a.value()] = {0, Edge()};
  for (uint32_t d = 1; d <= k; ++d) {
    for (Vertex v : levels[d]) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        Vertex u = static_cast<Vertex>(boost::target(e, s.g));
        auto bu = best.find(u);
        if (bfs.dist[u] != d - 1 || bu == best.end() || !f.Allows(s, s.g[e], u)) continue;
        uint32_t cost = bu->second.first + is_claim(v);
        auto bv = best.find(v);
        if (bv == best.end() || cost < bv->second.first) best[v] = {cost, e};
      }
    }
  }
  // Each step as stored at its far end (v -> u): walked from u to v.
  std::vector<Edge> chain;
  for (Vertex v = b.value(); v != a.value(); v = static_cast<Vertex>(boost::target(best[v].second, s.g)))
    chain.push_back(best[v].second);
  std::reverse(chain.begin(), chain.end());
  try {
    int n = 0;
    for (const Edge& e : chain) {
      PathStep st;
      st.step = ++n;
      NodeInfo from = Info(static_cast<Vertex>(boost::target(e, s.g)));
      NodeInfo to = Info(static_cast<Vertex>(boost::source(e, s.g)));
      st.from = from.name;
      st.from_key = from.key;
      st.to = to.name;
      st.to_key = to.key;
      const EdgeData& d = s.g[e];
      st.edge = std::string(EdgeTypeName(static_cast<EdgeType>(d.type)));
      st.direction = d.reverse ? "out" : "in";
      st.evidence = EdgeEvidence(d);
      steps.push_back(std::move(st));
    }
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  return steps;
}

Result<RankResult> GraphImpl::Rank(const RankQuery& q) {
  RankResult out;
  uint32_t type_mask = 0;
  for (NodeType t : q.types) {
    if (t == NodeType::kClaim || t == NodeType::kArticle)
      return Status::InvalidInput(
          "rank ranks entities: --type takes person, country, organization, place, event");
    type_mask |= 1u << static_cast<int>(t);
  }
  if (type_mask == 0) type_mask = (1u << static_cast<int>(NodeType::kClaim)) - 1;
  std::vector<std::pair<double, int64_t>> scored;  // (score, entity id)
  try {
    if (q.by == RankBy::kQuoted || q.by == RankBy::kMentioned) {
      out.method =
          q.by == RankBy::kQuoted ? "claims made (however many articles carry each)" : "mentions in articles";
      SQLite::Statement st(reader_->db(), q.by == RankBy::kQuoted
                                              ? "SELECT e.id, e.type, count(*) FROM tracked_claims t"
                                                " JOIN entities e ON e.id = t.speaker GROUP BY e.id"
                                              : "SELECT e.id, e.type, sum(m.n) FROM entity_mentions m"
                                                " JOIN entities e ON e.id = m.entity GROUP BY e.id");
      while (st.executeStep()) {
        NodeType t;
        if (!ParseNodeType(st.getColumn(1).getText(), &t) || !(type_mask & (1u << static_cast<int>(t))))
          continue;
        scored.emplace_back(static_cast<double>(st.getColumn(2).getInt64()), st.getColumn(0).getInt64());
      }
    } else {
      Status s = BuildSnapshot();
      if (!s.ok()) return s;
      const Snapshot& g = *snapshot_;
      WalkFilter f = MakeFilter({}, {});
      std::vector<double> score;
      if (q.by == RankBy::kPagerank) {
        const int kIterations = 40;
        score = PageRank(g, f, kIterations);
        out.method =
            "pagerank over entities and claims, damping 0.85, " + std::to_string(kIterations) + " iterations";
      } else {
        size_t vertices = 0;
        for (uint8_t t : g.type) vertices += (f.node_mask >> t) & 1u;
        const size_t kExactUpTo = 4000, kSources = 64;
        bool sampled = vertices > kExactUpTo;
        score = Betweenness(g, f, sampled ? kSources : 0);
        out.approximate = sampled;
        out.method = sampled ? "betweenness, sampled from " + std::to_string(kSources) + " of " +
                                   std::to_string(vertices) + " sources (approximate)"
                             : "betweenness, exact over " + std::to_string(vertices) + " vertices";
      }
      for (Vertex v = 0; v < g.type.size(); ++v)
        if (type_mask & (1u << g.type[v])) scored.emplace_back(score[v], g.db_id[v]);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    if (q.limit && scored.size() > q.limit) scored.resize(q.limit);
    int n = 0;
    for (const auto& [score, id] : scored) {
      EntityRef e = reader_->EntityById(id);
      out.rows.push_back({++n, e.key, e.name, e.type, score});
    }
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  return out;
}

}  // namespace graph
}  // namespace claimgraph
