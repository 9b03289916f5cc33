#include "graph_selection.h"

#include <algorithm>
#include <filesystem>

#include "claimgraph/graph.h"
#include "claimgraph/store.h"

namespace claimgraph::cli {
namespace {

std::string Names(bool nodes) {
  std::string s;
  for (int i = 0; i < (nodes ? kNodeTypeCount : kEdgeTypeCount); ++i) {
    s += (i ? "," : "");
    s += nodes ? NodeTypeName(static_cast<NodeType>(i)) : EdgeTypeName(static_cast<EdgeType>(i));
  }
  return s;
}

// An unmatched fact-check is shown as a claim: only when claims are, and
// within the dates asked for.
bool ShowUnmatched(const FactCheck& f, const SelectFilter& filter) {
  if (!filter.node_types.empty() && std::find(filter.node_types.begin(), filter.node_types.end(),
                                              NodeType::kClaim) == filter.node_types.end()) {
    return false;
  }
  if (!filter.since.empty() && (f.claim_date.empty() || f.claim_date < filter.since)) return false;
  if (!filter.until.empty() && (f.claim_date.empty() || f.claim_date > filter.until)) return false;
  return true;
}

}  // namespace

void AddSelectionOptions(CLI::App* cmd, SelectionOptions* o) {
  cmd->add_option("--focus", o->focus, "only what is around this entity (a name, alias or surname)");
  cmd->add_option("--depth", o->depth, "with --focus: how many hops from it")
      ->capture_default_str()
      ->check(CLI::Range(1, 10));
  cmd->add_option("--since", o->since, "only claims and relations dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", o->until, "only claims and relations dated on or before this day (YYYY-MM-DD)");
  cmd->add_option(
         "--type", o->types,
         "node types (" + Names(true) + ") and/or relations (" + Names(false) + ") to keep, comma-separated")
      ->delimiter(',');
  cmd->add_option("--max-nodes", o->max_nodes,
                  "at most this many nodes, the most connected first (the focus always); 0: all")
      ->capture_default_str();
}

Result<ExportGraph> SelectExportGraph(const std::string& db, const SelectionOptions& o) {
  SelectFilter filter;
  for (const std::string& name : o.types) {
    NodeType nt;
    EdgeType et;
    if (ParseNodeType(name, &nt)) {
      filter.node_types.push_back(nt);
    } else if (ParseEdgeType(name, &et)) {
      filter.edge_types.push_back(et);
    } else {
      return Status::InvalidInput("--type: unknown type '" + name + "' (node types: " + Names(true) +
                                  "; relations: " + Names(false) + ")");
    }
  }
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `claimgraph ingest --db " + db +
                            " PATH`)");
  }
  auto graph = Graph::Open(db);
  if (!graph.ok()) return graph.status();
  ExportGraph out;
  if (!o.focus.empty()) {
    filter.focus = o.focus;
    filter.depth = o.depth;
  }
  filter.since = o.since;
  filter.until = o.until;
  filter.max_nodes = o.max_nodes;
  auto sub = graph.value()->Select(filter);
  if (!sub.ok()) return sub.status();
  out.graph = std::move(sub).value();
  if (!o.focus.empty()) {
    auto match = graph.value()->Resolve(o.focus);
    std::string name =
        match.ok() && !match.value().matches.empty() ? match.value().matches.front().name : o.focus;
    out.title = "around " + name + (o.depth > 1 ? ", depth " + std::to_string(o.depth) : "");
  }
  if (!o.since.empty() || !o.until.empty()) {
    out.title += std::string(out.title.empty() ? "" : ", ") + (o.since.empty() ? "" : "from " + o.since) +
                 (o.since.empty() || o.until.empty() ? "" : " ") +
                 (o.until.empty() ? "" : "until " + o.until);
  }
  auto checks = ReadFactChecks(db);
  if (!checks.ok()) return checks.status();
  for (FactCheck& f : checks.value()) {
    if (f.claim_key.empty() && !ShowUnmatched(f, filter)) continue;
    out.fact_checks.push_back(std::move(f));
  }
  return out;
}

}  // namespace claimgraph::cli
