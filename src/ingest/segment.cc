// Placeholder segmentation: whitespace tokens, one sentence per paragraph.
// Replaced by the real tokenizer and sentence splitter (issue 3).
#include "ingest/segment.h"

namespace claimgraph::text {

Segmented Segment(std::string_view text, size_t body_start) {
  Segmented out;
  size_t i = body_start;
  uint32_t para_start = static_cast<uint32_t>(body_start);
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    size_t s = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    if (i > s) {
      Token t;
      t.start = static_cast<uint32_t>(s);
      t.end = static_cast<uint32_t>(i);
      t.capitalized = text[s] >= 'A' && text[s] <= 'Z';
      out.tokens.push_back(t);
    }
  }
  if (!out.tokens.empty()) {
    out.paragraphs.push_back({para_start, static_cast<uint32_t>(text.size())});
    out.sentences.push_back({0, static_cast<uint32_t>(out.tokens.size()), out.tokens.front().start,
                             out.tokens.back().end, 0});
  }
  return out;
}

}  // namespace claimgraph::text
