#include "extract/ner_model.h"

#include <emmintrin.h>
#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <limits>

#include "common/schema_data.h"
#include "common/word_table.h"
#include "extract/ner_features.h"
#include "extract/ner_format.h"

namespace claimgraph::extract {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

namespace {
// The labels that may follow any label: O and the B-X (odd).
constexpr int kOpenLabels[5] = {0, 1, 3, 5, 7};

// The int32 sums of weight rows over labels 1-4 (lo) and 5-8 (hi).
struct RowSum {
  __m128i lo = _mm_setzero_si128();
  __m128i hi = _mm_setzero_si128();
  void Add(const int16_t* row_ptr) {
    const __m128i row = _mm_load_si128(reinterpret_cast<const __m128i*>(row_ptr));
    lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(row, row), 16));
    hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(row, row), 16));
  }
  void Add(const RowSum& o) {
    lo = _mm_add_epi32(lo, o.lo);
    hi = _mm_add_epi32(hi, o.hi);
  }
};
static_assert(sizeof(RowSum) == 32, "SumEmissionsAvx2 reads a RowSum as one 256-bit value");

// The weight table: a feature's row is rows + (hash & mask) * 8.
struct Weights {
  const int16_t* rows;
  uint32_t mask;
  const int16_t* Row(uint64_t feature) const {
    return rows + static_cast<size_t>(feature & mask) * ner_format::kRowLabels;
  }
  void Sum(const uint64_t* f, int count, RowSum* sum) const {
    for (int k = 0; k < count; ++k) sum->Add(Row(f[k]));
  }
  // Starts loading the rows of `count` features, so that their sum a little later overlaps
  // the misses.
  void Fetch(const uint64_t* f, int count) const {
    for (int k = 0; k < count; ++k) Fetch(f[k]);
  }
  void Fetch(uint64_t feature) const {
    const int16_t* row = Row(feature);
    __builtin_prefetch(row);
    asm volatile("" : : "r"(row));  // else GCC may drop the loop
  }
  // The same for a token's pair features (NerPairFeatures), but for those of a few classes
  // alone (capitalizations, the first word's), whose few rows stay in the cache.
  void FetchPairs(const uint64_t* f) const {
    static_assert(kNerPairFeatures == 8, "the pair features of classes alone are 2 and 5");
    for (int k : {0, 1, 3, 4, 6, 7}) Fetch(f[k]);
  }
};

// What the decoder keeps of a word: the weight sums of its features that depend on that
// word alone (NerWordFeatures), summed once. Integer sums: the same in any order.
struct CachedWord {
  RowSum own, as_prev, as_next, as_prev2, as_next2;
  NerNeighbour self;
  uint8_t word_cap = 0;
};

void SumWord(const Weights& w, const NerWordFeatures& f, CachedWord* c) {
  *c = CachedWord{};
  c->self = f.self;
  c->word_cap = f.word_cap;
  w.Sum(f.own, kNerOwnFeatures, &c->own);
  w.Sum(f.as_prev, 2, &c->as_prev);
  w.Sum(f.as_next, 2, &c->as_next);
  w.Sum(&f.as_prev2, 1, &c->as_prev2);
  w.Sum(&f.as_next2, 1, &c->as_next2);
}

// Per thread and model: the words seen so far (a news sentence's words mostly are), so that a
// word is featurized and its rows read once, not at every occurrence. Emptied when full.
struct WordCache {
  uint64_t model = 0;                   // the serial of the model the entries are for
  internal::WordTable<uint32_t> index;  // word -> 1 + index into words
  std::vector<uint32_t> by_vocabulary;  // the word's id in the thread's text::Vocabulary -> the same
  std::vector<CachedWord> words;
  CachedWord pads[4];
};
constexpr size_t kMaxCachedWords = size_t{1} << 15;
constexpr uint32_t kNoVocabularyId = 0xFFFFFFFFu;  // text::kNoWord

std::atomic<uint64_t> next_model_serial{1};

// Rows are 16 bytes and 16-aligned; a token's are fetched kAhead tokens before they are
// summed, so that the fetches overlap without flooding the memory queue.
constexpr size_t kAhead = 3;

void Store(const RowSum& sum, int32_t* emission) {
  _mm_storeu_si128(reinterpret_cast<__m128i*>(emission), sum.lo);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(emission + 4), sum.hi);
}

