// Training for NerModel: averaged structured perceptron (Collins 2002) with
// first-order Viterbi under the IOB2 constraint, over the hashed features of
// ner_features.h. Used by tools/train-ner and by the round-trip test.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner_model.h"

namespace claimgraph::extract {

struct NerTrainSentence {
  std::vector<std::string> words;  // UTF-8 token texts
  std::vector<NerLabel> labels;    // IOB2, one per word
};

struct NerTrainOptions {
  int epochs = 10;
  int log2_buckets = 18;  // weight table rows; the file is 2^log2_buckets * 18 bytes
  uint64_t seed = 1;      // shuffling order of sentences per epoch
  // Called after each epoch with that epoch's averaged, quantized model file.
  std::function<void(int epoch, std::string_view model)> after_epoch;
};

// Returns the bytes of a model file (ner_format.h) after options.epochs epochs.
std::string TrainNerModel(const std::vector<NerTrainSentence>& data, const NerTrainOptions& options);

}  // namespace claimgraph::extract
