// claimgraph said: who said what, one row per claim however many articles carry it.
#include <algorithm>

#include "claimgraph/safe_text.h"
#include "query_common.h"

namespace claimgraph::cli {

Command AddSaidCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand("said", "Print who said what: the claims in the database");
  struct State {
    QueryOptions o;
    std::string by, about, kind, polarity, relation, since, until, outlet;
    size_t limit = 50;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("--by", st->by,
                  "only claims by this speaker (name or alias; case- and accent-insensitive)");
  cmd->add_option("--about", st->about,
                  "only claims naming or targeting this entity; when no entity has that name, claims whose "
                  "text or target contains it");
  cmd->add_option("--kind", st->kind, "direct or indirect")->check(CLI::IsMember({"direct", "indirect"}));
  cmd->add_option("--polarity", st->polarity, "asserted, or denied: only the statements the speaker denied")
      ->check(CLI::IsMember({"asserted", "denied"}));
  cmd->add_option("--relation", st->relation,
                  "only claims behind a relation of this type (opposes, supports, proposed, denies, ...)");
  cmd->add_option("--since", st->since, "only claims carried on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", st->until, "only claims carried on or before this date (YYYY-MM-DD)");
  cmd->add_option("--outlet", st->outlet, "only claims carried by this outlet (case-insensitive)");
  cmd->add_option("--limit", st->limit, "at most this many rows (0: all)")
      ->capture_default_str()
      ->check(NotNegative());
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [cmd, st]() {
    SaidQuery q;
    auto opt = [&](const char* name, const std::string& v) {
      return cmd->count(name) ? std::optional<std::string>(v) : std::nullopt;
    };
    q.by = opt("--by", st->by);
    q.about = opt("--about", st->about);
    q.kind = opt("--kind", st->kind);
    q.polarity = opt("--polarity", st->polarity);
    q.relation = opt("--relation", st->relation);
    q.outlet = opt("--outlet", st->outlet);
    q.since = st->since;
    q.until = st->until;
    q.limit = st->limit;
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto rows = graph->Said(q);
    if (!rows.ok()) return Report(rows.status());
    if (st->o.json) {
      PrintJsonRows(rows.value());
      return kOk;
    }
    if (rows.value().empty()) {
      std::cerr << "no claims" << (q.by ? " by " + TerminalSafe(*q.by) : std::string()) << " in " << *st->o.db
                << (cmd->count("--about") || q.kind || q.polarity || q.relation || q.outlet ||
                            !q.since.empty() || !q.until.empty()
                        ? " that match"
                        : "")
                << "\n";
      return kOk;
    }
    // The fact-check column only when a claim listed has one.
    bool checked = std::any_of(rows.value().begin(), rows.value().end(),
                               [](const ClaimRow& r) { return !r.verdict.empty(); });
    std::vector<std::vector<std::string>> table;
    for (const ClaimRow& r : rows.value()) {
      table.push_back({r.speaker.empty() ? "(unknown)" : r.speaker, r.kind, r.date.empty() ? "-" : r.date,
                       SourceLabel(r.first_outlet, r.source), std::to_string(r.appearances),
                       r.cue.empty() ? "-" : r.cue});
      if (checked) table.back().push_back(r.verdict.empty() ? "-" : r.verdict);
      table.back().push_back(ClaimText(r.kind, r.text, r.polarity, r.cue));
    }
    std::vector<Column> columns = {{"SPEAKER", 24}, {"KIND", 8}, {"DATE", 10},
                                   {"SOURCE", 20},  {"SEEN", 4}, {"CUE", 12}};
    if (checked) columns.push_back({"FACT-CHECK", 30});
    columns.push_back({"TEXT", 0});
    PrintTable(columns, table, TableWidth(st->o));
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
