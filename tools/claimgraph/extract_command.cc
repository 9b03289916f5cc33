// claimgraph extract: one article's extraction JSON (--json), or one extraction line per
// article for batch engines (--jsonl). No database.
#include <iostream>
#include <optional>

#include "claimgraph/claimgraph.h"
#include "query_common.h"
#include "stream.h"

namespace claimgraph::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  bool json = false;
  bool jsonl = false;
  size_t jobs = 0;
  uint64_t max_bytes = kDefaultMaxArticleBytes;
};

bool IsJsonLines(const std::string& path) {
  auto ends = [&](std::string_view suf) {
    return path.size() >= suf.size() && path.compare(path.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(".jsonl") || ends(".ndjson");
}

// The one article of a JSON Lines file (a file of several is an error naming it).
Result<Article> ReadOneJsonLine(const std::string& file, uint64_t max_bytes) {
  std::vector<Article> got;
  std::optional<ReadProblem> bad;
  ReadArticles(
      {file}, [&](Article&& a) { got.push_back(std::move(a)); },
      [&](const ReadProblem& p) {
        if (!bad) bad = p;
      },
      max_bytes);
  if (bad) return Status::InvalidInput(ProblemText(*bad));
  if (got.size() != 1) {
    return Status::InvalidInput(file + ": holds " + std::to_string(got.size()) +
                                " articles; extract takes exactly one");
  }
  return std::move(got.front());
}

int RunExtract(const std::string& file, uint64_t max_bytes) {
  Result<Article> article =
      IsJsonLines(file) ? ReadOneJsonLine(file, max_bytes) : ReadArticleFile(file, max_bytes);
  if (!article.ok()) return Report(article.status());
  auto extractor = Extractor::Open();
  if (!extractor.ok()) return Report(extractor.status());
  Extraction x = extractor.value()->Extract(article.value());
  std::cout << ExtractionToJson(x) << "\n";
  return kOk;
}

}  // namespace

Command AddExtractCommand(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("extract", "Extract one article and print its extraction JSON (no database)");
  auto a = std::make_shared<ExtractArgs>();
  cmd->add_option("FILE", a->files,
                  "article file, or - for stdin; with --jsonl any number of files and folders (- is JSON "
                  "Lines on stdin)")
      ->required();
  cmd->add_flag("--json", a->json, "print the extraction JSON of one article");
  cmd->add_flag("--jsonl", a->jsonl,
                "print one extraction per line, its article text included, for every article");
  cmd->add_option("--jobs", a->jobs, "with --jsonl: extraction threads (default 0: one per core)")
      ->check(NotNegative());
  AddMaxArticleBytes(cmd, &a->max_bytes);
  Command c;
  c.app = cmd;
  c.run = [a]() {
    if (a->jsonl) return RunExtractJsonl(a->files, a->jobs, a->max_bytes);
    if (a->files.size() != 1) {
      Report(Status::InvalidInput("extract --json takes one FILE (--jsonl takes many)"));
      return kUsage;
    }
    return RunExtract(a->files.front(), a->max_bytes);
  };
  return c;
}

}  // namespace claimgraph::cli
