// GraphViz DOT: the diagram as text (claimgraph/export.h).
#include <map>
#include <set>
#include <sstream>

#include "claimgraph/export.h"
#include "export/escape.h"
#include "export/view.h"

namespace claimgraph {

NodeStyle StyleOf(NodeType t) {
  switch (t) {
    case NodeType::kPerson:
      return {"ellipse", "filled", "#cfe2ff", "#084298"};
    case NodeType::kCountry:
      return {"hexagon", "filled", "#d1e7dd", "#0f5132"};
    case NodeType::kOrganization:
      return {"box", "filled,rounded", "#ffe5d0", "#984c0c"};
    case NodeType::kPlace:
      return {"house", "filled", "#e2d9f3", "#432874"};
    case NodeType::kEvent:
      return {"octagon", "filled", "#fff3cd", "#997404"};
    case NodeType::kClaim:
      return {"note", "filled", "#f8f9fa", "#495057"};
    case NodeType::kArticle:
      return {"folder", "filled", "#e9ecef", "#6c757d"};
  }
  return {"ellipse", "filled", "#ffffff", "#000000"};
}

EdgeStyle StyleOf(EdgeType t) {
  switch (t) {
    case EdgeType::kSaid:
      return {"#495057", "solid"};
    case EdgeType::kDenies:
      return {"#6f42c1", "solid"};
    case EdgeType::kProposed:
      return {"#0d6efd", "solid"};
    case EdgeType::kOpposes:
      return {"#dc3545", "bold"};
    case EdgeType::kSupports:
      return {"#198754", "bold"};
    case EdgeType::kSpokeTo:
      return {"#0dcaf0", "dashed"};
    case EdgeType::kMet:
      return {"#0aa2c0", "dashed"};
    case EdgeType::kMemberOf:
      return {"#fd7e14", "solid"};
    case EdgeType::kLeads:
      return {"#8b4513", "bold"};
    case EdgeType::kMentions:
      return {"#adb5bd", "dotted"};
    case EdgeType::kAppearsIn:
      return {"#adb5bd", "dashed"};
  }
  return {"#000000", "solid"};
}

namespace {

using exports::DotQuoted;

// Which relation colours an edge drawn for several: the one that says most.
int Salience(EdgeType t) {
  switch (t) {
    case EdgeType::kOpposes:
      return 10;
    case EdgeType::kSupports:
      return 9;
    case EdgeType::kDenies:
      return 8;
    case EdgeType::kProposed:
      return 7;
    case EdgeType::kLeads:
      return 6;
    case EdgeType::kMemberOf:
      return 5;
    case EdgeType::kSpokeTo:
      return 4;
    case EdgeType::kMet:
      return 3;
    case EdgeType::kSaid:
      return 2;
    case EdgeType::kMentions:
      return 1;
    case EdgeType::kAppearsIn:
      return 0;
  }
  return 0;
}

// The claim as the diagram shows it: a short quoted label.
std::string ClaimLabel(const GraphNode& n, const std::vector<const FactCheck*>* checks) {
  std::string label = exports::ShortLabel(n.name, 60, 24);
  if (n.kind == "direct") label = "“" + label + "”";
  if (!n.date.empty()) label += "\n" + n.date;
  if (checks != nullptr) {
    for (const FactCheck* f : *checks) {
      label += "\nfact-check: " + exports::ShortLabel(f->rating.empty() ? "reviewed" : f->rating, 24, 24);
    }
  }
  return label;
}

// The tooltip: everything the short label leaves out.
std::string NodeTooltip(const GraphNode& n, const std::vector<const FactCheck*>* checks) {
  std::string tip = n.name;
  if (n.type == NodeType::kClaim) {
    tip = (n.kind == "direct" ? "“" + n.name + "”" : n.name);
    if (!n.date.empty()) tip += "\n" + n.date;
    if (!n.outlets.empty()) {
      tip += "\n";
      for (size_t i = 0; i < n.outlets.size(); ++i) tip += (i ? ", " : "") + n.outlets[i];
    }
    if (n.appearances.size() > 1) tip += "\n" + std::to_string(n.appearances.size()) + " appearances";
    if (n.key.rfind("review:", 0) == 0) tip += "\n(from a fact-check; no article in the store carries it)";
  } else if (!n.roles.empty()) {
    for (const std::string& r : n.roles) tip += "\n" + r;
  }
  if (checks != nullptr) {
    for (const FactCheck* f : *checks) tip += "\nfact-check: " + exports::VerdictText(*f);
  }
  return tip;
}

std::string EdgeTooltip(const GraphEdge& e) {
  std::string tip = exports::EdgeLabel(e.type);
  if (!e.target_text.empty()) tip += ": " + e.target_text;
  if (!e.evidence.empty()) {
    const Evidence& ev = e.evidence.front();
    tip += "\n" + ev.text;
    std::string where = ev.outlet.empty() ? ev.title : ev.outlet;
    if (!ev.date.empty()) where += (where.empty() ? "" : ", ") + ev.date;
    if (!where.empty()) tip += "\n(" + where + ")";
  }
  return tip;
}

// The legend: one row per node type and edge type drawn, as an HTML-like
// table (its texts are this file's own, never data).
std::string Legend(const exports::View& v) {
  std::set<NodeType> node_types;
  std::set<EdgeType> edge_types;
  for (const GraphNode& n : v.nodes) node_types.insert(n.type);
  for (const GraphEdge& e : v.edges) edge_types.insert(e.type);
  std::ostringstream out;
  out << "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#adb5bd\">"
      << "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (NodeType t : node_types) {
    NodeStyle s = StyleOf(t);
    out << "<TR><TD BGCOLOR=\"" << s.fill << "\" BORDER=\"1\" COLOR=\"" << s.border
        << "\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">" << NodeTypeName(t) << "</TD></TR>";
  }
  for (EdgeType t : edge_types) {
    EdgeStyle s = StyleOf(t);
    out << "<TR><TD><FONT COLOR=\"" << s.color << "\"><B>⟶</B></FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\""
        << s.color << "\">" << exports::EdgeLabel(t) << "</FONT></TD></TR>";
  }
  if (!v.checks.empty()) {
    out << "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">double border: fact-checked</TD></TR>";
  }
  if (v.omitted > 0) {
    out << "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>" << v.omitted << " more not shown</I></TD></TR>";
  }
  out << "</TABLE>>";
  return out.str();
}

}  // namespace

