#include "stream.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "claimgraph/claimgraph.h"

namespace claimgraph::cli {

std::string ProblemText(const ReadProblem& p) {
  std::string s = p.source;
  if (p.line > 0) s += ":" + std::to_string(p.line);
  return s + ": " + p.message;
}

void PrintProblem(const ReadProblem& p) {
  std::cerr << "claimgraph: " << TerminalSafe(ProblemText(p)) << "\n";
}

int RunExtractJsonl(const std::vector<std::string>& paths, size_t jobs, uint64_t max_bytes) {
  auto extractor = Extractor::Open();
  if (!extractor.ok()) {
    std::cerr << "claimgraph: " << extractor.status().message() << "\n";
    return 1;
  }
  IngestOptions options;
  options.jobs = jobs;
  options.max_article_bytes = max_bytes;
  options.on_problem = PrintProblem;
  std::string line;
  IngestReport r =
      ExtractEach(paths, /*stdin_json_lines=*/true, *extractor.value(), options, [&](const Extraction& x) {
        line = ExtractionToJsonLine(x);
        line.push_back('\n');
        std::fwrite(line.data(), 1, line.size(), stdout);
      });
  std::fflush(stdout);
  return r.skipped == 0 ? 0 : 1;
}

int RunIngestExtracted(const std::vector<std::string>& files, const std::string& db, size_t batch_size) {
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::cerr << "claimgraph: " << store.status().message() << "\n";
    return 1;
  }
  IngestOptions options;
  options.batch_size = batch_size;
  options.on_problem = PrintProblem;
  size_t bytes = 0;
  options.on_progress = [&](const IngestProgress& p) { bytes = p.bytes_done; };
  auto t0 = std::chrono::steady_clock::now();
  IngestReport r = IngestExtracted(files, *store.value(), options);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!r.status.ok()) std::cerr << "claimgraph: " << r.status.message() << "\n";
  if (!r.status.ok() && !r.stopped_at.empty())
    std::cerr << "ingest: stopped at " << r.stopped_at << ": nothing from there on was stored\n";
  char tail[128];
  std::snprintf(tail, sizeof tail, " (%.2f MB of extractions in %.2f s)", static_cast<double>(bytes) / 1e6,
                secs);
  std::cerr << "ingest: read " << r.read << ", added " << r.added << ", duplicates " << r.duplicates
            << ", skipped " << r.skipped << tail << "\n";
  return r.status.ok() && r.skipped == 0 ? 0 : 1;
}

}  // namespace claimgraph::cli
