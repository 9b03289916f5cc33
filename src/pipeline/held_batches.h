// The batches an ingest stored that the store has not committed yet (Store::Uncommitted): a
// store failure rolls them back with the batch that failed, and the report says so.
#pragma once

#include <chrono>
#include <string>

#include "claimgraph/pipeline.h"
#include "claimgraph/store.h"

namespace claimgraph::pipeline {

// How long an ingest waits for its input before it takes it as stalled (a pipe, a FIFO): it
// then stores and commits what it has, so that a transaction held across batches
// (store/commit_policy.h) does not keep other writers of the store out meanwhile.
constexpr std::chrono::milliseconds kStalled{100};

class HeldBatches {
 public:
  // A batch was stored: `added` new articles, the first of them read from `source`.
  void Stored(const Store& store, size_t added, const std::string& source) {
    if (store.Uncommitted() == 0) {
      *this = HeldBatches();
      return;
    }
    if (!held_) source_ = source;
    held_ = true;
    added_ += added;
  }

  // Commits what the store holds (Store::Commit) and forgets it; when that fails, the report
  // says so, as for a failed batch.
  bool Commit(Store& store, IngestReport* report) {
    report->status = store.Commit();
    if (!report->status.ok()) {
      Failed("", report);
      return false;
    }
    *this = HeldBatches();
    return true;
  }

  // The store failed on the batch whose first article is from `source` (or on its final
  // Commit: ""): the batches held before it are not stored either.
  void Failed(const std::string& source, IngestReport* report) {
    report->added -= added_;
    report->stopped_at = held_ ? source_ : source;
    *this = HeldBatches();
  }

 private:
  bool held_ = false;
  size_t added_ = 0;
  std::string source_;
};

}  // namespace claimgraph::pipeline
