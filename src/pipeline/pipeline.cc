// Ingest: read -> extract -> store, one transaction per batch; the extraction
// threads are one pool for the whole run.
#include "claimgraph/pipeline.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_set>

#include "ingest/article_reader.h"
#include "pipeline/held_batches.h"
#include "pipeline/input_reader.h"
#include "pipeline/worker_pool.h"

namespace claimgraph {
namespace {
// Articles handed to the extraction threads at a time: small, so that the store can
// start on the first articles while the threads extract the next, and the last store
// of an ingest has little left to do.
constexpr size_t kChunk = 16;
// A transaction takes at least this many articles (or batch_size; fewer only at the end): a
// commit has a cost of its own (bbc/politics, 1 job: 26 commits of 16 articles at the end of
// the ingest took 40 M instructions more than 7 of 64), and it writes every page the
// transaction changed into the WAL, which the checkpoint then copies into the file: the pages
// of the indexes that every article changes were written once per commit. All of bbc, 2 jobs,
// a store of 20 MB: with 64, 34-46 MB written to the WAL and 22-37 MB copied from it (3 runs);
// with 256, 18.5-21 MB and 18-21 MB, and ~4% less CPU in all.
constexpr size_t kLeastBatch = 256;
// Once every article is read and at most this many are in flight, a transaction takes the
// chunks as they are extracted: the store keeps up with the last extractions instead of
// writing the last kLeastBatch articles after them, with the extraction threads done. (With
// more in flight, a transaction takes at least those beyond these.)
constexpr size_t kLastArticles = 128;
// How far extraction may run ahead of the store, in transactions of batch_size
// articles (memory: about this many batches of articles and extractions).
constexpr size_t kBatchesAhead = 3;
// Articles read ahead of the store's thread (by the reading thread).
constexpr size_t kReadAhead = 64;
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

