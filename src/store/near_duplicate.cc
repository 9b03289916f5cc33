#include "store/near_duplicate.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <limits>

namespace claimgraph::store {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64's finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

uint64_t Fnv(std::string_view w) {  // FNV-1a
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

uint64_t HashWord(std::string_view w) { return Mix(Fnv(w)); }

// A word's entry in WordBits, given its HashWord: a bit 0..55 from its top 32 bits.
uint8_t WordBit(std::string_view w, uint64_t hash) {
  const bool digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  return static_cast<uint8_t>((((hash >> 32) * 56) >> 32) | (digit ? kDigitWord : 0));
}

// For each ASCII byte: itself lower-cased when it is part of a word in StatementTokens'
// ASCII path (a letter, a digit or an apostrophe), else 0.
constexpr std::array<char, 256> kAsciiWordByte = [] {
  std::array<char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<char>(c);
  t['\''] = '\'';
  return t;
}();

// Shingles of any list of words (a vector of strings, PackedTokens).
template <typename Tokens>
std::vector<uint64_t> ShinglesOf(const Tokens& tokens) {
  std::vector<uint64_t> out;
  if (tokens.size() == 1) out.push_back(HashWord(tokens[0]));
  if (tokens.size() < 2) return out;
  out.reserve(tokens.size() - 1);
  uint64_t previous = HashWord(tokens[0]);  // each word hashed once
  for (size_t i = 1; i < tokens.size(); ++i) {
    const uint64_t h = HashWord(tokens[i]);
    out.push_back(Mix(previous * 31 + h));
    previous = h;
  }
  return out;
}

template <typename Tokens>
std::vector<uint64_t> SortedShinglesOf(const Tokens& tokens) {
  std::vector<uint64_t> s = ShinglesOf(tokens);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

template <typename A, typename B>
double ContainmentOf(const A& a, const B& b) {
  std::vector<uint64_t> x = SortedShinglesOf(a), y = SortedShinglesOf(b);
  if (x.empty() || y.empty()) return 0;
  std::vector<uint64_t> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return static_cast<double>(common.size()) / static_cast<double>(std::min(x.size(), y.size()));
}

template <typename A, typename B>
bool SameWords(const A& a, const B& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::string_view(a[i]) != std::string_view(b[i])) return false;
  return true;
}

// SameStatement once the shorter (s) and the longer (l) are known.
template <typename S, typename L>
bool SameShorterLonger(const S& s, const L& l) {
  if (s.size() < kMinWords || s.size() * 3 < l.size()) return false;
  // Words: at least 90% of the shorter's are in the longer, and every number. The longer's
  // words are looked up by a hash (FNV-1a), each hash that matches checked against the word
  // itself: for a longer of up to kScanWords words, by a scan of their hashes (most candidates
  // fail after a few words; sorting the hashes first made ClaimTracker::Track 28% dearer on
  // all of bbc), else in the hashes sorted.
  constexpr size_t kScanWords = 64;
  uint64_t scan[kScanWords];
  std::vector<std::pair<uint64_t, size_t>> sorted;  // (hash of the word, its index in l)
  if (l.size() <= kScanWords) {
    for (size_t i = 0; i < l.size(); ++i) scan[i] = Fnv(l[i]);
  } else {
    sorted.reserve(l.size());
    for (size_t i = 0; i < l.size(); ++i) sorted.emplace_back(Fnv(l[i]), i);
    std::sort(sorted.begin(), sorted.end());
  }
  auto in_longer = [&](std::string_view w) {
    const uint64_t h = Fnv(w);
    if (sorted.empty()) {
      for (size_t i = 0; i < l.size(); ++i)
        if (scan[i] == h && std::string_view(l[i]) == w) return true;
      return false;
    }
    for (auto it = std::lower_bound(sorted.begin(), sorted.end(), std::make_pair(h, size_t{0}));
         it != sorted.end() && it->first == h; ++it)
      if (std::string_view(l[it->second]) == w) return true;
    return false;
  };
  const size_t most_missing = s.size() / 10;  // missing * 10 > size fails
  size_t missing = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const std::string_view w = s[i];
    if (in_longer(w)) continue;
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    if (++missing > most_missing) return false;
  }
  return ContainmentOf(s, l) >= 0.8;
}

template <typename A, typename B>
bool SameStatementOf(const A& a, const B& b) {
  if (a.size() == 0 || b.size() == 0) return false;
  if (SameWords(a, b)) return true;
  return a.size() <= b.size() ? SameShorterLonger(a, b) : SameShorterLonger(b, a);
}
}  // namespace

