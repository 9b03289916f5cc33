// claimgraph ingest: read articles, extract them on worker threads and add them to the
// database; with --extracted, store lines that `extract --jsonl` wrote elsewhere.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "claimgraph/claimgraph.h"
#include "query_common.h"
#include "stream.h"
#include "terminal.h"

namespace claimgraph::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  size_t batch_size = 256;
  size_t jobs = 0;
  bool extracted = false;
  uint64_t max_bytes = kDefaultMaxArticleBytes;
};

int RunIngest(const IngestArgs& a, const std::string& db) {
  auto store = Store::Open(db);
  if (!store.ok()) return Report(store.status());
  auto extractor = Extractor::Open();
  if (!extractor.ok()) return Report(extractor.status());
  ProgressBar bar(isatty(STDERR_FILENO) != 0);
  IngestOptions options;
  options.batch_size = a.batch_size;
  options.jobs = a.jobs;
  options.max_article_bytes = a.max_bytes;
  options.on_problem = [&](const ReadProblem& p) {
    bar.Clear();
    PrintProblem(p);
  };
  size_t bytes = 0;
  options.on_progress = [&](const IngestProgress& p) {
    bytes = p.bytes_done;
    bar.Update(p.articles_done, p.bytes_done, p.bytes_total);
  };
  auto t0 = std::chrono::steady_clock::now();
  IngestReport r = Ingest(a.paths, *extractor.value(), *store.value(), options);
  store.value().reset();  // the close (the WAL's final checkpoint) is part of the time
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  bar.Clear();
  if (!r.status.ok()) {
    Report(r.status);
    if (!r.stopped_at.empty())
      std::cerr << "ingest: stopped at " << r.stopped_at << ": nothing from there on was stored\n";
  }
  char tail[128];
  std::snprintf(tail, sizeof tail, " (%.2f MB in %.2f s, %.2f MB/s)", static_cast<double>(bytes) / 1e6, secs,
                secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0);
  std::cerr << "ingest: read " << r.read << ", added " << r.added << ", duplicates " << r.duplicates
            << ", skipped " << r.skipped << tail << "\n";
  return r.status.ok() && r.skipped == 0 ? kOk : kFailure;
}

}  // namespace

Command AddIngestCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand("ingest", "Read articles, extract them and add them to the database");
  auto a = std::make_shared<IngestArgs>();
  cmd->add_option("PATH", a->paths,
                  "article files (.txt, or .jsonl/.ndjson with one article per line), folders (read "
                  "recursively, sorted), or - for stdin")
      ->required();
  cmd->add_option("--batch-size", a->batch_size,
                  "at most this many articles per batch (a transaction; a large store holds several in one)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  cmd->add_option("--jobs", a->jobs, "extraction threads (default 0: one per core)")
      ->capture_default_str()
      ->check(NotNegative());
  cmd->add_flag("--extracted", a->extracted,
                "PATHs are lines written by `extract --jsonl` (- for stdin): store them, extract nothing");
  add_db(cmd);
  AddMaxArticleBytes(cmd, &a->max_bytes);
  Command c;
  c.app = cmd;
  c.run = [a, &db]() {
    if (a->extracted) return RunIngestExtracted(a->paths, db, a->batch_size);
    return RunIngest(*a, db);
  };
  return c;
}

}  // namespace claimgraph::cli