// The emissions of n tokens from their words' cached sums (at[i + 2]: token i's word, the pads
// around them) and their pair features (kNerPairFeatures a token).
void SumEmissions(const Weights& weights, const CachedWord* const* at, const uint64_t* pair, size_t n,
                  int32_t* emissions) {
  for (size_t i = 0; i < n && i < kAhead; ++i) weights.FetchPairs(pair + i * kNerPairFeatures);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) weights.FetchPairs(pair + (i + kAhead) * kNerPairFeatures);
    RowSum sum = at[i + 2]->own;
    sum.Add(at[i + 1]->as_prev);
    sum.Add(at[i]->as_prev2);
    sum.Add(at[i + 3]->as_next);
    sum.Add(at[i + 4]->as_next2);
    weights.Sum(pair + i * kNerPairFeatures, kNerPairFeatures, &sum);
    Store(sum, emissions + i * 8);
  }
}

// The same sums eight labels to a register (AVX2): a RowSum's lo and hi are labels 1-4 and
// 5-8, as the lanes of one 256-bit register are; integer sums, the same in any order.
[[gnu::target("avx2")]] void SumEmissionsAvx2(const Weights& weights, const CachedWord* const* at,
                                              const uint64_t* pair, size_t n, int32_t* emissions) {
  for (size_t i = 0; i < n && i < kAhead; ++i) weights.FetchPairs(pair + i * kNerPairFeatures);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) weights.FetchPairs(pair + (i + kAhead) * kNerPairFeatures);
    __m256i sum = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&at[i + 2]->own));
    sum = _mm256_add_epi32(sum, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&at[i + 1]->as_prev)));
    sum = _mm256_add_epi32(sum, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&at[i]->as_prev2)));
    sum = _mm256_add_epi32(sum, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&at[i + 3]->as_next)));
    sum = _mm256_add_epi32(sum, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&at[i + 4]->as_next2)));
    const uint64_t* f = pair + i * kNerPairFeatures;
    for (int k = 0; k < kNerPairFeatures; ++k) {
      const __m128i row = _mm_load_si128(reinterpret_cast<const __m128i*>(weights.Row(f[k])));
      sum = _mm256_add_epi32(sum, _mm256_cvtepi16_epi32(row));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(emissions + i * 8), sum);
  }
}

// The emissions (labels 1-8 per token) of a sentence from its words' cached sums and the pair
// features; false (nothing written) when the sentence is written mostly in capitals, whose
// words the cache does not hold.
bool CachedEmissions(const Weights& weights, const NerLexiconView& lexicon, uint64_t model,
                     const std::vector<std::string_view>& words, const uint32_t* word_ids, bool avx2,
                     int32_t* emissions) {
  thread_local WordCache cache;
  const size_t n = words.size();
  if (cache.model != model || cache.words.size() + n > kMaxCachedWords) {
    cache.index = internal::WordTable<uint32_t>();
    cache.by_vocabulary.clear();
    cache.words.clear();
  }
  if (cache.model != model) {
    cache.model = model;
    // all the room at once: the vector grown by doubling copied its words and touched about twice
    // the memory it ends with (fresh pages, each a page fault, in each new thread)
    cache.words.reserve(kMaxCachedWords);
    for (int p = 0; p < 4; ++p) {
      NerWordFeatures pad;
      DescribeNerPad(p, &pad);
      SumWord(weights, pad, &cache.pads[p]);
    }
  }
  thread_local std::vector<uint32_t> ids;
  thread_local std::vector<uint8_t> caps;
  ids.resize(n);
  caps.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t vocabulary_id = word_ids != nullptr ? word_ids[i] : kNoVocabularyId;
    if (vocabulary_id != kNoVocabularyId && vocabulary_id >= cache.by_vocabulary.size())
      cache.by_vocabulary.resize(std::max<size_t>(vocabulary_id + 1, 2 * cache.by_vocabulary.size()), 0);
    uint32_t& id =
        vocabulary_id != kNoVocabularyId ? cache.by_vocabulary[vocabulary_id] : cache.index[words[i]];
    if (id == 0) {
      NerWordFeatures f;
      DescribeNerWord(words[i], false, lexicon, &f);
      SumWord(weights, f, &cache.words.emplace_back());
      id = static_cast<uint32_t>(cache.words.size());
    }
    ids[i] = id - 1;
    caps[i] = cache.words[id - 1].word_cap;
  }
  if (NerCaselessSentence(caps.data(), n)) return false;
  thread_local std::vector<const CachedWord*> at;  // [0..1] pads, the words, [n+2..n+3] pads
  at.resize(n + 4);
  at[0] = &cache.pads[0];
  at[1] = &cache.pads[1];
  for (size_t i = 0; i < n; ++i) at[i + 2] = &cache.words[ids[i]];
  at[n + 2] = &cache.pads[2];
  at[n + 3] = &cache.pads[3];
  thread_local std::vector<uint64_t> pair;
  pair.resize(n * kNerPairFeatures);
  thread_local std::vector<const NerNeighbour*> neighbours;  // at's records, for NerPairFeatures
  neighbours.resize(n + 4);
  for (size_t i = 0; i < n + 4; ++i) neighbours[i] = &at[i]->self;
  NerPairFeatures(neighbours.data(), n, pair.data());
  if (avx2)
    SumEmissionsAvx2(weights, at.data(), pair.data(), n, emissions);
  else
    SumEmissions(weights, at.data(), pair.data(), n, emissions);
  return true;
}

