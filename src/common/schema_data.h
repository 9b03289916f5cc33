// Access to the files of schema/, compiled into the library.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace claimgraph::internal {

// The bytes of schema/<name> (e.g. "lexicons/cues.tsv"); nullopt when absent.
// The view lives as long as the program.
std::optional<std::string_view> SchemaFile(std::string_view name);

// Names of every embedded file under the folder `prefix` ("sql/"), sorted.
std::vector<std::string_view> SchemaFiles(std::string_view prefix);

// One row of a TSV file: its fields, views into the file's bytes, and its line (1-based).
class TsvRow {
 public:
  uint32_t line = 0;
  // Field i, or an empty view past the last.
  std::string_view operator[](size_t i) const { return i < count_ ? fields_[i] : std::string_view(); }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const std::string_view* begin() const { return fields_; }
  const std::string_view* end() const { return fields_ + count_; }

 private:
  friend class TsvRows;
  const std::string_view* fields_ = nullptr;
  uint32_t count_ = 0;
};

// The rows of a TSV file, their fields in one array (no allocation per row: the lexicons are
// read at every start). Movable, not copyable (the rows point into the array).
class TsvRows {
 public:
  TsvRows() = default;
  TsvRows(TsvRows&&) = default;
  TsvRows& operator=(TsvRows&&) = default;
  TsvRows(const TsvRows&) = delete;
  TsvRows& operator=(const TsvRows&) = delete;

  size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  const TsvRow& operator[](size_t i) const { return rows_[i]; }
  const TsvRow* begin() const { return rows_.data(); }
  const TsvRow* end() const { return rows_.data() + rows_.size(); }

  // Building (ReadTsv, ReadLexicon): each line's fields are split off as a pending row, which is
  // then kept (Keep) or dropped (Drop); Seal, once all are read, points the rows at their fields.
  void Reserve(size_t rows, size_t fields) {
    rows_.reserve(rows);
    fields_.reserve(fields);
  }
  // Splits `line` at tabs into the pending row's fields; returns them.
  std::span<const std::string_view> Split(std::string_view line) {
    pending_ = fields_.size();
    for (size_t f = 0;;) {
      const size_t tab = line.find('\t', f);
      if (tab == std::string_view::npos) {
        fields_.push_back(line.substr(f));
        break;
      }
      fields_.push_back(line.substr(f, tab - f));
      f = tab + 1;
    }
    return {fields_.data() + pending_, fields_.size() - pending_};
  }
  void Keep(uint32_t line) {
    TsvRow& row = rows_.emplace_back();
    row.line = line;
    row.count_ = static_cast<uint32_t>(fields_.size() - pending_);
  }
  void Drop() { fields_.resize(pending_); }
  void Seal() {
    const std::string_view* f = fields_.data();
    for (TsvRow& row : rows_) {
      row.fields_ = f;
      f += row.count_;
    }
  }

 private:
  std::vector<std::string_view> fields_;
  std::vector<TsvRow> rows_;
  size_t pending_ = 0;
};

// Calls f(line_number, line) for each line of `data` that is not blank and does not start with
// '#' (a CRLF line end taken off).
template <typename F>
void ForEachTsvLine(std::string_view data, F&& f) {
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    f(line_no, line);
  }
}

// Splits a TSV data file into rows of fields, skipping blank lines and lines
// starting with '#'. Views point into the embedded file.
TsvRows ReadTsv(std::string_view data);

}  // namespace claimgraph::internal
