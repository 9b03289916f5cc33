#include "pipeline/cpu_slots.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using claimgraph::pipeline::CpuSlots;

namespace {

// Waits (yielding) until `n` threads wait in slots.Acquire.
void UntilWaiting(CpuSlots& slots, size_t n) {
  while (slots.Waiting() < n) std::this_thread::yield();
}

}  // namespace

TEST_CASE("CPU slots: the thread that asks first gets a freed slot before the others", "[pipeline][slots]") {
  CpuSlots slots(1);
  slots.Acquire(false);  // an extraction thread holds the only slot
  std::mutex mu;
  std::vector<std::string> order;
  auto take = [&](bool first, const char* who) {
    slots.Acquire(first);
    {
      std::lock_guard<std::mutex> lock(mu);
      order.push_back(who);
    }
    slots.Release();
  };
  std::thread extractor1([&] { take(false, "extractor 1"); });
  UntilWaiting(slots, 1);
  std::thread writer([&] { take(true, "writer"); });
  UntilWaiting(slots, 2);
  std::thread extractor2([&] { take(false, "extractor 2"); });
  UntilWaiting(slots, 3);
  slots.Release();
  extractor1.join();
  writer.join();
  extractor2.join();
  REQUIRE(order.size() == 3);
  CHECK(order[0] == "writer");  // though extractor 1 waited longer
}

TEST_CASE("CPU slots: as many threads hold slots at once as there are slots", "[pipeline][slots]") {
  CpuSlots slots(2);
  slots.Acquire(false);
  slots.Acquire(true);
  std::atomic<bool> third_holds{false};
  std::thread third([&] {
    slots.Acquire(false);
    third_holds = true;
    slots.Release();
  });
  // until the third waits, or (with a third slot given out) holds one
  while (slots.Waiting() < 1 && !third_holds) std::this_thread::yield();
  CHECK_FALSE(third_holds);  // both slots are held: the third waits
  slots.Release();
  third.join();
  CHECK(third_holds);  // and has the slot left
  CHECK(slots.Waiting() == 0);
  slots.Release();
  {
    CpuSlots::Hold none(nullptr, true);  // no slots: nothing to wait for
  }
}
