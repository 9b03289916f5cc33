#include "extract/ner_features.h"

#include <algorithm>

namespace claimgraph::extract {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ull;

inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

inline uint8_t Lower(uint8_t c) { return (c >= 'A' && c <= 'Z') ? static_cast<uint8_t>(c + 32) : c; }

// Capitalization classes. kCaseless marks every word of an all-capitals sentence.
enum CapClass : uint8_t {
  kLowerCase,
  kInitCap,
  kAllCaps,
  kMixedCase,
  kDigits,
  kPunctuation,
  kNonAscii,
  kCaseless
};

struct TokenInfo {
  uint64_t word;   // lower-cased word
  uint64_t shape;  // character classes, runs cut at 2 (Xxx, XX, X.X., dd-dd)
  uint64_t prefix[4];
  uint64_t suffix[4];
  uint8_t cap;
  uint8_t length_bucket;
  uint8_t lexicon_class;
};

inline uint64_t Feature(uint64_t templ, uint64_t a) { return Mix(a ^ (templ * kGolden)); }
// The steps of a feature of two or three values: Feature(templ, a), then b, then c (so that a
// first step that depends on one word can be kept with the word).
inline uint64_t ThenB(uint64_t head, uint64_t b) { return Mix(head + b * 0xD6E8FEB86659FD93ull); }
inline uint64_t ThenC(uint64_t head, uint64_t c) { return Mix(head + c * 0xA0761D6478BD642Full); }
inline uint64_t Feature(uint64_t templ, uint64_t a, uint64_t b) { return ThenB(Feature(templ, a), b); }
inline uint64_t Feature(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return ThenC(ThenB(Feature(templ, a), b), c);
}

// Typographic punctuation as the ASCII the training text uses (GMB writes
// straight quotes): “ ” « » -> ", ‘ ’ -> ', – — -> --, … -> ..., ’s -> 's.
std::string_view AsciiPunctuation(std::string_view w) {
  if (w.size() < 2 || static_cast<unsigned char>(w[0]) < 0xC2) return w;
  if (w == "\u201C" || w == "\u201D" || w == "\u00AB" || w == "\u00BB" || w == "\u201E") return "\"";
  if (w == "\u2018" || w == "\u2019") return "'";
  if (w == "\u2013" || w == "\u2014") return "--";
  if (w == "\u2026") return "...";
  if (w == "\u2019s") return "'s";
  return w;
}

CapClass Classify(std::string_view w) {
  int upper = 0, lower = 0, digit = 0, non_ascii = 0;
  for (unsigned char c : w) {
    if (c >= 'A' && c <= 'Z')
      ++upper;
    else if (c >= 'a' && c <= 'z')
      ++lower;
    else if (c >= '0' && c <= '9')
      ++digit;
    else if (c >= 0x80)
      ++non_ascii;
  }
  unsigned char first = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (upper + lower == 0) {
    if (non_ascii) return kNonAscii;
    return digit ? kDigits : kPunctuation;
  }
  if (upper == 0) return kLowerCase;
  if (lower == 0) return kAllCaps;
  if (first >= 'A' && first <= 'Z') return kInitCap;
  return kMixedCase;
}

void Describe(std::string_view w, bool caseless, CapClass cap, TokenInfo* t) {
  const size_t n = w.size();
  uint64_t h = kFnvOffset;
  for (size_t i = 0; i < n; ++i) {
    h = (h ^ Lower(static_cast<uint8_t>(w[i]))) * kFnvPrime;
    if (i < 4) t->prefix[i] = (i + 1 < n) ? Mix(h + i) : 0;
  }
  for (size_t i = n; i < 4; ++i) t->prefix[i] = 0;
  t->word = Mix(h);
  for (size_t k = 1; k <= 4; ++k) {
    if (k >= n) {
      t->suffix[k - 1] = 0;
      continue;
    }
    uint64_t s = kFnvOffset;
    for (size_t i = n - k; i < n; ++i) s = (s ^ Lower(static_cast<uint8_t>(w[i]))) * kFnvPrime;
    t->suffix[k - 1] = Mix(s + 17 * k);
  }
  uint64_t sh = kFnvOffset;
  uint8_t last = 0;
  int run = 0, emitted = 0;
  for (size_t i = 0; i < n && emitted < 12; ++i) {
    uint8_t c = static_cast<uint8_t>(w[i]);
    uint8_t k;
    if (c >= 'A' && c <= 'Z')
      k = caseless ? 'x' : 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0xC0)
      k = 'u';
    else if (c >= 0x80)
      continue;  // UTF-8 continuation byte
    else
      k = c;
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run > 2) continue;
    sh = (sh ^ k) * kFnvPrime;
    ++emitted;
  }
  t->shape = Mix(sh);
  t->cap = cap;
  t->length_bucket = static_cast<uint8_t>(n <= 4 ? n : (n <= 6 ? 5 : (n <= 9 ? 6 : 7)));
}

