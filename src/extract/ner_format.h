// Layout of schema/models/ner.bin, shared by the loader and the trainer.
//
//   Header (32 bytes) | float transition[10][9] | pad to kHeaderBytes |
//   int16 weight[2^log2_buckets][8] |
//   uint32 lexicon_slot[2^lexicon_log2_slots]
//
// All little-endian. transition[p][l] scores label l after label p; row 9 is
// the sentence start. A weight row holds the labels B-PER .. I-MISC (1..8): the
// weight of O is fixed at 0 (subtracting a feature's O weight from all its
// labels changes no decision), so a row is 16 bytes, one aligned SSE load.
// An emission weight is int16 * scale. The lexicon is NerLexiconView's table
// (ner_features.h); lexicon_log2_slots == 0 means none.
#pragma once

#include <cstddef>
#include <cstdint>

namespace claimgraph::extract::ner_format {

inline constexpr char kMagic[8] = {'C', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
inline constexpr uint32_t kFormatVersion = 4;
inline constexpr int kRowLabels = 8;  // stored labels per row: all but O

struct Header {
  char magic[8];
  uint32_t format_version;
  uint32_t feature_version;  // kNerFeatureVersion of the trainer
  uint32_t label_count;      // 9
  uint32_t log2_buckets;
  float scale;
  uint32_t lexicon_log2_slots;
};
static_assert(sizeof(Header) == 32);

inline constexpr size_t kTransitionBytes = 10 * 9 * sizeof(float);
inline constexpr size_t kHeaderBytes = 400;  // 32 + 360, rounded to 16 for the weights
static_assert(kHeaderBytes >= sizeof(Header) + kTransitionBytes && kHeaderBytes % 16 == 0);

// IOB2: I-X (labels 2, 4, 6, 8) only after B-X or I-X. prev == 9 is the sentence start.
constexpr bool Allowed(int prev, int label) {
  if (label == 0 || label % 2 == 1) return true;
  return prev == label || prev == label - 1;
}

}  // namespace claimgraph::extract::ner_format
