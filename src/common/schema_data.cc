#include "common/schema_data.h"

#include <algorithm>
#include <string>
#include <utility>

namespace claimgraph::internal {

extern const std::pair<const char*, std::string_view> kSchemaFiles[];
extern const unsigned kSchemaFileCount;

std::optional<std::string_view> SchemaFile(std::string_view name) {
  for (unsigned i = 0; i < kSchemaFileCount; ++i) {
    if (name == kSchemaFiles[i].first) return kSchemaFiles[i].second;
  }
  return std::nullopt;
}

std::vector<std::string_view> SchemaFiles(std::string_view prefix) {
  std::vector<std::string_view> out;
  for (unsigned i = 0; i < kSchemaFileCount; ++i) {
    std::string_view n = kSchemaFiles[i].first;
    if (n.substr(0, prefix.size()) == prefix) out.push_back(n);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<std::string_view>> ReadTsv(std::string_view data) {
  std::vector<std::vector<std::string_view>> rows;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    size_t f = 0;
    while (true) {
      size_t tab = line.find('\t', f);
      if (tab == std::string_view::npos) {
        fields.push_back(line.substr(f));
        break;
      }
      fields.push_back(line.substr(f, tab - f));
      f = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace claimgraph::internal
