// GET /api/style: the colours and shapes the page draws with: the rendered diagram's (export.h).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "claimgraph/export.h"
#include "graph_selection.h"
#include "web_params.h"

namespace claimgraph::cli {

ApiReply StyleReply(Graph&, Params& p) {
  if (p.error()) return ErrorReply(400, *p.error());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("nodes");
  w.StartObject();
  for (int i = 0; i < kNodeTypeCount; ++i) {
    auto t = static_cast<NodeType>(i);
    NodeStyle s = StyleOf(t);
    w.Key(std::string(NodeTypeName(t)).c_str());
    w.StartObject();
    w.Key("shape");
    w.String(s.shape);
    w.Key("fill");
    w.String(s.fill);
    w.Key("border");
    w.String(s.border);
    w.EndObject();
  }
  w.EndObject();
  w.Key("edges");
  w.StartObject();
  for (int i = 0; i < kEdgeTypeCount; ++i) {
    auto t = static_cast<EdgeType>(i);
    EdgeStyle s = StyleOf(t);
    w.Key(std::string(EdgeTypeName(t)).c_str());
    w.StartObject();
    w.Key("color");
    w.String(s.color);
    w.Key("style");
    w.String(s.style);
    w.EndObject();
  }
  w.EndObject();
  w.Key("jsonld");
  w.Bool(true);
  w.EndObject();
  return {200, buf.GetString(), {}};
}

// GET /api/jsonld: the JSON-LD export (schema.org, as `claimgraph export --format jsonld` writes it)
// of the selection the page shows: the same options, the same selection, the same writer.
ApiReply JsonLdReply(const std::string& db, Params& p) {
  SelectionOptions o;
  o.focus = p.Text("focus").value_or("");
  o.depth = static_cast<int>(p.Count("depth", 1, 1, 4));
  o.since = p.Date("since");
  o.until = p.Date("until");
  o.max_nodes = p.Count("max", 80, 1, 5000);
  if (auto types = p.Text("type")) {
    size_t start = 0;
    while (start <= types->size()) {
      size_t comma = types->find(',', start);
      if (comma == std::string::npos) comma = types->size();
      o.types.push_back(types->substr(start, comma - start));
      start = comma + 1;
    }
  }
  if (p.error()) return ErrorReply(400, *p.error());
  auto g = SelectExportGraph(db, o);
  if (!g.ok()) {
    int status = g.status().code() == Status::Code::kNotFound ? 404 : 400;
    return ErrorReply(g.status().code() == Status::Code::kDbError ? 500 : status, g.status().message());
  }
  ApiReply reply{200, ToJsonLd(g.value()), {}};
  reply.content_type = "application/ld+json; charset=utf-8";
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"claimgraph.jsonld\"");
  return reply;
}

}  // namespace claimgraph::cli
