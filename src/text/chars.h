// Character-level helpers shared by the segmenter and the recognizers: UTF-8
// decoding and the few Unicode classes news text needs. ASCII is a fast path;
// other code points go through utf8proc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/arena.h"

namespace claimgraph::text {

// Decodes the code point starting at text[i] (utf8proc); *len receives its byte
// length (>= 1). An invalid byte decodes as U+FFFD with length 1.
char32_t DecodeAtSlow(std::string_view text, size_t i, int* len);  // text[i] >= 0x80
inline char32_t DecodeAt(std::string_view text, size_t i, int* len) {
  unsigned char b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  return DecodeAtSlow(text, i, len);
}

// Letters (any script) and combining marks.
bool IsLetterSlow(char32_t c);
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsLetterSlow(c);
}
bool IsUpper(char32_t c);  // upper or title case letter
bool IsLower(char32_t c);
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }  // ASCII 0-9 only: numbers in news text
// ASCII and Unicode spaces, zero-width space, BOM.
bool IsSpaceSlow(char32_t c);  // c >= 0x80
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return IsSpaceSlow(c);
}

inline bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

// Letters, marks (also enclosing ones) and numbers of every script ("3½", "٣"):
// what a word of the quote view (text/quoted.h) is made of.
bool IsAlnumSlow(char32_t c);  // c >= 0x80
inline bool IsAlnum(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  return IsAlnumSlow(c);
}

// Quote marks: " “ ” „ « » and ' ‘ ’ ‚.
inline bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}
inline bool IsSingleQuote(char32_t c) { return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A; }

// The one case-fold of the project's word lookups: lower case (ASCII and
// Unicode letters) with ‘ and ’ folded to '. Appends the folded s to *out.
void FoldInto(std::string_view s, std::string* out);
std::string Fold(std::string_view s);
// The folded form of `word` (a token of a document) without a copy when folding leaves
// it as written (ASCII without capitals: most tokens): a view of `word` itself, else of
// its folded copy in *arena. *scratch is a buffer the caller reuses.
std::string_view FoldedView(std::string_view word, TextArena* arena, std::string* scratch);

// The case of a word: kCapitalized when its first letter is upper (or title) case, kAllCaps
// when it has two or more letters and every cased one is upper case.
enum : uint8_t { kCapitalized = 1, kAllCaps = 2 };
uint8_t CaseShape(std::string_view word);

// Apostrophe-like: ' and U+2019.
inline bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
// Dash-like (not the ASCII hyphen): U+2012..U+2015, U+2212.
inline bool IsDashChar(char32_t c) { return (c >= 0x2012 && c <= 0x2015) || c == 0x2212; }
// Hyphen-like inside words: '-' and U+2010, U+2011.
inline bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// What an abbreviation with a final period does to the sentence around it.
enum class AbbrevKind : uint8_t {
  kNone,     // not an abbreviation: the period is a sentence end
  kTitle,    // Mr. Gen.: never ends a sentence
  kMayEnd,   // U.S. Jan. Inc.: ends a sentence only before a typical sentence start
  kNumeric,  // No. 5: an abbreviation only before a number
};

// `word` is the token text WITHOUT the final period ("Gen", "U.S", "J").
// Reads schema/lexicons/abbreviations.tsv once per process.
AbbrevKind AbbreviationKind(std::string_view word);

// True when `word` (without its period, any case) is an abbreviation whose period the
// quote view always reads as part of it (the `always` rows of abbreviations.tsv).
bool AbbrevAlwaysTakesDot(std::string_view word);

// True when `word` (capitalized, as written) typically starts a sentence
// (schema/lexicons/sentence_starters.tsv).
bool IsSentenceStarter(std::string_view word);

}  // namespace claimgraph::text
