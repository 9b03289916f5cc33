// claimgraph path A B: how two entities are connected, each step with its evidence.
#include "query_common.h"
#include "terminal.h"

namespace claimgraph::cli {

Command AddPathCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand(
      "path", "Print the shortest path between two entities, each step with its article, date and sentence");
  struct State {
    QueryOptions o;
    std::string from, to, types;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("A", st->from, "name or alias")->required();
  cmd->add_option("B", st->to, "name or alias")->required();
  cmd->add_option("--type", st->types, "only these relations, comma-separated (default: all but appears_in)");
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    PathQuery q;
    q.from = st->from;
    q.to = st->to;
    if (!ParseTypesOrReport(st->types, &q.types)) return kUsage;
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto rows = graph->Path(q);
    if (!rows.ok()) return Report(rows.status());
    if (rows.value().empty()) {
      std::cerr << "no path between " << st->from << " and " << st->to << "\n";
      return kOk;
    }
    if (st->o.json) {
      PrintJsonRows(rows.value());
      return kOk;
    }
    // One line per step, its evidence sentence below it.
    size_t width = TableWidth(st->o);
    for (const PathStep& s : rows.value()) {
      std::string edge = s.direction == "out" ? "-" + s.edge + "->" : "<-" + s.edge + "-";
      std::cout << s.step << ". " << FitWidth(s.from, 0) << "  " << edge << "  " << FitWidth(s.to, 0) << "  ("
                << (s.evidence.date.empty() ? "undated" : s.evidence.date) << ", "
                << FitWidth(SourceLabel(s.evidence.outlet, s.evidence.source), 0) << ")\n   "
                << FitWidth("\xE2\x80\x9C" + s.evidence.text + "\xE2\x80\x9D",
                            width == 0 ? 0 : (width > 23 ? width - 3 : 20))
                << "\n";
    }
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
