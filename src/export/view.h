// What every exporter draws: the selected subgraph with its fact-checks merged
// in, nodes in key order, and the texts the diagram shows.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/export.h"

namespace claimgraph::exports {

struct View {
  std::vector<GraphNode> nodes;  // sorted by key
  std::vector<GraphEdge> edges;  // sorted by (source, type, target)
  // Node key -> the fact-checks of that claim, in store order.
  std::map<std::string, std::vector<const FactCheck*>> checks;
  size_t omitted = 0;  // nodes the selection cut

  const GraphNode* Find(const std::string& key) const;
};

// The subgraph of `g` with the fact-checks attached: a matched fact-check to
// its claim node; an unmatched one, whose speaker is in the graph, becomes a
// claim node "review:<id>" with a said edge from the speaker. `g` must outlive
// the view (checks point into it).
View MakeView(const ExportGraph& g);

// "False (PolitiFact, 2014-07-23)": the rating, by whom and when.
std::string VerdictText(const FactCheck& f);

// `text` cut to at most `max_chars` characters (at a word boundary when one
// is near, ending in "…") and wrapped at spaces into lines of about
// `line_chars` characters, joined with '\n'.
std::string ShortLabel(std::string_view text, size_t max_chars, size_t line_chars);

// "spoke_to" -> "spoke to".
std::string EdgeLabel(EdgeType t);

}  // namespace claimgraph::exports
