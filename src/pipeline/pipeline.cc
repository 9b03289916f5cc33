// Ingest: read -> extract -> store, one transaction per batch; the extraction
// threads are one pool for the whole run.
#include "claimgraph/pipeline.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <unordered_set>

#include "ingest/article_reader.h"
#include "pipeline/worker_pool.h"

namespace claimgraph {
namespace {
// How many batches the extraction threads may be given before the oldest is stored:
// extraction runs ahead of the store by at most this many batches (memory: about this
// many batches of articles and extractions).
constexpr size_t kBatchesAhead = 3;
}  // namespace

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
  // This thread reads articles and hands them to the extraction threads a batch at a
  // time, and stores each batch, in order, once it is extracted: while it reads and
  // stores, the threads extract up to kBatchesAhead batches ahead. Ids of articles read
  // but not yet committed are kept in `pending_ids`, so duplicates among them are caught.
  // After a store failure nothing more is stored.
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  std::vector<Article> pending;
  std::unordered_set<std::string> pending_ids;
  std::deque<std::future<std::vector<PreparedExtraction>>> in_flight;
  auto store_oldest = [&]() -> bool {
    std::vector<PreparedExtraction> batch = in_flight.front().get();
    in_flight.pop_front();
    size_t added = 0;
    Status s = store.PutPrepared(batch, &added);
    for (const PreparedExtraction& x : batch) pending_ids.erase(x.extraction.article.id);
    if (!s.ok()) {
      report.status = s;
      if (!batch.empty()) report.stopped_at = batch.front().extraction.article.source;
      return false;
    }
    report.added += added;
    report.duplicates += batch.size() - added;
    return true;
  };
  auto ready = [](const std::future<std::vector<PreparedExtraction>>& f) {
    return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  };
  // Hands the pending articles to the extractors, then stores the batches already
  // extracted, waiting for the oldest only when too many are in flight (all: last).
  auto flush = [&](bool last) -> bool {
    if (!pending.empty()) {
      in_flight.push_back(pool.Extract(std::move(pending)));
      pending = {};
    }
    while (!in_flight.empty() && (last || in_flight.size() > kBatchesAhead || ready(in_flight.front())))
      if (!store_oldest()) return false;
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
  // After a failure the batches still in flight are dropped (the pool finishes the
  // articles in hand when it is destroyed).
  return report;
}

}  // namespace claimgraph