// The emissions of any sentence from ExtractNerFeatures (the trainer's features).
void FeatureEmissions(const Weights& weights, const NerLexiconView& lexicon,
                      const std::vector<std::string_view>& words, int32_t* emissions) {
  const size_t n = words.size();
  thread_local std::vector<uint64_t> features;
  ExtractNerFeatures(words, lexicon, &features);
  for (size_t i = 0; i < n && i < kAhead; ++i)
    weights.Fetch(features.data() + i * kNerFeaturesPerToken, kNerFeaturesPerToken);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n)
      weights.Fetch(features.data() + (i + kAhead) * kNerFeaturesPerToken, kNerFeaturesPerToken);
    RowSum sum;
    weights.Sum(features.data() + i * kNerFeaturesPerToken, kNerFeaturesPerToken, &sum);
    Store(sum, emissions + i * 8);
  }
}

// What the decoder reads of the model.
struct DecodeTables {
  float scale;
  const float (*transition)[kNerLabelCount];  // [previous label or sentence start][label]
  const float (*open)[8];                     // [previous label][lane]: NerModel::open_transition_
};

// The scores and back pointers of the first token of a sentence (emissions e: labels 1-8).
inline void FirstToken(const DecodeTables& t, const int32_t* e, float* s, uint8_t* b) {
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  for (int l = 0; l < kNerLabelCount; ++l) {
    const int32_t acc = l == 0 ? 0 : e[l - 1];
    s[l] = ner_format::Allowed(kNerLabelCount, l) ? acc * t.scale + t.transition[kNerLabelCount][l] : kNegInf;
    b[l] = 0;
  }
}

// The scores and back pointers of a later token from the previous token's scores (prev) and,
// for each label any label may precede (lanes of kOpenLabels), the best previous label (arg,
// the first one on ties) and its score plus the transition (best).
inline void NextToken(const DecodeTables& t, const int32_t* e, const float* prev, const float* best,
                      const int32_t* arg, float* s, uint8_t* b) {
  for (int lane = 0; lane < 5; ++lane) {
    const int l = kOpenLabels[lane];
    const int32_t acc = l == 0 ? 0 : e[l - 1];
    s[l] = best[lane] + acc * t.scale;
    b[l] = static_cast<uint8_t>(arg[lane]);
  }
  // I-X (even l) only after B-X (l - 1) or I-X (l)
  for (int l = 2; l < kNerLabelCount; l += 2) {
    const float from_b = prev[l - 1] + t.transition[l - 1][l];
    const float from_i = prev[l] + t.transition[l][l];
    const bool use_i = from_i > from_b;
    s[l] = (use_i ? from_i : from_b) + e[l - 1] * t.scale;
    b[l] = static_cast<uint8_t>(use_i ? l : l - 1);
  }
}

