// The quote view of an article: words, numbers, punctuation and quote marks,
// with the marks paired into quote regions (across paragraphs when a paragraph
// leaves a quote open and the next one opens with a mark). Claims and
// relations read the article through it.
//
// Offsets are half-open UTF-8 byte offsets into the text given to
// TokenizeQuoted. Header lines (before body_start) are not tokenized.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/arena.h"
#include "text/segment.h"

namespace claimgraph::text {

enum class QuotedKind : uint8_t { kWord, kNumber, kPunct, kOpenQuote, kCloseQuote, kEnd, kDash };

struct QuotedToken {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t para = 0;   // paragraph index
  int32_t quote = -1;  // innermost quote region whose content holds the token, else -1
  // After tokenizing: the token's id in the thread's Vocabulary (text/vocabulary.h), or
  // Vocabulary::kNone. Then free for the reader of the view (claims: its lexicon entry).
  uint32_t tag = 0;
  QuotedKind kind = QuotedKind::kWord;
  bool cap = false;     // first letter upper case
  bool single = false;  // quote mark: a single one (‘ ’ ')
  bool reopen = false;  // an opening mark inside an open quote after a sentence end: the
                        // quote goes on with a new sentence ("... topic. "This is ...")
  // Case-folded (FoldInto) for words; the mark itself otherwise. Points into the text
  // when folding leaves it as written, else into the thread's Vocabulary or (a word it does
  // not hold) BasicQuotedText::folded.
  std::string_view lower;
};

// A run of quoted text: the marks and the content between them.
struct QuoteRegion {
  uint32_t open = 0;   // token index of the opening mark
  uint32_t close = 0;  // token index of the closing mark; == first_after when unclosed
  uint32_t first = 0;  // content tokens [first, last)
  uint32_t last = 0;
  bool closed = true;       // false: the paragraph ended inside it
  int32_t continues = -1;   // the quote (previous paragraph) this one continues
  bool standalone = false;  // a direct quote of its own (set by the reader of the view)
};

// The view over a token type: QuotedToken, or a reader's type derived from it that
// adds what the reader looks up per token (built in place, without a second copy).
template <typename Token>
struct BasicQuotedText {
  std::string_view text;
  std::vector<Token> toks;
  std::vector<QuoteRegion> quotes;                   // sorted by position, never nested
  std::vector<std::pair<uint32_t, uint32_t>> paras;  // token ranges [first, last)
  TextArena folded;                                  // the lower forms that differ from the text
  std::vector<uint32_t> colons;                      // the tokens that are a ':', in order

  // Is a ':' among the tokens [first, last)? (What a transcript's speaker ends with: a reader
  // that looks for one in each sentence passes over most of them.)
  bool ColonIn(uint32_t first, uint32_t last) const {
    auto it = std::lower_bound(colons.begin(), colons.end(), first);
    return it != colons.end() && *it < last;
  }
};
using QuotedText = BasicQuotedText<QuotedToken>;

// Does a word (as written, without the period after it) keep that period as
// part of it ("Mr", "U.S", "J")? The caller's abbreviation list decides.
using TakesDotFn = bool (*)(std::string_view word);

// Tokenizes text[body_start:] and pairs its quote marks. A line break ends a paragraph.
QuotedText TokenizeQuoted(std::string_view text, size_t body_start, TakesDotFn takes_dot);
// The same into *out (empty), for any Token derived from QuotedToken. Defined in
// text/quoted_impl.h, which a reader with its own Token type includes.
// `known`: Segment() of the same text and body_start with word ids, or nullptr. A token of
// the view that spans the same bytes as one of its tokens (most do) takes that token's
// vocabulary id instead of looking the word up again: one lookup per word of the article.
template <typename Token>
void TokenizeQuotedInto(std::string_view text, size_t body_start, TakesDotFn takes_dot,
                        BasicQuotedText<Token>* out, const Segmented* known = nullptr);

}  // namespace claimgraph::text
