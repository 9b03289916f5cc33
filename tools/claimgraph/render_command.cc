// claimgraph render: the diagram of a selection as SVG or PNG.
#include <cctype>
#include <iostream>

#include "claimgraph/export.h"
#include "graph_selection.h"
#include "query_common.h"

namespace claimgraph::cli {

Command AddRenderCommand(CLI::App& app, const AddDb& add_db, const std::string& db_path) {
  auto* cmd =
      app.add_subcommand("render", "Draw the graph (or the part around --focus) as an SVG or PNG file");
  auto options = std::make_shared<SelectionOptions>();
  options->max_nodes = 40;
  auto output = std::make_shared<std::string>();
  cmd->add_option("-o,--output", *output, "the image file: FILE.svg or FILE.png")->required();
  AddSelectionOptions(cmd, options.get());
  add_db(cmd);
  const std::string* db = &db_path;
  return {cmd, [options, output, db]() {
            std::string ext = output->size() >= 4 ? output->substr(output->size() - 4) : "";
            for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (ext != ".svg" && ext != ".png") {
              std::cerr << "claimgraph: " << *output
                        << ": unsupported image type (the file name must end in .svg or .png)\n";
              return 2;
            }
            auto g = SelectExportGraph(*db, *options);
            Status s = g.ok() ? RenderDiagram(g.value(), *output) : g.status();
            if (!s.ok()) {
              std::cerr << "claimgraph: " << s.message() << "\n";
              return 1;
            }
            const Subgraph& sub = g.value().graph;
            std::cerr << "render: " << *output << ": " << sub.nodes.size() << " nodes, " << sub.edges.size()
                      << " edges"
                      << (sub.omitted ? ", " + std::to_string(sub.omitted) + " more not shown" : "") << "\n";
            return 0;
          }};
}

}  // namespace claimgraph::cli