// Viterbi's forward pass over n tokens: score and back, [token][label]. The best previous
// label of O and each B-X (which may follow any label), five labels at once; the same float
// additions and comparisons, in the same order, as
//   best = prev[0] + t[0][l]; for p in 1..8: if (prev[p] + t[p][l] > best) best = ..., arg = p.
void Forward(const DecodeTables& t, const int32_t* emissions, size_t n, float* score, uint8_t* back) {
  FirstToken(t, emissions, score, back);
  for (size_t i = 1; i < n; ++i) {
    const float* prev = score + (i - 1) * kNerLabelCount;
    __m128 best_lo = _mm_add_ps(_mm_set1_ps(prev[0]), _mm_load_ps(t.open[0]));
    __m128 best_hi = _mm_add_ps(_mm_set1_ps(prev[0]), _mm_load_ps(t.open[0] + 4));
    __m128i arg_lo = _mm_setzero_si128(), arg_hi = _mm_setzero_si128();
    for (int p = 1; p < kNerLabelCount; ++p) {
      const __m128 pv = _mm_set1_ps(prev[p]);
      const __m128i pi = _mm_set1_epi32(p);
      const __m128 v_lo = _mm_add_ps(pv, _mm_load_ps(t.open[p]));
      const __m128 v_hi = _mm_add_ps(pv, _mm_load_ps(t.open[p] + 4));
      const __m128 m_lo = _mm_cmpgt_ps(v_lo, best_lo);
      const __m128 m_hi = _mm_cmpgt_ps(v_hi, best_hi);
      best_lo = _mm_or_ps(_mm_and_ps(m_lo, v_lo), _mm_andnot_ps(m_lo, best_lo));
      best_hi = _mm_or_ps(_mm_and_ps(m_hi, v_hi), _mm_andnot_ps(m_hi, best_hi));
      const __m128i mi_lo = _mm_castps_si128(m_lo), mi_hi = _mm_castps_si128(m_hi);
      arg_lo = _mm_or_si128(_mm_and_si128(mi_lo, pi), _mm_andnot_si128(mi_lo, arg_lo));
      arg_hi = _mm_or_si128(_mm_and_si128(mi_hi, pi), _mm_andnot_si128(mi_hi, arg_hi));
    }
    alignas(16) float best[8];
    alignas(16) int32_t arg[8];
    _mm_store_ps(best, best_lo);
    _mm_store_ps(best + 4, best_hi);
    _mm_store_si128(reinterpret_cast<__m128i*>(arg), arg_lo);
    _mm_store_si128(reinterpret_cast<__m128i*>(arg + 4), arg_hi);
    NextToken(t, emissions + i * 8, prev, best, arg, score + i * kNerLabelCount, back + i * kNerLabelCount);
  }
}

// The decoder with AVX2 keeps each token's scores in lanes, not in label order: O and the B-X
// first (kOpenLabels), then the I-X, so that the labels any label may precede are scored in one
// register and the I-X in another.
constexpr int kLaneOf[kNerLabelCount] = {0, 1, 5, 2, 6, 3, 7, 4, 8};  // label -> lane

