#include "pipeline/cpu_slots.h"

#include <algorithm>

namespace claimgraph::pipeline {

CpuSlots::CpuSlots(size_t slots) : free_(std::max<size_t>(1, slots)) {}

void CpuSlots::Acquire(bool first) {
  std::unique_lock<std::mutex> lock(mu_);
  ++waiting_;
  bool wake = false;
  if (first) {
    ++waiting_first_;
    freed_.wait(lock, [this] { return free_ > 0; });
    --waiting_first_;
    // the others held back while this one waited may take what is left (review: one slot stayed
    // free through a whole transaction when they had gone back to sleep)
    wake = waiting_first_ == 0 && free_ > 1;
  } else {
    freed_.wait(lock, [this] { return free_ > 0 && waiting_first_ == 0; });
  }
  --waiting_;
  --free_;
  if (wake) {
    lock.unlock();
    freed_.notify_all();
  }
}

void CpuSlots::Release() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++free_;
  }
  freed_.notify_all();
}

size_t CpuSlots::Waiting() {
  std::lock_guard<std::mutex> lock(mu_);
  return waiting_;
}

}  // namespace claimgraph::pipeline
