// Streaming: extraction lines out (extract --jsonl) and back in (ingest --extracted).

#include <filesystem>
#include <future>
#include <unordered_set>

#include "claimgraph/export.h"
#include "claimgraph/pipeline.h"
#include "ingest/article_reader.h"
#include "pipeline/held_batches.h"
#include "pipeline/line_reader.h"
#include "pipeline/worker_pool.h"

namespace claimgraph {

IngestReport ExtractEach(const std::vector<std::string>& paths, bool stdin_json_lines,
                         const Extractor& extractor, const IngestOptions& options,
                         const std::function<void(const Extraction&)>& on_extraction) {
  IngestReport report;
  IngestProgress progress;
  auto problem = [&](const ReadProblem& p) {
    ++report.skipped;
    if (options.on_problem) options.on_problem(p);
  };
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(paths, problem);
  for (auto& in : inputs) in.max_bytes = options.max_article_bytes;
  for (auto& in : inputs) {
    if (in.path == "-" && stdin_json_lines) in.json_lines = true;
    progress.bytes_total += in.size;
  }
  // While the pool extracts batch k+1, this thread writes batch k.
  pipeline::WorkerPool pool(extractor, pipeline::JobCount(options.jobs), /*for_store=*/false);
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  std::vector<Article> pending;
  std::future<std::vector<PreparedExtraction>> in_flight;
  auto flush = [&](bool last) {
    std::vector<PreparedExtraction> previous;
    if (in_flight.valid()) previous = in_flight.get();
    if (!pending.empty()) in_flight = pool.Extract(std::move(pending));
    pending = {};
    for (const PreparedExtraction& x : previous) on_extraction(x.extraction);
    if (last && in_flight.valid())
      for (const PreparedExtraction& x : in_flight.get()) on_extraction(x.extraction);
  };
  for (const auto& input : inputs) {
    ingest::ReadInput(
        input,
        [&](Article&& a, size_t bytes) {
          ++report.read;
          ++progress.articles_done;
          pending.push_back(std::move(a));
          if (pending.size() >= batch_size) flush(false);
          progress.bytes_done += bytes;
          if (options.on_progress) options.on_progress(progress);
          return true;
        },
        [&](const ReadProblem& p, size_t bytes) {
          problem(p);
          progress.bytes_done += bytes;
        });
  }
  flush(true);
  report.added = report.read;
  return report;
}

IngestReport IngestExtracted(const std::vector<std::string>& files, Store& store,
                             const IngestOptions& options) {
  IngestReport report;
  IngestProgress progress;
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  std::vector<Extraction> batch;
  std::unordered_set<std::string> batch_ids;
  pipeline::HeldBatches held;
  auto problem = [&](const std::string& source, size_t line, const std::string& message) {
    ++report.skipped;
    if (options.on_problem) options.on_problem(ReadProblem{source, line, message});
  };
  auto store_batch = [&] {
    if (batch.empty() || !report.status.ok()) return;
    size_t added = 0;
    report.status = store.PutBatch(batch, &added);
    if (report.status.ok()) {
      report.added += added;
      report.duplicates += batch.size() - added;
      held.Stored(store, added, batch.front().article.source);
    } else {
      held.Failed(batch.front().article.source, &report);
    }
    batch.clear();
    batch_ids.clear();
  };
  // A stream may stall between lines ("-", a FIFO): a transaction held open across batches
  // would keep every other writer of the store out meanwhile, so each batch commits, and
  // when the stream stalls (pipeline::kStalled), what was read is stored and committed.
  auto commit_held = [&] {
    if (report.status.ok() && store.Uncommitted() > 0) held.Commit(store, &report);
  };
  // false after a store failure: nothing more is read (nor waited for)
  auto stalled = [&] {
    store_batch();
    commit_held();
    return report.status.ok();
  };
  for (const std::string& file : files) {
    if (!report.status.ok()) break;
    std::error_code ec;
    const bool stream = file == "-" || !std::filesystem::is_regular_file(file, ec);
    std::string error;
    bool ok = pipeline::ForEachLine(
        file, pipeline::kStalled,
        [&](std::string_view line, size_t number) {
          progress.bytes_done += line.size() + 1;
          Result<Extraction> x = ExtractionFromJsonLine(line);
          if (!x.ok()) {
            problem(file, number, x.status().message());
            return true;
          }
          ++report.read;
          ++progress.articles_done;
          const std::string& id = x.value().article.id;
          if (batch_ids.count(id) || store.HasArticle(id)) {
            ++report.duplicates;
          } else {
            batch_ids.insert(id);
            batch.push_back(std::move(x).value());
            if (batch.size() >= batch_size) {
              store_batch();
              if (stream) commit_held();
            }
          }
          if (options.on_progress) options.on_progress(progress);
          return report.status.ok();
        },
        stalled, &error);
    if (!ok) problem(file, 0, error.substr(file.size() + 2));
  }
  store_batch();
  if (report.status.ok()) held.Commit(store, &report);
  return report;
}

}  // namespace claimgraph
