#include "extract/ner_train.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

#include "extract/ner_features.h"
#include "extract/ner_format.h"

namespace claimgraph::extract {
namespace {

constexpr int kL = kNerLabelCount;
constexpr int kStart = kNerLabelCount;  // transition row of the sentence start

// Best IOB2-valid label sequence for emissions emit[n][kL] and transitions trans[kL + 1][kL].
void Viterbi(const float* emit, size_t n, const float* trans, std::vector<float>& score,
             std::vector<uint8_t>& back, std::vector<uint8_t>* out) {
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

// Corpus statistics of one lower-cased word.
struct WordCounts {
  uint32_t total = 0;
  uint32_t lower = 0;       // written without capitals
  uint32_t capped = 0;      // written with a capital, not sentence-initial
  uint32_t entity[4] = {};  // inside a PER, ORG, LOC, MISC span
};
using CountMap = std::unordered_map<uint64_t, WordCounts>;

void Count(const NerTrainSentence& s, CountMap* counts) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    WordCounts& c = (*counts)[NerWordHash(s.words[i])];
    ++c.total;
    bool upper = false, lower = false;
    for (char ch : s.words[i]) {
      upper = upper || (ch >= 'A' && ch <= 'Z');
      lower = lower || (ch >= 'a' && ch <= 'z');
    }
    if (lower && !upper) ++c.lower;
    if (upper && i > 0) ++c.capped;
    const int label = static_cast<int>(s.labels[i]);
    if (label > 0) ++c.entity[(label - 1) / 2];
  }
}

// Class 1..30 of a word seen at least twice: how often it is written in lower
// case (5 levels) x its usual entity type (none, PER, ORG, LOC, MISC, mixed).
uint8_t WordClass(const WordCounts& c) {
  int lower_level;
  if (c.lower + c.capped == 0)
    lower_level = 4;  // only ever sentence-initial
  else if (c.lower == 0)
    lower_level = 0;
  else if (c.lower * 10 < 3 * (c.lower + c.capped))
    lower_level = 1;
  else if (c.lower * 10 < 8 * (c.lower + c.capped))
    lower_level = 2;
  else
    lower_level = 3;
  int best = 0;
  uint32_t in_entities = 0;
  for (int t = 0; t < 4; ++t) {
    in_entities += c.entity[t];
    if (c.entity[t] > c.entity[best]) best = t;
  }
  int type = 0;
  if (c.entity[best] * 2 >= c.total)
    type = 1 + best;
  else if (in_entities * 5 >= c.total)
    type = 5;
  return static_cast<uint8_t>(1 + lower_level * 6 + type);
}

// Open-addressing table (NerLexiconView layout) of the words seen >= 2 times.
struct Lexicon {
  int log2_slots = 0;
  std::vector<uint32_t> slots;

  NerLexiconView View() const {
    if (slots.empty()) return {};
    return NerLexiconView{slots.data(), static_cast<uint32_t>(slots.size() - 1)};
  }
};

Lexicon BuildLexicon(const CountMap& counts) {
  size_t n = 0;
  for (const auto& [hash, c] : counts) n += c.total >= 2;
  Lexicon lex;
  lex.log2_slots = 4;
  while ((size_t{1} << lex.log2_slots) < 2 * n) ++lex.log2_slots;
  const size_t slots = size_t{1} << lex.log2_slots;
  lex.slots.assign(slots, 0);
  const uint32_t mask = static_cast<uint32_t>(slots - 1);
  for (const auto& [hash, c] : counts) {
    if (c.total < 2) continue;
    uint32_t i = static_cast<uint32_t>(hash) & mask;
    while (lex.slots[i] != 0) i = (i + 1) & mask;
    lex.slots[i] = NerLexiconView::Tag(hash) | WordClass(c);  // classes are never 0
  }
  return lex;
}

// Averaged perceptron weights: w - u / c.
std::vector<double> Averaged(const std::vector<float>& w, const std::vector<double>& u, double c) {
  std::vector<double> out(w.size());
  for (size_t i = 0; i < w.size(); ++i) out[i] = w[i] - u[i] / c;
  return out;
}

// Quantizes weights avg[bucket][label] and transitions trans[kL + 1][kL] into a model file.
std::string WriteModel(const std::vector<double>& avg_full, const std::vector<double>& trans_avg,
                       int log2_buckets, const Lexicon& lexicon) {
  // Rows without O: label l's weight minus O's weight of the same feature.
  constexpr int kR = ner_format::kRowLabels;
  const size_t buckets = avg_full.size() / kL;
  std::vector<float> avg(buckets * kR);
  float max_abs = 0;
  for (size_t b = 0; b < buckets; ++b) {
    for (int l = 1; l < kL; ++l) {
      const float v = static_cast<float>(avg_full[b * kL + l] - avg_full[b * kL]);
      avg[b * kR + l - 1] = v;
      max_abs = std::max(max_abs, std::fabs(v));
    }
  }
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  ner_format::Header h{};
  std::memcpy(h.magic, ner_format::kMagic, sizeof h.magic);
  h.format_version = ner_format::kFormatVersion;
  h.feature_version = kNerFeatureVersion;
  h.label_count = kL;
  h.log2_buckets = static_cast<uint32_t>(log2_buckets);
  h.scale = scale;
  h.lexicon_log2_slots = lexicon.slots.empty() ? 0 : static_cast<uint32_t>(lexicon.log2_slots);
  const size_t weight_bytes = avg.size() * sizeof(int16_t);
  std::string out(ner_format::kHeaderBytes + weight_bytes + lexicon.slots.size() * sizeof(uint32_t), '\0');
  std::memcpy(out.data(), &h, sizeof h);
  float trans[(kL + 1) * kL];
  for (size_t i = 0; i < trans_avg.size(); ++i) trans[i] = static_cast<float>(trans_avg[i]);
  std::memcpy(out.data() + sizeof h, trans, sizeof trans);
  char* dst = out.data() + ner_format::kHeaderBytes;
  for (size_t i = 0; i < avg.size(); ++i) {
    const int16_t q = static_cast<int16_t>(std::lround(avg[i] / scale));
    std::memcpy(dst + i * sizeof q, &q, sizeof q);
  }
  if (!lexicon.slots.empty()) {
    std::memcpy(dst + weight_bytes, lexicon.slots.data(), lexicon.slots.size() * sizeof(uint32_t));
  }
  return out;
}

}  // namespace

