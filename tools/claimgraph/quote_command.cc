// claimgraph quote TEXT: where a quote, or a near-duplicate of it, appears.
#include "query_common.h"

namespace claimgraph::cli {

Command AddQuoteCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand(
      "quote",
      "Print where a quote (or a near-duplicate) appears: outlets, dates, the first appearance, the speaker");
  struct State {
    QueryOptions o;
    std::string text;
    size_t limit = 50;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("TEXT", st->text, "the quote, or part of it (punctuation and case do not matter)")
      ->required();
  cmd->add_option("--limit", st->limit, "at most this many rows (0: all)")
      ->capture_default_str()
      ->check(NotNegative());
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto rows = graph->Quote(QuoteQuery{st->text, st->limit});
    if (!rows.ok()) return Report(rows.status());
    if (st->o.json) {
      PrintJsonRows(rows.value());
      return kOk;
    }
    if (rows.value().empty()) {
      std::cerr << "no claim matches that quote in " << *st->o.db << "\n";
      return kOk;
    }
    std::vector<std::vector<std::string>> t;
    for (const QuoteRow& r : rows.value()) {
      const Appearance& a = r.appearance;
      t.push_back({a.date.empty() ? "-" : a.date, r.first ? "first" : "", SourceLabel(a.outlet, a.source),
                   r.speaker.empty() ? "(unknown)" : r.speaker, r.claim,
                   ClaimText(r.kind, r.text, r.polarity)});
    }
    PrintTable({{"DATE", 10}, {"", 5}, {"SOURCE", 24}, {"SPEAKER", 24}, {"CLAIM", 12}, {"TEXT", 0}}, t,
               TableWidth(st->o));
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
