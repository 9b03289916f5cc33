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
// Articles read ahead of the store's thread (by the reading thread, which reads on, once they
// wait, when half are taken): before each transaction the store's thread hands them to the
// extraction threads (IngestRun::Feed). All of bbc, 2 jobs, 5 alternating runs on a loaded
// machine: 64 read ahead and a wakeup of the reading thread for each article taken, 1216-2112
// context switches (median 1324) and in 2 of 7 runs the extraction threads idle 210-223 ms in
// all, waiting for articles (median 28); 256 and wakeups at half, 687-885 (778), and 20-47 ms.
constexpr size_t kReadAhead = 256;
// ... and at most this many bytes of article text (256 articles may be up to
// --max-article-bytes each, 4 MiB by default: 1 GiB): 2,000 bbc articles are 5 MB.
constexpr size_t kReadAheadBytes = size_t{16} << 20;

// One ingest. This thread takes the articles as a reading thread reads them (InputReader), hands
// them to the extraction threads a chunk at a time (and, before each transaction, every chunk
// read meanwhile: Feed), and stores the extracted chunks, in order: each transaction takes at
// least kLeastBatch articles (fewer only at the end) and the chunks that are ready after them,
// at most batch_size articles, so that storing overlaps extracting, and a store that falls
// behind writes larger transactions. Extraction runs at most kBatchesAhead batches ahead of the
// store. Ids of articles read but not yet committed are kept in `pending_ids_`, so duplicates
// among them are caught. After a store failure nothing more is stored.
class IngestRun {
 public:
  IngestRun(const Extractor& extractor, claimgraph::Store& store, const IngestOptions& options,
            pipeline::CpuSlots* slots, size_t jobs)
      : store_(store),
        options_(options),
        slots_(slots),
        pool_(extractor, jobs, /*for_store=*/true, slots),
        batch_size_(std::max<size_t>(1, options.batch_size)),
        chunk_(std::min(kChunk, batch_size_)) {}

  IngestReport Run(const std::vector<std::string>& paths);

 private:
  struct Chunk {
    std::future<std::vector<PreparedExtraction>> extractions;
    size_t articles;
  };

  void Problem(const ReadProblem& p) {
    ++report_.skipped;
    if (options_.on_problem) options_.on_problem(p);
  }
  void Advance(size_t bytes) {
    progress_.bytes_done += bytes;
    if (options_.on_progress) options_.on_progress(progress_);
  }
  void Take(pipeline::InputReader::Item& item);
  void Hand();
  void Feed();
  size_t ReadyArticles() const;
  bool StoreReady(bool wait, bool all_read);
  bool Write(std::vector<PreparedExtraction>& batch);
  bool Flush(bool last);

  static bool Ready(const Chunk& c) {
    return c.extractions.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }

  claimgraph::Store& store_;
  const IngestOptions& options_;
  pipeline::CpuSlots* const slots_;
  pipeline::WorkerPool pool_;
  const size_t batch_size_;
  const size_t chunk_;
  IngestReport report_;
  IngestProgress progress_;
  std::vector<Article> pending_;
  std::unordered_set<std::string> pending_ids_;
  std::deque<Chunk> in_flight_;
  size_t articles_in_flight_ = 0;
  pipeline::HeldBatches held_;
  // The articles are read on a thread of their own, in order; this thread takes them.
  std::optional<pipeline::InputReader> reader_;
};

// An item read: a problem is reported, an article not stored nor pending joins `pending_`.
void IngestRun::Take(pipeline::InputReader::Item& item) {
  if (!item.is_article) {
    Problem(item.problem);
    Advance(item.bytes);
    return;
  }
  Article& a = item.article;
  ++report_.read;
  ++progress_.articles_done;
  if (pending_ids_.count(a.id) || store_.HasArticle(a.id)) {
    ++report_.duplicates;
  } else {
    pending_ids_.insert(a.id);
    pending_.push_back(std::move(a));
  }
  Advance(item.bytes);
}

// Hands the pending articles to the extraction threads.
void IngestRun::Hand() {
  if (pending_.empty()) return;
  const size_t n = pending_.size();
  articles_in_flight_ += n;
  in_flight_.push_back({pool_.Extract(std::move(pending_)), n});
  pending_ = {};
}

// Before a transaction: hands the extraction threads, in whole chunks, the articles read
// already (without waiting for more), up to kBatchesAhead batches in flight, so that they
// have work while this thread stores. (Without it they had only the chunks handed since the
// last transaction beyond the ones it takes, often one: all of bbc, 2 jobs, on a loaded
// machine, the extraction threads waited 340 ms for articles in all, now 7-20 ms.)
void IngestRun::Feed() {
  pipeline::InputReader::Item item;
  while (reader_ && articles_in_flight_ + pending_.size() < kBatchesAhead * batch_size_ &&
         reader_->TryNext(&item)) {
    Take(item);
    if (pending_.size() >= chunk_) Hand();
  }
}