std::string ToDot(const ExportGraph& g) {
  exports::View v = exports::MakeView(g);
  std::map<std::string, std::string> ids;  // node key -> DOT id
  for (size_t i = 0; i < v.nodes.size(); ++i) ids[v.nodes[i].key] = "n" + std::to_string(i + 1);

  std::ostringstream out;
  out << "digraph claimgraph {\n"
      << "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, "
         "ranksep=0.6, labelloc=t";
  std::string caption = g.title;
  if (v.omitted > 0)
    caption += (caption.empty() ? "" : " — ") + std::to_string(v.omitted) + " more not shown";
  if (!caption.empty()) out << ", label=" << DotQuoted(caption);
  out << "];\n"
      << "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";
  for (const GraphNode& n : v.nodes) {
    auto cit = v.checks.find(n.key);
    const std::vector<const FactCheck*>* checks = cit == v.checks.end() ? nullptr : &cit->second;
    NodeStyle s = StyleOf(n.type);
    std::string label =
        n.type == NodeType::kClaim ? ClaimLabel(n, checks) : exports::ShortLabel(n.name, 40, 20);
    out << "  " << ids[n.key] << " [key=" << DotQuoted(n.key) << ", type=\"" << NodeTypeName(n.type)
        << "\", label=" << DotQuoted(label) << ", tooltip=" << DotQuoted(NodeTooltip(n, checks))
        << ", shape=" << s.shape << ", style=\"" << s.style << "\", fillcolor=\"" << s.fill << "\", color=\""
        << s.border << "\"";
    if (checks != nullptr) out << ", peripheries=2";
    if (n.type == NodeType::kClaim) out << ", fontsize=10";
    out << "];\n";
  }
  // Edges between the same two nodes are drawn as one ("said · opposes"),
  // coloured by the relation that says most.
  std::map<std::pair<std::string, std::string>, std::vector<const GraphEdge*>> pairs;
  for (const GraphEdge& e : v.edges) pairs[{e.source, e.target}].push_back(&e);
  for (const auto& [ends, group] : pairs) {
    auto s_id = ids.find(group.front()->source), t_id = ids.find(group.front()->target);
    if (s_id == ids.end() || t_id == ids.end()) continue;
    const GraphEdge* main = group.front();
    std::string types, label, tooltip;
    for (const GraphEdge* e : group) {
      if (Salience(e->type) > Salience(main->type)) main = e;
      types += (types.empty() ? "" : ",") + std::string(EdgeTypeName(e->type));
      if (e->type != EdgeType::kMentions && e->type != EdgeType::kAppearsIn) {
        label += (label.empty() ? "" : " · ") + exports::EdgeLabel(e->type);
      }
      tooltip += (tooltip.empty() ? "" : "\n\n") + EdgeTooltip(*e);
    }
    EdgeStyle st = StyleOf(main->type);
    out << "  " << s_id->second << " -> " << t_id->second << " [type=\"" << types << "\"";
    if (!label.empty()) out << ", label=\"" << label << "\"";
    out << ", tooltip=" << DotQuoted(tooltip) << ", color=\"" << st.color << "\", fontcolor=\"" << st.color
        << "\", style=" << st.style << "];\n";
  }
  if (!v.nodes.empty()) out << "  legend [shape=plaintext, style=\"\", label=" << Legend(v) << "];\n";
  out << "}\n";
  return out.str();
}

}  // namespace claimgraph
