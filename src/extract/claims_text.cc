// Token view of an article for claim extraction: words, quote marks paired into
// quote regions (across paragraphs when a paragraph leaves a quote open), and
// the claim lexicons.
#include <utf8proc.h>

#include <algorithm>

#include "common/schema_data.h"
#include "extract/claims_internal.h"

namespace claimgraph::extract::claims {
namespace {

using internal::ReadTsv;
using internal::SchemaFile;

struct Cp {
  int32_t c = -1;
  uint32_t len = 0;
};

Cp DecodeSlow(std::string_view s, size_t i) {  // s[i] >= 0x80
  utf8proc_int32_t c = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &c);
  if (n <= 0) return {-2, 1};  // invalid byte: treat as punctuation of one byte
  return {c, static_cast<uint32_t>(n)};
}

inline Cp Decode(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};  // ASCII: what utf8proc_iterate returns, without the call
  return DecodeSlow(s, i);
}

inline bool IsSpace(int32_t c) {
  if (c >= 0 && c < 0x80) return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

bool IsAlnumSlow(int32_t c) {  // c >= 128
  auto cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

inline bool IsAlnum(int32_t c) {
  if (c < 0) return false;
  if (c < 128) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  return IsAlnumSlow(c);
}

bool IsUpper(int32_t c) {
  if (c < 0) return false;
  if (c < 128) return c >= 'A' && c <= 'Z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

bool IsDoubleQuote(int32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}
bool IsSingleQuote(int32_t c) { return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A; }

// Appends s lower-cased (ASCII and Unicode letters), with ‘ ’ folded to ', to *out.
void LowerInto(std::string_view s, std::string* out) {
  size_t i = 0;
  // An ASCII prefix (most words) goes through a stack buffer in one append.
  char buf[32];
  size_t n = 0;
  while (i < s.size() && n < sizeof buf) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) break;
    buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    ++i;
  }
  out->append(buf, n);
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b));
      ++i;
      continue;
    }
    Cp cp = Decode(s, i);
    if (cp.c == 0x2019 || cp.c == 0x2018) {
      out->push_back('\'');
    } else if (cp.c >= 'A' && cp.c <= 'Z') {
      out->push_back(static_cast<char>(cp.c - 'A' + 'a'));
    } else if (cp.c >= 128) {
      utf8proc_uint8_t enc[4];
      auto len = utf8proc_encode_char(utf8proc_tolower(cp.c), enc);
      out->append(reinterpret_cast<const char*>(enc), static_cast<size_t>(len));
    } else {
      out->append(s.substr(i, cp.len));
    }
    i += cp.len;
  }
}

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  LowerInto(s, &out);
  return out;
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t s = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i > s) out.push_back(Lower(phrase.substr(s, i - s)));
  }
  return out;
}