// Viterbi with AVX2, into labels[0, n): the same float additions, multiplications and
// comparisons as Forward's lane by lane (the previous labels in label order, the first best on
// ties), the selections by the same masks. score: n rows of kNerLabelCount lanes; back: the
// same rows of previous labels.
[[gnu::target("avx2")]] void DecodeAvx2(const DecodeTables& t, const int32_t* emissions, size_t n,
                                        float* score, int32_t* back, NerLabel* labels) {
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  for (int l = 0; l < kNerLabelCount; ++l) {
    const int32_t acc = l == 0 ? 0 : emissions[l - 1];
    score[kLaneOf[l]] =
        ner_format::Allowed(kNerLabelCount, l) ? acc * t.scale + t.transition[kNerLabelCount][l] : kNegInf;
    back[l] = 0;
  }
  const __m256 scale8 = _mm256_set1_ps(t.scale);
  const __m128 scale4 = _mm_set1_ps(t.scale);
  // I-X (label l, lane 4 + l / 2) after B-X (l - 1, lane l / 2) or I-X
  const __m128 from_b_transition =
      _mm_setr_ps(t.transition[1][2], t.transition[3][4], t.transition[5][6], t.transition[7][8]);
  const __m128 from_i_transition =
      _mm_setr_ps(t.transition[2][2], t.transition[4][4], t.transition[6][6], t.transition[8][8]);
  const __m128i b_labels = _mm_setr_epi32(1, 3, 5, 7), i_labels = _mm_setr_epi32(2, 4, 6, 8);
  // a token's emissions (labels 1-8) in its lanes: O (none) and B-X, then I-X
  const __m256i open_emission = _mm256_setr_epi32(0, 0, 2, 4, 6, 0, 0, 0);
  const __m256i inside_emission = _mm256_setr_epi32(1, 3, 5, 7, 0, 0, 0, 0);
  for (size_t i = 1; i < n; ++i) {
    const float* prev = score + (i - 1) * kNerLabelCount;
    float* s = score + i * kNerLabelCount;
    int32_t* b = back + i * kNerLabelCount;
    __m256 best = _mm256_add_ps(_mm256_set1_ps(prev[kLaneOf[0]]), _mm256_loadu_ps(t.open[0]));
    __m256 arg = _mm256_setzero_ps();  // the previous labels' bits, selected as floats
    for (int p = 1; p < kNerLabelCount; ++p) {
      const __m256 v = _mm256_add_ps(_mm256_set1_ps(prev[kLaneOf[p]]), _mm256_loadu_ps(t.open[p]));
      const __m256 m = _mm256_cmp_ps(v, best, _CMP_GT_OQ);
      best = _mm256_blendv_ps(best, v, m);
      arg = _mm256_blendv_ps(arg, _mm256_castsi256_ps(_mm256_set1_epi32(p)), m);
    }
    const __m256i e = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(emissions + i * 8));
    const __m256i open_acc =
        _mm256_blend_epi32(_mm256_permutevar8x32_epi32(e, open_emission), _mm256_setzero_si256(), 0x01);
    // lanes 0-7 (5-7 are the I-X's, written next)
    _mm256_storeu_ps(s, _mm256_add_ps(best, _mm256_mul_ps(_mm256_cvtepi32_ps(open_acc), scale8)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(b), _mm256_castps_si256(arg));
    const __m128 from_b = _mm_add_ps(_mm_loadu_ps(prev + 1), from_b_transition);
    const __m128 from_i = _mm_add_ps(_mm_loadu_ps(prev + 5), from_i_transition);
    const __m128 use_i = _mm_cmpgt_ps(from_i, from_b);
    const __m128i inside_acc = _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(e, inside_emission));
    _mm_storeu_ps(s + 5, _mm_add_ps(_mm_blendv_ps(from_b, from_i, use_i),
                                    _mm_mul_ps(_mm_cvtepi32_ps(inside_acc), scale4)));
    _mm_storeu_si128(
        reinterpret_cast<__m128i*>(b + 5),
        _mm_castps_si128(_mm_blendv_ps(_mm_castsi128_ps(b_labels), _mm_castsi128_ps(i_labels), use_i)));
  }
  const float* last = score + (n - 1) * kNerLabelCount;
  int cur = 0;
  for (int l = 1; l < kNerLabelCount; ++l) {
    if (last[kLaneOf[l]] > last[kLaneOf[cur]]) cur = l;
  }
  for (size_t i = n; i-- > 0;) {
    labels[i] = static_cast<NerLabel>(cur);
    cur = back[i * kNerLabelCount + kLaneOf[cur]];
  }
}

// Does the processor have AVX2? (Asked once.)
bool HaveAvx2() {
  static const bool avx2 = __builtin_cpu_supports("avx2");
  return avx2;
}

}  // namespace

std::string_view NerLabelName(NerLabel label) {
  static constexpr std::string_view kNames[kNerLabelCount] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                              "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return kNames[static_cast<int>(label)];
}

const NerModel* NerModel::Get() {
  static const std::unique_ptr<NerModel> model = [] {
    std::optional<std::string_view> bytes = internal::SchemaFile("models/ner.bin");
    return bytes ? FromBytes(*bytes) : nullptr;
  }();
  return model.get();
}

