// The graph snapshot: every entity, tracked claim and article of the store as
// a vertex, every edge of graph.h stored in both directions, in a Boost.Graph
// compressed sparse row graph. Built once from the store (ids and types only;
// names, texts and evidence are read from the store when a query prints them).
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "claimgraph/graph.h"

namespace SQLite {
class Database;
}

namespace claimgraph::graph {

using Vertex = uint32_t;
inline constexpr Vertex kNoVertex = 0xffffffffu;

struct EdgeData {
  uint8_t type = 0;      // EdgeType
  uint8_t reverse = 0;   // 1: stored from target to source (the copy for walking backwards)
  uint8_t by_claim = 0;  // 1: evidence is a claims.id (said, a denied claim, mentions, appears_in)
  uint32_t date = 0;     // YYYYMMDD of the evidence, 0 when unknown
  int64_t evidence = 0;  // claims.id when by_claim, else relations.id
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeData,
                                               boost::no_property, Vertex, uint32_t>;

using Edge = boost::graph_traits<Csr>::edge_descriptor;

struct Snapshot {
  Csr g;
  std::vector<uint8_t> type;     // NodeType per vertex
  std::vector<int64_t> db_id;    // entities.id, tracked_claims.id or articles.seq
  std::vector<uint32_t> date;    // claim: first date; article: its date; YYYYMMDD or 0
  std::vector<uint32_t> degree;  // edges at the vertex, appears_in not counted
  // db id -> vertex (kNoVertex when absent); the store's ids are dense row ids.
  std::vector<Vertex> entity, claim, article;
  size_t edge_count = 0;  // edges of graph.h (each stored twice)

  // Builds the snapshot from the store.
  static Snapshot Build(SQLite::Database& db);

  // Vertex of a claims row's tracked claim etc. Returns false when absent.
  bool Find(NodeType t, int64_t id, Vertex* v) const;
};

uint32_t DateNumber(std::string_view date);  // "2025-02-12" -> 20250212; 0 when not a date
std::string DateText(uint32_t date);         // 20250212 -> "2025-02-12"; 0 -> ""

}  // namespace claimgraph::graph
