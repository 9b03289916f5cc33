// Walks and measures on the snapshot: breadth-first search over chosen edge
// types (edges taken in either direction), PageRank, and Brandes betweenness
// (exact, or sampled from a number of sources on large graphs).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "graph/snapshot.h"

namespace claimgraph::graph {

// Which edges and vertices a walk may use.
struct WalkFilter {
  uint32_t edge_mask = 0;         // bit per EdgeType
  uint32_t node_mask = 0;         // bit per NodeType
  uint32_t since = 0, until = 0;  // YYYYMMDD bounds on the edge's date; 0: none
  bool Allows(const Snapshot& s, const EdgeData& e, Vertex to) const;
};
// The default of graph.h: every edge but appears_in, every node but articles;
// the given types when not empty.
WalkFilter MakeFilter(const std::vector<EdgeType>& edges, const std::vector<NodeType>& nodes);

inline constexpr uint32_t kUnreached = std::numeric_limits<uint32_t>::max();

struct Bfs {
  std::vector<uint32_t> dist;  // kUnreached when not reached
  std::vector<Edge> via;       // the edge of the step into each reached vertex
  std::vector<Vertex> order;   // reached vertices in visiting order (the source first)
};
// Breadth-first search from `source` up to max_depth hops (0: no limit),
// stopping early once `stop` is reached (kUnreached: never). Uses Boost's
// breadth_first_search.
Bfs Walk(const Snapshot& s, Vertex source, const WalkFilter& f, uint32_t max_depth, Vertex stop);

// PageRank (damping 0.85) over the vertices and edges the filter allows.
std::vector<double> PageRank(const Snapshot& s, const WalkFilter& f, int iterations);

// Betweenness; `sources` 0 or >= the vertex count: exact. Else that many sources
// chosen evenly, the sums scaled by vertices / sources.
std::vector<double> Betweenness(const Snapshot& s, const WalkFilter& f, size_t sources);

}  // namespace claimgraph::graph
