// claimgraph export: a selection as GraphViz DOT, JSON-LD or GraphML.
#include <fstream>
#include <iostream>

#include "claimgraph/export.h"
#include "graph_selection.h"
#include "query_common.h"

namespace claimgraph::cli {

Command AddExportCommand(CLI::App& app, const AddDb& add_db, const std::string& db_path) {
  auto* cmd =
      app.add_subcommand("export", "Write the graph (or a part of it) as GraphViz DOT, JSON-LD or GraphML");
  auto options = std::make_shared<SelectionOptions>();
  auto format = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  cmd->add_option("--format", *format, "dot (the diagram render draws), jsonld (schema.org) or graphml")
      ->required()
      ->check(CLI::IsMember({"dot", "jsonld", "graphml"}));
  cmd->add_option("-o,--output", *output, "write to this file (default: stdout)");
  AddSelectionOptions(cmd, options.get());
  auto* max_nodes = cmd->get_option("--max-nodes");
  max_nodes->description(
      "at most this many nodes, the most connected first (the focus always); 0: all "
      "(default: 40 for dot, as render draws, else 0)");
  add_db(cmd);
  const std::string* db = &db_path;
  return {cmd, [options, format, output, max_nodes, db]() {
            SelectionOptions o = *options;
            if (max_nodes->count() == 0) o.max_nodes = *format == "dot" ? 40 : 0;
            auto g = SelectExportGraph(*db, o);
            if (!g.ok()) {
              std::cerr << "claimgraph: " << g.status().message() << "\n";
              return 1;
            }
            std::string text = *format == "dot"      ? ToDot(g.value())
                               : *format == "jsonld" ? ToJsonLd(g.value())
                                                     : ToGraphMl(g.value());
            if (output->empty()) {
              std::cout << text;
              std::cout.flush();
              return std::cout ? 0 : 1;
            }
            std::ofstream out(*output, std::ios::binary);
            out << text;
            out.close();
            if (!out) {
              std::cerr << "claimgraph: " << *output << ": cannot write\n";
              return 1;
            }
            return 0;
          }};
}

}  // namespace claimgraph::cli
