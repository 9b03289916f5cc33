// claimgraph contradictions: speakers on both sides of one target, newest first.
#include "query_common.h"

namespace claimgraph::cli {

Command AddContradictionsCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand(
      "contradictions",
      "Print one speaker on both sides of one target, and two speakers on opposite sides, with the claims");
  struct State {
    QueryOptions o;
    size_t limit = 50;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("--limit", st->limit, "at most this many rows (0: all)")->capture_default_str();
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto rows = graph->Contradictions(ContradictionsQuery{st->limit});
    if (!rows.ok()) return Report(rows.status());
    if (st->o.json) {
      PrintJsonRows(rows.value());
      return kOk;
    }
    if (rows.value().empty()) {
      std::cerr << "no contradictions in " << *st->o.db << "\n";
      return kOk;
    }
    std::vector<std::vector<std::string>> t;
    for (const ContradictionRow& r : rows.value()) {
      t.push_back({r.date.empty() ? "-" : r.date, r.kind, r.target, r.a + " " + r.a_side,
                   "\xE2\x80\x9C" + r.a_evidence.text + "\xE2\x80\x9D", r.b + " " + r.b_side,
                   "\xE2\x80\x9C" + r.b_evidence.text + "\xE2\x80\x9D"});
    }
    PrintTable(
        {{"DATE", 10}, {"KIND", 4}, {"TARGET", 24}, {"A", 24}, {"A SAID", 30}, {"B", 24}, {"B SAID", 0}}, t,
        TableWidth(st->o));
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
