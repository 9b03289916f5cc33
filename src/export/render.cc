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
// collects them here while it runs. Rendering is for one thread at a time
// (Graphviz's state is global).
std::string* g_graphviz_messages = nullptr;

int CollectMessage(char* message) {
  if (g_graphviz_messages != nullptr && message != nullptr) *g_graphviz_messages += message;
  return 0;
}

// One Graphviz context for the whole process, never freed: Graphviz 2.42's
// pango plugin keeps a pointer into a context's font cache in a static, so a
// second context after the first one is freed reads freed memory (AddressSanitizer
// shows it on the second render in one process).
GVC_t* Context() {
  static GVC_t* context = gvContext();
  return context;
}
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
  GVC_t* gvc = Context();
  if (gvc == nullptr) return Status::Internal("graphviz: cannot start its context");
  std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
  if (!graph) return Status::Internal("graphviz: cannot read the diagram: " + messages);
  if (gvLayout(gvc, graph.get(), "dot") != 0) {
    return Status::Internal("graphviz: layout failed: " + messages);
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, graph.get(), format, &data, &length);
  gvFreeLayout(gvc, graph.get());
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
