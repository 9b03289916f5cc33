#include "text/vocabulary.h"

#include "text/chars.h"

namespace claimgraph::text {

Vocabulary& Vocabulary::ThisThread() {
  thread_local Vocabulary vocabulary;
  return vocabulary;
}

uint32_t Vocabulary::Add(std::string_view word) {
  if (word.empty() || word.size() > kMaxBytes || folded_.size() >= kCapacity) return kNone;
  scratch_.clear();
  FoldInto(word, &scratch_);
  const uint32_t id = static_cast<uint32_t>(folded_.size());
  folded_.push_back(scratch_ == word ? std::string_view() : arena_.Add(scratch_));
  const uint8_t shape = CaseShape(word);
  shapes_.push_back(shape);
  const uint32_t id_and_shape = id | static_cast<uint32_t>(shape) << kShapeShift;
  ids_[word] = id_and_shape;
  return id_and_shape;
}

uint32_t Vocabulary::IdSlow(std::string_view word) {
  if (const uint32_t* id = ids_.Find(word)) return *id;
  return Add(word);
}

std::string_view Vocabulary::FoldSlow(std::string_view word, TextArena* arena, std::string* scratch) {
  return FoldedView(word, arena, scratch);
}

}  // namespace claimgraph::text
