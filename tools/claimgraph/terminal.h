// Terminal helpers for the CLI: display widths, truncation, a progress bar.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::cli {

// Columns `s` takes on a terminal (wide CJK characters count 2, marks 0).
size_t DisplayWidth(std::string_view s);

// `s` with white space runs folded to one space, cut to at most `width`
// columns; a cut text ends in "…", at a word boundary when one is near.
// width 0 means no limit.
std::string FitWidth(std::string_view s, size_t width);

// `s` padded with spaces to `width` columns (after FitWidth).
std::string Pad(std::string_view s, size_t width);

// Columns of the terminal on file descriptor fd, or 0 when it is not one.
size_t TerminalColumns(int fd);

// A one-line progress bar redrawn on stderr, at most ten times a second.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void Update(size_t articles, size_t bytes_done, size_t bytes_total);
  void Clear();  // erases the bar (before printing other lines, and at the end)

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace claimgraph::cli