enum Template : uint64_t {
  kBias = 1,
  kWord,
  kWordCap,
  kShape,
  kCap,
  kPre1,
  kPre2,
  kPre3,
  kPre4,
  kSuf1,
  kSuf2,
  kSuf3,
  kSuf4,
  kPrevWord,
  kNextWord,
  kPrev2Word,
  kNext2Word,
  kPrevShape,
  kNextShape,
  kPrevWordWord,
  kWordNextWord,
  kCapTrigram,
  kPrevWordCap,
  kCapNextWord,
  kFirstCap,
  kLengthCap,
  kLexiconCap,
  kLexiconPrev,
  kLexiconNext,
};

// The features that depend on a few small classes only (capitalization, length bucket,
// first position), computed once per process instead of once per token. A token's own
// capitalization class is one of the eight CapClass values; its neighbours' may also be a
// sentence pad's (8..11).
constexpr int kTokenCaps = 8;
constexpr int kAnyCaps = 12;
// The lexicon classes of the shipped model's words (1-30, 0 for none; NerTrain's WordClass) and
// of the sentence pads (250-253) have a slot: 0-31 and 32-35.
constexpr int kLexiconSlots = 36;
static_assert(kLexiconSlots <= 64 && kTokenCaps == 8 && kNerNoLexiconSlot >= 0x80,
              "NerPairFeatures tests a token's slot, class and its neighbour's slot at once");
constexpr uint8_t LexiconSlot(uint8_t lexicon_class) {
  if (lexicon_class < 32) return lexicon_class;
  if (lexicon_class >= 250 && lexicon_class <= 253) return static_cast<uint8_t>(32 + lexicon_class - 250);
  return kNerNoLexiconSlot;
}
constexpr uint8_t SlotClass(int slot) { return static_cast<uint8_t>(slot < 32 ? slot : 250 + slot - 32); }
struct SmallFeatures {
  uint64_t bias;
  uint64_t cap[kTokenCaps];
  uint64_t first_cap[2][kTokenCaps];
  uint64_t length_cap[8][kTokenCaps];
  uint64_t cap_trigram[kAnyCaps][kTokenCaps][kAnyCaps];
  // first steps of pair features (NerPairFeatures)
  uint64_t cap_next_word[kTokenCaps];
  uint64_t lexicon_prev[256], lexicon_next[256];
  // the whole lexicon pair features of the classes with a slot (LexiconSlot), by the token's
  // slot and class and the previous (next) word's slot: two hashes a token fewer than each
  // computed afresh (about 4 M instructions of the tagger's 45 M on bbc/politics)
  uint64_t lexicon_prev_cap[kLexiconSlots][kTokenCaps][kLexiconSlots];
  uint64_t lexicon_next_cap[kLexiconSlots][kTokenCaps][kLexiconSlots];
};

