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
  std::future<std::vector<PreparedExtraction>> f;
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = std::promise<std::vector<PreparedExtraction>>();
    f = done_.get_future();
    if (articles.empty()) {
      done_.set_value({});
      return f;
    }
    articles_ = std::move(articles);
    out_.assign(articles_.size(), PreparedExtraction());
    next_ = 0;
    pending_ = articles_.size();
  }
  wake_.notify_all();
  return f;
}

void WorkerPool::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [&] { return stop_ || next_ < articles_.size(); });
    if (stop_) return;
    size_t i = next_++;
    lock.unlock();
    PreparedExtraction x;
    if (for_store_) {
      x = Store::Prepare(extractor_.Extract(articles_[i]));
    } else {
      x.extraction = extractor_.Extract(articles_[i]);
    }
    lock.lock();
    out_[i] = std::move(x);
    if (--pending_ == 0) {
      articles_.clear();
      next_ = 0;
      done_.set_value(std::move(out_));
      out_ = {};
    }
  }
}

}  // namespace claimgraph::pipeline
