// ScratchArena: memory for the maps, sets and keys one call builds and drops (an article's
// resolution indexes), taken from a buffer the thread keeps and reuses, bumped and never
// freed one by one: a few hundred mallocs and frees per article become none (issue 12).
//
// What is allocated stays valid until the arena is destroyed. One thread only. A second arena
// live on the same thread at once (a nested call) does not share the buffer: it takes its
// memory from the heap, in growing blocks, and gives it back when destroyed. Under
// AddressSanitizer the thread's buffer is poisoned while no arena holds it: a view that
// outlives its arena (kept past the article) is reported where it is read.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <memory_resource>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define CLAIMGRAPH_SCRATCH_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define CLAIMGRAPH_SCRATCH_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define CLAIMGRAPH_SCRATCH_POISON(p, n) ((void)(p), (void)(n))
#define CLAIMGRAPH_SCRATCH_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace claimgraph {

class ScratchArena {
 public:
  ScratchArena() {
    Buffer& b = ThreadBuffer();
    if (b.busy) {
      res_.emplace(std::pmr::new_delete_resource());
      return;
    }
    b.busy = true;
    owner_ = &b;
    CLAIMGRAPH_SCRATCH_UNPOISON(b.data.get(), kBufferSize);
    // (what does not fit takes heap blocks, freed when the arena is destroyed)
    res_.emplace(b.data.get(), kBufferSize, std::pmr::new_delete_resource());
  }
  ~ScratchArena() {
    res_.reset();
    if (owner_ != nullptr) {
      CLAIMGRAPH_SCRATCH_POISON(owner_->data.get(), kBufferSize);
      owner_->busy = false;
    }
  }
  ScratchArena(const ScratchArena&) = delete;
  ScratchArena& operator=(const ScratchArena&) = delete;

  std::pmr::memory_resource* resource() { return &*res_; }

 private:
  // 64 KB: the resolution of a long article (a few hundred mentions) fits
  static constexpr size_t kBufferSize = 64 * 1024;
  struct Buffer {
    Buffer() { CLAIMGRAPH_SCRATCH_POISON(data.get(), kBufferSize); }
    ~Buffer() { CLAIMGRAPH_SCRATCH_UNPOISON(data.get(), kBufferSize); }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    std::unique_ptr<std::byte[]> data = std::make_unique_for_overwrite<std::byte[]>(kBufferSize);
    bool busy = false;
  };
  static Buffer& ThreadBuffer() {
    thread_local Buffer buffer;
    return buffer;
  }

  Buffer* owner_ = nullptr;
  std::optional<std::pmr::monotonic_buffer_resource> res_;
};

// Maps and sets keyed by text in an arena: their keys are views of bytes that Keep copied into
// it (or of text that outlives the map). (std::hash<std::string_view> is the hash of
// std::string, and libstdc++ keeps each node's hash and scans a small table without hashing,
// as for std::string keys; a transparent hash over std::pmr::string keys would do neither.)
template <class V>
using ScratchTextMap = std::pmr::unordered_map<std::string_view, V>;
using ScratchTextSet = std::pmr::unordered_set<std::string_view>;

// A copy of s in `arena`, valid as long as the arena.
inline std::string_view Keep(std::pmr::memory_resource* arena, std::string_view s) {
  if (s.empty()) return {};
  char* at = static_cast<char*>(arena->allocate(s.size(), 1));
  std::memcpy(at, s.data(), s.size());
  return {at, s.size()};
}

}  // namespace claimgraph
