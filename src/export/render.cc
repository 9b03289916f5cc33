// The rendered diagram: ToDot's text laid out and drawn in-process with
// Graphviz's libraries (cgraph reads it, gvc lays it out with dot and renders).
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <memory>
#include <string>

#include "claimgraph/export.h"

namespace claimgraph {
namespace {

// Graphviz reports problems through a process-wide callback; RenderDiagram
// collects them here while it runs (a Graph, and so rendering, is used from
// one thread at a time).
std::string* g_graphviz_messages = nullptr;

int CollectMessage(char* message) {
  if (g_graphviz_messages != nullptr && message != nullptr) *g_graphviz_messages += message;
  return 0;
}

struct ContextDeleter {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

bool EndsWith(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

Status RenderDiagram(const ExportGraph& g, const std::string& path) {
  const char* format = EndsWith(path, ".svg") ? "svg" : EndsWith(path, ".png") ? "png" : nullptr;
  if (format == nullptr) {
    return Status::InvalidInput(path + ": unsupported image type (the file name must end in .svg or .png)");
  }
  std::string dot = ToDot(g);
  std::string messages;
  g_graphviz_messages = &messages;
  agseterrf(CollectMessage);
  struct Restore {
    ~Restore() {
      agseterrf(nullptr);
      g_graphviz_messages = nullptr;
    }
  } restore;
  std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  if (!gvc) return Status::Internal("graphviz: cannot start its context");
  std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
  if (!graph) return Status::Internal("graphviz: cannot read the diagram: " + messages);
  if (gvLayout(gvc.get(), graph.get(), "dot") != 0) {
    return Status::Internal("graphviz: layout failed: " + messages);
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc.get(), graph.get(), format, &data, &length);
  gvFreeLayout(gvc.get(), graph.get());
  if (rc != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    return Status::Internal(std::string("graphviz: cannot render ") + format + ": " + messages);
  }
  std::unique_ptr<FILE, int (*)(FILE*)> out(std::fopen(path.c_str(), "wb"), std::fclose);
  bool written = out && std::fwrite(data, 1, length, out.get()) == length;
  gvFreeRenderData(data);
  if (!written || std::fclose(out.release()) != 0) return Status::IoError(path + ": cannot write");
  return Status::Ok();
}

}  // namespace claimgraph
