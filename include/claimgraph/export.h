// Exporters: the shapes the graph leaves claimgraph in.
//
// The graph exports (DOT, JSON-LD, GraphML) and the rendered diagram (SVG,
// PNG) all take an ExportGraph: a subgraph chosen by Graph::Select with the
// fact-checks of its claims. The DOT text is the diagram: RenderDiagram lays
// out and draws exactly what ToDot writes, in-process with Graphviz.
// Every output is deterministic (nodes and edges in key order) and every text
// in it is escaped for its format (src/export/escape.h says how exact each is).
#pragma once

#include <string>
#include <vector>

#include "claimgraph/factcheck.h"
#include "claimgraph/graph.h"
#include "claimgraph/model.h"
#include "claimgraph/status.h"

namespace claimgraph {

// The extraction JSON of one article, as `claimgraph extract --json` prints it
// (the shape in the evaluation README): article, entities, claims, relations.
std::string ExtractionToJson(const Extraction& extraction, bool pretty = true);

// One line of `claimgraph extract --jsonl`: the extraction JSON on one line, its
// article also with "text" and "body_start", so that the line alone can be stored.
std::string ExtractionToJsonLine(const Extraction& extraction);

// Reads a line written by ExtractionToJsonLine back; an error says what is wrong.
Result<Extraction> ExtractionFromJsonLine(std::string_view line);

struct ExportGraph {
  Subgraph graph;
  // Fact-checks to show: a matched one beside its claim (when that claim is in
  // the graph), an unmatched one as a claim node of its own, said by its
  // speaker (when the speaker is in the graph).
  std::vector<FactCheck> fact_checks;
  std::string title;  // a caption for the diagram ("around Pete Hegseth"); "" for none
};

// The diagram's look by type: what RenderDiagram draws, and the web explorer
// (`claimgraph serve`) too. Shapes are Graphviz's ("ellipse", "box", ...),
// styles Graphviz's ("filled,rounded"; edges "solid", "bold", "dashed",
// "dotted"), colours "#rrggbb".
struct NodeStyle {
  const char* shape;
  const char* style;
  const char* fill;
  const char* border;
};
struct EdgeStyle {
  const char* color;
  const char* style;
};
NodeStyle StyleOf(NodeType t);
EdgeStyle StyleOf(EdgeType t);

// GraphViz DOT: node shape and colour by type, edge colour and label by
// relation, claims as short quoted labels with the whole text as tooltip, a
// legend, and "N more not shown" when the selection was cut.
std::string ToDot(const ExportGraph& g);

// JSON-LD with schema.org (schema/context.jsonld, inlined): entities as Person,
// Organization, Country, Place, Event; claims as Claim (and Quotation for a
// direct quote) with author, text, datePublished, appearance and
// firstAppearance (NewsArticle); fact-checks as ClaimReview.
std::string ToJsonLd(const ExportGraph& g);

// GraphML with typed node and edge attributes (for Gephi, Cytoscape, networkx).
std::string ToGraphMl(const ExportGraph& g);

// Lays out ToDot(g) with Graphviz's dot and writes it to `path`, as SVG or PNG
// by the path's extension (.svg, .png); any other extension is kInvalidInput.
// Call it from one thread at a time: Graphviz keeps global state.
Status RenderDiagram(const ExportGraph& g, const std::string& path);

}  // namespace claimgraph
