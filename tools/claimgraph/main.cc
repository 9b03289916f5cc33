// claimgraph: the command-line front end. Parses arguments, calls the library, prints.
//
// Exit codes: 0 ok, 1 failure (bad input skipped, database error), 2 usage.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "claimgraph/claimgraph.h"
#include "query_common.h"
#include "serve.h"
#include "stream.h"
#include "terminal.h"

namespace {

using namespace claimgraph;

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

// Messages name files and quote input: control characters are not sent to the terminal.
void PrintError(const std::string& msg) { std::cerr << "claimgraph: " << TerminalSafe(msg) << "\n"; }

std::string ProblemText(const ReadProblem& p) {
  std::string s = p.source;
  if (p.line > 0) s += ":" + std::to_string(p.line);
  return s + ": " + p.message;
}

bool IsJsonLines(const std::string& path) {
  auto ends = [&](std::string_view suf) {
    return path.size() >= suf.size() && path.compare(path.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(".jsonl") || ends(".ndjson");
}

// Stores that a read command needs must already exist and are opened read-only: `said`
// and `stats` create no database and write nothing into a file that is not one.
Result<std::unique_ptr<Store>> OpenExisting(const std::string& db) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `claimgraph ingest --db " + db +
                            " PATH`)");
  }
  return Store::OpenReadOnly(db);
}

int RunIngest(const std::vector<std::string>& paths, const std::string& db, size_t batch_size, size_t jobs,
              uint64_t max_bytes) {
  auto store = Store::Open(db);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kFailure;
  }
  auto extractor = Extractor::Open();
  if (!extractor.ok()) {
    PrintError(extractor.status().message());
    return kFailure;
  }
  cli::ProgressBar bar(isatty(STDERR_FILENO) != 0);
  IngestOptions options;
  options.batch_size = batch_size;
  options.jobs = jobs;
  options.max_article_bytes = max_bytes;
  options.on_problem = [&](const ReadProblem& p) {
    bar.Clear();
    PrintError(ProblemText(p));
  };
  size_t bytes = 0;
  options.on_progress = [&](const IngestProgress& p) {
    bytes = p.bytes_done;
    bar.Update(p.articles_done, p.bytes_done, p.bytes_total);
  };
  auto t0 = std::chrono::steady_clock::now();
  IngestReport r = Ingest(paths, *extractor.value(), *store.value(), options);
  store.value().reset();  // the close (the WAL's final checkpoint) is part of the time
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  bar.Clear();
  if (!r.status.ok()) PrintError(r.status.message());
  char tail[128];
  std::snprintf(tail, sizeof tail, " (%.2f MB in %.2f s, %.2f MB/s)", static_cast<double>(bytes) / 1e6, secs,
                secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0);
  std::cerr << "ingest: read " << r.read << ", added " << r.added << ", duplicates " << r.duplicates
            << ", skipped " << r.skipped << tail << "\n";
  return r.status.ok() && r.skipped == 0 ? kOk : kFailure;
}

int RunExtract(const std::string& file, uint64_t max_bytes) {
  Result<Article> article = Status::Internal("");
  if (IsJsonLines(file)) {
    std::vector<Article> got;
    std::optional<ReadProblem> bad;
    ReadArticles(
        {file}, [&](Article&& a) { got.push_back(std::move(a)); },
        [&](const ReadProblem& p) {
          if (!bad) bad = p;
        },
        max_bytes);
    if (bad) {
      PrintError(ProblemText(*bad));
      return kFailure;
    }
    if (got.size() != 1) {
      PrintError(file + ": holds " + std::to_string(got.size()) + " articles; extract takes exactly one");
      return kFailure;
    }
    article = std::move(got.front());
  } else {
    article = ReadArticleFile(file, max_bytes);
  }
  if (!article.ok()) {
    PrintError(article.status().message());
    return kFailure;
  }
  auto extractor = Extractor::Open();
  if (!extractor.ok()) {
    PrintError(extractor.status().message());
    return kFailure;
  }
  Extraction x = extractor.value()->Extract(article.value());
  std::cout << ExtractionToJson(x) << "\n";
  return kOk;
}

