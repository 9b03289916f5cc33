// Byte classes for the tokenizers' inner loops over ASCII text (most of news text).
#pragma once

#include <emmintrin.h>

#include <cstddef>
#include <string_view>

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

// The end of the run of ASCII letters and digits in p[i, end) that starts at i: the first j
// >= i whose byte is none (IsAsciiAlnumByte), else end. Sixteen bytes at a time (SSE2) while
// sixteen remain before end; bytes >= 0x80 are negative to the signed comparisons, never in a
// range.
inline size_t AsciiAlnumRunEnd(const char* p, size_t i, size_t end) {
  while (i + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // A-Z to a-z
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFu;
    if (other != 0) return i + static_cast<size_t>(__builtin_ctz(other));
    i += 16;
  }
  while (i < end && IsAsciiAlnumByte(p[i])) ++i;
  return i;
}

// A sentence end whose space was lost, as text scraped from web pages has it ("said.We",
// "reforms.The email", "Joy Division.Those"): the period at text[dot] ends the word text[s, dot)
// when that word ends in two lower case letters with no period of its own, and a capitalized word
// in lower case after its first letter follows (after a capitalized word, one of four letters or
// more). An initial, a title ("Gov.Perry": the tokenizers give it its period as an
// abbreviation's), an acronym ("U.S.Army", "ASP.NET"), a domain ("Politico.com") or a name written
// with a period ("Halo.Bungie.Org", "One.Tel", "Lastminute.Com") never matches. Both tokenizers
// (segment.cc, quoted_impl.h) end the word there.
inline bool GluedSentenceEnd(std::string_view text, size_t s, size_t dot) {
  auto lower = [&](size_t i) { return text[i] >= 'a' && text[i] <= 'z'; };
  if (dot < s + 2 || dot + 2 >= text.size() || !lower(dot - 1) || !lower(dot - 2)) return false;
  if (text[dot + 1] < 'A' || text[dot + 1] > 'Z' || !lower(dot + 2)) return false;
  if (text.substr(s, dot - s).find('.') != std::string_view::npos) return false;
  if (lower(s)) return true;
  // after a capitalized word, a word of four letters or more with no period after it ("Joy
  // Division.Those"; not "One.Tel", "Lastminute.Com", "Halo.Bungie.Org")
  size_t e = dot + 1;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  return e - (dot + 1) >= 4 && (e >= text.size() || text[e] != '.');
}

}  // namespace claimgraph::text
