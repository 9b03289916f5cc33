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

TsvRows ReadTsv(std::string_view data) {
  TsvRows rows;
  ForEachTsvLine(data, [&](uint32_t line_no, std::string_view line) {
    rows.Split(line);
    rows.Keep(line_no);
  });
  rows.Seal();
  return rows;
}

}  // namespace claimgraph::internal
