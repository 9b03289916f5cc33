// Ingest: read -> extract -> store, one transaction per batch; the extraction
// threads are one pool for the whole run.
#include "claimgraph/pipeline.h"

#include <algorithm>
#include <future>
#include <unordered_set>

#include "ingest/article_reader.h"
#include "pipeline/worker_pool.h"

namespace claimgraph {
IngestReport Ingest(const std::vector<std::string>& paths, const Extractor& extractor, Store& store,
                    const IngestOptions& options) {
  IngestReport report;
  IngestProgress progress;
  auto problem = [&](const ReadProblem& p) {
    ++report.skipped;
    if (options.on_problem) options.on_problem(p);
  };
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(paths, problem);
  for (auto& in : inputs) in.max_bytes = options.max_article_bytes;
  for (const auto& in : inputs) progress.bytes_total += in.size;

  pipeline::WorkerPool pool(extractor, pipeline::JobCount(options.jobs), /*for_store=*/true);
  // Batches move through two stages: while the workers extract batch k+1,
  // this thread stores batch k and reads on. Ids of articles read but not yet
  // committed are kept in `pending_ids`, so duplicates among them are caught.
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  std::vector<Article> pending;
  std::unordered_set<std::string> pending_ids;
  std::future<std::vector<PreparedExtraction>> in_flight;
  auto store_batch = [&](std::vector<PreparedExtraction> batch) -> bool {
    size_t added = 0;
    Status s = store.PutPrepared(batch, &added);
    for (const PreparedExtraction& x : batch) pending_ids.erase(x.extraction.article.id);
    if (!s.ok()) {
      report.status = s;
      return false;
    }
    report.added += added;
    report.duplicates += batch.size() - added;
    return true;
  };
  // Hands the pending articles to the extractors and stores the batch before them.
  auto flush = [&](bool last) -> bool {
    std::vector<PreparedExtraction> previous;
    bool have_previous = in_flight.valid();
    if (have_previous) previous = in_flight.get();
    if (!pending.empty()) {
      in_flight = pool.Extract(std::move(pending));
      pending = {};
    }
    if (have_previous && !store_batch(std::move(previous))) return false;
    if (last && in_flight.valid()) return store_batch(in_flight.get());
    return true;
  };
  auto advance = [&](size_t bytes) {
    progress.bytes_done += bytes;
    if (options.on_progress) options.on_progress(progress);
  };

  for (const auto& input : inputs) {
    bool go_on = ingest::ReadInput(
        input,
        [&](Article&& a, size_t bytes) {
          ++report.read;
          ++progress.articles_done;
          if (pending_ids.count(a.id) || store.HasArticle(a.id)) {
            ++report.duplicates;
          } else {
            pending_ids.insert(a.id);
            pending.push_back(std::move(a));
          }
          bool ok = pending.size() < batch_size || flush(false);
          advance(bytes);
          return ok;
        },
        [&](const ReadProblem& p, size_t bytes) {
          problem(p);
          advance(bytes);
        });
    if (!go_on) break;
  }
  if (report.status.ok()) flush(true);
  if (in_flight.valid()) in_flight.wait();
  return report;
}

}  // namespace claimgraph