std::vector<std::string> StatementTokens(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII (most statements): what the mapping below gives, in one pass over the text and
    // at most one allocation per word (a quarter of claim tracking's time, then a tenth of an
    // extraction thread's): a word is a run of letters, digits and apostrophes, lower-cased,
    // without the apostrophes. Each word is written in place at its final length (appending
    // a byte at a time cost about twice the instructions).
    std::vector<std::string> out;
    out.reserve(text.size() / 5 + 1);
    const size_t n = text.size();
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    for (size_t i = 0; i < n;) {
      if (kAsciiWordByte[byte(i)] == 0) {
        ++i;
        continue;
      }
      size_t end = i, apostrophes = 0;
      for (; end < n && kAsciiWordByte[byte(end)] != 0; ++end) apostrophes += text[end] == '\'';
      if (end - i == apostrophes) {
        i = end;
        continue;
      }
      std::string& word = out.emplace_back(end - i - apostrophes, '\0');
      char* to = word.data();
      for (; i < end; ++i)
        if (text[i] != '\'') *to++ = kAsciiWordByte[byte(i)];
    }
    return out;
  }
  std::string s;
  {
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                     static_cast<utf8proc_ssize_t>(text.size()), &folded,
                     static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE));
    if (n >= 0) {
      s.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
    } else {
      s.assign(text);
    }
    std::free(folded);
  }
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // ’ (E2 80 99) and ' inside a word are dropped; other punctuation splits.
    if (c == '\'' || (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                      static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      i += c == '\'' ? 1 : 3;
      continue;
    }
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.push_back(static_cast<char>(c));
      } else if (!word.empty()) {
        out.push_back(std::move(word));
        word.clear();
      }
      ++i;
      continue;
    }
    // A multi-byte character: a letter or digit joins the word, anything else splits.
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) {
      ++i;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word_char = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                     (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word_char) {
      word.append(s, i, static_cast<size_t>(len));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
    i += static_cast<size_t>(len);
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::vector<uint64_t> Shingles(const std::vector<std::string>& tokens) { return ShinglesOf(tokens); }

std::vector<uint64_t> MinHashes(const std::vector<uint64_t>& shingles) {
  std::vector<uint64_t> minima;
  if (shingles.empty()) return minima;
  uint64_t seeds[kSketchKeys];
  uint64_t lo[kSketchKeys];
  for (int k = 0; k < kSketchKeys; ++k) {
    seeds[k] = Mix(0x9e3779b97f4a7c15ull * static_cast<uint64_t>(k + 1));
    lo[k] = std::numeric_limits<uint64_t>::max();
  }
  for (uint64_t s : shingles)
    for (int k = 0; k < kSketchKeys; ++k) lo[k] = std::min(lo[k], Mix(s ^ seeds[k]));
  minima.assign(lo, lo + kSketchKeys);
  return minima;
}

std::vector<int64_t> SaltedKeys(const std::vector<uint64_t>& minima, int64_t speaker) {
  std::vector<int64_t> keys;
  keys.reserve(minima.size());
  for (size_t k = 0; k < minima.size(); ++k) {
    uint64_t key = Mix(minima[k] ^ Mix(static_cast<uint64_t>(speaker) + 0x51ed270b27a3c1ull * (k + 1)));
    keys.push_back(static_cast<int64_t>(key));
  }
  return keys;
}

std::vector<int64_t> SketchKeys(const std::vector<uint64_t>& shingles, int64_t speaker) {
  return SaltedKeys(MinHashes(shingles), speaker);
}

StatementSketch SketchStatement(std::string_view text) {
  StatementSketch s;
  s.tokens = std::make_shared<const std::vector<std::string>>(StatementTokens(text));
  // Shingles and WordBits from one hash of each word (hashed twice, it cost 1.7 k instructions
  // a claim).
  const std::vector<std::string>& tokens = *s.tokens;
  std::vector<uint64_t> shingles;
  shingles.reserve(tokens.size());
  s.word_bits.reserve(tokens.size());
  uint64_t previous = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const uint64_t h = HashWord(tokens[i]);
    if (i > 0) shingles.push_back(Mix(previous * 31 + h));
    previous = h;
    s.word_bits.push_back(WordBit(tokens[i], h));
    s.signature |= uint64_t{1} << (s.word_bits.back() & 63);
  }
  if (tokens.size() == 1) shingles.push_back(previous);  // as ShinglesOf
  s.minima = MinHashes(shingles);
  return s;
}

std::optional<int64_t> PackSummary(const TokenSummary& s) {
  if (s.words > 255) return std::nullopt;
  return static_cast<int64_t>((s.signature << 8) | s.words);
}

TokenSummary UnpackSummary(int64_t packed) {
  const uint64_t p = static_cast<uint64_t>(packed);
  return TokenSummary{static_cast<uint32_t>(p & 255), p >> 8};
}

std::vector<uint8_t> WordBits(const std::vector<std::string>& tokens) {
  std::vector<uint8_t> bits;
  bits.reserve(tokens.size());
  for (const std::string& w : tokens) bits.push_back(WordBit(w, HashWord(w)));
  return bits;
}

TokenSummary Summarize(const std::vector<std::string>& tokens) {
  TokenSummary s;
  s.words = static_cast<uint32_t>(tokens.size());
  for (uint8_t b : WordBits(tokens)) s.signature |= uint64_t{1} << (b & 63);
  return s;
}

// Why this is a necessary condition of SameStatementOf(a, b), b being any text with b's summary
// (a word's bit is set in the signature of every text that holds the word, so a word of one text
// whose bit is not in the other's signature is not in the other text):
// - an empty text is never the same statement;
// - the same words have the same count and signature: when both are equal, nothing is decided;
// - otherwise SameShorterLonger(s, l) decides, s = a when a has no more words than b, else b;
//   it fails when s has fewer than kMinWords words or fewer than a third of l's;
// - s = a: each token of a whose bit is not in b's signature is not in b: it fails the test at
//   once if it holds a digit, and counts as missing otherwise; more than a tenth missing fails;
// - s = b: each bit of b's signature that is not in a's comes from at least one word of b that
//   is not in a, a different word for each bit: at least that many of b's tokens are missing.
bool MaySameStatement(const std::vector<uint8_t>& a_bits, uint64_t a_signature, const TokenSummary& b) {
  const size_t na = a_bits.size(), nb = b.words;
  if (na == 0 || nb == 0) return false;
  if (na == nb && a_signature == b.signature) return true;
  const size_t ns = std::min(na, nb), nl = std::max(na, nb);
  if (ns < kMinWords || ns * 3 < nl) return false;
  const size_t most_missing = ns / 10;
  if (na <= nb) {
    size_t missing = 0;
    for (uint8_t bit : a_bits) {
      if ((b.signature >> (bit & 63)) & 1) continue;
      if ((bit & kDigitWord) != 0 || ++missing > most_missing) return false;
    }
    return true;
  }
  return static_cast<size_t>(std::popcount(b.signature & ~a_signature)) <= most_missing;
}

double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return ContainmentOf(a, b);
}

bool SameStatement(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return SameStatementOf(a, b);
}

PackedTokens::PackedTokens(const std::vector<std::string>& tokens) {
  size_t n = 0;
  for (const std::string& t : tokens) n += t.size();
  chars_.reserve(n);
  ends_.reserve(tokens.size());
  for (const std::string& t : tokens) {
    chars_ += t;
    ends_.push_back(static_cast<uint32_t>(chars_.size()));
  }
}

bool SameStatement(const std::vector<std::string>& a, const PackedTokens& b) { return SameStatementOf(a, b); }

}  // namespace claimgraph::store
