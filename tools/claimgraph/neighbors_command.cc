// claimgraph neighbors NAME: what an entity is connected to, hop by hop.
#include "query_common.h"

namespace claimgraph::cli {

Command AddNeighborsCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd =
      app.add_subcommand("neighbors", "Print what an entity is connected to, up to --depth steps away");
  struct State {
    QueryOptions o;
    std::string name, types;
    int depth = 1;
    size_t limit = 100;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("NAME", st->name, "name or alias")->required();
  cmd->add_option("--depth", st->depth, "steps away")->capture_default_str()->check(CLI::Range(1, 6));
  cmd->add_option(
      "--type", st->types,
      "only these relations, comma-separated (said, denies, proposed, opposes, supports, spoke_to, met, "
      "member_of, leads, mentions, appears_in; default: all but appears_in)");
  cmd->add_option("--limit", st->limit, "at most this many rows, nearest and most connected first (0: all)")
      ->capture_default_str();
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    NeighborsQuery q;
    q.name = st->name;
    q.depth = st->depth;
    q.limit = st->limit;
    if (!ParseTypesOrReport(st->types, &q.types)) return kUsage;
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto rows = graph->Neighbors(q);
    if (!rows.ok()) return Report(rows.status());
    if (st->o.json) {
      PrintJsonRows(rows.value());
      return kOk;
    }
    std::vector<std::vector<std::string>> t;
    for (const NeighborRow& r : rows.value()) {
      std::string via = r.direction == "out" ? r.via + " ->" : "<- " + r.via;
      t.push_back({std::to_string(r.distance), via, r.type, r.name,
                   SourceLabel(r.evidence.outlet, r.evidence.source),
                   r.evidence.date.empty() ? "-" : r.evidence.date});
    }
    if (t.empty()) {
      std::cerr << "no neighbors of " << st->name << "\n";
      return kOk;
    }
    PrintTable({{"HOP", 3}, {"VIA", 14}, {"TYPE", 12}, {"NAME", 48}, {"SOURCE", 20}, {"DATE", 0}}, t,
               TableWidth(st->o));
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
