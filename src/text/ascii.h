// Byte classes for the tokenizers' inner loops over ASCII text (most of news text).
#pragma once

namespace claimgraph::text {

// ASCII letters and digits by byte, false for every byte >= 0x80 (a lead or continuation
// byte of a longer code point): one table entry a byte where the loops over runs of ASCII
// word characters tested ranges.
inline constexpr struct AsciiAlnumTable {
  bool of[256] = {};
  constexpr AsciiAlnumTable() {
    for (int b = 0; b < 128; ++b) of[b] = ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9');
  }
} kAsciiAlnum;

inline bool IsAsciiAlnumByte(char b) { return kAsciiAlnum.of[static_cast<unsigned char>(b)]; }

}  // namespace claimgraph::text
