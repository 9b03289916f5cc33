// GraphML with typed attributes (claimgraph/export.h).
#include <map>
#include <sstream>

#include "claimgraph/export.h"
#include "export/escape.h"
#include "export/view.h"

namespace claimgraph {
namespace {

using exports::XmlEscaped;

struct Key {
  const char* id;
  const char* for_what;
  const char* type;  // GraphML attr.type
};

// Every attribute, declared once; the ids are the attribute names.
constexpr Key kKeys[] = {
    {"title", "graph", "string"},
    {"omitted", "graph", "int"},
    {"type", "node", "string"},
    {"key", "node", "string"},
    {"name", "node", "string"},
    {"label", "node", "string"},
    {"text", "node", "string"},
    {"kind", "node", "string"},
    {"polarity", "node", "string"},
    {"date", "node", "string"},
    {"speaker", "node", "string"},
    {"roles", "node", "string"},
    {"outlets", "node", "string"},
    {"appearances", "node", "int"},
    {"first_article", "node", "string"},
    {"first_url", "node", "string"},
    {"degree", "node", "int"},
    {"verdict", "node", "string"},
    {"fact_check_url", "node", "string"},
    {"type", "edge", "string"},
    {"target_text", "edge", "string"},
    {"evidence", "edge", "string"},
    {"evidence_date", "edge", "string"},
    {"evidence_article", "edge", "string"},
    {"evidence_count", "edge", "int"},
};

std::string KeyId(const char* for_what, const char* name) {
  return std::string(for_what[0] == 'g' ? "g_" : for_what[0] == 'n' ? "n_" : "e_") + name;
}

class Data {
 public:
  Data(std::ostringstream& out, const char* for_what, const char* indent)
      : out_(out), for_(for_what), indent_(indent) {}
  void Add(const char* name, std::string_view value) {
    if (value.empty()) return;
    out_ << indent_ << "<data key=\"" << KeyId(for_, name) << "\">" << XmlEscaped(value) << "</data>\n";
  }
  void Add(const char* name, int64_t value) {
    out_ << indent_ << "<data key=\"" << KeyId(for_, name) << "\">" << value << "</data>\n";
  }

 private:
  std::ostringstream& out_;
  const char* for_;
  const char* indent_;
};

std::string Joined(const std::vector<std::string>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? "; " : "") + items[i];
  return s;
}

}  // namespace

std::string ToGraphMl(const ExportGraph& g) {
  exports::View v = exports::MakeView(g);
  std::map<std::string, std::string> ids;
  for (size_t i = 0; i < v.nodes.size(); ++i) ids[v.nodes[i].key] = "n" + std::to_string(i + 1);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << KeyId(k.for_what, k.id) << "\" for=\"" << k.for_what << "\" attr.name=\"" << k.id
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  Data graph_data(out, "graph", "    ");
  graph_data.Add("title", g.title);
  graph_data.Add("omitted", static_cast<int64_t>(v.omitted));
  for (const GraphNode& n : v.nodes) {
    out << "    <node id=\"" << ids[n.key] << "\">\n";
    Data d(out, "node", "      ");
    d.Add("type", NodeTypeName(n.type));
    d.Add("key", n.key);
    if (n.type == NodeType::kClaim) {
      d.Add("label", exports::ShortLabel(n.name, 60, 1000));
      d.Add("text", n.name);
      d.Add("kind", n.kind);
      d.Add("polarity", n.polarity);
      d.Add("speaker", n.speaker_key);
    } else {
      d.Add("name", n.name);
      d.Add("label", n.name);
    }
    d.Add("date", n.date);
    d.Add("roles", Joined(n.roles));
    d.Add("outlets", Joined(n.outlets));
    if (n.type == NodeType::kClaim) {
      d.Add("appearances", static_cast<int64_t>(n.appearances.size()));
      if (!n.appearances.empty()) {
        d.Add("first_article", n.appearances.front().article_id);
        d.Add("first_url", n.appearances.front().url);
      }
    }
    d.Add("degree", static_cast<int64_t>(n.degree));
    auto cit = v.checks.find(n.key);
    if (cit != v.checks.end()) {
      std::vector<std::string> verdicts, urls;
      for (const FactCheck* f : cit->second) {
        verdicts.push_back(exports::VerdictText(*f));
        if (!f->url.empty()) urls.push_back(f->url);
      }
      d.Add("verdict", Joined(verdicts));
      d.Add("fact_check_url", Joined(urls));
    }
    out << "    </node>\n";
  }
  size_t edge_no = 0;
  for (const GraphEdge& e : v.edges) {
    auto s = ids.find(e.source), t = ids.find(e.target);
    if (s == ids.end() || t == ids.end()) continue;
    out << "    <edge id=\"e" << ++edge_no << "\" source=\"" << s->second << "\" target=\"" << t->second
        << "\">\n";
    Data d(out, "edge", "      ");
    d.Add("type", EdgeTypeName(e.type));
    d.Add("target_text", e.target_text);
    if (!e.evidence.empty()) {
      d.Add("evidence", e.evidence.front().text);
      d.Add("evidence_date", e.evidence.front().date);
      d.Add("evidence_article", e.evidence.front().article_id);
    }
    d.Add("evidence_count", static_cast<int64_t>(e.evidence.size()));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return out.str();
}

}  // namespace claimgraph
