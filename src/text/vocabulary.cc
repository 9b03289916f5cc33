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
  shapes_.push_back(CaseShape(word));
  ids_[word] = id;
  return id;
}

uint32_t Vocabulary::IdSlow(std::string_view word) {
  if (const uint32_t* id = ids_.Find(word)) return *id;
  return Add(word);
}

std::string_view Vocabulary::FoldSlow(std::string_view word, TextArena* arena, std::string* scratch) {
  return FoldedView(word, arena, scratch);
}

}  // namespace claimgraph::text
