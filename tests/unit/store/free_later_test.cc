#include "store/free_later.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>

namespace {

// Records the thread that destroys it (the last of its copies).
struct Witness {
  std::shared_ptr<std::atomic<std::thread::id>> freed_on = std::make_shared<std::atomic<std::thread::id>>();
  Witness() = default;
  Witness(Witness&& o) noexcept = default;
  Witness& operator=(Witness&&) noexcept = default;
  ~Witness() {
    if (freed_on && freed_on.use_count() == 2) freed_on->store(std::this_thread::get_id());
  }
};

}  // namespace

TEST_CASE("FreeLater destroys what it takes on another thread, done when it is destroyed", "[store]") {
  Witness w;
  auto freed_on = w.freed_on;
  std::unordered_map<std::string, int> cache;
  for (int i = 0; i < 1000; ++i) cache.emplace("a key long enough to be allocated " + std::to_string(i), i);
  {
    claimgraph::store::FreeLater later;
    later.Free(std::move(w), std::move(cache));
  }
  CHECK(freed_on->load() != std::thread::id());
  CHECK(freed_on->load() != std::this_thread::get_id());
}