int RunStats(const std::string& db) {
  auto store = OpenExisting(db);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kFailure;
  }
  auto s = store.value()->Stats();
  if (!s.ok()) {
    PrintError(s.status().message());
    return kFailure;
  }
  const StoreStats& v = s.value();
  std::cout << "articles   " << v.articles << "\n"
            << "entities   " << v.entities << "\n"
            << "mentions   " << v.mentions << "\n"
            << "claims     " << v.claims << "\n"
            << "relations  " << v.relations << "\n";
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimgraph: news articles into a graph of who said what"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimgraph 0.1.0");

  const char* env_db = std::getenv("CLAIMGRAPH_DB");
  std::string db = env_db && *env_db ? env_db : "claimgraph.db";
  auto add_db = [&](CLI::App* cmd) {
    cmd->add_option("--db", db, "SQLite database file (default: $CLAIMGRAPH_DB, else claimgraph.db)")
        ->capture_default_str();
  };

  auto* ingest = app.add_subcommand("ingest", "Read articles, extract them and add them to the database");
  std::vector<std::string> paths;
  size_t batch_size = 64;
  ingest
      ->add_option("PATH", paths,
                   "article files (.txt, or .jsonl/.ndjson with one article per line), folders (read "
                   "recursively, sorted), or - for stdin")
      ->required();
  ingest->add_option("--batch-size", batch_size, "articles per transaction")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  size_t jobs = 0;
  bool extracted = false;
  ingest->add_option("--jobs", jobs, "extraction threads (default 0: one per core)")
      ->capture_default_str()
      ->check(cli::NotNegative());
  ingest->add_flag("--extracted", extracted,
                   "PATHs are lines written by `extract --jsonl` (- for stdin): store them, extract nothing");
  add_db(ingest);

  auto* extract =
      app.add_subcommand("extract", "Extract one article and print its extraction JSON (no database)");
  std::vector<std::string> files;
  bool json = false;
  bool jsonl = false;
  extract
      ->add_option("FILE", files,
                   "article file, or - for stdin; with --jsonl any number of files and folders (- is JSON "
                   "Lines on stdin)")
      ->required();
  extract->add_flag("--json", json, "print the extraction JSON of one article");
  extract->add_flag("--jsonl", jsonl,
                    "print one extraction per line, its article text included, for every article");
  extract->add_option("--jobs", jobs, "with --jsonl: extraction threads (default 0: one per core)")
      ->check(cli::NotNegative());
  uint64_t max_bytes = kDefaultMaxArticleBytes;
  for (CLI::App* cmd : {ingest, extract})
    cmd->add_option("--max-article-bytes", max_bytes,
                    "skip (with an error naming it) an article longer than this many bytes")
        ->capture_default_str()
        ->check(CLI::Range(uint64_t{1}, uint64_t{4294967295}));

  // Queries: one file each (tools/claimgraph/*_command.cc), one line each here.
  std::vector<cli::Command> queries;
  queries.push_back(cli::AddSaidCommand(app, add_db, db));
  queries.push_back(cli::AddEntityCommand(app, add_db, db));
  queries.push_back(cli::AddNeighborsCommand(app, add_db, db));
  queries.push_back(cli::AddPathCommand(app, add_db, db));
  queries.push_back(cli::AddRankCommand(app, add_db, db));
  queries.push_back(cli::AddContradictionsCommand(app, add_db, db));
  queries.push_back(cli::AddQuoteCommand(app, add_db, db));
  queries.push_back(cli::AddServeCommand(app, add_db, db));
  // Diagrams, exports and fact-checks in.
  queries.push_back(cli::AddRenderCommand(app, add_db, db));
  queries.push_back(cli::AddExportCommand(app, add_db, db));
  queries.push_back(cli::AddImportClaimReviewCommand(app, add_db, db));

  auto* stats = app.add_subcommand("stats", "Print how many articles, entities, mentions, claims, relations");
  add_db(stats);

  // "claimgraph bogus": name the unknown command (CLI11 would only say one is required)
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    std::string names;
    for (const CLI::App* cmd : app.get_subcommands({})) {
      known |= cmd->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + cmd->get_name();
    }
    if (!known) {
      PrintError(std::string("unknown command '") + argv[1] + "' (commands: " + names + "; see --help)");
      return kUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  if (*ingest && extracted) return cli::RunIngestExtracted(paths, db, batch_size);
  if (*ingest) return RunIngest(paths, db, batch_size, jobs, max_bytes);
  if (*extract && jsonl) return cli::RunExtractJsonl(files, jobs, max_bytes);
  if (*extract && files.size() != 1) {
    PrintError("extract --json takes one FILE (--jsonl takes many)");
    return kUsage;
  }
  if (*extract) return RunExtract(files.front(), max_bytes);
  for (const cli::Command& c : queries)
    if (*c.app) return c.run();
  if (*stats) return RunStats(db);
  return kUsage;
}
