#include "extract/ner_train.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>

#include "extract/ner_features.h"
#include "extract/ner_format.h"

namespace claimgraph::extract {
namespace {

constexpr int kL = kNerLabelCount;
constexpr int kStart = kNerLabelCount;  // transition row of the sentence start

// Best IOB2-valid label sequence for emissions emit[n][kL] and transitions trans[kL + 1][kL].
void Viterbi(const float* emit, size_t n, const float* trans, std::vector<float>& score, std::vector<uint8_t>& back,
             std::vector<uint8_t>* out) {
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  score.resize(n * kL);
  back.resize(n * kL);
  out->resize(n);
  for (size_t i = 0; i < n; ++i) {
    for (int l = 0; l < kL; ++l) {
      const float e = emit[i * kL + l];
      if (i == 0) {
        score[l] = ner_format::Allowed(kStart, l) ? e + trans[kStart * kL + l] : kNegInf;
        back[l] = 0;
        continue;
      }
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < kL; ++p) {
        if (!ner_format::Allowed(p, l)) continue;
        const float v = score[(i - 1) * kL + p] + trans[p * kL + l];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * kL + l] = best + e;
      back[i * kL + l] = static_cast<uint8_t>(arg);
    }
  }
  int cur = 0;
  for (int l = 1; l < kL; ++l) {
    if (score[(n - 1) * kL + l] > score[(n - 1) * kL + cur]) cur = l;
  }
  for (size_t i = n; i-- > 0;) {
    (*out)[i] = static_cast<uint8_t>(cur);
    cur = back[i * kL + cur];
  }
}

// Averaged weights w - u / c, quantized into a model file.
std::string WriteModel(const std::vector<float>& w, const std::vector<double>& u, const std::vector<float>& tw,
                       const std::vector<double>& tu, double c, int log2_buckets) {
  std::vector<float> avg(w.size());
  float max_abs = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    avg[i] = static_cast<float>(w[i] - u[i] / c);
    max_abs = std::max(max_abs, std::fabs(avg[i]));
  }
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  ner_format::Header h{};
  std::memcpy(h.magic, ner_format::kMagic, sizeof h.magic);
  h.format_version = ner_format::kFormatVersion;
  h.feature_version = kNerFeatureVersion;
  h.label_count = kL;
  h.log2_buckets = static_cast<uint32_t>(log2_buckets);
  h.scale = scale;
  std::string out(ner_format::kHeaderBytes + avg.size() * sizeof(int16_t), '\0');
  std::memcpy(out.data(), &h, sizeof h);
  float trans[(kL + 1) * kL];
  for (size_t i = 0; i < tw.size(); ++i) trans[i] = static_cast<float>(tw[i] - tu[i] / c);
  std::memcpy(out.data() + sizeof h, trans, sizeof trans);
  char* dst = out.data() + ner_format::kHeaderBytes;
  for (size_t i = 0; i < avg.size(); ++i) {
    const int16_t q = static_cast<int16_t>(std::lround(avg[i] / scale));
    std::memcpy(dst + i * sizeof q, &q, sizeof q);
  }
  return out;
}

}  // namespace

std::string TrainNerModel(const std::vector<NerTrainSentence>& data, const NerTrainOptions& options) {
  const size_t buckets = size_t{1} << options.log2_buckets;
  const uint64_t mask = buckets - 1;
  constexpr int kF = kNerFeaturesPerToken;
  // Feature rows of every token, computed once: offsets[s] is sentence s's first token.
  std::vector<uint32_t> rows;
  std::vector<size_t> offsets(data.size() + 1, 0);
  {
    std::vector<std::string_view> words;
    std::vector<uint64_t> feats;
    size_t total = 0;
    for (const auto& s : data) total += s.words.size();
    rows.reserve(total * kF);
    for (size_t s = 0; s < data.size(); ++s) {
      words.assign(data[s].words.begin(), data[s].words.end());
      ExtractNerFeatures(words, &feats);
      for (uint64_t f : feats) rows.push_back(static_cast<uint32_t>(f & mask));
      offsets[s + 1] = offsets[s] + words.size();
    }
  }
  std::vector<float> w(buckets * kL, 0.0f), tw((kL + 1) * kL, 0.0f);
  std::vector<double> u(buckets * kL, 0.0), tu((kL + 1) * kL, 0.0);  // sum of clock * update
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<float> emit, score;
  std::vector<uint8_t> back, pred;
  double c = 1;  // number of sentences seen + 1: the averaging clock
  auto update = [&](std::vector<float>& wt, std::vector<double>& ut, size_t index, float delta) {
    wt[index] += delta;
    ut[index] += c * delta;
  };
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t s : order) {
      const auto& gold = data[s].labels;
      const size_t n = gold.size();
      if (n == 0) {
        c += 1;
        continue;
      }
      const uint32_t* r = rows.data() + offsets[s] * kF;
      emit.assign(n * kL, 0.0f);
      for (size_t i = 0; i < n; ++i) {
        float* e = emit.data() + i * kL;
        for (int k = 0; k < kF; ++k) {
          const float* row = w.data() + static_cast<size_t>(r[i * kF + k]) * kL;
          for (int l = 0; l < kL; ++l) e[l] += row[l];
        }
      }
      Viterbi(emit.data(), n, tw.data(), score, back, &pred);
      for (size_t i = 0; i < n; ++i) {
        const int g = static_cast<int>(gold[i]);
        const int p = pred[i];
        if (g != p) {
          for (int k = 0; k < kF; ++k) {
            const size_t row = static_cast<size_t>(r[i * kF + k]) * kL;
            update(w, u, row + g, 1.0f);
            update(w, u, row + p, -1.0f);
          }
        }
        const int gp = i == 0 ? kStart : static_cast<int>(gold[i - 1]);
        const int pp = i == 0 ? kStart : pred[i - 1];
        if (gp != pp || g != p) {
          update(tw, tu, static_cast<size_t>(gp) * kL + g, 1.0f);
          update(tw, tu, static_cast<size_t>(pp) * kL + p, -1.0f);
        }
      }
      c += 1;
    }
    if (options.after_epoch) {
      options.after_epoch(epoch, WriteModel(w, u, tw, tu, c, options.log2_buckets));
    }
  }
  return WriteModel(w, u, tw, tu, c, options.log2_buckets);
}

}  // namespace claimgraph::extract