Lexicons* LoadLexicons() {
  auto* lex = new Lexicons();
  if (auto f = SchemaFile("lexicons/claims_cues.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2) continue;
      Cue cue;
      cue.words = Words(row[0]);
      if (cue.words.empty()) continue;
      std::string_view c = row[1];
      if (c == "speech")
        cue.cls = kSpeech;
      else if (c == "belief")
        cue.cls = kBelief;
      else if (c == "participle")
        cue.cls = kParticiple;
      else if (c == "according")
        cue.cls = kAccording;
      else if (c == "proposed")
        cue.cls = kProposed;
      else if (c == "opposes")
        cue.cls = kOpposes;
      else if (c == "supports")
        cue.cls = kSupports;
      else if (c == "spoke_to")
        cue.cls = kSpokeTo;
      else if (c == "met")
        cue.cls = kMet;
      else
        continue;
      if (row.size() > 2) {
        cue.obj = row[2].find("obj") != std::string_view::npos;
        cue.strong = row[2].find("strong") != std::string_view::npos;
        cue.noinvert = row[2].find("noinvert") != std::string_view::npos;
        cue.clause = row[2].find("clause") != std::string_view::npos;
      }
      lex->cues.push_back(std::move(cue));
    }
  }
  std::stable_sort(lex->cues.begin(), lex->cues.end(),
                   [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  for (uint32_t i = 0; i < lex->cues.size(); ++i) lex->cues_by_first[lex->cues[i].words[0]].push_back(i);

  if (auto f = SchemaFile("lexicons/claims_words.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2) continue;
      std::string key = Lower(row[0]);
      std::string_view c = row[1];
      std::string_view v = row.size() > 2 ? row[2] : std::string_view();
      WordInfo& w = lex->words[key];
      if (c == "title") {
        w.classes |= kTitle;
        if (!v.empty()) w.gender = v[0];
      } else if (c == "rolehead") {
        w.roleheads.emplace_back(Lower(v));
      } else if (c == "modifier") {
        w.classes |= kModifier;
      } else if (c == "function") {
        w.classes |= kFunction;
      } else if (c == "pronoun") {
        w.classes |= kPronoun;
        if (!v.empty()) w.gender = v[0];
      } else if (c == "person") {
        w.classes |= kPersonNoun;
      } else if (c == "group") {
        w.classes |= kGroupNoun;
      } else if (c == "org") {
        w.classes |= kOrgNoun;
      } else if (c == "document") {
        w.classes |= kDocumentNoun;
      } else if (c == "orghead") {
        w.classes |= kOrgHead;
      } else if (c == "country") {
        w.classes |= kCountry;
        if (key.find(' ') != std::string::npos) lex->countries.push_back(key);
      } else if (c == "male") {
        w.classes |= kMale;
      } else if (c == "female") {
        w.classes |= kFemale;
      } else if (c == "weekday") {
        w.classes |= kWeekday;
        w.day = std::atoi(std::string(v).c_str());
      } else if (c == "reldate") {
        w.classes |= kRelDate;
        w.day = std::atoi(std::string(v).c_str());
      } else if (c == "abbrev") {
        w.classes |= kAbbrev;
      } else if (c == "aux") {
        w.classes |= kAux;
      } else if (c == "determiner") {
        w.classes |= kDeterminer;
      } else if (c == "party") {
        w.classes |= kParty;
        w.party = std::string(v);
      } else if (c == "timeword") {
        w.classes |= kTimeWord;
      } else if (c == "narrator") {
        w.classes |= kNarrator;
      } else if (c == "setting") {
        w.classes |= kSetting;
      } else if (c == "forecast") {
        w.classes |= kForecast;
      } else if (c == "claimnoun") {
        w.classes |= kClaimNoun;
      } else if (c == "plannoun") {
        w.classes |= kPlanNoun;
      }
    }
  }
  if (auto f = SchemaFile("gazetteers/countries.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 4 || row[1] != "country") continue;
      std::string_view d = row[3];
      while (!d.empty()) {
        size_t bar = d.find('|');
        std::string_view one = d.substr(0, bar);
        if (!one.empty()) lex->demonyms.emplace(Lower(one), std::string(row[0]));
        d = bar == std::string_view::npos ? std::string_view() : d.substr(bar + 1);
      }
    }
  }
  if (auto f = SchemaFile("lexicons/name_genders.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2 || row[1].empty()) continue;
      lex->words[Lower(row[0])].name_gender = row[1][0] == 'f' ? 'f' : 'm';
    }
  }
  if (auto f = SchemaFile("lexicons/claims_stance.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 3) continue;
      StancePhrase p;
      p.words = Words(row[0]);
      if (p.words.empty()) continue;
      p.relation = std::string(row[1]);
      p.mode = row[2].empty() ? 'c' : row[2][0];
      lex->stance.push_back(std::move(p));
    }
  }
  std::stable_sort(lex->stance.begin(), lex->stance.end(), [](const StancePhrase& a, const StancePhrase& b) {
    return a.words.size() > b.words.size();
  });
  for (uint32_t i = 0; i < lex->stance.size(); ++i)
    lex->stance_by_first[lex->stance[i].words[0]].push_back(i);
  for (const auto& [word, info] : lex->words) lex->by_word[word].info = &info;
  for (const auto& [word, cues] : lex->cues_by_first) lex->by_word[word].cues = &cues;
  for (const auto& [word, stances] : lex->stance_by_first) lex->by_word[word].stances = &stances;
  return lex;
}

// Words that end with a dot that is part of them (Mr. U.S. J.).
bool TakesDot(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;  // U.S -> U.S.
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  return Lex().Is(Lower(word), kAbbrev);
}

}  // namespace

const WordInfo* Lexicons::Word(std::string_view lower) const {
  const WordLookup* w = by_word.Find(lower);
  return w ? w->info : nullptr;
}

bool Lexicons::Is(std::string_view lower, uint32_t cls) const {
  const WordInfo* w = Word(lower);
  return w && (w->classes & cls);
}

const Lexicons& Lex() {
  static const Lexicons* lex = LoadLexicons();
  return *lex;
}

int MatchCueSlow(const Doc& doc, uint32_t i, uint32_t end, uint32_t* len) {
  const Lexicons& lex = Lex();
  if (i >= end || !IsWord(doc.toks[i])) return -1;
  const std::vector<uint32_t>* bucket = doc.toks[i].cues;
  if (!bucket) return -1;
  // a capitalized cue only opens a sentence or stands in a title ("Trump Says"), never "United States"
  if (doc.toks[i].cap && doc.toks[i].para != 0 && i > 0 && doc.toks[i - 1].para == doc.toks[i].para &&
      IsWord(doc.toks[i - 1]))
    return -1;
  // after a possessive the word is a noun: "Friday's tweets", "Trump's claims"
  if (i > 0 && IsWord(doc.toks[i - 1])) {
    const std::string& p = doc.toks[i - 1].lower;
    if (p.size() > 2 && p.compare(p.size() - 2, 2, "'s") == 0 && p != "it's" && p != "that's" &&
        p != "he's" && p != "she's" && p != "what's" && p != "there's" && p != "who's")
      return -1;
  }
  for (uint32_t ci : *bucket) {
    const Cue& cue = lex.cues[ci];
    if (i + cue.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < cue.words.size() && ok; ++k) ok = doc.toks[i + k].lower == cue.words[k];
    if (ok) {
      *len = static_cast<uint32_t>(cue.words.size());
      return static_cast<int>(ci);
    }
  }
  return -1;
}

int MatchStanceSlow(const Doc& doc, uint32_t i, uint32_t end, char mode, uint32_t* len) {
  const Lexicons& lex = Lex();
  if (i >= end) return -1;
  const std::vector<uint32_t>* bucket = doc.toks[i].stances;
  if (!bucket) return -1;
  for (uint32_t si : *bucket) {
    const StancePhrase& p = lex.stance[si];
    if (p.mode != mode || i + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < p.words.size() && ok; ++k) ok = doc.toks[i + k].lower == p.words[k];
    if (ok) {
      *len = static_cast<uint32_t>(p.words.size());
      return static_cast<int>(si);
    }
  }
  return -1;
}

std::string SpanText(const Doc& doc, uint32_t first, uint32_t last, bool strip_quotes) {
  if (first >= last) return {};
  // The text from the first token to the last, without the quote marks when
  // strip_quotes, line breaks as spaces, runs of spaces collapsed, trimmed.
  std::string clean;
  clean.reserve(doc.toks[last - 1].end - doc.toks[first].start);
  auto add = [&](std::string_view piece) {
    for (char c : piece) {
      if (c == '\n' || c == '\r') c = ' ';
      if (c == ' ' && !clean.empty() && clean.back() == ' ') continue;
      clean.push_back(c);
    }
  };
  uint32_t pos = doc.toks[first].start;
  if (strip_quotes) {
    for (uint32_t i = first; i < last; ++i) {
      const Tok& t = doc.toks[i];
      if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote || t.reopen) {
        add(doc.text.substr(pos, t.start - pos));
        pos = t.end;
      }
    }
  }
  add(doc.text.substr(pos, doc.toks[last - 1].end - pos));
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  size_t lead = 0;
  while (lead < clean.size() && clean[lead] == ' ') ++lead;
  clean.erase(0, lead);
  return clean;
}

