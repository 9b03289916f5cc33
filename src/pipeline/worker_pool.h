// A persistent pool of extraction threads, made once per Ingest / extract
// stream and fed batches of articles (no threads started per batch).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <future>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

#include "claimgraph/extractor.h"
#include "claimgraph/store.h"
#include "pipeline/cpu_slots.h"

namespace claimgraph::pipeline {

// The machine's cores, at least 1 (std::thread::hardware_concurrency may say 0).
size_t CoreCount();
// The number of extraction threads for `jobs` (0: one per core, at most 8).
size_t JobCount(size_t jobs);

class WorkerPool {
 public:
  // for_store: each extraction is also prepared for the store (Store::Prepare) on the
  // pool's threads. slots: if not null, each article is extracted holding one of them.
  WorkerPool(const Extractor& extractor, size_t threads, bool for_store, CpuSlots* slots = nullptr);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Extracts `articles` on the pool's threads, each taking the next article not
  // yet taken; the result keeps their order. Batches may be queued before the
  // earlier ones are done (the caller bounds how many): the threads take the
  // articles of the earliest batch first.
  std::future<std::vector<PreparedExtraction>> Extract(std::vector<Article> articles);

 private:
  struct Batch {
    std::vector<Article> articles;
    std::vector<PreparedExtraction> out;
    size_t next = 0;     // next article to take
    size_t pending = 0;  // articles not yet finished
    std::promise<std::vector<PreparedExtraction>> done;
  };
  void Work();

  const Extractor& extractor_;
  const bool for_store_;
  CpuSlots* const slots_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::list<Batch> batches_;  // queued and in hand, in order; a batch leaves when done
  std::vector<std::thread> threads_;
};

}  // namespace claimgraph::pipeline
