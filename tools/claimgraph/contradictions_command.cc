// claimgraph contradictions: speakers on both sides of one target, newest first.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claimgraph/safe_text.h"
#include "query_common.h"
#include "terminal.h"

namespace claimgraph::cli {

namespace {

// The rows of one target and kind, in the order of the first: each side (a row's a or b) once.
struct ContradictionGroup {
  size_t number = 0;
  const ContradictionRow* first = nullptr;
  size_t pairs = 0;
  std::vector<std::pair<const ContradictionRow*, bool>> sides;  // (row, its a side?), a sides first
};

std::vector<ContradictionGroup> GroupContradictions(const std::vector<ContradictionRow>& rows) {
  std::vector<ContradictionGroup> groups;
  std::map<std::string, size_t> index;            // kind + target -> group
  std::map<size_t, std::set<std::string>> shown;  // group -> sides printed (speaker, side, evidence)
  std::vector<std::vector<std::pair<const ContradictionRow*, bool>>> b_sides;
  for (const ContradictionRow& r : rows) {
    std::string key = r.kind + '\x1f' + (r.target_key.empty() ? r.target : r.target_key);
    auto [it, added] = index.emplace(key, groups.size());
    if (added) {
      groups.push_back({groups.size() + 1, &r, 0, {}});
      b_sides.emplace_back();
    }
    size_t g = it->second;
    ++groups[g].pairs;
    auto once = [&](const std::string& who, const std::string& what, const Evidence& e) {
      return shown[g]
          .insert(who + '\x1f' + what + '\x1f' + e.article_id + '\x1f' + std::to_string(e.span.start))
          .second;
    };
    if (once(r.a, r.a_side, r.a_evidence)) groups[g].sides.emplace_back(&r, true);
    if (once(r.b, r.b_side, r.b_evidence)) b_sides[g].emplace_back(&r, false);
  }
  for (size_t g = 0; g < groups.size(); ++g)
    groups[g].sides.insert(groups[g].sides.end(), b_sides[g].begin(), b_sides[g].end());
  return groups;
}

}  // namespace

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
    // One block per target and kind: the target, then each speaker's side with its evidence, once
    // ("opposite sides of Britain" with 5 for and 5 against is one block of 10 lines, not 25
    // blocks of 2).
    size_t width = TableWidth(st->o);
    auto side = [&](const std::string& who, const std::string& what, const Evidence& e) {
      std::string head = TerminalSafe(who) + " " + what + " (" + (e.date.empty() ? "undated" : e.date) +
                         ", " + TerminalSafe(SourceLabel(e.outlet, e.source)) + "): ";
      std::string quote = TerminalSafe("\xE2\x80\x9C" + e.text + "\xE2\x80\x9D");
      size_t used = DisplayWidth(FitWidth(head, 0)) + 4;
      std::cout << "   " << FitWidth(head, 0) << " "
                << FitWidth(quote, width == 0 ? 0 : (width > used + 20 ? width - used : 20)) << "\n";
    };
    for (const ContradictionGroup& g : GroupContradictions(rows.value())) {
      const ContradictionRow& r = *g.first;
      std::cout << g.number << ". "
                << (r.kind == "self" ? "one speaker on both sides of " : "opposite sides of ")
                << FitWidth(TerminalSafe(r.target), 0) << "  (" << (r.date.empty() ? "undated" : r.date);
      if (g.pairs > 1) std::cout << "; " << g.pairs << " pairs";
      std::cout << ")\n";
      for (const auto& [row, first] : g.sides)
        first ? side(row->a, row->a_side, row->a_evidence) : side(row->b, row->b_side, row->b_evidence);
    }
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
