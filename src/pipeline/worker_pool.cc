#include "pipeline/worker_pool.h"

#include <algorithm>

#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
// Weak: the library is linked with mimalloc only into the programs (CMakeLists.txt), not into
// the sanitizer builds; there the symbol is null.
extern "C" __attribute__((weak)) void mi_option_set(mi_option_t option, long value);
#define CLAIMGRAPH_MIMALLOC_OPTIONS 1
#endif

namespace claimgraph::pipeline {

size_t CoreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

size_t JobCount(size_t jobs) {
  if (jobs > 0) return jobs;
  return std::min<size_t>(CoreCount(), 8);
}

namespace {
// Under mimalloc, pages that fall empty go back to the system after this long instead of
// mimalloc's 25 ms: a batch's extractions are freed together after they are stored, and the
// next batches allocate as much again, so pages given back were faulted in again. bbc/politics,
// 10 ingests in claimgraph_bench: 64,000 page faults at 25 ms, 22,000-25,000 at 250 ms,
// 19,000-20,000 at 1 s; peak RSS of `claimgraph ingest` of all bbc 104, 110, 118 MB.
constexpr long kDecommitDelayMs = 250;

void KeepFreedPagesAWhile() {
#ifdef CLAIMGRAPH_MIMALLOC_OPTIONS
  if (mi_option_set != nullptr) mi_option_set(mi_option_decommit_delay, kDecommitDelayMs);
#endif
}
}  // namespace

WorkerPool::WorkerPool(const Extractor& extractor, size_t threads, bool for_store, CpuSlots* slots)
    : extractor_(extractor), for_store_(for_store), slots_(slots) {
  KeepFreedPagesAWhile();
  for (size_t t = 0; t < std::max<size_t>(1, threads); ++t) threads_.emplace_back([this] { Work(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

std::future<std::vector<PreparedExtraction>> WorkerPool::Extract(std::vector<Article> articles) {
  std::lock_guard<std::mutex> lock(mu_);
  Batch& b = batches_.emplace_back();
  std::future<std::vector<PreparedExtraction>> f = b.done.get_future();
  if (articles.empty()) {
    b.done.set_value({});
    batches_.pop_back();
    return f;
  }
  b.articles = std::move(articles);
  b.out.resize(b.articles.size());
  b.pending = b.articles.size();
  wake_.notify_all();
  return f;
}

void WorkerPool::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    std::list<Batch>::iterator b;
    wake_.wait(lock, [&] {
      if (stop_) return true;
      b = std::find_if(batches_.begin(), batches_.end(),
                       [](const Batch& x) { return x.next < x.articles.size(); });
      return b != batches_.end();
    });
    if (stop_) return;
    size_t i = b->next++;
    lock.unlock();
    // The batch stays in the list (its articles unchanged) until its last article is done.
    PreparedExtraction x;
    {
      CpuSlots::Hold hold(slots_, /*first=*/false);
      if (for_store_) {
        x = Store::Prepare(extractor_.Extract(b->articles[i]));
      } else {
        x.extraction = extractor_.Extract(b->articles[i]);
      }
    }
    lock.lock();
    b->out[i] = std::move(x);
    if (--b->pending == 0) {
      b->done.set_value(std::move(b->out));
      batches_.erase(b);
    }
  }
}

}  // namespace claimgraph::pipeline
