// GET /api/graph: the subgraph the page draws, chosen by Graph::Select (the same selection the
// render and export commands make), as plain JSON for cytoscape.js.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "web_params.h"

namespace claimgraph::cli {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(JsonWriter& w, const char* key, const std::string& v) {
  w.Key(key);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void Strings(JsonWriter& w, const char* key, const std::vector<std::string>& v) {
  w.Key(key);
  w.StartArray();
  for (const std::string& s : v) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

void NodeJson(JsonWriter& w, const GraphNode& n) {
  w.StartObject();
  Str(w, "key", n.key);
  Str(w, "type", std::string(NodeTypeName(n.type)));
  Str(w, "name", n.name);
  Str(w, "kind", n.kind);
  Str(w, "date", n.date);
  Str(w, "speaker_key", n.speaker_key);
  Strings(w, "outlets", n.outlets);
  Strings(w, "roles", n.roles);
  w.Key("appearances");
  w.Uint64(n.appearances.size());
  w.Key("degree");
  w.Uint64(n.degree);
  w.EndObject();
}

void EdgeJson(JsonWriter& w, const GraphEdge& e) {
  w.StartObject();
  Str(w, "type", std::string(EdgeTypeName(e.type)));
  Str(w, "source", e.source);
  Str(w, "target", e.target);
  Str(w, "target_text", e.target_text);
  const Evidence* ev = e.evidence.empty() ? nullptr : &e.evidence.front();
  Str(w, "date", ev ? ev->date : "");
  Str(w, "evidence", ev ? ev->text : "");
  w.EndObject();
}

}  // namespace

ApiReply GraphReply(Graph& g, Params& p) {
  SelectFilter f;
  f.focus = p.Text("focus");
  f.depth = static_cast<int>(p.Count("depth", 1, 1, 4));
  f.since = p.Date("since");
  f.until = p.Date("until");
  f.max_nodes = p.Count("max", 80, 1, 5000);
  // One list of type names: relation types keep those edges, node types those nodes.
  if (auto types = p.Text("type")) {
    size_t start = 0;
    while (start <= types->size()) {
      size_t comma = types->find(',', start);
      if (comma == std::string::npos) comma = types->size();
      std::string name = types->substr(start, comma - start);
      start = comma + 1;
      EdgeType et;
      NodeType nt;
      if (ParseEdgeType(name, &et)) {
        f.edge_types.push_back(et);
      } else if (ParseNodeType(name, &nt)) {
        f.node_types.push_back(nt);
      } else {
        p.Fail("parameter 'type': '" + name + "' is neither a relation type nor a node type");
      }
    }
  }
  if (p.error()) return ErrorReply(400, *p.error());
  auto sub = g.Select(f);
  if (!sub.ok()) return FailedReply(g, sub.status(), {f.focus.value_or("")});
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("omitted");
  w.Uint64(sub.value().omitted);
  w.Key("nodes");
  w.StartArray();
  for (const GraphNode& n : sub.value().nodes) NodeJson(w, n);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const GraphEdge& e : sub.value().edges) EdgeJson(w, e);
  w.EndArray();
  w.EndObject();
  return {200, buf.GetString(), {}};
}

}  // namespace claimgraph::cli