std::unique_ptr<NerModel> NerModel::FromBytes(std::string_view bytes) {
  if (bytes.size() < ner_format::kHeaderBytes) return nullptr;
  ner_format::Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, ner_format::kMagic, sizeof h.magic) != 0 ||
      h.format_version != ner_format::kFormatVersion || h.feature_version != kNerFeatureVersion ||
      h.label_count != kNerLabelCount || h.log2_buckets < 4 || h.log2_buckets > 26 ||
      h.lexicon_log2_slots > 26) {
    return nullptr;
  }
  const size_t buckets = size_t{1} << h.log2_buckets;
  const size_t weight_bytes = buckets * ner_format::kRowLabels * sizeof(int16_t);
  const size_t slots = h.lexicon_log2_slots ? size_t{1} << h.lexicon_log2_slots : 0;
  if (bytes.size() != ner_format::kHeaderBytes + weight_bytes + slots * sizeof(uint32_t)) return nullptr;
  std::unique_ptr<NerModel> m(new NerModel());
  m->serial_ = next_model_serial.fetch_add(1);
  m->bucket_mask_ = static_cast<uint32_t>(buckets - 1);
  m->scale_ = h.scale;
  std::memcpy(m->transition_, bytes.data() + sizeof h, sizeof m->transition_);
  for (int p = 0; p < kNerLabelCount; ++p) {
    for (int lane = 0; lane < 8; ++lane)
      m->open_transition_[p][lane] = m->transition_[p][kOpenLabels[std::min(lane, 4)]];
  }
  const char* w = bytes.data() + ner_format::kHeaderBytes;
  if (reinterpret_cast<uintptr_t>(w) % 16 == 0) {
    m->weights_ = reinterpret_cast<const int16_t*>(w);
  } else {
    m->owned_.resize(buckets * ner_format::kRowLabels + 8);
    m->weights_ = m->owned_.data();
    while (reinterpret_cast<uintptr_t>(m->weights_) % 16 != 0) ++m->weights_;
    std::memcpy(const_cast<int16_t*>(m->weights_), w, weight_bytes);
  }
  if (slots) {
    const char* table = w + weight_bytes;
    if (reinterpret_cast<uintptr_t>(table) % alignof(uint32_t) == 0) {
      m->lexicon_slots_ = reinterpret_cast<const uint32_t*>(table);
    } else {
      m->owned_slots_.resize(slots);
      std::memcpy(m->owned_slots_.data(), table, slots * sizeof(uint32_t));
      m->lexicon_slots_ = m->owned_slots_.data();
    }
    m->lexicon_mask_ = static_cast<uint32_t>(slots - 1);
  }
  m->size_bytes_ = bytes.size();
  return m;
}

std::vector<NerLabel> NerModel::Tag(const std::vector<std::string_view>& words, const uint32_t* ids) const {
  return TagWith(words, true, ids, HaveAvx2());
}

std::vector<NerLabel> NerModel::TagWith(const std::vector<std::string_view>& words, bool per_word,
                                        const uint32_t* ids, bool avx2) const {
  const size_t n = words.size();
  std::vector<NerLabel> labels(n, NerLabel::kO);
  if (n == 0) return labels;
  thread_local std::vector<int32_t> emissions;  // [token][label 1-8]
  thread_local std::vector<float> score;        // [token][label]: best path score ending in label
  thread_local std::vector<uint8_t> back;       // [token][label]: previous label on that path
  emissions.resize(n * 8);
  const Weights weights{weights_, bucket_mask_};
  const NerLexiconView lexicon{lexicon_slots_, lexicon_mask_};
  if (!per_word || !CachedEmissions(weights, lexicon, serial_, words, ids, avx2, emissions.data()))
    FeatureEmissions(weights, lexicon, words, emissions.data());
  score.resize(n * kNerLabelCount);
  const DecodeTables tables{scale_, transition_, open_transition_};
  if (avx2) {
    thread_local std::vector<int32_t> back_lanes;  // DecodeAvx2's: [token][lane]
    back_lanes.resize(n * kNerLabelCount);
    DecodeAvx2(tables, emissions.data(), n, score.data(), back_lanes.data(), labels.data());
    return labels;
  }
  back.resize(n * kNerLabelCount);
  Forward(tables, emissions.data(), n, score.data(), back.data());
  const float* last = score.data() + (n - 1) * kNerLabelCount;
  int cur = 0;
  for (int l = 1; l < kNerLabelCount; ++l) {
    if (last[l] > last[cur]) cur = l;
  }
  for (size_t i = n; i-- > 0;) {
    labels[i] = static_cast<NerLabel>(cur);
    cur = back[i * kNerLabelCount + cur];
  }
  return labels;
}

}  // namespace claimgraph::extract
