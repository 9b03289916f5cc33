// How many of an ingest's threads compute at once: its extraction threads and the one that
// writes the store, on a machine with fewer cores than threads.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace claimgraph::pipeline {

// A count of slots, one per core. The writer takes one for each transaction, an extraction
// thread for each article, and the writer goes first: no extraction thread takes a slot while
// the writer waits for one (it has it as soon as an article in hand is done). Without it, 2
// extraction threads and the writer on 2 cores each had two thirds of a core, the writer fell
// behind, and the transactions it had left when extraction ended ran with one core idle.
//
// Thread-safe.
class CpuSlots {
 public:
  explicit CpuSlots(size_t slots);
  CpuSlots(const CpuSlots&) = delete;
  CpuSlots& operator=(const CpuSlots&) = delete;

  // Waits for a free slot and takes it; `first`: before every thread that waits without.
  void Acquire(bool first);
  void Release();
  // Threads waiting in Acquire (for tests).
  size_t Waiting();

  // Holds a slot for its lifetime (none with a null CpuSlots).
  class Hold {
   public:
    Hold(CpuSlots* slots, bool first) : slots_(slots) {
      if (slots_) slots_->Acquire(first);
    }
    ~Hold() {
      if (slots_) slots_->Release();
    }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    CpuSlots* slots_;
  };

 private:
  std::mutex mu_;
  std::condition_variable freed_;
  size_t free_;
  size_t waiting_first_ = 0;
  size_t waiting_ = 0;
};

}  // namespace claimgraph::pipeline
