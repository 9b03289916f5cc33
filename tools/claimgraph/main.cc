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
#include "commands.h"
#include "terminal.h"

namespace {

using namespace claimgraph;

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

void PrintError(const std::string& msg) { std::cerr << "claimgraph: " << msg << "\n"; }

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

// Stores that a read command needs must already exist: no empty database
// is created by `said` or `stats`.
Result<std::unique_ptr<Store>> OpenExisting(const std::string& db) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `claimgraph ingest --db " + db +
                            " PATH`)");
  }
  return Store::Open(db);
}

int RunIngest(const std::vector<std::string>& paths, const std::string& db, size_t batch_size) {
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

int RunExtract(const std::string& file) {
  Result<Article> article = Status::Internal("");
  if (IsJsonLines(file)) {
    std::vector<Article> got;
    std::optional<ReadProblem> bad;
    ReadArticles(
        {file}, [&](Article&& a) { got.push_back(std::move(a)); },
        [&](const ReadProblem& p) {
          if (!bad) bad = p;
        });
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
    article = ReadArticleFile(file);
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

// The source column: the outlet, else the file name without its folders.
std::string SourceLabel(const SaidRow& r) {
  if (!r.outlet.empty()) return r.outlet;
  std::string s = r.source;
  size_t slash = s.rfind('/');
  return slash == std::string::npos ? s : s.substr(slash + 1);
}

int RunSaid(const std::string& db, const std::optional<std::string>& by, size_t limit,
            std::optional<size_t> width) {
  auto store = OpenExisting(db);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kFailure;
  }
  auto rows = store.value()->Said(by, limit);
  if (!rows.ok()) {
    PrintError(rows.status().message());
    return kFailure;
  }
  if (rows.value().empty()) {
    std::cerr << (by ? "no claims by " + *by : std::string("no claims in ") + db) << "\n";
    return kOk;
  }
  size_t total = width ? *width : cli::TerminalColumns(STDOUT_FILENO);
  if (!width && total == 0) {
    const char* cols = std::getenv("COLUMNS");
    total = cols ? std::strtoul(cols, nullptr, 10) : 0;
    if (total == 0) total = 120;
  }
  // Column widths: content-sized, capped; the text takes the rest.
  size_t w_speaker = 7, w_source = 6;
  for (const SaidRow& r : rows.value()) {
    w_speaker = std::max(w_speaker, cli::DisplayWidth(r.speaker.empty() ? "(unknown)" : r.speaker));
    w_source = std::max(w_source, cli::DisplayWidth(SourceLabel(r)));
  }
  w_speaker = std::min<size_t>(w_speaker, 24);
  w_source = std::min<size_t>(w_source, 20);
  const size_t w_kind = 8, w_date = 10, gaps = 8;
  size_t fixed = w_speaker + w_kind + w_date + w_source + gaps;
  size_t w_text = total == 0 ? 0 : (total > fixed + 20 ? total - fixed : 20);
  auto line = [&](const std::string& speaker, const std::string& kind, const std::string& date,
                  const std::string& source, const std::string& text) {
    std::cout << cli::Pad(cli::FitWidth(speaker, w_speaker), w_speaker) << "  " << cli::Pad(kind, w_kind)
              << "  " << cli::Pad(date, w_date) << "  " << cli::Pad(cli::FitWidth(source, w_source), w_source)
              << "  " << cli::FitWidth(text, w_text) << "\n";
  };
  line("SPEAKER", "KIND", "DATE", "SOURCE", "TEXT");
  for (const SaidRow& r : rows.value()) {
    line(r.speaker.empty() ? "(unknown)" : r.speaker, r.kind, r.date.empty() ? "-" : r.date, SourceLabel(r),
         r.kind == "direct" ? "“" + r.text + "”" : r.text);
  }
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
  add_db(ingest);

  auto* extract =
      app.add_subcommand("extract", "Extract one article and print its extraction JSON (no database)");
  std::string file;
  bool json = false;
  extract->add_option("FILE", file, "article file, or - for stdin")->required();
  extract->add_flag("--json", json, "print the extraction JSON (the only format)");

  auto* said = app.add_subcommand("said", "Print who said what: the claims in the database");
  std::string by;
  size_t limit = 50;
  size_t width = 0;
  said->add_option("--by", by, "only claims by this speaker (name, alias or surname; case-insensitive)");
  said->add_option("--limit", limit, "at most this many rows (0: all)")->capture_default_str();
  auto* width_opt =
      said->add_option("--width", width, "line width (default: the terminal's, else 120; 0: no cut)");
  add_db(said);

  auto* stats = app.add_subcommand("stats", "Print how many articles, entities, mentions, claims, relations");
  add_db(stats);

  // Commands in files of their own, one line each.
  cli::CommandContext ctx{&db, add_db};
  std::vector<cli::CommandRun> commands = {
      cli::AddRenderCommand(app, ctx),
      cli::AddExportCommand(app, ctx),
      cli::AddImportClaimReviewCommand(app, ctx),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  if (*ingest) return RunIngest(paths, db, batch_size);
  if (*extract) return RunExtract(file);
  if (*said) {
    return RunSaid(db, said->count("--by") ? std::optional<std::string>(by) : std::nullopt, limit,
                   width_opt->count() ? std::optional<size_t>(width) : std::nullopt);
  }
  if (*stats) return RunStats(db);
  for (const cli::CommandRun& run : commands) {
    int code = run();  // -1: not this command
    if (code >= 0) return code;
  }
  return kUsage;
}