const SmallFeatures& Small() {
  static const SmallFeatures* small = [] {
    auto* f = new SmallFeatures();
    f->bias = Feature(kBias, 0);
    for (int c = 0; c < kTokenCaps; ++c) f->cap_next_word[c] = Feature(kCapNextWord, c);
    for (int l = 0; l < 256; ++l) {
      f->lexicon_prev[l] = Feature(kLexiconPrev, l);
      f->lexicon_next[l] = Feature(kLexiconNext, l);
    }
    for (int t = 0; t < kLexiconSlots; ++t) {
      for (int o = 0; o < kLexiconSlots; ++o) {
        const uint64_t prev = ThenB(f->lexicon_prev[SlotClass(o)], SlotClass(t));
        const uint64_t next = ThenB(f->lexicon_next[SlotClass(t)], SlotClass(o));
        for (int c = 0; c < kTokenCaps; ++c) {
          f->lexicon_prev_cap[t][c][o] = ThenC(prev, c);
          f->lexicon_next_cap[t][c][o] = ThenC(next, c);
        }
      }
    }
    for (int c = 0; c < kTokenCaps; ++c) {
      f->cap[c] = Feature(kCap, c);
      for (int first = 0; first < 2; ++first) f->first_cap[first][c] = Feature(kFirstCap, first, c);
      for (int len = 0; len < 8; ++len) f->length_cap[len][c] = Feature(kLengthCap, len, c);
      for (int p = 0; p < kAnyCaps; ++p)
        for (int n = 0; n < kAnyCaps; ++n) f->cap_trigram[p][c][n] = Feature(kCapTrigram, p, c, n);
    }
    return f;
  }();
  return *small;
}

}  // namespace

uint64_t NerWordHash(std::string_view word) {
  word = AsciiPunctuation(word);
  uint64_t h = kFnvOffset;
  for (unsigned char c : word) h = (h ^ Lower(c)) * kFnvPrime;
  return Mix(h);
}

void ExtractNerFeatures(const std::vector<std::string_view>& words, const NerLexiconView& lexicon,
                        std::vector<uint64_t>* out) {
  const size_t n = words.size();
  out->resize(n * kNerFeaturesPerToken);
  if (n == 0) return;
  thread_local std::vector<TokenInfo> infos;
  thread_local std::vector<uint8_t> caps;
  infos.resize(n + 4);
  caps.resize(n);
  int all_caps = 0, cased = 0;
  thread_local std::vector<std::string_view> normal;
  normal.resize(n);
  for (size_t i = 0; i < n; ++i) {
    normal[i] = AsciiPunctuation(words[i]);
    caps[i] = Classify(normal[i]);
    if (caps[i] == kAllCaps)
      ++all_caps;
    else if (caps[i] == kLowerCase || caps[i] == kInitCap || caps[i] == kMixedCase)
      ++cased;
  }
  const bool caseless = all_caps > 0 && all_caps >= 2 * cased;
  // infos[0..1] and infos[n+2..n+3] are sentence boundary pads.
  for (int p : {0, 1}) {
    TokenInfo& t = infos[p];
    t = TokenInfo{};
    t.word = Mix(0x51 + p);
    t.shape = Mix(0x61 + p);
    t.cap = 8 + p;
    t.lexicon_class = static_cast<uint8_t>(250 + p);
    TokenInfo& e = infos[n + 2 + p];
    e = TokenInfo{};
    e.word = Mix(0x71 + p);
    e.shape = Mix(0x81 + p);
    e.cap = 10 + p;
    e.lexicon_class = static_cast<uint8_t>(252 + p);
  }
  for (size_t i = 0; i < n; ++i) {
    CapClass cap = caseless && caps[i] <= kMixedCase ? kCaseless : static_cast<CapClass>(caps[i]);
    Describe(normal[i], caseless, cap, &infos[i + 2]);
  }
  // A separate pass, so that the table reads of different words overlap.
  for (size_t i = 0; i < n; ++i) infos[i + 2].lexicon_class = lexicon.Lookup(infos[i + 2].word);
  const SmallFeatures& small = Small();
  uint64_t* f = out->data();
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& p2 = infos[i];
    const TokenInfo& p1 = infos[i + 1];
    const TokenInfo& t = infos[i + 2];
    const TokenInfo& n1 = infos[i + 3];
    const TokenInfo& n2 = infos[i + 4];
    *f++ = small.bias;
    *f++ = Feature(kWord, t.word);
    *f++ = Feature(kWordCap, t.word, t.cap);
    *f++ = Feature(kShape, t.shape);
    *f++ = small.cap[t.cap];
    *f++ = Feature(kPre1, t.prefix[0]);
    *f++ = Feature(kPre2, t.prefix[1]);
    *f++ = Feature(kPre3, t.prefix[2]);
    *f++ = Feature(kPre4, t.prefix[3]);
    *f++ = Feature(kSuf1, t.suffix[0]);
    *f++ = Feature(kSuf2, t.suffix[1]);
    *f++ = Feature(kSuf3, t.suffix[2]);
    *f++ = Feature(kSuf4, t.suffix[3]);
    *f++ = Feature(kPrevWord, p1.word);
    *f++ = Feature(kNextWord, n1.word);
    *f++ = Feature(kPrev2Word, p2.word);
    *f++ = Feature(kNext2Word, n2.word);
    *f++ = Feature(kPrevShape, p1.shape);
    *f++ = Feature(kNextShape, n1.shape);
    *f++ = Feature(kPrevWordWord, p1.word, t.word);
    *f++ = Feature(kWordNextWord, t.word, n1.word);
    *f++ = small.cap_trigram[p1.cap][t.cap][n1.cap];
    *f++ = Feature(kPrevWordCap, p1.word, t.cap);
    *f++ = Feature(kCapNextWord, t.cap, n1.word);
    *f++ = small.first_cap[i == 0][t.cap];
    *f++ = small.length_cap[t.length_bucket][t.cap];
    *f++ = Feature(kLexiconCap, t.lexicon_class, t.cap);
    *f++ = Feature(kLexiconPrev, p1.lexicon_class, t.lexicon_class, t.cap);
    *f++ = Feature(kLexiconNext, t.lexicon_class, n1.lexicon_class, t.cap);
  }
}

