// Feature extraction shared by the NER decoder (ner_model.cc) and trainer
// (ner_train.cc). Every feature is a 64-bit hash of (template, values); the
// model maps it to a weight row with `hash & bucket_mask`.
//
// Changing any template changes the meaning of trained weights: bump
// kNerFeatureVersion, which the model file records and the loader checks.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

inline constexpr uint32_t kNerFeatureVersion = 1;
inline constexpr int kNerFeaturesPerToken = 26;

// Writes words.size() * kNerFeaturesPerToken hashes to *out (resized), token
// by token. Only ASCII letters are case-folded; other bytes hash as they are.
// A sentence written mostly in capitals (headlines, datelines) is featurized
// case-blind: its words get the shapes of their lower-case forms and a
// distinct capitalization class, so headline tagging relies on the words.
void ExtractNerFeatures(const std::vector<std::string_view>& words, std::vector<uint64_t>* out);

}  // namespace claimgraph::extract
