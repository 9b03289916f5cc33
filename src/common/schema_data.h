// Access to the files of schema/, compiled into the library.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace claimgraph::internal {

// The bytes of schema/<name> (e.g. "lexicons/cues.tsv"); nullopt when absent.
// The view lives as long as the program.
std::optional<std::string_view> SchemaFile(std::string_view name);

// Names of every embedded file under the folder `prefix` ("sql/"), sorted.
std::vector<std::string_view> SchemaFiles(std::string_view prefix);

// Splits a TSV data file into rows of fields, skipping blank lines and lines
// starting with '#'. Views point into the embedded file.
std::vector<std::vector<std::string_view>> ReadTsv(std::string_view data);

}  // namespace claimgraph::internal