namespace {
NerNeighbour Neighbour(uint64_t word, uint8_t cap, uint8_t lexicon_class) {
  NerNeighbour n;
  n.word = word;
  n.prev_word_word = Feature(kPrevWordWord, word);
  n.word_next_word = Feature(kWordNextWord, word);
  n.prev_word_cap = Feature(kPrevWordCap, word);
  n.cap = cap;
  n.lexicon_class = lexicon_class;
  n.lexicon_slot = LexiconSlot(lexicon_class);
  return n;
}
}  // namespace

void DescribeNerWord(std::string_view word, bool caseless, const NerLexiconView& lexicon,
                     NerWordFeatures* out) {
  const std::string_view w = AsciiPunctuation(word);
  const CapClass word_cap = Classify(w);
  const CapClass cap = caseless && word_cap <= kMixedCase ? kCaseless : word_cap;
  TokenInfo t;
  Describe(w, caseless, cap, &t);
  t.lexicon_class = lexicon.Lookup(t.word);
  const SmallFeatures& small = Small();
  out->self = Neighbour(t.word, t.cap, t.lexicon_class);
  out->word_cap = word_cap;
  uint64_t* f = out->own;
  *f++ = small.bias;
  *f++ = Feature(kWord, t.word);
  *f++ = Feature(kWordCap, t.word, t.cap);
  *f++ = Feature(kShape, t.shape);
  *f++ = small.cap[t.cap];
  *f++ = Feature(kPre1, t.prefix[0]);
  *f++ = Feature(kPre2, t.prefix[1]);
  *f++ = Feature(kPre3, t.prefix[2]);
  *f++ = Feature(kPre4, t.prefix[3]);
  *f++ = Feature(kSuf1, t.suffix[0]);
  *f++ = Feature(kSuf2, t.suffix[1]);
  *f++ = Feature(kSuf3, t.suffix[2]);
  *f++ = Feature(kSuf4, t.suffix[3]);
  *f++ = small.length_cap[t.length_bucket][t.cap];
  *f++ = Feature(kLexiconCap, t.lexicon_class, t.cap);
  out->as_prev[0] = Feature(kPrevWord, t.word);
  out->as_prev[1] = Feature(kPrevShape, t.shape);
  out->as_next[0] = Feature(kNextWord, t.word);
  out->as_next[1] = Feature(kNextShape, t.shape);
  out->as_prev2 = Feature(kPrev2Word, t.word);
  out->as_next2 = Feature(kNext2Word, t.word);
}