Doc BuildDoc(std::string_view text, size_t body_start) {
  Doc doc;
  doc.text = text;
  std::vector<Tok>& toks = doc.toks;
  toks.reserve(text.size() / 5 + 8);
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
  auto push = [&](uint32_t s, uint32_t e, TokKind kind) {
    Tok& t = toks.emplace_back();
    t.start = s;
    t.end = e;
    t.kind = kind;
    t.para = para;
    LowerInto(text.substr(s, e - s), &t.lower);
    para_has_tokens = true;
  };
  while (i < text.size()) {
    Cp cp = Decode(text, i);
    int32_t c = cp.c;
    if (c == '\n') {
      end_paragraph();
      prev_c = ' ';
      i += cp.len;
      continue;
    }
    if (IsSpace(c)) {
      prev_c = ' ';
      i += cp.len;
      continue;
    }
    if (IsAlnum(c)) {
      size_t s = i;
      bool cap = IsUpper(c);
      bool digit = c >= '0' && c <= '9';
      i += cp.len;
      while (i < text.size()) {
        Cp n = Decode(text, i);
        if (IsAlnum(n.c)) {
          i += n.len;
          continue;
        }
        if (n.c == '.' || n.c == '-' || n.c == '\'' || n.c == 0x2019 || n.c == '&') {
          Cp nn = Decode(text, i + n.len);
          if (IsAlnum(nn.c)) {
            i += n.len;
            continue;
          }
        }
        break;
      }
      // a dot that belongs to the word: Mr. U.S. J.
      if (i < text.size() && text[i] == '.' && !digit && TakesDot(text.substr(s, i - s))) ++i;
      push(static_cast<uint32_t>(s), static_cast<uint32_t>(i), digit ? TokKind::kNumber : TokKind::kWord);
      toks.back().cap = cap;
      prev_c = 'a';
      continue;
    }
    size_t s = i;
    i += cp.len;
    TokKind kind = TokKind::kPunct;
    bool single = false;
    // Two ASCII apostrophes ('' in archives and wire copy) or two backticks (``)
    // stand for one double quote mark.
    bool ascii_pair = (c == '\'' || c == '`') && i < text.size() && text[i] == static_cast<char>(c);
    if (ascii_pair) ++i;
    int32_t next = Decode(text, i).c;
    bool next_space = next < 0 || IsSpace(next);
    if (ascii_pair && c == '`') {
      kind = TokKind::kOpenQuote;
    } else if (IsDoubleQuote(c) || ascii_pair) {
      if (c == 0x201C || c == 0x201E || c == 0xAB) kind = TokKind::kOpenQuote;
      // a closing mark typed where an opening one belongs: after a space, before a word
      else if (c == 0x201D && prev_c == ' ' && IsAlnum(next))
        kind = TokKind::kOpenQuote;
      else if (c == 0x201D || c == 0xBB)
        kind = TokKind::kCloseQuote;
      else
        kind = (prev_c == ' ' || prev_c == '(' || prev_c == '[' || prev_c == 0x2014 || prev_c == 0x2013 ||
                prev_c == '/' || prev_c == '-' || prev_c == 0x2018) &&
                       !next_space
                   ? TokKind::kOpenQuote
                   : TokKind::kCloseQuote;
    } else if (IsSingleQuote(c)) {
      single = true;
      bool prev_open = prev_c == ' ' || prev_c == '(' || prev_c == '[' || prev_c == 0x201C || prev_c == '"' ||
                       prev_c == 0x2014 || prev_c == 0x2013;
      if (c == 0x2018 && !next_space)
        kind = TokKind::kOpenQuote;
      else if (prev_open && !next_space && c != 0x2019)
        kind = TokKind::kOpenQuote;
      else if (prev_open && !next_space && c == 0x2019 && IsAlnum(next))
        kind = TokKind::kOpenQuote;
      else if (!prev_open)
        kind = TokKind::kCloseQuote;
    } else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
      kind = TokKind::kEnd;
      // "..." is one token
      while (i < text.size() && (text[i] == '.' || text[i] == '!' || text[i] == '?')) ++i;
    } else if (c == 0x2013 || c == 0x2014 || c == 0x2015) {
      kind = TokKind::kDash;
    } else if (c == '-' && i < text.size() && text[i] == '-') {
      kind = TokKind::kDash;
      while (i < text.size() && text[i] == '-') ++i;
    }
    push(static_cast<uint32_t>(s), static_cast<uint32_t>(i), kind);
    toks.back().single = single;
    prev_c = c;
  }
  end_paragraph();

  // Pair quote marks within each paragraph. A double quote left open at the end
  // of a paragraph runs to its end; if the next paragraph opens with a quote
  // mark, that quote continues it.
  int32_t pending_continue = -1;
  auto curly_open = [&](const Tok& t) { return text.compare(t.start, 3, "\xE2\x80\x9C") == 0; };
  for (const auto& [pf, pl] : doc.paras) {
    int32_t dq = -1, sq = -1;
    int nested = 0;  // “ inside an open “...”: a quote within the quote ("what he calls “hell” than ...")
    int32_t carried = pending_continue;
    pending_continue = -1;
    for (uint32_t k = pf; k < pl; ++k) {
      Tok& t = toks[k];
      if (t.kind != TokKind::kOpenQuote && t.kind != TokKind::kCloseQuote) continue;
      if (!t.single) {
        if (t.kind == TokKind::kOpenQuote && dq < 0) {
          if (sq >= 0) toks[static_cast<uint32_t>(sq)].kind = TokKind::kPunct;  // an apostrophe after all
          sq = -1;
          dq = static_cast<int32_t>(k);
        } else if (t.kind == TokKind::kCloseQuote && dq >= 0 && nested > 0) {
          --nested;
          t.kind = TokKind::kPunct;
        } else if (t.kind == TokKind::kCloseQuote && dq >= 0) {
          Quote q;
          q.open = static_cast<uint32_t>(dq);
          q.close = k;
          q.first = q.open + 1;
          q.last = k;
          if (carried >= 0 && q.open == pf) q.continues = carried;
          doc.quotes.push_back(q);
          dq = -1;
        } else if (t.kind == TokKind::kOpenQuote && dq >= 0) {
          // a curly opening mark inside an open quote opens a quote within it, if a
          // closing mark for each follows in the paragraph; otherwise it is stray text
          if (curly_open(t) && curly_open(toks[static_cast<uint32_t>(dq)])) {
            int closes = 0;
            for (uint32_t m = k + 1; m < pl; ++m)
              closes += !toks[m].single && toks[m].kind == TokKind::kCloseQuote;
            if (closes >= nested + 2) ++nested;
          }
          // after a sentence end it only restarts the quote with a new sentence, the way
          // some outlets open each quoted sentence ("... topic. "This is ...")
          t.reopen = nested == 0 && k > pf && toks[k - 1].kind == TokKind::kEnd;
          t.kind = TokKind::kPunct;
        }
      } else if (dq < 0) {
        if (t.kind == TokKind::kOpenQuote && sq < 0) {
          // only a quote if a closing single mark follows in the paragraph
          bool found = false;
          for (uint32_t m = k + 1; m < pl && !found; ++m)
            found = toks[m].single && toks[m].kind == TokKind::kCloseQuote;
          if (found)
            sq = static_cast<int32_t>(k);
          else
            t.kind = TokKind::kPunct;
        } else if (t.kind == TokKind::kCloseQuote && sq >= 0) {
          Quote q;
          q.open = static_cast<uint32_t>(sq);
          q.close = k;
          q.first = q.open + 1;
          q.last = k;
          doc.quotes.push_back(q);
          sq = -1;
        } else {
          t.kind = TokKind::kPunct;  // an apostrophe (Sanders' campaign)
        }
      } else {
        t.kind = TokKind::kPunct;  // single marks inside a double quote are text
      }
    }
    if (dq >= 0) {
      Quote q;
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
  const Lexicons& lex = Lex();
  for (Tok& t : toks) {
    if (const Lexicons::WordLookup* w = lex.by_word.Find(t.lower)) {
      t.info = w->info;
      t.cues = w->cues;
      t.stances = w->stances;
    }
  }
  // Quotes were pushed in paragraph order and never nest, so they are sorted by position.
  for (int32_t qi = 0; qi < static_cast<int32_t>(doc.quotes.size()); ++qi) {
    const Quote& q = doc.quotes[static_cast<size_t>(qi)];
    for (uint32_t k = q.first; k < q.last; ++k) toks[k].quote = qi;
  }
  return doc;
}

}  // namespace claimgraph::extract::claims
