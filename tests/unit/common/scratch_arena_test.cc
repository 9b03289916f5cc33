// ScratchArena: a call's scratch maps take the thread's buffer again on the next call, and an
// arena made while another is live on the thread never shares its memory.
#include "common/scratch_arena.h"

#include <catch2/catch.hpp>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include <cstring>
#include <string>
#include <string_view>

using claimgraph::Keep;
using claimgraph::ScratchArena;
using claimgraph::ScratchTextMap;

namespace {

bool Overlap(const char* a, size_t na, const char* b, size_t nb) { return a < b + nb && b < a + na; }

}  // namespace

TEST_CASE("a scratch arena reuses the thread's buffer; one made inside another gets memory of its own",
          "[scratch_arena]") {
  void* first = nullptr;
  {
    ScratchArena arena;
    first = arena.resource()->allocate(64, 8);
    // more than the buffer holds: the rest comes from the heap, and the buffer is still there next time
    void* big = arena.resource()->allocate(200 * 1024, 8);
    std::memset(big, 1, 200 * 1024);
  }
  {
    ScratchArena again;
    CHECK(again.resource()->allocate(64, 8) == first);
  }
  ScratchArena outer;
  char* a = static_cast<char*>(outer.resource()->allocate(4096, 8));
  {
    ScratchArena inner;
    char* b = static_cast<char*>(inner.resource()->allocate(4096, 8));
    CHECK_FALSE(Overlap(a, 4096, b, 4096));
    std::memset(b, 2, 4096);
  }
  std::memset(a, 3, 4096);
  CHECK(a[4095] == 3);
}

TEST_CASE("a scratch text map keys by copies kept in the arena and finds by any string", "[scratch_arena]") {
  ScratchArena arena;
  ScratchTextMap<int> map(arena.resource());
  std::string key = "house intelligence committee";
  map.emplace(Keep(arena.resource(), key), 7);
  key.assign(key.size(), 'x');  // the map holds its own copy
  CHECK(map.count("house intelligence committee") == 1);
  CHECK(map.find(std::string("house intelligence committee"))->second == 7);
  CHECK(map.count(key) == 0);
  CHECK(Keep(arena.resource(), "").empty());
}

#if defined(__SANITIZE_ADDRESS__)
TEST_CASE("under AddressSanitizer a scratch arena's memory is poisoned once the arena is gone",
          "[scratch_arena]") {
  // a view kept past its article would read the next article's scratch without it
  const char* kept = nullptr;
  {
    ScratchArena arena;
    std::string_view key = Keep(arena.resource(), "Zelenskyy");
    CHECK(__asan_region_is_poisoned(const_cast<char*>(key.data()), key.size()) == nullptr);
    kept = key.data();
  }
  CHECK(__asan_address_is_poisoned(kept));
  ScratchArena again;
  CHECK_FALSE(__asan_address_is_poisoned(kept));  // the buffer is the next arena's again
}
#endif
