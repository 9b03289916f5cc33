#include "web_assets.h"

#include <string>
#include <utility>

namespace claimgraph::internal {
extern const std::pair<const char*, std::string_view> kWebFiles[];
extern const unsigned kWebFileCount;
}  // namespace claimgraph::internal

namespace claimgraph::cli {

namespace {

std::string_view ContentType(std::string_view name) {
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "text/plain; charset=utf-8";
}

}  // namespace

std::optional<WebAsset> FindWebAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  if (path.empty() || path.front() != '/') return std::nullopt;
  path.remove_prefix(1);
  for (unsigned i = 0; i < internal::kWebFileCount; ++i) {
    if (path == internal::kWebFiles[i].first)
      return WebAsset{internal::kWebFiles[i].second, ContentType(path)};
  }
  return std::nullopt;
}

}  // namespace claimgraph::cli
