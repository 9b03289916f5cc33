#include "pipeline/worker_pool.h"

#include <algorithm>

namespace claimgraph::pipeline {

size_t JobCount(size_t jobs) {
  if (jobs > 0) return jobs;
  return std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 8);
}

WorkerPool::WorkerPool(const Extractor& extractor, size_t threads, bool for_store)
    : extractor_(extractor), for_store_(for_store) {
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
    if (for_store_) {
      x = Store::Prepare(extractor_.Extract(b->articles[i]));
    } else {
      x.extraction = extractor_.Extract(b->articles[i]);
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
