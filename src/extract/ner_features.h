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

inline constexpr uint32_t kNerFeatureVersion = 3;
inline constexpr int kNerFeaturesPerToken = 29;
// Positions (bits) within a token's features of those naming the word itself
// (word, word+case, word bigrams): the trainer drops them at random so that
// the model learns to tag unseen words from shape and context.
inline constexpr uint32_t kNerWordIdentityFeatures = (1u << 1) | (1u << 2) | (1u << 19) | (1u << 20);
// Positions of the features that look at neighbouring words (+-2) only.
inline constexpr uint32_t kNerContextFeatures = (0xFFu << 13) | (1u << 22) | (1u << 23);

// Word classes learnt from the training corpus (how often a word is written
// in lower case, which entity type it mostly belongs to), keyed by
// NerWordHash. An open-addressing table; class 0 = unknown word. The views
// point into a model file or a trainer's buffers.
struct NerLexiconView {
  // A slot is (upper 24 bits of the hash's high half) << 8 | class; 0 = empty.
  const uint32_t* slots = nullptr;
  uint32_t mask = 0;  // slot count - 1; no table when slots == nullptr

  static uint32_t Tag(uint64_t word_hash) { return static_cast<uint32_t>(word_hash >> 32) & 0xFFFFFF00u; }

  uint8_t Lookup(uint64_t word_hash) const {
    if (slots == nullptr) return 0;
    const uint32_t tag = Tag(word_hash);
    for (uint32_t i = static_cast<uint32_t>(word_hash) & mask;; i = (i + 1) & mask) {
      const uint32_t slot = slots[i];
      if (slot == 0) return 0;
      if ((slot & 0xFFFFFF00u) == tag) return static_cast<uint8_t>(slot);
    }
  }
};

// The hash of the ASCII-lower-cased word, as the lexicon and word features use it.
uint64_t NerWordHash(std::string_view word);

// Writes words.size() * kNerFeaturesPerToken hashes to *out (resized), token
// by token. Only ASCII letters are case-folded; other bytes hash as they are,
// except typographic quotes, dashes and ellipses, which count as their ASCII
// forms (the training text has only those).
// A sentence written mostly in capitals (headlines, datelines) is featurized
// case-blind: its words get the shapes of their lower-case forms and a
// distinct capitalization class, so headline tagging relies on the words.
// `lexicon` may be empty (every word unknown).
void ExtractNerFeatures(const std::vector<std::string_view>& words, const NerLexiconView& lexicon,
                        std::vector<uint64_t>* out);

// ExtractNerFeatures' features of a token, grouped by what they depend on, so that a decoder
// can keep per word those that depend on one word only (ner_model.cc). A token's features are
// exactly (as a multiset): its word's `own`, its previous word's `as_prev`, its next word's
// `as_next`, the `as_prev2` of the word two before, the `as_next2` of the word two after (the
// sentence pads of NerPadFeatures standing in past either end), and NerPairFeatures of it and
// its neighbours.
inline constexpr int kNerOwnFeatures = 15;
inline constexpr int kNerPairFeatures = 8;
// What the pair features read of a word (or sentence pad).
struct NerNeighbour {
  uint64_t word = 0;  // hash of the lower-cased word
  // the first steps of the pair features that start from the word (with the previous word,
  // with the next word, with the next word's capitalization)
  uint64_t prev_word_word = 0, word_next_word = 0, prev_word_cap = 0;
  uint8_t cap = 0;  // capitalization class (in a caseless sentence: the caseless one)
  uint8_t lexicon_class = 0;
  // the lexicon class's row in NerPairFeatures' tables of the lexicon features (classes 0-31
  // and the pads' 250-253), kNerNoLexiconSlot for another class (hashed afresh)
  uint8_t lexicon_slot = 0;
};
inline constexpr uint8_t kNerNoLexiconSlot = 0xFF;
struct NerWordFeatures {
  NerNeighbour self;
  uint8_t word_cap = 0;                // the word's class alone, before the sentence's caseless rule
  uint64_t own[kNerOwnFeatures] = {};  // those of the word alone (word, case, shape, affixes, length, class)
  uint64_t as_prev[2] = {};            // what the next token sees of it (word, shape)
  uint64_t as_next[2] = {};            // what the previous token sees of it (word, shape)
  uint64_t as_prev2 = 0;               // what the token two after sees of it
  uint64_t as_next2 = 0;               // what the token two before sees of it
};
// The features of one word as it stands in a sentence that is (caseless) or is not written
// mostly in capitals. `word` as the tagger receives it (typographic punctuation is mapped here).
void DescribeNerWord(std::string_view word, bool caseless, const NerLexiconView& lexicon,
                     NerWordFeatures* out);
// The sentence pads: 0 and 1 before the first word (1 next to it), 2 and 3 after the last (2 next to it).
void DescribeNerPad(int pad, NerWordFeatures* out);
// The features of each word of a sentence of n words that combine it with its neighbours (the
// word before and the word after): words[i + 2] is word i's record, words[0..1] and
// words[n + 2..n + 3] the pads' (DescribeNerPad); kNerPairFeatures a word into out, in order.
void NerPairFeatures(const NerNeighbour* const* words, size_t n, uint64_t* out);
// Is a sentence whose words have these capitalization classes (NerWordFeatures::word_cap)
// featurized case-blind?
bool NerCaselessSentence(const uint8_t* word_caps, size_t n);

}  // namespace claimgraph::extract
