// claimgraph rank: who is quoted most, mentioned most, or most central.
#include <cstdio>

#include "query_common.h"

namespace claimgraph::cli {

Command AddRankCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand("rank", "Rank entities: quoted, mentioned, pagerank or betweenness");
  struct State {
    QueryOptions o;
    std::string by = "quoted", types;
    size_t limit = 20;
  };
  auto st = std::make_shared<State>();
  st->o.db = &db;
  cmd->add_option("--by", st->by,
                  "quoted (claims made), mentioned (mentions), pagerank, or betweenness (sampled on large "
                  "graphs, as the output says)")
      ->capture_default_str()
      ->check(CLI::IsMember({"quoted", "mentioned", "pagerank", "betweenness"}));
  cmd->add_option("--type", st->types,
                  "only these entity types, comma-separated (person, country, organization, place, event)");
  cmd->add_option("--limit", st->limit, "at most this many rows (0: all)")->capture_default_str();
  AddQueryOptions(cmd, add_db, &st->o, false);
  Command c;
  c.app = cmd;
  c.run = [st]() {
    RankQuery q;
    ParseRankBy(st->by, &q.by);
    auto types = ParseNodeTypes(st->types);
    if (!types.ok()) {
      Report(types.status());
      return kUsage;
    }
    q.types = types.value();
    q.limit = st->limit;
    auto graph = OpenGraphOrReport(*st->o.db);
    if (!graph) return kFailure;
    auto r = graph->Rank(q);
    if (!r.ok()) return Report(r.status());
    if (st->o.json) {
      std::cerr << "ranked by " << r.value().method << "\n";
      PrintJsonRows(r.value().rows);
      return kOk;
    }
    std::cout << "ranked by " << r.value().method << "\n";
    std::vector<std::vector<std::string>> t;
    for (const RankRow& row : r.value().rows) {
      char score[32];
      if (q.by == RankBy::kQuoted || q.by == RankBy::kMentioned) {
        std::snprintf(score, sizeof score, "%.0f", row.score);
      } else {
        std::snprintf(score, sizeof score, "%.6g", row.score);
      }
      t.push_back({std::to_string(row.rank), score, row.type, row.name});
    }
    PrintTable({{"RANK", 4}, {"SCORE", 12}, {"TYPE", 12}, {"NAME", 0}}, t, 0);
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