  // With more threads that compute than cores (the extraction threads, and this one, which
  // stores), they take turns by CpuSlots, this thread first (pipeline/cpu_slots.h).
  const size_t jobs = pipeline::JobCount(options.jobs);
  const size_t cores = pipeline::CoreCount();
  std::unique_ptr<pipeline::CpuSlots> slots;
  if (jobs + 1 > cores) slots = std::make_unique<pipeline::CpuSlots>(cores);
  pipeline::WorkerPool pool(extractor, jobs, /*for_store=*/true, slots.get());
  // This thread takes the articles as a reading thread reads them (InputReader), hands them
  // to the extraction threads a chunk at a time (and, before each transaction, every chunk
  // read meanwhile: `feed`), and stores the extracted chunks, in order: each transaction
  // takes at least kLeastBatch articles (fewer only at the end) and the chunks that are ready after
  // them, at most batch_size articles, so that storing overlaps extracting, and a store that falls
  // behind writes larger transactions. Extraction runs at most kBatchesAhead batches ahead of the store. Ids
  // of articles read but not yet committed are kept in `pending_ids`, so duplicates
  // among them are caught. After a store failure nothing more is stored.
  const size_t batch_size = std::max<size_t>(1, options.batch_size);
  const size_t chunk = std::min(kChunk, batch_size);
  struct Chunk {
    std::future<std::vector<PreparedExtraction>> extractions;
    size_t articles;
  };
  std::vector<Article> pending;
  std::unordered_set<std::string> pending_ids;
  std::deque<Chunk> in_flight;
  size_t articles_in_flight = 0;
  pipeline::HeldBatches held;
  auto advance = [&](size_t bytes) {
    progress.bytes_done += bytes;
    if (options.on_progress) options.on_progress(progress);
  };
  // The articles are read on a thread of their own, in order; this thread takes them.
  std::optional<pipeline::InputReader> reader;
  // An item read: a problem is reported, an article not stored nor pending joins `pending`.
  auto take = [&](pipeline::InputReader::Item& item) {
    if (!item.is_article) {
      problem(item.problem);
      advance(item.bytes);
      return;
    }
    Article& a = item.article;
    ++report.read;
    ++progress.articles_done;
    if (pending_ids.count(a.id) || store.HasArticle(a.id)) {
      ++report.duplicates;
    } else {
      pending_ids.insert(a.id);
      pending.push_back(std::move(a));
    }
    advance(item.bytes);
  };
  // Hands the pending articles to the extraction threads.
  auto hand = [&] {
    if (pending.empty()) return;
    const size_t n = pending.size();
    articles_in_flight += n;
    in_flight.push_back({pool.Extract(std::move(pending)), n});
    pending = {};
  };
  // Before a transaction: hands the extraction threads, in whole chunks, the articles read
  // already (without waiting for more), up to kBatchesAhead batches in flight, so that they
  // have work while this thread stores. (Without it they had only the chunks handed since the
  // last transaction beyond the ones it takes, often one: all of bbc, 2 jobs, on a loaded
  // machine, the extraction threads waited 340 ms for articles in all, now 7-20 ms.)
  auto feed = [&] {
    pipeline::InputReader::Item item;
    while (reader && articles_in_flight + pending.size() < kBatchesAhead * batch_size &&
           reader->TryNext(&item)) {
      take(item);
      if (pending.size() >= chunk) hand();
    }
  };
  auto ready = [](const Chunk& c) {
    return c.extractions.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  };
  // Articles extracted at the front, in whole chunks, up to batch_size.
  auto ready_articles = [&] {
    size_t n = 0;
    for (const Chunk& c : in_flight) {
      if (n + c.articles > batch_size || !ready(c)) break;
      n += c.articles;
    }
    return n;
  };
  // Stores the chunks at the front, up to batch_size articles, in one transaction: at least
  // kLeastBatch articles (or batch_size, or all in flight; a chunk among the last articles),
  // and then the chunks that are ready after them. With `wait`, waits for the least; without,
  // stores only when it is ready. `all_read`: the inputs are read.
  auto store_ready = [&](bool wait, bool all_read) -> bool {
    // (whole chunks: with a batch size of 40 and chunks of 16, 32 articles is a full batch)
    size_t least = std::min({kLeastBatch, std::max(chunk, batch_size / chunk * chunk), articles_in_flight});
    if (all_read)
      least = articles_in_flight <= kLastArticles ? std::min(chunk, articles_in_flight)
                                                  : std::min(least, articles_in_flight - kLastArticles);
    if (in_flight.empty() || (!wait && ready_articles() < least)) return true;
    std::vector<PreparedExtraction> batch;
    do {
      std::vector<PreparedExtraction> done = in_flight.front().extractions.get();
      articles_in_flight -= in_flight.front().articles;
      in_flight.pop_front();
      if (batch.empty()) {
        batch = std::move(done);
      } else {
        for (PreparedExtraction& x : done) batch.push_back(std::move(x));
      }
    } while (!in_flight.empty() && batch.size() + in_flight.front().articles <= batch_size &&
             (batch.size() < least || ready(in_flight.front())));
    feed();
    size_t added = 0;
    Status s;
    {
      pipeline::CpuSlots::Hold hold(slots.get(), /*first=*/true);
      s = store.PutPrepared(batch, &added);
    }
    for (const PreparedExtraction& x : batch) pending_ids.erase(x.extraction.article.id);
    const std::string& source = batch.empty() ? std::string() : batch.front().extraction.article.source;
    if (!s.ok()) {
      report.status = s;
      held.Failed(source, &report);
      return false;
    }
    report.added += added;
    report.duplicates += batch.size() - added;
    held.Stored(store, added, source);
    return true;
  };
  // Hands the pending articles to the extractors, then stores what is ready, waiting
  // only while too much is in flight (last: stores everything).
  auto flush = [&](bool last) -> bool {
    hand();
    while (!in_flight.empty() && (last || articles_in_flight > kBatchesAhead * batch_size))
      if (!store_ready(/*wait=*/true, last)) return false;
    return store_ready(/*wait=*/false, last);
  };

  {
    reader.emplace(std::move(inputs), kReadAhead);
    pipeline::InputReader::Item item;
    // false after a store failure: the ingest stops there, without waiting for more input
    auto stalled = [&] {
      if (report.status.ok() && flush(/*last=*/true) && store.Uncommitted() > 0) held.Commit(store, &report);
      return report.status.ok();
    };
    while (reader->Next(&item, pipeline::kStalled, stalled) && report.status.ok()) {
      take(item);
      if (pending.size() >= chunk && !flush(false)) break;
    }
    reader.reset();
  }
  if (report.status.ok()) {
    store.LastBatches();
    flush(true);
  }
  if (report.status.ok()) held.Commit(store, &report);
  // After a failure the batches still in flight are dropped (the pool finishes the
  // articles in hand when it is destroyed).
  return report;
}

}  // namespace claimgraph
