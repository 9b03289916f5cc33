// The body of TokenizeQuotedInto (text/quoted.h): tokens and paired quote marks.
// Included by text/quoted.cc and by a reader that instantiates it with its own token type.
#pragma once

#include <algorithm>
#include <string>

#include "text/ascii.h"
#include "text/chars.h"
#include "text/quoted.h"
#include "text/vocabulary.h"

namespace claimgraph::text {
namespace quoted_detail {

// A code point and its length; c == -1 past the end of the text.
struct Cp {
  int32_t c = -1;
  uint32_t len = 0;
};

inline Cp Decode(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  int len = 1;
  char32_t c = DecodeAt(s, i, &len);
  return {static_cast<int32_t>(c), static_cast<uint32_t>(len)};
}

inline bool IsSpaceCp(int32_t c) { return c >= 0 && IsSpace(static_cast<char32_t>(c)); }
inline bool IsAlnumCp(int32_t c) { return c >= 0 && IsAlnum(static_cast<char32_t>(c)); }
inline bool IsUpperCp(int32_t c) { return c >= 0 && IsUpper(static_cast<char32_t>(c)); }

// The kind of the token that is not a word starting at *at with code point c of `len` bytes
// (prev_c: the one before it, ' ' after a space): a quote mark (*single for ' ‘ ’), a sentence
// end, a dash or other punctuation. Moves *at past the token.
[[gnu::always_inline]] inline QuotedKind MarkKind(std::string_view text, int32_t c, uint32_t len,
                                                  int32_t prev_c, size_t* at, bool* single) {
  size_t& i = *at;
  i += len;
  QuotedKind kind = QuotedKind::kPunct;
  // Two ASCII apostrophes ('' in archives and wire copy) or two backticks (``)
  // stand for one double quote mark.
  bool ascii_pair = (c == '\'' || c == '`') && i < text.size() && text[i] == static_cast<char>(c);
  if (ascii_pair) ++i;
  int32_t next = Decode(text, i).c;
  bool next_space = next < 0 || IsSpaceCp(next);
  if (ascii_pair && c == '`') {
    kind = QuotedKind::kOpenQuote;
  } else if (IsDoubleQuote(static_cast<char32_t>(c)) || ascii_pair) {
    if (c == 0x201C || c == 0x201E || c == 0xAB) kind = QuotedKind::kOpenQuote;
    // a closing mark typed where an opening one belongs: after a space, before a word
    else if (c == 0x201D && prev_c == ' ' && IsAlnumCp(next))
      kind = QuotedKind::kOpenQuote;
    else if (c == 0x201D || c == 0xBB)
      kind = QuotedKind::kCloseQuote;
    else
      kind = (prev_c == ' ' || prev_c == '(' || prev_c == '[' || prev_c == 0x2014 || prev_c == 0x2013 ||
              prev_c == '/' || prev_c == '-' || prev_c == 0x2018) &&
                     !next_space
                 ? QuotedKind::kOpenQuote
                 : QuotedKind::kCloseQuote;
  } else if (IsSingleQuote(static_cast<char32_t>(c))) {
    *single = true;
    bool prev_open = prev_c == ' ' || prev_c == '(' || prev_c == '[' || prev_c == 0x201C || prev_c == '"' ||
                     prev_c == 0x2014 || prev_c == 0x2013;
    if (c == 0x2018 && !next_space)
      kind = QuotedKind::kOpenQuote;
    else if (prev_open && !next_space && c != 0x2019)
      kind = QuotedKind::kOpenQuote;
    else if (prev_open && !next_space && c == 0x2019 && IsAlnumCp(next))
      kind = QuotedKind::kOpenQuote;
    else if (!prev_open)
      kind = QuotedKind::kCloseQuote;
  } else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
    kind = QuotedKind::kEnd;
    // "..." is one token
    while (i < text.size() && (text[i] == '.' || text[i] == '!' || text[i] == '?')) ++i;
  } else if (c == 0x2013 || c == 0x2014 || c == 0x2015) {
    kind = QuotedKind::kDash;
  } else if (c == '-' && i < text.size() && text[i] == '-') {
    kind = QuotedKind::kDash;
    while (i < text.size() && text[i] == '-') ++i;
  }
  return kind;
}

// ASCII bytes by what they do after a word and as a token of their own (bits of kAsciiMark).
enum : uint8_t {
  kEndsWord = 1,  // ends a word that it follows: not '.', '-', an apostrophe or '&' (nor a byte >= 0x80)
  kLoneMark = 2,  // a punctuation token of one byte, whatever surrounds it (',', '(', ':', '%')
  kEndMark = 4,   // '.', '!', '?': a sentence end, one token with those that follow it
};
inline constexpr struct AsciiMarkTable {
  uint8_t of[256] = {};
  constexpr AsciiMarkTable() {
    for (int b = 0; b < 0x80; ++b) {
      const bool alnum = kAsciiAlnum.of[b];
      if (b != '.' && b != '-' && b != '\'' && b != '&') of[b] |= kEndsWord;
      // (quote marks and dashes depend on what is around them: MarkKind)
      if (b > ' ' && b < 0x7F && !alnum && b != '"' && b != '\'' && b != '`' && b != '-' && b != '.' &&
          b != '!' && b != '?')
        of[b] |= kLoneMark;
    }
    for (char b : {'.', '!', '?'}) of[static_cast<unsigned char>(b)] |= kEndMark;
  }
} kAsciiMark;

// A word [s, e) of ASCII letters and digits (first: its first byte) that a period follows: does
// the word end before the period, as Tokenize reads it? Yes when no letter or digit follows the
// period (which would join it: "U.S") and the word does not take the period ("Mr.": takes_dot).
inline bool WordEndsAtPeriod(std::string_view text, size_t s, size_t e, unsigned char first,
                             TakesDotFn takes_dot) {
  if (text[e] != '.') return false;
  const unsigned char next = e + 1 < text.size() ? static_cast<unsigned char>(text[e + 1]) : ' ';
  if (next >= 0x80 || kAsciiAlnum.of[next]) return false;
  return first <= '9' || !takes_dot(text.substr(s, e - s));
}

// The tokens of a segmentation of the same text (Tokenize's `known`), walked in text order beside
// the view's: `at` is the next one that may start where a token of the view does.
struct KnownTokens {
  static constexpr ptrdiff_t kFoldedAhead = 16;
  const text::Token* begin = nullptr;
  const text::Token* at = nullptr;
  const text::Token* end = nullptr;
  // The folded forms of the tokens when a stage has kept them (Segmented::folded): read in order
  // beside the tokens, where the vocabulary's (by id) mostly miss the cache.
  const std::string_view* folded = nullptr;

