#include "pipeline/cpu_slots.h"

#include <algorithm>

namespace claimgraph::pipeline {

CpuSlots::CpuSlots(size_t slots) : free_(std::max<size_t>(1, slots)) {}

void CpuSlots::Acquire(bool first) {
  std::unique_lock<std::mutex> lock(mu_);
  ++waiting_;
  if (first) {
    ++waiting_first_;
    freed_.wait(lock, [this] { return free_ > 0; });
    --waiting_first_;
  } else {
    freed_.wait(lock, [this] { return free_ > 0 && waiting_first_ == 0; });
  }
  --waiting_;
  --free_;
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
