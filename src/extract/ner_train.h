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
  // Lexicon fold (group % lexicon_folds); a copy of a sentence (e.g. in
  // capitals) must carry its original's group.
  uint32_t group = 0;
  bool counts_for_lexicon = true;  // false for such copies
};

struct NerTrainOptions {
  int epochs = 10;
  int log2_buckets = 18;  // weight table rows; the file is 2^log2_buckets * 18 bytes
  uint64_t seed = 1;      // shuffling order of sentences per epoch
  // Independent trainings (seeds seed, seed+1, ...) whose averaged weights are
  // summed: a cheap ensemble that evens out the perceptron's order effects.
  int runs = 1;
  // Folds for the word-class lexicon (ner_features.h): each fold's features use
  // the lexicon of the other folds; the model gets the lexicon of all. 0 = none.
  int lexicon_folds = 5;
  // Share of tokens whose word-identity features (kNerWordIdentityFeatures)
  // are left out, anew for each sentence visit.
  double word_dropout = 0.0;
  // Share of tokens whose context features (kNerContextFeatures) are left out.
  double context_dropout = 0.0;
  // Called after each epoch of each run with that run's averaged, quantized model file.
  std::function<void(int epoch, std::string_view model)> after_epoch;
};

// Returns the bytes of a model file (ner_format.h) after options.epochs epochs.
std::string TrainNerModel(const std::vector<NerTrainSentence>& data, const NerTrainOptions& options);

}  // namespace claimgraph::extract