  explicit KnownTokens(const Segmented* known) {
    if (known == nullptr) return;
    begin = at = known->tokens.data();
    end = begin + known->tokens.size();
    if (!known->tokens.empty() && known->folded.size() == known->tokens.size()) folded = known->folded.data();
  }
  void SkipBefore(size_t i) {
    while (at != end && at->start < i) ++at;
  }
  // The folded form of `word`, the text of token `at`, and its vocabulary id (*tag): the known
  // token's when it has one, else folded into *arena (Vocabulary::Fold).
  std::string_view Lower(std::string_view word, uint32_t* tag, Vocabulary& vocabulary, TextArena* arena,
                         std::string* scratch) const {
    if (at->word == kNoWord) return vocabulary.Fold(word, tag, arena, scratch);
    *tag = at->word;
    return folded != nullptr ? folded[at - begin] : vocabulary.Folded(at->word, word);
  }
  // Without the folded forms kept, the vocabulary's (by id) are mostly not in the cache since the
  // segmenter read the words: starts loading a later word's.
  void PrefetchAhead(const Vocabulary& vocabulary) const {
    if (folded == nullptr && end - at > kFoldedAhead) vocabulary.PrefetchFolded(at[kFoldedAhead].word);
  }
};

// Splits text[body_start:] into tokens and paragraphs (marks not yet paired).
template <typename Token>
[[gnu::flatten]] void Tokenize(std::string_view text, size_t body_start, TakesDotFn takes_dot,
                               BasicQuotedText<Token>* out, const Segmented* known) {
  BasicQuotedText<Token>& doc = *out;
  std::vector<Token>& toks = doc.toks;
  // Tokens are about 5 bytes apart in news text. Reserved pages that stay unused cost no
  // memory, and a generous estimate avoids a copy of every token when the vector grows.
  toks.reserve((text.size() - std::min(body_start, text.size())) / 4 + 8);
  std::string scratch;
  Vocabulary& vocabulary = Vocabulary::ThisThread();
  uint32_t para = 0;
  bool para_has_tokens = false;
  uint32_t para_first = 0;
  size_t i = body_start;
  int32_t prev_c = ' ';  // previous code point (space at a paragraph start)
  auto end_paragraph = [&]() {
    if (para_has_tokens) {
      doc.paras.emplace_back(para_first, static_cast<uint32_t>(toks.size()));
      ++para;
      para_has_tokens = false;
    }
    para_first = static_cast<uint32_t>(toks.size());
  };
  KnownTokens known_tokens(known);
  const text::Token*& known_at = known_tokens.at;
  const text::Token* const known_end = known_tokens.end;
  auto push = [&](uint32_t s, uint32_t e, QuotedKind kind) {
    Token& t = toks.emplace_back();
    t.start = s;
    t.end = e;
    t.kind = kind;
    t.para = para;
    const std::string_view word(text.data() + s, e - s);  // s <= e <= text.size(): no substr check
    known_tokens.SkipBefore(s);
    if (known_at != known_end && known_at->start == s && known_at->end == e)
      t.lower = known_tokens.Lower(word, &t.tag, vocabulary, &doc.folded, &scratch);
    else
      t.lower = vocabulary.Fold(word, &t.tag, &doc.folded, &scratch);
    para_has_tokens = true;
  };
  while (i < text.size()) {
    // A plain word of `known` that starts here and is not joined to what follows it (by '.',
    // '-', an apostrophe, '&' or a byte outside ASCII; a sentence's final period joins nothing)
    // is this view's word too: taken as it is, not scanned again; so is a run of them in a row.
    if (known_at != known_end && IsAsciiAlnumByte(text[i])) {
      known_tokens.SkipBefore(i);
      bool taken = false;
      while (known_at != known_end && known_at->start == i && known_at->plain) {
        known_tokens.PrefetchAhead(vocabulary);
        const uint32_t e = known_at->end;
        const unsigned char after = e < text.size() ? static_cast<unsigned char>(text[e]) : ' ';
        const unsigned char first = static_cast<unsigned char>(text[i]);
        if (after >= 0x80 ||
            !((kAsciiMark.of[after] & kEndsWord) || WordEndsAtPeriod(text, i, e, first, takes_dot)))
          break;
        Token& t = toks.emplace_back();
        t.start = static_cast<uint32_t>(i);
        t.end = e;
        t.kind = first <= '9' ? QuotedKind::kNumber : QuotedKind::kWord;
        t.para = para;
        t.cap = first >= 'A' && first <= 'Z';
        t.lower = known_tokens.Lower(std::string_view(text.data() + i, e - i), &t.tag, vocabulary,
                                     &doc.folded, &scratch);
        taken = true;
        ++known_at;
        // the space after it, as the loop would skip it
        prev_c = after == ' ' ? ' ' : 'a';
        i = after == ' ' ? e + 1 : e;
      }
      if (taken) {
        para_has_tokens = true;
        continue;
      }
    }
    // an ASCII mark that is always a token of its own (',', '(', ':') or a run of sentence ends
    // ("...", "?!"), as MarkKind would read it
    if (const unsigned char b = static_cast<unsigned char>(text[i]);
        kAsciiMark.of[b] & (kLoneMark | kEndMark)) {
      const size_t s = i;
      ++i;
      if (kAsciiMark.of[b] & kEndMark)
        while (i < text.size() && (kAsciiMark.of[static_cast<unsigned char>(text[i])] & kEndMark)) ++i;
      push(static_cast<uint32_t>(s), static_cast<uint32_t>(i),
           kAsciiMark.of[b] & kEndMark ? QuotedKind::kEnd : QuotedKind::kPunct);
      if (b == ':') doc.colons.push_back(static_cast<uint32_t>(toks.size() - 1));  // (never more than a mark)
      prev_c = b;
      continue;
    }
    Cp cp = Decode(text, i);
    int32_t c = cp.c;
    if (c == '\n') {
      end_paragraph();
      prev_c = ' ';
      i += cp.len;
      continue;
    }
    if (IsSpaceCp(c)) {
      prev_c = ' ';
      i += cp.len;
      continue;
    }
    if (IsAlnumCp(c)) {
      size_t s = i;
      bool cap = IsUpperCp(c);
      bool digit = c >= '0' && c <= '9';
      i += cp.len;
      while (i < text.size()) {
        // a run of ASCII letters and digits, without decoding each (most of news text)
        i = AsciiAlnumRunEnd(text.data(), i, text.size());
        if (i >= text.size()) break;
        Cp n = Decode(text, i);
        if (IsAlnumCp(n.c)) {
          i += n.len;
          continue;
        }
        if (n.c == '.' || n.c == '-' || n.c == '\'' || n.c == 0x2019 || n.c == '&') {
          Cp nn = Decode(text, i + n.len);
          if (IsAlnumCp(nn.c) && !(n.c == '.' && GluedSentenceEnd(text, s, i))) {
            i += n.len;
            continue;
          }
        }
        break;
      }
      // a dot that belongs to the word: Mr. U.S. J.
      if (i < text.size() && text[i] == '.' && !digit && takes_dot(text.substr(s, i - s))) ++i;
      push(static_cast<uint32_t>(s), static_cast<uint32_t>(i),
           digit ? QuotedKind::kNumber : QuotedKind::kWord);
      toks.back().cap = cap;
      prev_c = 'a';
      continue;
    }
    const size_t s = i;
    bool single = false;
    const QuotedKind kind = MarkKind(text, c, cp.len, prev_c, &i, &single);
    push(static_cast<uint32_t>(s), static_cast<uint32_t>(i), kind);
    toks.back().single = single;
    prev_c = c;
  }
  end_paragraph();
}

// Pairs the quote marks of each paragraph into quote regions; a mark left
// unpaired is punctuation (an apostrophe, a stray mark).
template <typename Token>
void PairQuotes(BasicQuotedText<Token>* out) {
  BasicQuotedText<Token>& doc = *out;
  std::string_view text = doc.text;
  std::vector<Token>& toks = doc.toks;
  // Pair quote marks within each paragraph. A double quote left open at the end
  // of a paragraph runs to its end; if the next paragraph opens with a quote
  // mark, that quote continues it.
  int32_t pending_continue = -1;
  auto curly_open = [&](const Token& t) { return text.compare(t.start, 3, "\xE2\x80\x9C") == 0; };
  auto curly_close = [&](const Token& t) {
    return !t.single && t.kind == QuotedKind::kCloseQuote && text.compare(t.start, 3, "\xE2\x80\x9D") == 0;
  };
  auto straight_open = [&](const Token& t) { return text[t.start] == '"'; };
  for (const auto& [pf, pl] : doc.paras) {
    int32_t dq = -1, sq = -1;
    int nested = 0;  // “ inside an open “...”: a quote within the quote ("what he calls “hell” than ...")
    int32_t carried = pending_continue;
    pending_continue = -1;
    for (uint32_t k = pf; k < pl; ++k) {
      Token& t = toks[k];
      if (t.kind != QuotedKind::kOpenQuote && t.kind != QuotedKind::kCloseQuote) continue;
      if (!t.single) {
        if (t.kind == QuotedKind::kOpenQuote && dq < 0) {
          if (sq >= 0) toks[static_cast<uint32_t>(sq)].kind = QuotedKind::kPunct;  // an apostrophe after all
          sq = -1;
          dq = static_cast<int32_t>(k);
        } else if (t.kind == QuotedKind::kCloseQuote && dq >= 0 && nested > 0 &&
                   (!straight_open(toks[static_cast<uint32_t>(dq)]) || curly_close(t))) {
          --nested;
          t.kind = QuotedKind::kPunct;
        } else if (t.kind == QuotedKind::kCloseQuote && dq >= 0) {
          QuoteRegion q;
          q.open = static_cast<uint32_t>(dq);
          q.close = k;
          q.first = q.open + 1;
          q.last = k;
          if (carried >= 0 && q.open == pf) q.continues = carried;
          doc.quotes.push_back(q);
          dq = -1;
          nested = 0;  // (an inner curly pair left open ends with its straight outer quote)
        } else if (t.kind == QuotedKind::kOpenQuote && dq >= 0) {
          // a curly opening mark inside an open quote opens a quote within it, if a
          // closing mark for each follows in the paragraph; otherwise it is stray text
          if (curly_open(t) && curly_open(toks[static_cast<uint32_t>(dq)])) {
            int closes = 0;
            for (uint32_t m = k + 1; m < pl; ++m)
              closes += !toks[m].single && toks[m].kind == QuotedKind::kCloseQuote;
            if (closes >= nested + 2) ++nested;
          } else if (curly_open(t) && straight_open(toks[static_cast<uint32_t>(dq)])) {
            // a curly pair inside a quote opened by a straight mark (transcripts quoted paragraph by
            // paragraph: "PENCE: ... this is an episode of “Shark Tank.” But ..."): its curly
            // closing mark ends the inner quote, not the outer one
            bool closes = false;
            for (uint32_t m = k + 1; m < pl && !closes; ++m) closes = curly_close(toks[m]);
            if (closes) ++nested;
          }
          // after a sentence end it only restarts the quote with a new sentence, the way
          // some outlets open each quoted sentence ("... topic. "This is ...")
          t.reopen = nested == 0 && k > pf && toks[k - 1].kind == QuotedKind::kEnd;
          t.kind = QuotedKind::kPunct;
        }
      } else if (dq < 0) {
        if (t.kind == QuotedKind::kOpenQuote && sq < 0) {
          // only a quote if a closing single mark follows in the paragraph
          bool found = false;
          for (uint32_t m = k + 1; m < pl && !found; ++m)
            found = toks[m].single && toks[m].kind == QuotedKind::kCloseQuote;
          if (found)
            sq = static_cast<int32_t>(k);
          else
            t.kind = QuotedKind::kPunct;
        } else if (t.kind == QuotedKind::kCloseQuote && sq >= 0) {
          QuoteRegion q;
          q.open = static_cast<uint32_t>(sq);
          q.close = k;
          q.first = q.open + 1;
          q.last = k;
          doc.quotes.push_back(q);
          sq = -1;
        } else {
          t.kind = QuotedKind::kPunct;  // an apostrophe (Sanders' campaign)
        }
      } else {
        t.kind = QuotedKind::kPunct;  // single marks inside a double quote are text
      }
    }
    if (dq >= 0) {
      QuoteRegion q;
      q.open = static_cast<uint32_t>(dq);
      q.close = pl;
      q.first = q.open + 1;
      q.last = pl;
      q.closed = false;
      if (carried >= 0 && q.open == pf) q.continues = carried;
      doc.quotes.push_back(q);
      pending_continue = static_cast<int32_t>(doc.quotes.size() - 1);
    }
  }
}

}  // namespace quoted_detail

template <typename Token>
void TokenizeQuotedInto(std::string_view text, size_t body_start, TakesDotFn takes_dot,
                        BasicQuotedText<Token>* out, const Segmented* known) {
  BasicQuotedText<Token>& doc = *out;
  doc.text = text;
  quoted_detail::Tokenize(text, body_start, takes_dot, &doc, known);
  quoted_detail::PairQuotes(&doc);
  std::vector<Token>& toks = doc.toks;
  // Quotes were pushed in paragraph order and never nest, so they are sorted by position.
  for (int32_t qi = 0; qi < static_cast<int32_t>(doc.quotes.size()); ++qi) {
    const QuoteRegion& q = doc.quotes[static_cast<size_t>(qi)];
    for (uint32_t k = q.first; k < q.last; ++k) toks[k].quote = qi;
  }
}

}  // namespace claimgraph::text
