// Vocabulary: the words (as written) that one thread has tokenized, each folded once
// (FoldInto) and numbered in the order first seen, so that the stages can keep what
// they look up about a word in arrays indexed by its id instead of folding it and
// probing their lexicons for every token again.
//
// News text repeats a few thousand words: the tokenizers of one article meet each word
// several times, and the next article mostly the same words. Ids given in the order first
// seen put the frequent words first, so the arrays of the stages stay in the cache where
// the lexicons' tables (larger than the cache) do not.
//
// Each thread has its own vocabulary (ThisThread()); it only grows, up to kCapacity words
// of 1..kMaxBytes bytes. A word it does not hold (longer, or seen after it is full) has no
// id: the caller folds it and looks it up as before. Folded views stay valid while the
// thread lives.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_table.h"
#include "text/arena.h"

namespace claimgraph::text {

class Vocabulary {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr uint32_t kCapacity = 1u << 16;
  static constexpr size_t kMaxBytes = 16;

  Vocabulary() { std::fill(std::begin(one_byte_), std::end(one_byte_), kNone); }

  // The calling thread's vocabulary.
  static Vocabulary& ThisThread();

  // The id of `word` (as written), added when new; kNone when the vocabulary cannot hold it.
  uint32_t Id(std::string_view word) { return IdOf(IdAndShape(word)); }
  // Id() in two steps (WordTable::Begin), for a loop over words that starts each lookup a few
  // words ahead: Begin(word, &b) starts loading where Id(word) looks; IdBegun(word, b) then
  // gives the same id Id(word) would (b: from Begin of the same word; any calls in between).
  using Begun = internal::WordTable<uint32_t>::Begun;
  void Begin(std::string_view word, Begun* b) const {
    if (word.size() - 2 < kMaxBytes - 1) ids_.Begin(word, b);  // 2..kMaxBytes bytes (as Id's table)
  }
  [[gnu::always_inline]] uint32_t IdBegun(std::string_view word, const Begun& b) {
    return IdOf(IdAndShapeBegun(word, b));
  }
  // IdBegun and Shape of the id in one: the id and, in the bits above kShapeShift, the word's
  // CaseShape, which the table holds beside it (a second array read a cache miss per token);
  // kNone when the vocabulary cannot hold the word. IdOf and ShapeOf take them apart.
  static constexpr int kShapeShift = 24;
  [[gnu::always_inline]] uint32_t IdAndShapeBegun(std::string_view word, const Begun& b) {
    if (word.size() - 2 >= kMaxBytes - 1) [[unlikely]]
      return IdAndShape(word);
    if (const uint32_t* v = ids_.FindBegun(b)) return *v;
    return IdSlow(word);
  }
  static uint32_t IdOf(uint32_t id_and_shape) {
    return id_and_shape == kNone ? kNone : id_and_shape & ((1u << kShapeShift) - 1);
  }
  static uint8_t ShapeOf(uint32_t id_and_shape) { return static_cast<uint8_t>(id_and_shape >> kShapeShift); }
  // The word with id `id`, folded: `word` itself (the same view) when folding leaves it as
  // written, as FoldedView does; else a view of the vocabulary's copy.
  std::string_view Folded(uint32_t id, std::string_view word) const {
    const std::string_view f = folded_[id];
    return f.data() == nullptr ? word : f;
  }
  // The folded form of `word` and its id (*id); kNone without one, folded then into *arena
  // with FoldedView (*scratch: a buffer the caller reuses).
  std::string_view Fold(std::string_view word, uint32_t* id, TextArena* arena, std::string* scratch) {
    *id = Id(word);
    return *id != kNone ? Folded(*id, word) : FoldSlow(word, arena, scratch);
  }
  // Starts loading what Folded(id, ...) reads; nothing for an id the vocabulary does not give.
  void PrefetchFolded(uint32_t id) const {
    if (id < folded_.size()) __builtin_prefetch(folded_.data() + id);
  }
  // CaseShape (text/chars.h) of the word with id `id`.
  uint8_t Shape(uint32_t id) const { return shapes_[id]; }
  // Starts loading where Id(word) looks (WordTable::Prefetch).
  void Prefetch(std::string_view word) const { ids_.Prefetch(word); }
  // Words held; ids are 0 .. size() - 1.
  uint32_t size() const { return static_cast<uint32_t>(folded_.size()); }

 private:
  static_assert(kCapacity <= (1u << kShapeShift), "an id fits below the shape's bits");
  // The id and shape of `word` (IdAndShapeBegun), added when new.
  uint32_t IdAndShape(std::string_view word) {
    // a one-byte word (a comma, a period, "a"; a token in four) from a table of its own
    if (word.size() == 1) {
      uint32_t& v = one_byte_[static_cast<unsigned char>(word[0])];
      if (v == kNone) v = Add(word);
      return v;
    }
    // (the common case inline, where the call cost a sixth of the lookup; the rest in IdSlow)
    if (word.size() - 1 < kMaxBytes) [[likely]]
      if (const uint32_t* v = ids_.FindShort(word)) return *v;
    return IdSlow(word);
  }
  // Adds `word`; its id and shape as IdAndShape gives them, kNone when it cannot be held.
  uint32_t Add(std::string_view word);
  // IdAndShape of a word that is longer than kMaxBytes or not held yet.
  uint32_t IdSlow(std::string_view word);
  static std::string_view FoldSlow(std::string_view word, TextArena* arena, std::string* scratch);

  internal::WordTable<uint32_t> ids_;     // word -> id and shape (IdAndShape)
  uint32_t one_byte_[256];                // the same of one-byte words (kNone: not seen yet, or not held)
  std::vector<std::string_view> folded_;  // by id; a null view: the same as written
  std::vector<uint8_t> shapes_;           // by id
  TextArena arena_;
  std::string scratch_;
};

}  // namespace claimgraph::text
