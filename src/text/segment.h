// Segmentation: article text -> paragraphs, sentences and tokens, with byte offsets.
//
// All offsets are half-open UTF-8 byte offsets into the text given to Segment().
// Header lines (before Article::body_start) are not segmented.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/arena.h"

namespace claimgraph::text {

enum TokenKind : uint8_t {
  kWord,         // letters/digits, possibly with inner '.', '-', '\'' (U.S., J.D., O'Rourke, pre-2014)
  kNumber,       // starts with a digit
  kPunct,        // , ; : ( ) etc.
  kOpenQuote,    // “ « ‘ (used as quote) or a straight " / ' judged opening
  kCloseQuote,   // ” » ’ (used as quote) or a straight " / ' judged closing
  kDash,         // – — --
  kSentenceEnd,  // . ! ? …
};

constexpr uint32_t kNoWord = 0xFFFFFFFFu;  // Vocabulary::kNone

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = kWord;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (at least 2 letters)
  // A word or number of ASCII letters and digits only ("Labour", "2005"): the quote view
  // (text/quoted.h) takes such a token as it is instead of scanning its bytes again.
  bool plain = false;
  // The token's id in the thread's Vocabulary (text/vocabulary.h) when Segment gave ids,
  // else (or a token the vocabulary cannot hold) kNoWord.
  uint32_t word = kNoWord;
  // REQUIRES: the token is one of doc's (end <= doc.size()); no bounds check (substr's kept the
  // compiler from optimizing the loops that read tokens' text)
  std::string_view Text(std::string_view doc) const { return {doc.data() + start, end - start}; }
};
static_assert(sizeof(Token) == 16, "a token per 5 bytes of text: keep it small");

struct Sentence {
  uint32_t first = 0;  // index of first token
  uint32_t last = 0;   // one past the last token
  uint32_t start = 0;  // byte span
  uint32_t end = 0;
  uint32_t paragraph = 0;  // index into Segmented::paragraphs
};

struct Paragraph {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Segmented {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  // The tokens case-folded (FoldInto), parallel to tokens once a stage has folded them all,
  // else empty (Segment leaves it so): the entity stage's view keeps its folded tokens here
  // (extract::RecognizeEntities), and the claim and affiliation stages read them instead of
  // folding or looking the words up again. Views of the text, of the thread's Vocabulary (a word
  // with an id), or of folded_arena.
  std::vector<std::string_view> folded;
  TextArena folded_arena;
};

// Segments text[body_start:]. Never fails: any UTF-8 text yields some segmentation.
// word_ids: each token gets its id in the calling thread's Vocabulary (Token::word), which
// the stages that read the tokens then use (an article's text, not a lexicon's phrases).
Segmented Segment(std::string_view text, size_t body_start = 0, bool word_ids = false);
// The same into *out, whose vectors are cleared and reused (a caller segmenting many short
// texts, such as the gazetteers' phrases at load, allocates once).
void SegmentInto(std::string_view text, size_t body_start, bool word_ids, Segmented* out);

}  // namespace claimgraph::text
