// claimgraph contradictions: speakers on both sides of one target, newest first.
#include "query_common.h"
#include "terminal.h"

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
  cmd->add_option("--limit", st->limit, "at most this many rows (0: all)")
      ->capture_default_str()
      ->check(NotNegative());
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
    // One block per conflict: the target, then each side with its evidence.
    size_t width = TableWidth(st->o);
    auto side = [&](const std::string& who, const std::string& what, const Evidence& e) {
      std::string head = who + " " + what + " (" + (e.date.empty() ? "undated" : e.date) + ", " +
                         SourceLabel(e.outlet, e.source) + "): ";
      std::string quote = "\xE2\x80\x9C" + e.text + "\xE2\x80\x9D";
      size_t used = DisplayWidth(FitWidth(head, 0)) + 4;
      std::cout << "   " << FitWidth(head, 0) << " "
                << FitWidth(quote, width == 0 ? 0 : (width > used + 20 ? width - used : 20)) << "\n";
    };
    int n = 0;
    for (const ContradictionRow& r : rows.value()) {
      std::cout << ++n << ". " << (r.kind == "self" ? "one speaker on both sides of " : "opposite sides of ")
                << FitWidth(r.target, 0) << "  (" << (r.date.empty() ? "undated" : r.date) << ")\n";
      side(r.a, r.a_side, r.a_evidence);
      side(r.b, r.b_side, r.b_evidence);
    }
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