std::string TrainNerModel(const std::vector<NerTrainSentence>& data, const NerTrainOptions& options) {
  const size_t buckets = size_t{1} << options.log2_buckets;
  const uint64_t mask = buckets - 1;
  constexpr int kF = kNerFeaturesPerToken;
  // Lexicons: the model's, from all sentences; and for each fold, one from the
  // other folds, used for that fold's features so that training sees unknown
  // words as often as new text will.
  const int folds = std::max(0, options.lexicon_folds);
  Lexicon final_lexicon;
  std::vector<Lexicon> fold_lexicons;
  if (folds > 0) {
    std::vector<CountMap> fold_counts(static_cast<size_t>(folds));
    for (const auto& s : data) {
      if (s.counts_for_lexicon) Count(s, &fold_counts[s.group % static_cast<uint32_t>(folds)]);
    }
    CountMap all;
    for (int k = 0; k < folds; ++k) {
      CountMap others;
      for (int j = 0; j < folds; ++j) {
        for (const auto& [hash, c] : fold_counts[static_cast<size_t>(j)]) {
          WordCounts& dst = j == k ? all[hash] : others[hash];
          dst.total += c.total;
          dst.lower += c.lower;
          dst.capped += c.capped;
          for (int t = 0; t < 4; ++t) dst.entity[t] += c.entity[t];
        }
      }
      fold_lexicons.push_back(BuildLexicon(others));
    }
    final_lexicon = BuildLexicon(all);
  }
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
      ExtractNerFeatures(
          words,
          folds > 0 ? fold_lexicons[data[s].group % static_cast<uint32_t>(folds)].View() : NerLexiconView{},
          &feats);
      for (uint64_t f : feats) rows.push_back(static_cast<uint32_t>(f & mask));
      offsets[s + 1] = offsets[s] + words.size();
    }
  }
  std::vector<double> sum_w(buckets * kL, 0.0), sum_t((kL + 1) * kL, 0.0);  // over runs
  for (int run = 0; run < std::max(1, options.runs); ++run) {
    std::vector<float> w(buckets * kL, 0.0f), tw((kL + 1) * kL, 0.0f);
    std::vector<double> u(buckets * kL, 0.0), tu((kL + 1) * kL, 0.0);  // sum of clock * update
    std::vector<size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(run));
    std::vector<float> emit, score;
    std::vector<uint8_t> back, pred;
    std::vector<uint32_t> keep;  // per token: bit k set = feature k is used
    std::uniform_real_distribution<double> coin(0, 1);
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
        keep.assign(n, ~0u);
        if (options.word_dropout > 0 || options.context_dropout > 0) {
          for (size_t i = 0; i < n; ++i) {
            if (coin(rng) < options.word_dropout) keep[i] &= ~kNerWordIdentityFeatures;
            if (coin(rng) < options.context_dropout) keep[i] &= ~kNerContextFeatures;
          }
        }
        emit.assign(n * kL, 0.0f);
        for (size_t i = 0; i < n; ++i) {
          float* e = emit.data() + i * kL;
          for (int k = 0; k < kF; ++k) {
            if (!(keep[i] >> k & 1)) continue;
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
              if (!(keep[i] >> k & 1)) continue;
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
        options.after_epoch(
            epoch, WriteModel(Averaged(w, u, c), Averaged(tw, tu, c), options.log2_buckets, final_lexicon));
      }
    }
    const std::vector<double> aw = Averaged(w, u, c), at = Averaged(tw, tu, c);
    for (size_t i = 0; i < aw.size(); ++i) sum_w[i] += aw[i];
    for (size_t i = 0; i < at.size(); ++i) sum_t[i] += at[i];
  }
  // The mean of the runs' averaged weights (scale does not matter to decoding).
  return WriteModel(sum_w, sum_t, options.log2_buckets, final_lexicon);
}

}  // namespace claimgraph::extract
