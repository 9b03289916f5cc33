// The selection options that render and export share (--focus, --depth,
// --since, --until, --type, --max-nodes) and the ExportGraph they select.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "claimgraph/export.h"
#include "claimgraph/status.h"

namespace claimgraph::cli {

struct SelectionOptions {
  std::string focus;
  int depth = 1;
  std::string since, until;
  std::vector<std::string> types;  // node and edge type names, mixed
  size_t max_nodes = 0;
};

// Adds the options to `cmd` (o->max_nodes is the default cap).
void AddSelectionOptions(CLI::App* cmd, SelectionOptions* o);

// Selects the subgraph from the store at `db` with the fact-checks to show:
// an unknown focus, a bad date or an unknown type name is an error whose
// message names it (and, for a name, the closest candidates).
Result<ExportGraph> SelectExportGraph(const std::string& db, const SelectionOptions& o);

}  // namespace claimgraph::cli
