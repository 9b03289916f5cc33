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

LexiconRows ReadLexicon(std::string_view name, std::string_view data, const LexiconSpec& spec,
                        std::vector<std::string>* problems) {
  LexiconRows rows;
  ForEachTsvLine(data, [&](uint32_t line_no, std::string_view line) {
    const std::span<const std::string_view> fields = rows.Split(line);
    const size_t n = fields.size();
    if (n < spec.min_fields || (spec.max_fields > 0 && n > spec.max_fields) || fields[0].empty()) {
      std::string want = spec.max_fields == spec.min_fields ? std::to_string(spec.min_fields)
                         : spec.max_fields == 0
                             ? "at least " + std::to_string(spec.min_fields)
                             : std::to_string(spec.min_fields) + " to " + std::to_string(spec.max_fields);
      problems->push_back(Where(name, line_no) + (fields[0].empty()
                                                      ? "empty first field"
                                                      : "malformed row: " + std::to_string(n) +
                                                            " tab-separated fields, expected " + want));
      rows.Drop();
      return;
    }
    if (spec.classes.size() > 0 && n > 1) {  // a row may leave an optional class out
      if (std::find(spec.classes.begin(), spec.classes.end(), fields[1]) == spec.classes.end()) {
        problems->push_back(Where(name, line_no) + "unknown class '" + std::string(fields[1]) + "'");
        rows.Drop();
        return;
      }
    }
    if (spec.flags.size() > 0 && n > 2 && !fields[2].empty() &&
        std::find(spec.flags.begin(), spec.flags.end(), fields[2]) == spec.flags.end()) {
      problems->push_back(Where(name, line_no) + "unknown flag '" + std::string(fields[2]) + "'");
      rows.Drop();
      return;
    }
    rows.Keep(line_no);
  });
  rows.Seal();
  return rows;
}

LexiconRows ReadLexicon(std::string_view name, const LexiconSpec& spec) {
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
