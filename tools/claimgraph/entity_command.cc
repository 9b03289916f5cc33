// claimgraph entity NAME: everything the store knows about one entity.
#include <algorithm>

#include "query_common.h"

namespace claimgraph::cli {

namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s.empty() ? "-" : s;
}

void PrintReport(const EntityReport& r, size_t width) {
  std::string affiliations;
  for (const RelationCount& a : r.affiliations) {
    affiliations += (affiliations.empty() ? "" : ", ") +
                    (a.direction == "out" ? a.type + " " + a.other : a.other + " " + a.type + " it");
  }
  PrintTable({{"", 12}, {"", 0}},
             {{"name", r.name},
              {"type", r.type},
              {"key", r.key},
              {"aliases", Join(r.aliases)},
              {"roles", Join(r.roles)},
              {"affiliations", affiliations.empty() ? "-" : affiliations},
              {"claims", std::to_string(r.claim_count)},
              {"mentions", std::to_string(r.mention_count)}},
             width);
  std::cout << "\nSAID (" << r.said.size()
            << (static_cast<int64_t>(r.said.size()) < r.claim_count ? " first" : "") << ")\n";
  if (!r.said.empty()) {
    bool checked =
        std::any_of(r.said.begin(), r.said.end(), [](const ClaimRow& c) { return !c.verdict.empty(); });
    std::vector<std::vector<std::string>> t;
    for (const ClaimRow& c : r.said) {
      t.push_back({c.date.empty() ? "-" : c.date, c.kind, std::to_string(c.appearances),
                   c.cue.empty() ? "-" : c.cue});
      if (checked) t.back().push_back(c.verdict.empty() ? "-" : c.verdict);
      t.back().push_back(ClaimText(c.kind, c.text, c.polarity, c.cue));
    }
    std::vector<Column> columns = {{"DATE", 10}, {"KIND", 8}, {"SEEN", 4}, {"CUE", 12}};
    if (checked) columns.push_back({"FACT-CHECK", 30});
    columns.push_back({"TEXT", 0});
    PrintTable(columns, t, width);
  }
  std::cout << "\nSAID ABOUT IT (" << r.said_about.size() << ")\n";
  if (!r.said_about.empty()) {
    bool checked = std::any_of(r.said_about.begin(), r.said_about.end(),
                               [](const ClaimRow& c) { return !c.verdict.empty(); });
    std::vector<std::vector<std::string>> t;
    for (const ClaimRow& c : r.said_about) {
      t.push_back({c.speaker.empty() ? "(unknown)" : c.speaker, c.date.empty() ? "-" : c.date});
      if (checked) t.back().push_back(c.verdict.empty() ? "-" : c.verdict);
      t.back().push_back(ClaimText(c.kind, c.text, c.polarity));
    }
    std::vector<Column> columns = {{"SPEAKER", 24}, {"DATE", 10}};
    if (checked) columns.push_back({"FACT-CHECK", 30});
    columns.push_back({"TEXT", 0});
    PrintTable(columns, t, width);
  }
  std::cout << "\nRELATIONS (" << r.relations.size() << ")\n";
  if (!r.relations.empty()) {
    std::vector<std::vector<std::string>> t;
    for (const RelationCount& c : r.relations)
      t.push_back({c.direction, c.type, std::to_string(c.count), c.other});
    PrintTable({{"DIR", 3}, {"TYPE", 10}, {"COUNT", 5}, {"OTHER", 0}}, t, width);
  }
  std::cout << "\nARTICLES (" << r.articles.size() << ")\n";
  if (!r.articles.empty()) {
    std::vector<std::vector<std::string>> t;
    for (const ArticleRef& a : r.articles)
      t.push_back({a.date.empty() ? "-" : a.date, SourceLabel(a.outlet, a.source),
                   a.title.empty() ? a.source : a.title});
    PrintTable({{"DATE", 10}, {"SOURCE", 20}, {"TITLE", 0}}, t, width);
  }
}

}  // namespace

Command AddEntityCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand("entity",
                                 "Print one entity: type, aliases, roles, affiliations, its claims, claims "
                                 "about it, relations, articles");
  struct State {
    QueryOptions o;
    std::string name;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("NAME", st->name,
                  "name or alias (case- and accent-insensitive), or a key such as person:pete hegseth")
      ->required();
  AddQueryOptions(cmd, add_db, &st->o);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto r = graph->Entity(st->name);
    if (!r.ok()) return Report(r.status());
    if (st->o.json) {
      std::cout << RowJson(r.value()) << "\n";
    } else {
      PrintReport(r.value(), TableWidth(st->o));
    }
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