// Articles extracted at the front, in whole chunks, up to batch_size.
size_t IngestRun::ReadyArticles() const {
  size_t n = 0;
  for (const Chunk& c : in_flight_) {
    if (n + c.articles > batch_size_ || !Ready(c)) break;
    n += c.articles;
  }
  return n;
}

// Stores the chunks at the front, up to batch_size articles, in one transaction: at least
// kLeastBatch articles (or batch_size, or all in flight; a chunk among the last articles),
// and then the chunks that are ready after them. With `wait`, waits for the least; without,
// stores only when it is ready. `all_read`: the inputs are read.
bool IngestRun::StoreReady(bool wait, bool all_read) {
  // (whole chunks: with a batch size of 40 and chunks of 16, 32 articles is a full batch)
  size_t least =
      std::min({kLeastBatch, std::max(chunk_, batch_size_ / chunk_ * chunk_), articles_in_flight_});
  if (all_read)
    least = articles_in_flight_ <= kLastArticles ? std::min(chunk_, articles_in_flight_)
                                                 : std::min(least, articles_in_flight_ - kLastArticles);
  if (in_flight_.empty() || (!wait && ReadyArticles() < least)) return true;
  std::vector<PreparedExtraction> batch;
  do {
    std::vector<PreparedExtraction> done = in_flight_.front().extractions.get();
    articles_in_flight_ -= in_flight_.front().articles;
    in_flight_.pop_front();
    if (batch.empty()) {
      batch = std::move(done);
    } else {
      for (PreparedExtraction& x : done) batch.push_back(std::move(x));
    }
  } while (!in_flight_.empty() && batch.size() + in_flight_.front().articles <= batch_size_ &&
           (batch.size() < least || Ready(in_flight_.front())));
  Feed();
  return Write(batch);
}

// Stores `batch` in a transaction; false on a store failure (the report says so).
bool IngestRun::Write(std::vector<PreparedExtraction>& batch) {
  size_t added = 0;
  Status s;
  {
    pipeline::CpuSlots::Hold hold(slots_, /*first=*/true);
    s = store_.PutPrepared(batch, &added);
  }
  for (const PreparedExtraction& x : batch) pending_ids_.erase(x.extraction.article.id);
  const std::string& source = batch.empty() ? std::string() : batch.front().extraction.article.source;
  if (!s.ok()) {
    report_.status = s;
    held_.Failed(source, &report_);
    return false;
  }
  report_.added += added;
  report_.duplicates += batch.size() - added;
  held_.Stored(store_, added, source);
  return true;
}

// Hands the pending articles to the extractors, then stores what is ready, waiting
// only while too much is in flight (last: stores everything).
bool IngestRun::Flush(bool last) {
  Hand();
  while (!in_flight_.empty() && (last || articles_in_flight_ > kBatchesAhead * batch_size_))
    if (!StoreReady(/*wait=*/true, last)) return false;
  return StoreReady(/*wait=*/false, last);
}

IngestReport IngestRun::Run(const std::vector<std::string>& paths) {
  std::vector<ingest::InputFile> inputs =
      ingest::ListInputs(paths, [this](const ReadProblem& p) { Problem(p); });
  for (auto& in : inputs) in.max_bytes = options_.max_article_bytes;
  for (const auto& in : inputs) progress_.bytes_total += in.size;
  {
    reader_.emplace(std::move(inputs), kReadAhead, kReadAheadBytes);
    pipeline::InputReader::Item item;
    // false after a store failure: the ingest stops there, without waiting for more input
    auto stalled = [&] {
      if (report_.status.ok() && Flush(/*last=*/true) && store_.Uncommitted() > 0)
        held_.Commit(store_, &report_);
      return report_.status.ok();
    };
    while (reader_->Next(&item, pipeline::kStalled, stalled) && report_.status.ok()) {
      Take(item);
      if (pending_.size() >= chunk_ && !Flush(false)) break;
    }
    reader_.reset();
  }
  if (report_.status.ok()) {
    store_.LastBatches();
    Flush(true);
  }
  if (report_.status.ok()) held_.Commit(store_, &report_);
  // After a failure the batches still in flight are dropped (the pool finishes the
  // articles in hand when it is destroyed).
  return report_;
}

}  // namespace

IngestReport Ingest(const std::vector<std::string>& paths, const Extractor& extractor, Store& store,
                    const IngestOptions& options) {
  // With more threads that compute than cores (the extraction threads, and this one, which
  // stores), they take turns by CpuSlots, this thread first (pipeline/cpu_slots.h).
  const size_t jobs = pipeline::JobCount(options.jobs);
  const size_t cores = pipeline::CoreCount();
  std::unique_ptr<pipeline::CpuSlots> slots;
  if (jobs + 1 > cores) slots = std::make_unique<pipeline::CpuSlots>(cores);
  return IngestRun(extractor, store, options, slots.get(), jobs).Run(paths);
}

}  // namespace claimgraph
