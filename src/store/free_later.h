// Frees what an object holds on a thread of its own, while the owner goes on: the store's
// caches (tens of thousands of small allocations after a corpus) while SQLite closes the
// file. The destructor waits for the thread.
#pragma once

#include <system_error>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>

namespace claimgraph::store {

class FreeLater {
 public:
  FreeLater() = default;
  FreeLater(const FreeLater&) = delete;
  FreeLater& operator=(const FreeLater&) = delete;
  ~FreeLater() { Wait(); }

  // Takes the objects (moved from: they are left as moved-from objects are) and destroys
  // them on a new thread; on this one when no thread can start.
  template <typename... T>
  void Free(T&&... objects) {
    static_assert((!std::is_lvalue_reference_v<T> && ...), "pass the objects with std::move");
    Wait();
    std::tuple<std::decay_t<T>...> held(std::move(objects)...);
    try {
      thread_ = std::thread([held = std::move(held)]() mutable { auto gone = std::move(held); });
    } catch (const std::system_error&) {
      // no thread: the tuple (moved into the lambda that failed to start, or not) goes here
    }
  }

  // Waits until what Free took is destroyed.
  void Wait() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::thread thread_;
};

}  // namespace claimgraph::store
