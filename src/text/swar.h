// Eight bytes at a time in one 64-bit word (SWAR), for the folds' loops over names and words,
// most of them ASCII.
#pragma once

#include <cstdint>
#include <cstring>

namespace claimgraph::text {

inline uint64_t Load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline void Store8(char* p, uint64_t x) { std::memcpy(p, &x, 8); }
inline constexpr uint64_t kOnes8 = 0x0101010101010101ull;
inline constexpr uint64_t kHigh8 = 0x8080808080808080ull;

// Is one of the eight bytes of x the byte b (< 0x80)? Exact: each byte is tested without
// borrowing from its neighbours.
inline bool HasByte8(uint64_t x, unsigned char b) {
  const uint64_t y = x ^ (kOnes8 * b);  // the bytes equal to b are 0
  return ((((y & ~kHigh8) + ~kHigh8) | y) & kHigh8) != kHigh8;
}

// The eight bytes of x with A-Z lower-cased and every other byte as it is.
// REQUIRES: no byte of x is >= 0x80 ((x & kHigh8) == 0), so that no sum carries into the next.
inline uint64_t LowerAscii8(uint64_t x) {
  const uint64_t ge_a = x + kOnes8 * (0x80 - 'A');      // high bit: byte >= 'A'
  const uint64_t gt_z = x + kOnes8 * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return x | (((ge_a & ~gt_z) & kHigh8) >> 2);          // 0x80 >> 2 == 'a' - 'A'
}

}  // namespace claimgraph::text
