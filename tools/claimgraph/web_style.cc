// GET /api/style: the colours and shapes the page draws with, those of the rendered diagram.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "web_params.h"

namespace claimgraph::cli {

namespace {

struct NodeLook {
  const char* shape;
  const char* fill;
  const char* border;
};
struct EdgeLook {
  const char* color;
  const char* style;
};

// The render command's styles (until the export library shares its table).
NodeLook LookOf(NodeType t) {
  switch (t) {
    case NodeType::kPerson:
      return {"ellipse", "#cfe2ff", "#084298"};
    case NodeType::kCountry:
      return {"hexagon", "#d1e7dd", "#0f5132"};
    case NodeType::kOrganization:
      return {"box", "#ffe5d0", "#984c0c"};
    case NodeType::kPlace:
      return {"house", "#e2d9f3", "#432874"};
    case NodeType::kEvent:
      return {"octagon", "#fff3cd", "#997404"};
    case NodeType::kClaim:
      return {"note", "#f8f9fa", "#495057"};
    case NodeType::kArticle:
      return {"folder", "#e9ecef", "#6c757d"};
  }
  return {"ellipse", "#ffffff", "#000000"};
}

EdgeLook LookOf(EdgeType t) {
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

}  // namespace

ApiReply StyleReply(Graph&, Params& p) {
  if (p.error()) return ErrorReply(400, *p.error());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("nodes");
  w.StartObject();
  for (int i = 0; i < kNodeTypeCount; ++i) {
    auto t = static_cast<NodeType>(i);
    NodeLook s = LookOf(t);
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
    EdgeLook s = LookOf(t);
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
  w.Bool(false);
  w.EndObject();
  return {200, buf.GetString(), {}};
}

}  // namespace claimgraph::cli