void DescribeNerPad(int pad, NerWordFeatures* out) {
  // as ExtractNerFeatures' infos[0..1] (pads 0, 1) and infos[n+2..n+3] (pads 2, 3)
  const int p = pad & 1;
  const bool before = pad < 2;
  *out = NerWordFeatures{};
  const uint64_t word = Mix((before ? 0x51 : 0x71) + p);
  const uint64_t shape = Mix((before ? 0x61 : 0x81) + p);
  out->self = Neighbour(word, static_cast<uint8_t>((before ? 8 : 10) + p),
                        static_cast<uint8_t>((before ? 250 : 252) + p));
  out->word_cap = out->self.cap;
  out->as_prev[0] = Feature(kPrevWord, word);
  out->as_prev[1] = Feature(kPrevShape, shape);
  out->as_next[0] = Feature(kNextWord, word);
  out->as_next[1] = Feature(kNextShape, shape);
  out->as_prev2 = Feature(kPrev2Word, word);
  out->as_next2 = Feature(kNext2Word, word);
}

void NerPairFeatures(const NerNeighbour* const* words, size_t n, uint64_t* pairs) {
  // the same hashes as ExtractNerFeatures', from the first steps kept with each word
  const SmallFeatures& small = Small();
  for (size_t i = 0; i < n; ++i) {
    const NerNeighbour& p1 = *words[i + 1];
    const NerNeighbour& t = *words[i + 2];
    const NerNeighbour& n1 = *words[i + 3];
    const bool first = i == 0;
    uint64_t* out = pairs + i * kNerPairFeatures;
    out[0] = ThenB(p1.prev_word_word, t.word);            // kPrevWordWord
    out[1] = ThenB(t.word_next_word, n1.word);            // kWordNextWord
    out[2] = small.cap_trigram[p1.cap][t.cap][n1.cap];    // kCapTrigram
    out[3] = ThenB(p1.prev_word_cap, t.cap);              // kPrevWordCap
    out[4] = ThenB(small.cap_next_word[t.cap], n1.word);  // kCapNextWord
    out[5] = small.first_cap[first][t.cap];               // kFirstCap
    // (one test for the three: slots are below 64, the token's class below 8)
    const uint32_t own = t.lexicon_slot | static_cast<uint32_t>(t.cap) << 4;
    if ((own | p1.lexicon_slot) < 0x80)
      out[6] = small.lexicon_prev_cap[t.lexicon_slot][t.cap][p1.lexicon_slot];
    else
      out[6] = ThenC(ThenB(small.lexicon_prev[p1.lexicon_class], t.lexicon_class), t.cap);  // kLexiconPrev
    if ((own | n1.lexicon_slot) < 0x80)
      out[7] = small.lexicon_next_cap[t.lexicon_slot][t.cap][n1.lexicon_slot];
    else
      out[7] = ThenC(ThenB(small.lexicon_next[t.lexicon_class], n1.lexicon_class), t.cap);  // kLexiconNext
  }
}

bool NerCaselessSentence(const uint8_t* word_caps, size_t n) {
  int all_caps = 0, cased = 0;
  for (size_t i = 0; i < n; ++i) {
    if (word_caps[i] == kAllCaps)
      ++all_caps;
    else if (word_caps[i] == kLowerCase || word_caps[i] == kInitCap || word_caps[i] == kMixedCase)
      ++cased;
  }
  return all_caps > 0 && all_caps >= 2 * cased;
}

}  // namespace claimgraph::extract
