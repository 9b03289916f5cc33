#include "graph/algorithms.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/visitors.hpp>
#include <deque>

namespace claimgraph::graph {

bool WalkFilter::Allows(const Snapshot& s, const EdgeData& e, Vertex to) const {
  if (!(edge_mask & (1u << e.type))) return false;
  if (!(node_mask & (1u << s.type[to]))) return false;
  if ((since || until) && (e.date == 0 || (since && e.date < since) || (until && e.date > until)))
    return false;
  return true;
}

WalkFilter MakeFilter(const std::vector<EdgeType>& edges, const std::vector<NodeType>& nodes) {
  WalkFilter f;
  if (edges.empty()) {
    f.edge_mask = ((1u << kEdgeTypeCount) - 1) & ~(1u << static_cast<int>(EdgeType::kAppearsIn));
  } else {
    for (EdgeType t : edges) f.edge_mask |= 1u << static_cast<int>(t);
  }
  if (nodes.empty()) {
    f.node_mask = ((1u << kNodeTypeCount) - 1) & ~(1u << static_cast<int>(NodeType::kArticle));
    if (f.edge_mask & (1u << static_cast<int>(EdgeType::kAppearsIn)))
      f.node_mask |= 1u << static_cast<int>(NodeType::kArticle);
  } else {
    for (NodeType t : nodes) f.node_mask |= 1u << static_cast<int>(t);
  }
  return f;
}

namespace {

struct EdgeAllowed {
  const Snapshot* s = nullptr;
  const WalkFilter* f = nullptr;
  bool operator()(const boost::graph_traits<Csr>::edge_descriptor& e) const {
    return f->Allows(*s, s->g[e], boost::target(e, s->g));
  }
};
using Filtered = boost::filtered_graph<Csr, EdgeAllowed>;

struct Found {};

class Recorder : public boost::default_bfs_visitor {
 public:
  Recorder(const Csr* g, Bfs* out, uint32_t max_depth, Vertex stop)
      : g_(g), out_(out), max_depth_(max_depth), stop_(stop) {}
  void discover_vertex(Vertex v, const Filtered&) const {
    out_->order.push_back(v);
    if (v == stop_) throw Found();
  }
  void tree_edge(const boost::graph_traits<Filtered>::edge_descriptor& e, const Filtered& g) const {
    Vertex from = boost::source(e, g), to = boost::target(e, g);
    out_->dist[to] = out_->dist[from] + 1;
    out_->via[to] = e;
  }
  void examine_vertex(Vertex v, const Filtered&) const {
    // Vertices at the depth limit are not expanded: mark their out-edges' ends
    // as seen by cutting the walk here.
    if (max_depth_ && out_->dist[v] >= max_depth_) throw Cut{v};
  }
  struct Cut {
    Vertex v;
  };

 private:
  const Csr* g_;
  Bfs* out_;
  uint32_t max_depth_;
  Vertex stop_;
};

}  // namespace

Bfs Walk(const Snapshot& s, Vertex source, const WalkFilter& f, uint32_t max_depth, Vertex stop) {
  Bfs out;
  size_t n = s.type.size();
  out.dist.assign(n, kUnreached);
  out.via.assign(n, Edge());
  out.dist[source] = 0;
  Filtered fg(s.g, EdgeAllowed{&s, &f});
  // Boost's BFS has no depth limit: vertices are expanded level by level until
  // one at the limit comes off the queue; as the queue is in distance order,
  // every vertex within the limit has then been discovered.
  std::vector<boost::default_color_type> colors(n, boost::white_color);
  auto color = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, s.g));
  try {
    boost::breadth_first_search(fg, source,
                                boost::visitor(Recorder(&s.g, &out, max_depth, stop)).color_map(color));
  } catch (const Found&) {
  } catch (const Recorder::Cut&) {
  }
  return out;
}

std::vector<double> PageRank(const Snapshot& s, const WalkFilter& f, int iterations) {
  size_t n = s.type.size();
  std::vector<uint32_t> out_degree(n, 0);
  size_t active = 0;
  for (Vertex v = 0; v < n; ++v) {
    if (!(f.node_mask & (1u << s.type[v]))) continue;
    ++active;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g)))
      if (f.Allows(s, s.g[e], boost::target(e, s.g))) ++out_degree[v];
  }
  std::vector<double> rank(n, 0), next(n, 0);
  if (active == 0) return rank;
  const double d = 0.85, base = 1.0 / static_cast<double>(active);
  for (Vertex v = 0; v < n; ++v)
    if (f.node_mask & (1u << s.type[v])) rank[v] = base;
  for (int it = 0; it < iterations; ++it) {
    double dangling = 0;
    for (Vertex v = 0; v < n; ++v)
      if ((f.node_mask & (1u << s.type[v])) && out_degree[v] == 0) dangling += rank[v];
    double fill = (1 - d) * base + d * dangling * base;
    for (Vertex v = 0; v < n; ++v) next[v] = (f.node_mask & (1u << s.type[v])) ? fill : 0;
    for (Vertex v = 0; v < n; ++v) {
      if (out_degree[v] == 0) continue;
      double share = d * rank[v] / out_degree[v];
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        Vertex t = boost::target(e, s.g);
        if (f.Allows(s, s.g[e], t)) next[t] += share;
      }
    }
    rank.swap(next);
  }
  return rank;
}

std::vector<double> Betweenness(const Snapshot& s, const WalkFilter& f, size_t sources) {
  size_t n = s.type.size();
  std::vector<Vertex> candidates;
  for (Vertex v = 0; v < n; ++v)
    if (f.node_mask & (1u << s.type[v])) candidates.push_back(v);
  std::vector<double> score(n, 0);
  if (candidates.empty()) return score;
  std::vector<Vertex> chosen;
  if (sources == 0 || sources >= candidates.size()) {
    chosen = candidates;
  } else {
    for (size_t i = 0; i < sources; ++i) chosen.push_back(candidates[i * candidates.size() / sources]);
  }
  std::vector<int64_t> dist(n, -1);
  std::vector<double> sigma(n, 0), delta(n, 0);
  std::vector<Vertex> stack;
  for (Vertex src : chosen) {
    for (Vertex v : stack) {
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    stack.clear();
    std::deque<Vertex> queue{src};
    dist[src] = 0;
    sigma[src] = 1;
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      stack.push_back(v);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, s.g))) {
        Vertex w = boost::target(e, s.g);
        if (!f.Allows(s, s.g[e], w)) continue;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Back from the farthest: a vertex's predecessors are its neighbours one step
    // closer (the graph is symmetric), so no lists of them are kept.
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      Vertex w = *it;
      for (auto e : boost::make_iterator_range(boost::out_edges(w, s.g))) {
        Vertex v = boost::target(e, s.g);
        if (dist[v] == dist[w] - 1 && f.Allows(s, s.g[e], v))
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != src) score[w] += delta[w];
    }
  }
  // Undirected: each pair was counted from both ends.
  double scale = 0.5 * static_cast<double>(candidates.size()) / static_cast<double>(chosen.size());
  for (double& x : score) x *= scale;
  return score;
}

}  // namespace claimgraph::graph
