// What the commands share: registration (one file each, tools/claimgraph/*_command.cc),
// opening the graph, errors, tables, JSON rows.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/graph.h"

namespace claimgraph::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailure = 1;
inline constexpr int kUsage = 2;

// A registered command: its CLI11 subcommand and what runs when it is chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Options every query command takes: --db and --json.
struct QueryOptions {
  const std::string* db = nullptr;
  bool json = false;
  size_t width = 0;
  CLI::Option* width_opt = nullptr;
};
using AddDb = std::function<void(CLI::App*)>;
void AddQueryOptions(CLI::App* cmd, const AddDb& add_db, QueryOptions* o, bool with_width = true);

// Articles in: ingest_command.cc, extract_command.cc, stats_command.cc.
Command AddIngestCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddExtractCommand(CLI::App& app);
Command AddStatsCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
// --max-article-bytes (ingest, extract): longer articles are skipped with an error naming them.
void AddMaxArticleBytes(CLI::App* cmd, uint64_t* max_bytes);
// Queries.
Command AddSaidCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddEntityCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddNeighborsCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddPathCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddRankCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddContradictionsCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddQuoteCommand(CLI::App& app, const AddDb& add_db, const std::string& db);
Command AddRenderCommand(CLI::App& app, const AddDb& add_db, const std::string& db);  // render_command.cc
Command AddExportCommand(CLI::App& app, const AddDb& add_db, const std::string& db);  // export_command.cc
Command AddImportClaimReviewCommand(CLI::App& app, const AddDb& add_db, const std::string& db);

// Opens the graph; on failure prints the error and returns null.
std::unique_ptr<Graph> OpenGraphOrReport(const std::string& db);
// Prints "claimgraph: <message>" and returns the exit code for it (1).
int Report(const Status& s);

// A count option: "-1" would wrap around to a huge size_t, so it is refused as --batch-size -3 is.
inline CLI::Validator NotNegative() {
  return CLI::Validator(
      [](std::string& v) {
        return !v.empty() && v[0] == '-' ? "Value " + v + " is negative" : std::string();
      },
      "NONNEGATIVE");
}

// Parses a --type list of edge types; prints the error and returns false when bad.
bool ParseTypesOrReport(const std::string& list, std::vector<EdgeType>* out);

// Width for tables: --width if given, else the terminal's, else $COLUMNS, else 120.
size_t TableWidth(const QueryOptions& o);

struct Column {
  std::string header;
  size_t max = 0;  // cap on the column's width; 0 for the last column, which takes the rest
};
// Prints a table: content-sized columns up to their caps, two spaces apart,
// the last column cut to what is left of `width` (0: no caps, no cut). No header line
// when every header is empty.
void PrintTable(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                size_t width);

template <typename Row>
void PrintJsonRows(const std::vector<Row>& rows) {
  for (const Row& r : rows) std::cout << RowJson(r) << "\n";
}

// The source label of an appearance: the outlet, else the file name.
std::string SourceLabel(const std::string& outlet, const std::string& source);
// A claim's text as the table shows it: direct quotes in “ ”, a denial after "denies: " (unless
// `cue_shown`, the cue a CUE column shows beside it, is "denies" or "denied").
std::string ClaimText(const std::string& kind, const std::string& text,
                      const std::string& polarity = "asserted", const std::string& cue_shown = "");

}  // namespace claimgraph::cli
