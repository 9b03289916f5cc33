#include "query_common.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "claimgraph/safe_text.h"
#include "terminal.h"

namespace claimgraph::cli {

void AddQueryOptions(CLI::App* cmd, const AddDb& add_db, QueryOptions* o, bool with_width) {
  add_db(cmd);
  cmd->add_flag("--json", o->json, "one JSON object per row (keys in the README) instead of a table");
  if (with_width) {
    o->width_opt =
        cmd->add_option("--width", o->width, "line width (default: the terminal's, else 120; 0: no cut)")
            ->check(NotNegative());
  }
}

void AddMaxArticleBytes(CLI::App* cmd, uint64_t* max_bytes) {
  cmd->add_option("--max-article-bytes", *max_bytes,
                  "skip (with an error naming it) an article longer than this many bytes")
      ->capture_default_str()
      ->check(CLI::Range(uint64_t{1}, uint64_t{4294967295}));
}

std::unique_ptr<Graph> OpenGraphOrReport(const std::string& db) {
  auto g = Graph::Open(db);
  if (!g.ok()) {
    Report(g.status());
    return nullptr;
  }
  return std::move(g).value();
}

int Report(const Status& s) {
  std::cerr << "claimgraph: " << TerminalSafe(s.message()) << "\n";
  return kFailure;
}

bool ParseTypesOrReport(const std::string& list, std::vector<EdgeType>* out) {
  auto t = ParseEdgeTypes(list);
  if (!t.ok()) {
    Report(t.status());
    return false;
  }
  *out = t.value();
  return true;
}

size_t TableWidth(const QueryOptions& o) {
  if (o.width_opt && o.width_opt->count()) return o.width;
  size_t total = TerminalColumns(STDOUT_FILENO);
  if (total == 0) {
    const char* cols = std::getenv("COLUMNS");
    total = cols ? std::strtoul(cols, nullptr, 10) : 0;
    if (total == 0) total = 120;
  }
  return total;
}

void PrintTable(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& unsafe_rows,
                size_t width) {
  // Cells come from articles: no control character of theirs reaches the terminal.
  std::vector<std::vector<std::string>> rows = unsafe_rows;
  for (auto& row : rows)
    for (std::string& cell : row) cell = TerminalSafe(cell);
  std::vector<size_t> w(columns.size(), 0);
  for (size_t c = 0; c < columns.size(); ++c) {
    w[c] = DisplayWidth(columns[c].header);
    for (const auto& row : rows) w[c] = std::max(w[c], DisplayWidth(FitWidth(row[c], 0)));
    if (columns[c].max && width != 0)
      w[c] = std::min(w[c], std::max(columns[c].max, DisplayWidth(columns[c].header)));
  }
  size_t fixed = 0;
  for (size_t c = 0; c + 1 < columns.size(); ++c) fixed += w[c] + 2;
  size_t last = width == 0 ? 0 : (width > fixed + 20 ? width - fixed : 20);
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c + 1 < columns.size()) {
        out += Pad(FitWidth(cells[c], w[c]), w[c]) + "  ";
      } else {
        out += FitWidth(cells[c], last);
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    std::cout << out << "\n";
  };
  std::vector<std::string> header;
  bool any = false;
  for (const Column& c : columns) {
    header.push_back(c.header);
    any |= !c.header.empty();
  }
  if (any) line(header);
  for (const auto& row : rows) line(row);
}

std::string SourceLabel(const std::string& outlet, const std::string& source) {
  if (!outlet.empty()) return outlet;
  size_t slash = source.rfind('/');
  return slash == std::string::npos ? source : source.substr(slash + 1);
}

std::string ClaimText(const std::string& kind, const std::string& text, const std::string& polarity,
                      const std::string& cue_shown) {
  std::string shown = kind == "direct" ? "\xE2\x80\x9C" + text + "\xE2\x80\x9D" : text;
  // (a CUE column whose cue is a form of "deny", "denied", "has denied", "denies", says it already)
  bool cue_denies =
      cue_shown.find("deni") != std::string::npos || cue_shown.find("deny") != std::string::npos ||
      cue_shown.find("Deni") != std::string::npos || cue_shown.find("Deny") != std::string::npos;
  return polarity == "denied" && !cue_denies ? "denies: " + shown : shown;
}

}  // namespace claimgraph::cli
