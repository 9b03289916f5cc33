// Names of node and edge types, and their parsing.
#include <array>
#include <string>

#include "claimgraph/graph.h"

namespace claimgraph {
namespace {

constexpr std::array<std::string_view, kNodeTypeCount> kNodeNames = {
    "person", "country", "organization", "place", "event", "claim", "article"};
constexpr std::array<std::string_view, kEdgeTypeCount> kEdgeNames = {
    "said", "denies",    "proposed", "opposes",  "supports",  "spoke_to",
    "met",  "member_of", "leads",    "mentions", "appears_in"};

template <typename T, size_t N>
bool ParseName(const std::array<std::string_view, N>& names, std::string_view s, T* out) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == s) {
      *out = static_cast<T>(i);
      return true;
    }
  }
  return false;
}

template <typename T, size_t N>
Result<std::vector<T>> ParseList(const std::array<std::string_view, N>& names, std::string_view list,
                                 const char* what) {
  std::vector<T> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) {
      T t;
      if (!ParseName(names, item, &t)) {
        std::string valid;
        for (std::string_view n : names) valid += (valid.empty() ? "" : ", ") + std::string(n);
        return Status::InvalidInput("unknown " + std::string(what) + " '" + std::string(item) +
                                    "' (one of: " + valid + ")");
      }
      out.push_back(t);
    }
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::string_view NodeTypeName(NodeType t) { return kNodeNames[static_cast<size_t>(t)]; }
bool ParseNodeType(std::string_view s, NodeType* out) { return ParseName(kNodeNames, s, out); }
std::string_view EdgeTypeName(EdgeType t) { return kEdgeNames[static_cast<size_t>(t)]; }
bool ParseEdgeType(std::string_view s, EdgeType* out) { return ParseName(kEdgeNames, s, out); }

Result<std::vector<EdgeType>> ParseEdgeTypes(std::string_view list) {
  return ParseList<EdgeType>(kEdgeNames, list, "relation type");
}
Result<std::vector<NodeType>> ParseNodeTypes(std::string_view list) {
  return ParseList<NodeType>(kNodeNames, list, "node type");
}

bool ParseRankBy(std::string_view s, RankBy* out) {
  static constexpr std::array<std::string_view, 4> kNames = {"quoted", "mentioned", "pagerank",
                                                             "betweenness"};
  return ParseName(kNames, s, out);
}

}  // namespace claimgraph
