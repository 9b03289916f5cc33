// The web explorer's files (tools/claimgraph/web/ and the cytoscape.js build), embedded in the
// binary at build time by cmake/embed.cmake: `claimgraph serve` reads nothing from disk.
#pragma once

#include <optional>
#include <string_view>

namespace claimgraph::cli {

struct WebAsset {
  std::string_view bytes;
  std::string_view content_type;
};

// The asset served at `path` ("/" is "/index.html"); nullopt for any other path. Only the names
// in the embedded table exist: "..", "//", "%2e" and the like name nothing.
std::optional<WebAsset> FindWebAsset(std::string_view path);

}  // namespace claimgraph::cli
