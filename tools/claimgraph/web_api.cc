#include "web_api.h"

#include <functional>

#include "web_params.h"

namespace claimgraph::cli {

namespace {

template <typename Row>
ApiReply Rows(const std::vector<Row>& rows) {
  std::string out = "[";
  for (size_t i = 0; i < rows.size(); ++i) out += (i ? "," : "") + RowJson(rows[i]);
  return {200, out + "]", {}};
}

ApiReply Said(Graph& g, Params& p) {
  SaidQuery q;
  q.by = p.Text("by");
  q.about = p.Text("about");
  q.kind = p.OneOf("kind", {"direct", "indirect"});
  q.polarity = p.OneOf("polarity", {"asserted", "denied"});
  q.relation = p.Text("relation");
  q.since = p.Date("since");
  q.until = p.Date("until");
  q.outlet = p.Text("outlet");
  q.limit = p.Count("limit", 50, 0, 1000000);
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Said(q);
  return rows.ok() ? Rows(rows.value())
                   : FailedReply(g, rows.status(), {q.by.value_or(""), q.about.value_or("")});
}

ApiReply EntityReply(Graph& g, Params& p) {
  std::string name = p.Required("name");
  if (p.error()) return ErrorReply(400, *p.error());
  auto r = g.Entity(name);
  return r.ok() ? ApiReply{200, RowJson(r.value()), {}} : FailedReply(g, r.status(), {name});
}

ApiReply NeighborsReply(Graph& g, Params& p) {
  NeighborsQuery q;
  q.name = p.Required("name");
  q.depth = static_cast<int>(p.Count("depth", 1, 1, 6));
  q.types = p.EdgeTypes("type");
  q.limit = p.Count("limit", 100, 0, 1000000);
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Neighbors(q);
  return rows.ok() ? Rows(rows.value()) : FailedReply(g, rows.status(), {q.name});
}

ApiReply PathReply(Graph& g, Params& p) {
  PathQuery q;
  q.from = p.Required("from");
  q.to = p.Required("to");
  q.types = p.EdgeTypes("type");
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Path(q);
  return rows.ok() ? Rows(rows.value()) : FailedReply(g, rows.status(), {q.from, q.to});
}

ApiReply RankReply(Graph& g, Params& p) {
  RankQuery q;
  auto by = p.OneOf("by", {"quoted", "mentioned", "pagerank", "betweenness"});
  if (by) ParseRankBy(*by, &q.by);
  q.types = p.NodeTypes("type");
  q.limit = p.Count("limit", 20, 0, 1000000);
  if (p.error()) return ErrorReply(400, *p.error());
  auto r = g.Rank(q);
  if (!r.ok()) return FailedReply(g, r.status(), {});
  ApiReply reply = Rows(r.value().rows);
  // What the CLI prints on stderr beside its --json rows.
  reply.headers.emplace_back("X-Claimgraph-Ranked-By", r.value().method);
  return reply;
}

ApiReply ContradictionsReply(Graph& g, Params& p) {
  ContradictionsQuery q;
  q.limit = p.Count("limit", 50, 0, 1000000);
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Contradictions(q);
  return rows.ok() ? Rows(rows.value()) : FailedReply(g, rows.status(), {});
}

ApiReply QuoteReply(Graph& g, Params& p) {
  QuoteQuery q;
  q.text = p.Required("text");
  q.limit = p.Count("limit", 50, 0, 1000000);
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Quote(q);
  return rows.ok() ? Rows(rows.value()) : FailedReply(g, rows.status(), {});
}

ApiReply CompleteReply(Graph& g, Params& p) {
  std::string prefix = p.Required("q");
  size_t limit = p.Count("limit", 10, 1, 100);
  if (p.error()) return ErrorReply(400, *p.error());
  auto rows = g.Complete(prefix, limit);
  return rows.ok() ? Rows(rows.value()) : FailedReply(g, rows.status(), {});
}

ApiReply PassageReply(Graph& g, Params& p) {
  std::string article = p.Required("article");
  Span span;
  span.start = static_cast<uint32_t>(p.Count("start", 0, 0, UINT32_MAX));
  span.end = static_cast<uint32_t>(p.Count("end", 0, 0, UINT32_MAX));
  if (p.error()) return ErrorReply(400, *p.error());
  auto r = g.PassageOf(article, span);
  return r.ok() ? ApiReply{200, RowJson(r.value()), {}} : FailedReply(g, r.status(), {});
}

}  // namespace

ApiReply GraphReply(Graph& g, Params& p);                // web_graph.cc
ApiReply StyleReply(Graph& g, Params& p);                // web_style.cc
ApiReply JsonLdReply(const std::string& db, Params& p);  // web_style.cc

WebApi::WebApi(std::unique_ptr<Graph> graph, std::string db_path)
    : graph_(std::move(graph)), db_path_(std::move(db_path)) {}

ApiReply WebApi::Handle(std::string_view endpoint, const ApiParams& params) {
  struct Endpoint {
    std::string_view name;
    std::initializer_list<std::string_view> params;
    std::function<ApiReply(Graph&, Params&)> run;
  };
  const Endpoint kEndpoints[] = {
      {"said", {"by", "about", "kind", "polarity", "relation", "since", "until", "outlet", "limit"}, Said},
      {"entity", {"name"}, EntityReply},
      {"neighbors", {"name", "depth", "type", "limit"}, NeighborsReply},
      {"path", {"from", "to", "type"}, PathReply},
      {"rank", {"by", "type", "limit"}, RankReply},
      {"contradictions", {"limit"}, ContradictionsReply},
      {"quote", {"text", "limit"}, QuoteReply},
      {"complete", {"q", "limit"}, CompleteReply},
      {"passage", {"article", "start", "end"}, PassageReply},
      {"graph", {"focus", "depth", "type", "since", "until", "max"}, GraphReply},
      {"style", {}, StyleReply},
      {"jsonld",
       {"focus", "depth", "type", "since", "until", "max"},
       [this](Graph&, Params& p) { return JsonLdReply(db_path_, p); }},
  };
  for (const Endpoint& e : kEndpoints) {
    if (e.name != endpoint) continue;
    Params p(params, e.params);
    if (p.error()) return ErrorReply(400, *p.error());
    std::lock_guard<std::mutex> lock(mu_);
    return e.run(*graph_, p);
  }
  std::string names;
  for (const Endpoint& e : kEndpoints) names += (names.empty() ? "" : ", ") + std::string(e.name);
  return ErrorReply(404, "no endpoint /api/" + std::string(endpoint) + " (there are: " + names + ")");
}

}  // namespace claimgraph::cli
