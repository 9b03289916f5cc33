// Tokenizer and sentence splitter for news text (contract in segment.h).
//
// Paragraphs are lines: every line with non-space content is one paragraph
// (news text here is one paragraph per line; blank lines separate too).
// Sentences never cross a paragraph. Tokens never cross a line.
#include "text/segment.h"

#include "text/ascii.h"
#include "text/chars.h"
#include "text/vocabulary.h"

namespace claimgraph::text {
namespace {

bool IsSentenceEndChar(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203D; }
bool IsOpenQuoteChar(char32_t c) {
  return c == 0x201C || c == 0x201E || c == 0x201F || c == 0xAB || c == 0x2039;
}
bool IsCloseQuoteChar(char32_t c) { return c == 0x201D || c == 0xBB || c == 0x203A; }
// Bytes after a run of ASCII letters and digits that may go on with a word (bit 1: '.', '-',
// '&', an apostrophe) or a number (bit 2: '.', ',', ':', '/', '-', an apostrophe); every byte
// of a longer code point has both.
inline constexpr struct WordJoinerTable {
  uint8_t of[256] = {};
  constexpr WordJoinerTable() {
    for (int b = 0x80; b < 256; ++b) of[b] = 3;
    for (char c : {'.', '-', '&', '\''}) of[static_cast<unsigned char>(c)] |= 1;
    for (char c : {'.', ',', ':', '/', '-', '\''}) of[static_cast<unsigned char>(c)] |= 2;
  }
} kWordJoiner;
// May byte b go on with a word (number: a number) whose ASCII run it follows?
inline bool MayJoin(char b, bool number) {
  return kWordJoiner.of[static_cast<unsigned char>(b)] & (number ? 2 : 1);
}
// ASCII marks that OneToken reads as a punctuation token of one byte whatever surrounds them
// (',', ';', '(', '%'): not a letter, digit or space, nor a quote mark, apostrophe, hyphen or
// sentence end.
inline constexpr struct LoneMarkTable {
  bool of[256] = {};
  constexpr LoneMarkTable() {
    for (int b = '!'; b < 0x7F; ++b)
      of[b] = !(((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9'));
    for (char c : {'"', '\'', '-', '.', '!', '?'}) of[static_cast<unsigned char>(c)] = false;
  }
} kLoneMark;
bool IsOpenBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
bool IsCloseBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

// Sets the token's case flags from its word's CaseShape.
void SetShape(uint8_t shape, Token* t) {
  t->capitalized = shape & kCapitalized;
  t->all_caps = shape & kAllCaps;
}

class Tokenizer {
 public:
  // word_ids: GiveWordIds sets the words' case shapes after the tokens are all there.
  // may_end: receives the indices of the tokens that are abbreviations which may end a
  // sentence (AbbrevKind::kMayEnd: "U.S.", "Inc."), in order.
  Tokenizer(std::string_view text, Segmented* out, std::vector<uint32_t>* may_end, bool word_ids)
      : text_(text), out_(out), may_end_(may_end), word_ids_(word_ids) {}

  // Tokenizes the line text_[start, end).
  void Line(size_t start, size_t end) {
    ps_ = start;
    pe_ = end;
    double_open_ = false;
    single_open_ = false;
    size_t i = start;
    while (i < end) {
      unsigned char b = static_cast<unsigned char>(text_[i]);
      if (b == ' ' || b == '\t' || b == '\r') {
        ++i;
        continue;
      }
      // A plain word or number (most tokens), as Word reads it when it joins nothing after
      // its ASCII run; and a mark that is a token alone: without the calls to OneToken and Word.
      if (kAsciiAlnum.of[b]) {
        const bool number = b <= '9';
        const size_t j = AsciiAlnumRunEnd(text_.data(), i + 1, end);
        if (j >= end || !MayJoin(text_[j], number)) {
          EmitPlain(i, j, number);
          i = j;
          continue;
        }
      } else if (kLoneMark.of[b]) {
        Token& t = out_->tokens.emplace_back();
        t.start = static_cast<uint32_t>(i);
        t.end = static_cast<uint32_t>(i + 1);
        t.kind = kPunct;
        ++i;
        continue;
      }
      int len = 1;
      char32_t c = b < 0x80 ? b : DecodeAt(text_, i, &len);
      if (IsSpace(c)) {
        i += len;
        continue;
      }
      i = OneToken(i, c, len);
    }
  }

 private:
  char32_t At(size_t i, int* len) const {
    if (i >= pe_) {
      *len = 0;
      return 0;
    }
    return DecodeAt(text_, i, len);
  }
  // The code point that ends just before byte i (0 at line start).
  char32_t Before(size_t i) const {
    if (i <= ps_) return 0;
    size_t k = i - 1;
    while (k > ps_ && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
    int len;
    return DecodeAt(text_, k, &len);
  }

  std::string_view Text(size_t s, size_t e) const {
    return {text_.data() + s, e - s};  // s <= e <= text_.size(): no substr check
  }

  void Emit(size_t s, size_t e, TokenKind kind, AbbrevKind ab = AbbrevKind::kNone, bool plain = false) {
    Token t;
    t.start = static_cast<uint32_t>(s);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    t.plain = plain;
    if (kind == kWord && !word_ids_) SetShape(CaseShape(Text(s, e)), &t);
    if (ab == AbbrevKind::kMayEnd) may_end_->push_back(static_cast<uint32_t>(out_->tokens.size()));
    out_->tokens.push_back(t);
  }

  // Emit of a plain word or number (Word's common case), inlined there.
  [[gnu::always_inline]] void EmitPlain(size_t s, size_t e, bool number) {
    Token& t = out_->tokens.emplace_back();
    t.start = static_cast<uint32_t>(s);
    t.end = static_cast<uint32_t>(e);
    t.kind = number ? kNumber : kWord;
    t.plain = true;
    if (!number && !word_ids_) SetShape(CaseShape(Text(s, e)), &t);
  }

  // Scans one token starting at i (code point c of length len); returns its end.
  size_t OneToken(size_t i, char32_t c, int len) {
    if (IsWordChar(c)) return Word(i, IsDigit(c));
    int nlen;
    char32_t next = At(i + len, &nlen);
    char32_t prev = Before(i);
    bool prev_space = prev == 0 || IsSpace(prev) || IsOpenBracket(prev) || IsDashChar(prev) ||
                      IsOpenQuoteChar(prev) || prev == 0x2018;
    bool next_space = next == 0 || IsSpace(next);

    // 's / ’s after a word: a separate possessive (or "is") token.
    if (IsApostrophe(c) && !prev_space && IsWordChar(prev) && (next == 's' || next == 'S')) {
      int alen;
      char32_t after = At(i + len + nlen, &alen);
      if (!IsWordChar(after)) {
        Emit(i, i + len + nlen, kWord);
        return i + len + nlen;
      }
    }
    if (IsOpenQuoteChar(c)) {
      double_open_ = true;
      Emit(i, i + len, kOpenQuote);
      return i + len;
    }
    if (IsCloseQuoteChar(c)) {
      double_open_ = false;
      Emit(i, i + len, kCloseQuote);
      return i + len;
    }
    if (c == '"') {
      bool open = prev_space && (!next_space || !double_open_);
      double_open_ = open;
      Emit(i, i + len, open ? kOpenQuote : kCloseQuote);
      return i + len;
    }
    if (c == 0x2018 || c == 0x201A) {
      single_open_ = true;
      Emit(i, i + len, kOpenQuote);
      return i + len;
    }
    if (c == '\'' || c == 0x2019) {
      if (prev_space && !next_space && !IsDigit(next) && !(prev == 0 && c == 0x2019 && !IsLetter(next))) {
        single_open_ = true;
        Emit(i, i + len, kOpenQuote);
      } else if (!prev_space && single_open_) {
        single_open_ = false;
        Emit(i, i + len, kCloseQuote);
      } else if (prev_space && next_space && single_open_) {
        single_open_ = false;
        Emit(i, i + len, kCloseQuote);
      } else {
        Emit(i, i + len, kPunct);  // an apostrophe: "voters' ", "'90s"
      }
      return i + len;
    }
    if (IsDashChar(c) || (c == '-' && !IsWordChar(next))) {
      size_t e = i + len;
      while (true) {
        int l;
        char32_t d = At(e, &l);
        if (l == 0 || !(IsDashChar(d) || d == '-')) break;
        e += l;
      }
      Emit(i, e, kDash);
      return e;
    }
    if (IsSentenceEndChar(c)) {
      size_t e = i + len;
      while (true) {
        int l;
        char32_t d = At(e, &l);
        if (l == 0 || !IsSentenceEndChar(d)) break;
        e += l;
      }
      Emit(i, e, kSentenceEnd);
      return e;
    }
    Emit(i, i + len, kPunct);
    return i + len;
  }

  // A word or number starting at s.
  size_t Word(size_t s, bool number) {
    size_t j = s;
    bool inner_period = false;
    // a run of ASCII letters and digits, without decoding each (most of news text)
    j = AsciiAlnumRunEnd(text_.data(), j, pe_);
    const size_t run_end = j;  // the token is `plain` when it ends there
    // Most words end at an ASCII byte that joins nothing (a space, a comma): the loop below
    // would break there at once.
    if (j >= pe_ || !MayJoin(text_[j], number)) {
      EmitPlain(s, j, number);
      return j;
    }
    while (true) {
      j = AsciiAlnumRunEnd(text_.data(), j, pe_);
      int len;
      char32_t c = At(j, &len);
      if (len == 0) break;
      if (IsWordChar(c)) {
        j += len;
        continue;
      }
      int nlen;
      char32_t next = At(j + len, &nlen);
      if (number) {
        if ((c == '.' || c == ',' || c == ':' || c == '/') && IsDigit(next)) {
          j += len;
          continue;
        }
        if (IsHyphen(c) && IsWordChar(next)) {
          j += len;
          continue;
        }
        if (IsApostrophe(c) && IsLetter(next) && next != 's' && next != 'S') {
          j += len;
          continue;
        }
        break;
      }
      if (c == '.' && IsWordChar(next) && !GluedSentenceEnd(text_, s, j)) {
        inner_period = true;
        j += len;
        continue;
      }
      if (IsHyphen(c) && IsWordChar(next)) {
        j += len;
        continue;
      }
      if (c == '&' && IsUpper(Before(j)) && IsUpper(next)) {
        j += len;
        continue;
      }
      if (IsApostrophe(c) && IsLetter(next)) {
        if (next == 's' || next == 'S') {
          int alen;
          char32_t after = At(j + len + nlen, &alen);
          if (!IsWordChar(after)) break;  // possessive: split off
        }
        j += len;
        continue;
      }
      if (c == '.') {
        // A final period belongs to an abbreviation: U.S. J.D. a.m. F. Gen. Jan.
        if (next == '.') break;  // an ellipsis follows
        AbbrevKind kind = AbbrevKind::kNone;
        std::string_view w = text_.substr(s, j - s);
        if (inner_period) {
          kind = AbbreviationKind(w);
          if (kind == AbbrevKind::kNone) kind = AbbrevKind::kMayEnd;
        } else if (len == 1 && j - s <= 4 && IsSingleUpper(w)) {
          kind = AbbrevKind::kTitle;  // an initial
        } else {
          kind = AbbreviationKind(w);
          if (kind == AbbrevKind::kNumeric) {
            size_t k = j + 1;
            int l;
            char32_t d = At(k, &l);
            while (l && IsSpace(d)) {
              k += l;
              d = At(k, &l);
            }
            kind = IsDigit(d) ? AbbrevKind::kTitle : AbbrevKind::kNone;
          }
        }
        if (kind == AbbrevKind::kNone) break;
        j += 1;
        // "U.S.-made": the word goes on after the abbreviation's period.
        if (IsHyphen(next) && nlen) {
          int l2;
          char32_t after = At(j + nlen, &l2);
          if (IsWordChar(after)) {
            j += nlen;
            continue;
          }
        }
        Emit(s, j, kWord, kind);
        return j;
      }
      break;
    }
    Emit(s, j, number ? kNumber : kWord, AbbrevKind::kNone, j == run_end && j > s);
    return j;
  }

  bool IsSingleUpper(std::string_view w) const {
    int len;
    char32_t c = DecodeAt(w, 0, &len);
    return static_cast<size_t>(len) == w.size() && IsUpper(c);
  }

  std::string_view text_;
  Segmented* out_;
  std::vector<uint32_t>* may_end_;
  bool word_ids_;
  size_t ps_ = 0, pe_ = 0;
  bool double_open_ = false;
  bool single_open_ = false;
};

// Gives each token its id in the vocabulary (Token::word) and each word its case flags,
// in text order. The vocabulary's table is larger than the cache: each lookup starts
// kAhead tokens before it is needed (Vocabulary::Begin), which the tokenizer could not do,
// not knowing where the next token ends.
void GiveWordIds(std::string_view text, Vocabulary* vocabulary, std::vector<Token>* tokens) {
  constexpr size_t kAhead = 32;  // a power of two
  Vocabulary::Begun begun[kAhead];
  Token* const toks = tokens->data();
  const size_t n = tokens->size();
  for (size_t i = 0; i < std::min(kAhead, n); ++i) vocabulary->Begin(toks[i].Text(text), &begun[i]);
  for (size_t i = 0; i < n; ++i) {
    Token& t = toks[i];
    const std::string_view word = t.Text(text);
    Vocabulary::Begun& b = begun[i & (kAhead - 1)];
    const uint32_t id_and_shape = vocabulary->IdAndShapeBegun(word, b);
    t.word = Vocabulary::IdOf(id_and_shape);
    if (i + kAhead < n) vocabulary->Begin(toks[i + kAhead].Text(text), &b);
    if (t.kind == kWord)
      SetShape(t.word != Vocabulary::kNone ? Vocabulary::ShapeOf(id_and_shape) : CaseShape(word), &t);
  }
}

// True when a sentence may not end before token `n` (a continuation).
bool Continues(std::string_view text, const Token& n) {
  if (n.kind == kWord || n.kind == kNumber) {
    int len;
    char32_t c = DecodeAt(text, n.start, &len);
    return IsLower(c);
  }
  if (n.kind == kPunct) {
    char c = text[n.start];
    return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%';
  }
  return false;
}

// may_end: the tokens that are abbreviations which may end a sentence (Tokenizer), in order;
// moved past those before `last`.
void SplitSentences(std::string_view text, const uint32_t** may_end, const uint32_t* may_end_stop,
                    uint32_t first, uint32_t last, uint32_t paragraph, Segmented* out) {
  const auto& toks = out->tokens;
  const uint32_t*& abbrev = *may_end;
  uint32_t s = first;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = toks[i];
    while (abbrev != may_end_stop && *abbrev < i) ++abbrev;
    bool candidate = t.kind == kSentenceEnd || (abbrev != may_end_stop && *abbrev == i);
    if (!candidate) continue;
    uint32_t j = i + 1;
    while (j < last &&
           (toks[j].kind == kCloseQuote ||
            (toks[j].kind == kPunct && IsCloseBracket(static_cast<unsigned char>(text[toks[j].start]))))) {
      ++j;
    }
    if (j >= last) break;
    const Token& n = toks[j];
    bool split;
    if (t.kind == kSentenceEnd) {
      split = !Continues(text, n);
    } else {
      split = n.kind == kOpenQuote || (n.kind == kWord && IsSentenceStarter(n.Text(text)));
    }
    if (!split) continue;
    out->sentences.push_back({s, j, toks[s].start, toks[j - 1].end, paragraph});
    s = j;
    i = j - 1;
  }
  if (s < last) out->sentences.push_back({s, last, toks[s].start, toks[last - 1].end, paragraph});
}

}  // namespace

Segmented Segment(std::string_view text, size_t body_start, bool word_ids) {
  Segmented out;
  SegmentInto(text, body_start, word_ids, &out);
  return out;
}

void SegmentInto(std::string_view text, size_t body_start, bool word_ids, Segmented* out_ptr) {
  Segmented& out = *out_ptr;
  out.tokens.clear();
  out.sentences.clear();
  out.paragraphs.clear();
  out.folded.clear();
  out.folded_arena = TextArena();
  std::vector<uint32_t> may_end;
  const size_t body = text.size() - std::min(body_start, text.size());
  out.tokens.reserve(body / 5 + 8);
  // news text has a sentence every hundred bytes or so, a paragraph every two hundred: room
  // for more than that, so that the vectors are allocated once
  out.sentences.reserve(body / 64 + 4);
  out.paragraphs.reserve(body / 128 + 4);
  Tokenizer tokenizer(text, &out, &may_end, word_ids);
  size_t pos = std::min(body_start, text.size());
  size_t may_end_seen = 0;  // the entries of may_end before the line's tokens
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    uint32_t first = static_cast<uint32_t>(out.tokens.size());
    tokenizer.Line(pos, nl);
    uint32_t last = static_cast<uint32_t>(out.tokens.size());
    if (last > first) {
      uint32_t index = static_cast<uint32_t>(out.paragraphs.size());
      out.paragraphs.push_back({out.tokens[first].start, out.tokens[last - 1].end});
      const uint32_t* next_may_end = may_end.data() + may_end_seen;
      SplitSentences(text, &next_may_end, may_end.data() + may_end.size(), first, last, index, &out);
      may_end_seen = static_cast<size_t>(next_may_end - may_end.data());
    }
    pos = nl + 1;
  }
  if (word_ids) GiveWordIds(text, &Vocabulary::ThisThread(), &out.tokens);
}

}  // namespace claimgraph::text
