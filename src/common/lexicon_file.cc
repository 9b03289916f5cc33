#include "common/lexicon_file.h"

#include <algorithm>

#include <mutex>

#include "common/schema_data.h"

namespace claimgraph::internal {
namespace {

std::mutex& ProblemsMutex() {
  static std::mutex m;
  return m;
}
std::vector<std::string>& Problems() {
  static std::vector<std::string> p;
  return p;
}

void Record(std::string problem) {
  std::lock_guard<std::mutex> lock(ProblemsMutex());
  Problems().push_back(std::move(problem));
}

std::string Where(std::string_view name, uint32_t line) {
  return std::string(name) + ":" + std::to_string(line) + ": ";
}

}  // namespace

std::vector<LexiconRow> ReadLexicon(std::string_view name, std::string_view data, const LexiconSpec& spec,
                                    std::vector<std::string>* problems) {
  std::vector<LexiconRow> rows;
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
    LexiconRow row;
    row.line = line_no;
    for (size_t f = 0;;) {
      size_t tab = line.find('\t', f);
      row.fields.push_back(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    size_t n = row.fields.size();
    if (n < spec.min_fields || (spec.max_fields > 0 && n > spec.max_fields) || row.fields[0].empty()) {
      std::string want = spec.max_fields == spec.min_fields ? std::to_string(spec.min_fields)
                         : spec.max_fields == 0
                             ? "at least " + std::to_string(spec.min_fields)
                             : std::to_string(spec.min_fields) + " to " + std::to_string(spec.max_fields);
      problems->push_back(Where(name, line_no) + (row.fields[0].empty()
                                                      ? "empty first field"
                                                      : "malformed row: " + std::to_string(n) +
                                                            " tab-separated fields, expected " + want));
      continue;
    }
    if (spec.classes.size() > 0 && row.fields.size() > 1) {  // a row may leave an optional class out
      bool known = false;
      for (std::string_view c : spec.classes) known |= c == row.fields[1];
      if (!known) {
        problems->push_back(Where(name, line_no) + "unknown class '" + std::string(row.fields[1]) + "'");
        continue;
      }
    }
    if (spec.flags.size() > 0 && row.fields.size() > 2 && !row.fields[2].empty() &&
        std::find(spec.flags.begin(), spec.flags.end(), row.fields[2]) == spec.flags.end()) {
      problems->push_back(Where(name, line_no) + "unknown flag '" + std::string(row.fields[2]) + "'");
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<LexiconRow> ReadLexicon(std::string_view name, const LexiconSpec& spec) {
  auto data = SchemaFile(name);
  if (!data) {
    Record(std::string(name) + ": missing from schema/");
    return {};
  }
  std::vector<std::string> problems;
  auto rows = ReadLexicon(name, *data, spec, &problems);
  for (auto& p : problems) Record(std::move(p));
  return rows;
}

void RecordLexiconProblem(std::string problem) { Record(std::move(problem)); }

std::vector<std::string> LexiconProblems() {
  std::lock_guard<std::mutex> lock(ProblemsMutex());
  return Problems();
}

Status LexiconStatus() {
  std::lock_guard<std::mutex> lock(ProblemsMutex());
  if (Problems().empty()) return Status::Ok();
  std::string msg = "schema/" + Problems().front();
  if (Problems().size() > 1) msg += " (and " + std::to_string(Problems().size() - 1) + " more)";
  return Status::InvalidInput(msg);
}

}  // namespace claimgraph::internal
