#include "extract/ner_model.h"

#include <bit>
#include <cstring>
#include <limits>

#include "common/schema_data.h"
#include "extract/ner_features.h"
#include "extract/ner_format.h"

namespace claimgraph::extract {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

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
  if (std::memcmp(h.magic, ner_format::kMagic, sizeof h.magic) != 0 || h.format_version != ner_format::kFormatVersion ||
      h.feature_version != kNerFeatureVersion || h.label_count != kNerLabelCount || h.log2_buckets < 4 ||
      h.log2_buckets > 26) {
    return nullptr;
  }
  const size_t buckets = size_t{1} << h.log2_buckets;
  const size_t weight_bytes = buckets * kNerLabelCount * sizeof(int16_t);
  if (bytes.size() != ner_format::kHeaderBytes + weight_bytes) return nullptr;
  std::unique_ptr<NerModel> m(new NerModel());
  m->bucket_mask_ = static_cast<uint32_t>(buckets - 1);
  m->scale_ = h.scale;
  std::memcpy(m->transition_, bytes.data() + sizeof h, sizeof m->transition_);
  const char* w = bytes.data() + ner_format::kHeaderBytes;
  if (reinterpret_cast<uintptr_t>(w) % alignof(int16_t) == 0) {
    m->weights_ = reinterpret_cast<const int16_t*>(w);
  } else {
    m->owned_.resize(buckets * kNerLabelCount);
    std::memcpy(m->owned_.data(), w, weight_bytes);
    m->weights_ = m->owned_.data();
  }
  m->size_bytes_ = bytes.size();
  return m;
}

std::vector<NerLabel> NerModel::Tag(const std::vector<std::string_view>& words) const {
  const size_t n = words.size();
  std::vector<NerLabel> labels(n, NerLabel::kO);
  if (n == 0) return labels;
  thread_local std::vector<uint64_t> features;
  thread_local std::vector<float> score;    // [token][label]: best path score ending in label
  thread_local std::vector<uint8_t> back;   // [token][label]: previous label on that path
  ExtractNerFeatures(words, &features);
  score.resize(n * kNerLabelCount);
  back.resize(n * kNerLabelCount);
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  for (size_t i = 0; i < n; ++i) {
    int32_t acc[kNerLabelCount] = {};
    const uint64_t* f = features.data() + i * kNerFeaturesPerToken;
    for (int k = 0; k < kNerFeaturesPerToken; ++k) {
      const int16_t* row = weights_ + static_cast<size_t>(f[k] & bucket_mask_) * kNerLabelCount;
      for (int l = 0; l < kNerLabelCount; ++l) acc[l] += row[l];
    }
    float* s = score.data() + i * kNerLabelCount;
    uint8_t* b = back.data() + i * kNerLabelCount;
    for (int l = 0; l < kNerLabelCount; ++l) {
      const float emit = static_cast<float>(acc[l]) * scale_;
      if (i == 0) {
        s[l] = ner_format::Allowed(kNerLabelCount, l) ? emit + transition_[kNerLabelCount][l] : kNegInf;
        b[l] = 0;
        continue;
      }
      const float* prev = s - kNerLabelCount;
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < kNerLabelCount; ++p) {
        if (!ner_format::Allowed(p, l)) continue;
        const float v = prev[p] + transition_[p][l];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      s[l] = best + emit;
      b[l] = static_cast<uint8_t>(arg);
    }
  }
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
