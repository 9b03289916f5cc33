// Statistical named-entity tagger: a first-order structured perceptron over
// IOB2 labels, with hashed lexical/shape features (ner_features.h), decoded by
// Viterbi under the IOB2 constraint (I-X only after B-X or I-X).
//
// The shipped model is schema/models/ner.bin (trained by tools/train-ner on
// the GMB-derived VOA corpus; see schema/models/NOTICE). Loading parses only a
// small header: the weight table is used in place, from the embedded bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

enum class NerLabel : uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc };
inline constexpr int kNerLabelCount = 9;

// "O", "B-PER", "I-PER", ... (CoNLL spelling).
std::string_view NerLabelName(NerLabel label);

class NerModel {
 public:
  // The model compiled into the library (schema/models/ner.bin), loaded once
  // per process; nullptr if absent or unreadable.
  static const NerModel* Get();

  // Parses a model file. `bytes` must outlive the model (weights are not
  // copied). nullptr on a bad magic, version or size.
  static std::unique_ptr<NerModel> FromBytes(std::string_view bytes);

  // Tags one sentence; words are the token texts (UTF-8). Returns one label per
  // word, always a valid IOB2 sequence.
  // Each thread keeps the weight sums of the words it has tagged (8 MB at most), so that
  // a word is featurized once, not at every occurrence. `ids`: nullptr, or the words' ids in
  // the calling thread's text::Vocabulary (text::Token::word, kNoWord for none), by which the
  // thread finds a word's sums without hashing it.
  std::vector<NerLabel> Tag(const std::vector<std::string_view>& words, const uint32_t* ids = nullptr) const;
  // The same labels, from every feature of ExtractNerFeatures afresh (what Tag does for a
  // sentence written mostly in capitals); for tests that compare the two.
  std::vector<NerLabel> TagUncached(const std::vector<std::string_view>& words) const {
    return TagWith(words, false, nullptr, false);
  }
  // What Tag gives, decoded with SSE2 alone, as on a processor without AVX2 (Tag uses AVX2 where
  // the processor has it); for tests that compare the two.
  std::vector<NerLabel> TagSse2(const std::vector<std::string_view>& words) const {
    return TagWith(words, true, nullptr, false);
  }

  size_t SizeBytes() const { return size_bytes_; }

 private:
  NerModel() = default;
  // per_word: from the thread's per-word sums (else every feature afresh); avx2: with AVX2
  // instructions (REQUIRES: the processor has them).
  std::vector<NerLabel> TagWith(const std::vector<std::string_view>& words, bool per_word,
                                const uint32_t* ids, bool avx2) const;

  uint64_t serial_ = 0;  // distinct per model made in the process (keys the per-thread word sums)

  uint32_t bucket_mask_ = 0;
  float scale_ = 1.0f;                // emission weight = int16 * scale_
  const int16_t* weights_ = nullptr;  // [bucket][B-PER..I-MISC], 16-aligned, in the model bytes or owned_
  std::vector<int16_t> owned_;        // copy, only when the bytes are misaligned
  const uint32_t* lexicon_slots_ = nullptr;  // NerLexiconView (ner_features.h), in the model bytes
  std::vector<uint32_t> owned_slots_;        // copy, only when the bytes are misaligned
  uint32_t lexicon_mask_ = 0;
  float transition_[kNerLabelCount + 1][kNerLabelCount] = {};  // row kNerLabelCount = sentence start
  // transition_[p][l] for the labels any label may precede (O, B-PER, B-ORG, B-LOC,
  // B-MISC) in lanes 0-4 (5-7 repeat lane 4): Viterbi scores them four at a time.
  alignas(16) float open_transition_[kNerLabelCount][8] = {};
  size_t size_bytes_ = 0;
};

}  // namespace claimgraph::extract
