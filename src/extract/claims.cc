// Claim extraction (issue 4): direct quotes and reported speech with their
// speakers, resolved to entities (names, titles, pronouns, descriptions).
//
// Two phases: first every attribution site is found (a quote with its cue and
// subject phrase, or a reported-speech cue with its subject and content); then
// the sites are resolved in text order, so that a pronoun or a description
// refers back to what the article named before it, and claims are emitted in
// the order of their content.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "common/schema_data.h"
#include "extract/claims_index.h"
#include "extract/claims_internal.h"
#include "extract/entities_lexicon.h"
#include "extract/stages.h"

namespace claimgraph::extract {
namespace claims {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

bool IsPunct(const Tok& t, char c) {
  return t.kind == TokKind::kPunct && t.end == t.start + 1 && t.lower[0] == c;
}

// ---- dates

bool ParseDate(std::string_view s, int* y, int* m, int* d) {
  if (s.size() < 10) return false;
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    auto dig = [&](size_t k) { return s[i + k] >= '0' && s[i + k] <= '9'; };
    if (dig(0) && dig(1) && dig(2) && dig(3) && s[i + 4] == '-' && dig(5) && dig(6) && s[i + 7] == '-' &&
        dig(8) && dig(9)) {
      *y = std::atoi(std::string(s.substr(i, 4)).c_str());
      *m = std::atoi(std::string(s.substr(i + 5, 2)).c_str());
      *d = std::atoi(std::string(s.substr(i + 8, 2)).c_str());
      return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
    }
  }
  return false;
}

// Days since 1970-01-01 (proleptic Gregorian) and back.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

// ---- sites

struct Site {
  uint32_t np_first = kNone, np_last = kNone;  // subject phrase tokens; kNone: none
  uint32_t cue_first = kNone, cue_len = 0;
  CueClass cls = kSpeech;
  int quote = -1;                // direct: the quote region
  uint32_t first = 0, last = 0;  // indirect: content tokens
  uint32_t gap_first = kNone,
           gap_last = kNone;         // an attribution inside the content (", she said,"): not its text
  bool inherit = false;              // direct quote without a cue: keeps an earlier speaker
  bool subject_of_sentence = false;  // participle: the sentence's subject
  uint32_t sent_first = 0, sent_last = 0;
  std::string speaker;
  std::string date;  // YYYY-MM-DD; an inherited quote takes the date of the one it continues
  bool resolved = false;
  uint32_t Pos() const {
    if (np_first != kNone) return np_first;
    if (cue_first != kNone) return cue_first;
    return first;
  }
};

class ClaimFinder final : public SpeakerResolver {
 public:
  ClaimFinder(const Article& article, Extraction* out)
      : article_(article), out_(out), lex_(Lex()), doc_(BuildDoc(article.text, article.body_start)) {}

  void Run();

  std::string SubjectBefore(uint32_t lo, uint32_t i, bool verb) override {
    uint32_t a, b;
    if (!FindSubject(lo, i, &a, &b, verb)) return {};
    return Resolve(a, b, doc_.toks[a].start);
  }
  bool HasSubject(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    return FindSubject(lo, i, &a, &b, true);
  }
  std::string EntityInSubject(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    if (!FindSubject(lo, i, &a, &b, true)) return {};
    return NearestEntityBefore(a, b);
  }
  bool PassiveAt(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    return !FindSubject(lo, i, &a, &b, true) && FindSubject(lo, i, &a, &b, false);
  }
  std::string NearestEntityBefore(uint32_t lo, uint32_t i) override {
    if (i <= lo) return {};
    uint32_t from = doc_.toks[lo].start, to = doc_.toks[i].start;
    for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(to)); it != idx_.mentions().rend(); ++it) {
      if (it->pos < from) break;
      const Entity& e = out_->entities[it->ent];
      if (e.type == EntityType::kPlace || e.type == EntityType::kEvent) continue;
      return e.id;
    }
    return {};
  }
  std::string SentenceSubjectEntity(uint32_t sf, uint32_t limit) override {
    uint32_t a, b;
    if (!SentenceSubject(sf, limit, &a, &b)) return {};
    return Resolve(a, b, doc_.toks[a].start);
  }
  std::string EntityAt(uint32_t i, uint32_t hi, uint32_t* end) override;
  std::string QuoteSpeaker(uint32_t i) override {
    int q = doc_.toks[i].quote;
    if (q < 0) return {};
    auto it = quote_speaker_.find(q);
    return it == quote_speaker_.end() ? std::string() : it->second;
  }

 private:
  // structure
  void ClassifyQuotes();
  void SplitSentences();
  bool InStandalone(uint32_t i) const {
    int q = doc_.toks[i].quote;
    return q >= 0 && doc_.quotes[static_cast<size_t>(q)].standalone;
  }
  // A word written in capitals only, of two letters or more ("PENCE", "WALLACE").
  bool AllCaps(const Tok& t) const {
    int letters = 0;
    for (uint32_t i = t.start; i < t.end; ++i) {
      char c = doc_.text[i];
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 2;
  }
  // Did the article give person `ent` the role word `head` ("congressman", "lawmaker")?
  bool HasRole(size_t ent, const std::string& head) const { return idx_.HasRole(ent, head); }
  // How many words tokens [a, b) hold.
  uint32_t WordsIn(uint32_t a, uint32_t b) const {
    uint32_t n = 0;
    for (uint32_t k = a; k < b; ++k) n += IsWord(doc_.toks[k]);
    return n;
  }
  // Records a site whose cue is the single token c (a forecast or a noun of saying) and
  // consumes the cue; the speaker is the phrase [np_a, np_b), the content [first, last).
  void AddOneWordCueSite(uint32_t np_a, uint32_t np_b, uint32_t c, CueClass cls, uint32_t first,
                         uint32_t last, uint32_t sf, uint32_t sl);
  // Does token i open a sentence (or a paragraph or a quote)?
  bool OpensSentence(uint32_t i) const {
    return i == 0 || doc_.toks[i - 1].para != doc_.toks[i].para || doc_.toks[i - 1].kind == TokKind::kEnd ||
           doc_.toks[i - 1].kind == TokKind::kOpenQuote;
  }
  // Is the word at token i written capitalized somewhere else inside a sentence, where
  // only a name would be?
  bool CapitalizedInside(uint32_t i) {
    if (cap_inside_.empty()) {  // once: each word's count of such places, and the first
      for (uint32_t k = 1; k < doc_.toks.size(); ++k) {
        const Tok& t = doc_.toks[k];
        if (!t.cap || OpensSentence(k)) continue;
        auto [it, fresh] = cap_inside_.emplace(t.lower, std::pair<uint32_t, uint32_t>{0, k});
        ++it->second.first;
      }
      cap_inside_.emplace(std::string_view(), std::pair<uint32_t, uint32_t>{0, 0});  // built
    }
    auto it = cap_inside_.find(doc_.toks[i].lower);
    if (it == cap_inside_.end() || it->second.first == 0) return false;
    return it->second.first > 1 || it->second.second != i;
  }
  // The paragraph of the token at (or after) byte `pos`.
  uint32_t ParaAt(uint32_t pos) const {
    auto it = std::lower_bound(doc_.toks.begin(), doc_.toks.end(), pos,
                               [](const Tok& t, uint32_t v) { return t.start < v; });
    return it == doc_.toks.end() ? doc_.toks.back().para : it->para;
  }
  uint32_t ParaEnd(uint32_t i) const { return doc_.paras[doc_.toks[i].para].second; }
  uint32_t ParaStart(uint32_t i) const { return doc_.paras[doc_.toks[i].para].first; }

  // phase A
  void FindQuoteSites();
  void FindSpeechSites();
  bool NpWord(uint32_t i) const;
  bool FindSubject(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool verb = true) const;
  bool NpAfter(uint32_t i, uint32_t hi, uint32_t* a, uint32_t* b) const;
  bool SentenceSubject(uint32_t sf, uint32_t limit, uint32_t* a, uint32_t* b) const;
  uint32_t ContentStart(uint32_t j, uint32_t end, const Cue& cue) const;
  uint32_t ContentEnd(uint32_t start, uint32_t end) const;

  // phase B
  void IndexEntities();
  void PreScan();
  std::string Resolve(uint32_t a, uint32_t b, uint32_t pos);
  std::string FindOrCreate(uint32_t a, uint32_t b, uint32_t pos);
  // Indexes entity `ent` under its (new) name.
  void NameEntity(size_t ent) {
    const std::string& name = out_->entities[ent].name;
    idx_.AddName(ent, Fold(name), name, Fold(name.substr(name.rfind(' ') + 1)));
  }
  bool NameMatches(size_t cand, const std::string& key, const std::string& last, bool single) const;
  // The entity a pronoun at byte `pos` refers to, never `exclude` (the speaker of the quote it is in).
  std::string ResolvePronoun(char gender, uint32_t pos, const std::string& exclude = {}) const;
  std::string ResolveDescription(const std::string& head, uint32_t pos) const;
  bool DescribedAs(size_t ent, const std::string& head) const;
  // A headline's description ("Lawmaker urges ..."): the one person the body then gives that role.
  std::string ResolveHeadlineDescription(const std::string& head, uint32_t pos) const;
  std::string ResolveThey(uint32_t pos) const;
  // The organization or country that opens the sentence before token i's (its subject), or "".
  std::string PreviousSubject(uint32_t i);
  // "the Pentagon chief": the one person named before `pos` whose title is that seat's office.
  std::string ResolveOffice(const std::string& seat, uint32_t pos) const;
  bool SeatBefore(const MentionRec& m, const std::string& seat) const;
  void UpdateOffices() const;
  void AddMention(size_t ent, uint32_t tok_first, uint32_t tok_last, bool to_entity);
  char Gender(size_t ent) const;
  void InferGenders();
  std::string Fold(std::string_view s) const;
  void Emit();
  std::string DateFor(const Site& s) const;

  const Article& article_;
  Extraction* out_;
  const Lexicons& lex_;
  Doc doc_;
  std::vector<std::pair<uint32_t, uint32_t>> sentences_;
  std::vector<uint32_t> sentence_of_;  // token -> sentence index
  std::vector<Site> sites_;
  std::vector<uint8_t> consumed_;  // token used by an attribution
  EntityIndex idx_;  // mentions in text order; role words seen before mentions, lower case; names
  std::unordered_map<std::string, size_t> keys_;  // folded name/alias -> entity
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> cap_inside_;  // CapitalizedInside
  // recognized entities' mention spans (start, end, entity) by start, for FindOrCreate
  std::vector<std::tuple<uint32_t, uint32_t, size_t>> rec_spans_;
  uint32_t rec_span_max_ = 0;
  struct OfficeIndex {
    bool built = false;
    size_t seen = 0;                                                    // mentions of idx_.log() indexed
    std::unordered_map<std::string, std::vector<size_t>> seat_holders;  // seat -> people
    std::unordered_map<std::string, std::vector<MentionRec>> titled;    // ending of the word before a title
    std::vector<MentionRec> long_titled;
  };
  mutable OfficeIndex office_;       // ResolveOffice's
  std::unordered_set<size_t> tied_;  // entities with two mention spans at one start (AddMention)
  std::vector<char> ent_gender_;
  std::vector<char> ent_text_gender_;  // from the article's pronouns (InferGenders)
  std::vector<bool> ent_mine_;
  std::unordered_map<int, std::string> quote_speaker_;
  std::unordered_map<int, std::string> quote_date_;
  struct Said {
    uint32_t pos;
    uint32_t para;
    std::string id;
  };
  std::vector<Said> said_;  // speakers of sites resolved so far, in text order
  bool allow_create_ = true;
};

std::string ClaimFinder::Fold(std::string_view s) const {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    if (c == '.') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    out.push_back(static_cast<char>(c));
  }
  if (out.rfind("the ", 0) == 0) out = out.substr(4);
  if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
  return out;
}

void ClaimFinder::ClassifyQuotes() {
  const auto& toks = doc_.toks;
  for (Quote& q : doc_.quotes) {
    uint32_t words = WordsIn(q.first, q.last);
    if (words == 0) continue;
    if (q.continues >= 0) {
      q.standalone = doc_.quotes[static_cast<size_t>(q.continues)].standalone;
      continue;
    }
    uint32_t ps = ParaStart(q.open);
    const Tok* prev = q.open > ps ? &toks[q.open - 1] : nullptr;
    const Tok* next = q.closed && q.close + 1 < ParaEnd(q.open) ? &toks[q.close + 1] : nullptr;
    const Tok* lastc = q.last > q.first ? &toks[q.last - 1] : nullptr;
    bool ends_punct = lastc && (lastc->kind == TokKind::kEnd || lastc->kind == TokKind::kDash ||
                                IsPunct(*lastc, ',') || IsPunct(*lastc, ';') || IsPunct(*lastc, ':'));
    bool prev_cue = false;
    if (prev && IsWord(*prev)) {
      uint32_t len = 0;
      int ci = MatchCue(doc_, q.open - 1, q.open, &len);
      prev_cue = ci >= 0 && (lex_.cues[static_cast<size_t>(ci)].cls == kSpeech ||
                             lex_.cues[static_cast<size_t>(ci)].cls == kBelief ||
                             lex_.cues[static_cast<size_t>(ci)].cls == kParticiple);
    }
    bool starts = !prev || prev->kind == TokKind::kEnd || prev->kind == TokKind::kCloseQuote ||
                  prev->kind == TokKind::kDash || IsPunct(*prev, ':') || IsPunct(*prev, ',') ||
                  IsPunct(*prev, '(') || IsPunct(*prev, ';') || prev_cue;
    bool next_clause = true;
    if (next && IsWord(*next) && !next->cap && !ends_punct) {
      // a quote that ends on a word and runs on into lower-case text is part of a sentence,
      // unless an attribution follows ("...” he said)
      uint32_t len = 0;
      bool cue = MatchCue(doc_, q.close + 1, ParaEnd(q.open), &len) >= 0;
      bool pron = TokIs(*next, kPronoun) || next->lower == "the";
      next_clause = cue || pron;
    }
    bool ends = !q.closed || !next || ends_punct || next->kind != TokKind::kWord || next->cap || next_clause;
    if (words <= 2) {
      q.standalone = (!prev || prev->kind == TokKind::kEnd || IsPunct(*prev, ':')) && ends_punct;
    } else {
      q.standalone = starts && ends;
    }
    // a short fragment set off by a comma inside a sentence ("..., “a disaster”") is a scare quote
    if (q.standalone && words <= 4 && prev && IsPunct(*prev, ',') && !ends_punct && !prev_cue)
      q.standalone = false;
  }
}

void ClaimFinder::SplitSentences() {
  const auto& toks = doc_.toks;
  sentence_of_.assign(toks.size(), 0);
  for (const auto& [pf, pl] : doc_.paras) {
    uint32_t start = pf;
    uint32_t k = pf;
    while (k < pl) {
      if (toks[k].kind == TokKind::kOpenQuote && toks[k].quote < 0 && k + 1 < pl && InStandalone(k + 1)) {
        const Quote& q = doc_.quotes[static_cast<size_t>(toks[k + 1].quote)];
        k = q.closed ? q.close + 1 : pl;
        continue;
      }
      if (toks[k].kind == TokKind::kEnd) {
        uint32_t n = k + 1;
        while (n < pl && (toks[n].kind == TokKind::kCloseQuote || IsPunct(toks[n], ')'))) ++n;
        bool brk = n >= pl || toks[n].cap || toks[n].kind == TokKind::kOpenQuote ||
                   toks[n].kind == TokKind::kNumber || toks[n].kind == TokKind::kDash || toks[n].reopen;
        if (brk) {
          sentences_.emplace_back(start, n);
          start = n;
        }
        k = n;
        continue;
      }
      ++k;
    }
    if (start < pl) sentences_.emplace_back(start, pl);
  }
  for (uint32_t s = 0; s < sentences_.size(); ++s)
    for (uint32_t k = sentences_[s].first; k < sentences_[s].second; ++k) sentence_of_[k] = s;
}

// A word that may belong to a subject phrase ("White House press secretary Josh Earnest").
bool ClaimFinder::NpWord(uint32_t i) const {
  const Tok& t = doc_.toks[i];
  if (!IsWord(t) || t.kind == TokKind::kNumber) return false;
  if (t.cap) return true;
  const WordInfo* w = t.info;
  if (w && (w->classes & (kTitle | kModifier | kDeterminer | kPersonNoun | kGroupNoun | kOrgNoun |
                          kDocumentNoun | kPronoun | kOrgHead)))
    return true;
  // "Peter King from New York": a name, then where the person is from
  if (t.lower == "from")
    return i > 0 && i + 1 < doc_.toks.size() && doc_.toks[i - 1].cap && IsWord(doc_.toks[i - 1]) &&
           doc_.toks[i + 1].cap && IsWord(doc_.toks[i + 1]);
  static const char* kParticles[] = {"of",  "de", "van", "von", "al", "bin",
                                     "der", "la", "le",  "du",  "da", "el"};
  for (const char* p : kParticles)
    if (t.lower == p) return i + 1 < doc_.toks.size() && doc_.toks[i + 1].cap;
  return false;
}

bool ClaimFinder::FindSubject(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool verb) const {
  const auto& toks = doc_.toks;
  if (cue == 0 || cue <= lo) return false;
  int64_t j = static_cast<int64_t>(cue) - 1;
  bool saw_be = false;
  auto skip_adverbials = [&]() {
    while (j >= static_cast<int64_t>(lo)) {
      const Tok& t = toks[static_cast<size_t>(j)];
      const WordInfo* w = IsWord(t) ? t.info : nullptr;
      bool adverb = IsWord(t) && !t.cap && t.lower.size() > 4 &&
                    t.lower.compare(t.lower.size() - 2, 2, "ly") == 0 && !TokIs(t, kPersonNoun | kGroupNoun);
      if (adverb || (t.lower == "and" && j > static_cast<int64_t>(lo) &&
                     toks[static_cast<size_t>(j - 1)].lower.size() > 4 &&
                     toks[static_cast<size_t>(j - 1)].lower.compare(
                         toks[static_cast<size_t>(j - 1)].lower.size() - 2, 2, "ly") == 0)) {
        --j;
        continue;
      }
      if (w && (w->classes & kAux) && !(w->classes & kPronoun)) {
        const std::string& l = t.lower;
        saw_be |= l == "is" || l == "was" || l == "were" || l == "are" || l == "been" || l == "being" ||
                  l == "be" || l == "got" || l == "get" || l == "gets";
        --j;
        continue;
      }
      if (w && (w->classes & (kWeekday | kRelDate))) {
        --j;
        if (j >= static_cast<int64_t>(lo) &&
            (toks[static_cast<size_t>(j)].lower == "on" || toks[static_cast<size_t>(j)].lower == "last" ||
             toks[static_cast<size_t>(j)].lower == "this"))
          --j;
        continue;
      }
      if (t.lower == "week" || t.lower == "month" || t.lower == "night" || t.lower == "morning") {
        if (j - 1 >= static_cast<int64_t>(lo) && (toks[static_cast<size_t>(j - 1)].lower == "this" ||
                                                  toks[static_cast<size_t>(j - 1)].lower == "last" ||
                                                  TokIs(toks[static_cast<size_t>(j - 1)], kWeekday))) {
          j -= 2;
          continue;
        }
      }
      break;
    }
  };
  skip_adverbials();
  if (j < static_cast<int64_t>(lo)) return false;
  // a passive ("Clinton was criticized"): the phrase before is not the one who acts
  if (verb && saw_be) {
    const std::string& c = toks[cue].lower;
    if (c.size() < 4 || c.compare(c.size() - 3, 3, "ing") != 0) return false;
  }
  // "Gov. John Kasich (R-OH), said": the comma after a parenthesis closes nothing
  if (IsPunct(toks[static_cast<size_t>(j)], ',') && j - 1 >= static_cast<int64_t>(lo) &&
      IsPunct(toks[static_cast<size_t>(j - 1)], ')'))
    --j;
  // parenthesis: Sanders (I-Vt.) said
  if (IsPunct(toks[static_cast<size_t>(j)], ')')) {
    int64_t k = j - 1;
    while (k >= static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(k)], '(') && j - k < 12) --k;
    if (k >= static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(k)], '(')) j = k - 1;
  } else if (IsPunct(toks[static_cast<size_t>(j)], ',')) {
    // appositive: "Schiff, 56, who has served ..., told" -> the phrase before the comma that opens it
    int64_t k = j - 1;
    int64_t found = -1;
    int64_t relative = -1;  // "Mr. Slinker, whose latest start-up, Paradata, uses ..., said": Slinker
    while (k >= static_cast<int64_t>(lo) && j - k < 40) {
      const Tok& t = toks[static_cast<size_t>(k)];
      if (t.kind == TokKind::kEnd || t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote) break;
      uint32_t len = 0;
      if (IsWord(t) && MatchCue(doc_, static_cast<uint32_t>(k), cue, &len) >= 0) break;
      if (IsPunct(t, ',') && k - 1 >= static_cast<int64_t>(lo)) {
        const Tok& p = toks[static_cast<size_t>(k - 1)];
        const std::string& nx = toks[static_cast<size_t>(k + 1)].lower;
        bool head = IsWord(p) && (p.cap || TokIs(p, kPronoun | kPersonNoun | kGroupNoun | kOrgNoun));
        if (head && (nx == "who" || nx == "whose")) {
          relative = k - 1;
          break;
        }
        if (head && found < 0) found = k - 1;
      }
      --k;
    }
    if (relative >= 0) found = relative;
    // "Ciudadanos leader, Albert Rivera, has accused", "her senior policy adviser, Jake
    // Sullivan, said": the name between the commas, after a lower-case description
    {
      int64_t c2 = j - 1;
      while (c2 >= static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(c2)], ',') && j - c2 <= 5)
        --c2;
      bool name = c2 >= static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(c2)], ',') && c2 + 1 < j;
      for (int64_t x = c2 + 1; name && x < j; ++x) {
        const Tok& t = toks[static_cast<size_t>(x)];
        name = IsWord(t) && t.cap && !TokIs(t, kFunction | kTitle);
      }
      bool described = name && c2 - 1 >= static_cast<int64_t>(lo) &&
                       IsWord(toks[static_cast<size_t>(c2 - 1)]) && !toks[static_cast<size_t>(c2 - 1)].cap &&
                       !TokIs(toks[static_cast<size_t>(c2 - 1)], kFunction);
      // "His former business partner at Lenox, Lawrence B. Cummings,": a description that opens
      // with a possessive or an article, even when it ends in a name
      if (name && !described && c2 - 1 >= static_cast<int64_t>(lo)) {
        int64_t d = c2 - 1;
        while (d > static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(d - 1)], ',') && c2 - d < 12)
          --d;
        const std::string& w0 = toks[static_cast<size_t>(d)].lower;
        bool opener = w0 == "his" || w0 == "her" || w0 == "their" || w0 == "its" || w0 == "the" ||
                      w0 == "a" || w0 == "an";
        described = opener && d + 1 < c2 && !toks[static_cast<size_t>(d + 1)].cap &&
                    (d == static_cast<int64_t>(lo) || IsPunct(toks[static_cast<size_t>(d - 1)], ','));
      }
      if (name && relative < 0 && ((found >= 0 && !toks[static_cast<size_t>(found)].cap) || described)) {
        *a = static_cast<uint32_t>(c2 + 1);
        *b = static_cast<uint32_t>(j);
        return true;
      }
    }
    if (found < 0) return false;
    j = found;
  }
  if (j < static_cast<int64_t>(lo)) return false;
  const Tok& last = toks[static_cast<size_t>(j)];
  if (!IsWord(last)) return false;
  const WordInfo* lw = last.info;
  bool head_ok =
      last.cap || (lw && (lw->classes & (kPronoun | kPersonNoun | kGroupNoun | kOrgNoun | kDocumentNoun)));
  if (!head_ok) return false;
  if (lw && (lw->classes & kPronoun)) {
    *a = static_cast<uint32_t>(j);
    *b = static_cast<uint32_t>(j + 1);
    return true;
  }
  int64_t k = j;
  while (k >= static_cast<int64_t>(lo) && j - k < 10 && NpWord(static_cast<uint32_t>(k))) {
    const WordInfo* w = toks[static_cast<size_t>(k)].info;
    if (w && (w->classes & kPronoun) && k != j) break;
    if (w && (w->classes & kDeterminer) && !toks[static_cast<size_t>(k)].cap) {
      --k;
      break;
    }
    --k;
  }
  uint32_t first = static_cast<uint32_t>(k + 1);
  // a determiner was taken: include it
  if (k >= static_cast<int64_t>(lo) && k + 1 <= j) {
    const WordInfo* w = toks[static_cast<size_t>(k)].info;
    if (w && (w->classes & kDeterminer) && !toks[static_cast<size_t>(k)].cap &&
        IsWord(toks[static_cast<size_t>(k)]) && toks[static_cast<size_t>(k + 1)].start > 0)
      first = static_cast<uint32_t>(k);
  }
  if (first > static_cast<uint32_t>(j)) return false;
  // "Voters in New Hampshire said", "Officials at the State Department said": the group speaks,
  // not the place or body that names it (a group is left unresolved)
  if (first >= lo + 2 && TokIs(toks[first - 2], kGroupNoun) &&
      (toks[first - 1].lower == "in" || toks[first - 1].lower == "from" || toks[first - 1].lower == "at" ||
       toks[first - 1].lower == "across" || toks[first - 1].lower == "around")) {
    *a = first - 2;
    *b = first - 1;
    return true;
  }
  // "The MP for Sittingbourne and Sheppey said": the names belong to a description of a person
  {
    uint32_t m = first;
    while (m > lo && first - m < 6 && (toks[m - 1].cap || toks[m - 1].lower == "and") && IsWord(toks[m - 1]))
      --m;
    if (m >= lo + 3 &&
        (toks[m - 1].lower == "for" || toks[m - 1].lower == "of" || toks[m - 1].lower == "from") &&
        TokIs(toks[m - 2], kTitle | kPersonNoun) && toks[m - 3].lower == "the") {
      *a = m - 3;
      *b = static_cast<uint32_t>(j + 1);
      return true;
    }
  }
  // "Warren Buffett, the chairman of Berkshire Hathaway, criticized": the name before the description
  if (first >= lo + 2 && IsPunct(toks[first - 1], ',') && IsWord(toks[first]) && !toks[first].cap &&
      TokIs(toks[first], kDeterminer) && IsWord(toks[first - 2]) && toks[first - 2].cap &&
      !TokIs(toks[first - 2], kFunction)) {
    uint32_t e = first - 1;
    uint32_t n = e;
    while (n > lo && IsWord(toks[n - 1]) && toks[n - 1].cap && e - n < 5) --n;
    bool opens = n == lo || IsPunct(toks[n - 1], ',') || toks[n - 1].kind == TokKind::kEnd ||
                 toks[n - 1].kind == TokKind::kCloseQuote || toks[n - 1].kind == TokKind::kOpenQuote;
    if (n < e && opens) {
      *a = n;
      *b = e;
      return true;
    }
  }
  *a = first;
  *b = static_cast<uint32_t>(j + 1);
  return true;
}

// A subject phrase right after a cue ("said O'Neill", "according to NYPD Commissioner James O'Neill").
bool ClaimFinder::NpAfter(uint32_t i, uint32_t hi, uint32_t* a, uint32_t* b) const {
  uint32_t k = i;
  // a possessive opens a description, not a phrase of its own: "added his campaign manager Jeff Weaver"
  const std::string& first = doc_.toks[i].lower;
  bool possessive = first == "his" || first == "her" || first == "their" || first == "its";
  if (possessive) {
    // "his wife", "her top aide, ...": the words of the description, then any name in it
    ++k;
    while (k < hi && k - i < 8 && IsWord(doc_.toks[k]) && doc_.toks[k].kind != TokKind::kNumber &&
           (NpWord(k) || !TokIs(doc_.toks[k], kFunction | kAux | kPronoun) ||
            // "his best friend at Lehigh"
            (k + 1 < hi && doc_.toks[k + 1].cap &&
             (doc_.toks[k].lower == "at" || doc_.toks[k].lower == "of" || doc_.toks[k].lower == "for"))))
      ++k;
    // then the name between commas: "his best friend at Lehigh, Bruce Turry, who ..."
    if (k + 2 < hi && k > i + 1 && IsPunct(doc_.toks[k], ',') && doc_.toks[k + 1].cap &&
        IsWord(doc_.toks[k + 1])) {
      uint32_t r = k + 1;
      while (r < hi && r - k <= 4 && IsWord(doc_.toks[r]) && doc_.toks[r].cap) ++r;
      if (r - k >= 3 && (r == hi || IsPunct(doc_.toks[r], ',') || doc_.toks[r].kind == TokKind::kEnd)) k = r;
    }
    if (k > i + 1) {
      *a = i;
      *b = k;
      return true;
    }
    k = i;
  }
  while (k < hi && k - i < 10 && NpWord(k)) {
    const WordInfo* w = doc_.toks[k].info;
    if (w && (w->classes & kPronoun) && k != i) break;
    ++k;
    if (w && (w->classes & kPronoun)) break;
  }
  if (k == i) return false;
  *a = i;
  *b = k;
  return true;
}

// The phrase that opens the sentence (its subject), for participles ("Hegseth continued, stating that").
bool ClaimFinder::SentenceSubject(uint32_t sf, uint32_t limit, uint32_t* a, uint32_t* b) const {
  uint32_t k = sf;
  // skip an introductory phrase ending with a comma ("Additionally, ...")
  for (uint32_t m = sf; m < limit && m < sf + 6; ++m) {
    if (IsPunct(doc_.toks[m], ',')) {
      k = m + 1;
      break;
    }
  }
  uint32_t e = k;
  while (e < limit && e - k < 10 && NpWord(e)) ++e;
  if (e == k) return false;
  *a = k;
  *b = e;
  return true;
}

void ClaimFinder::FindQuoteSites() {
  const auto& toks = doc_.toks;
  for (int qi = 0; qi < static_cast<int>(doc_.quotes.size()); ++qi) {
    const Quote& q = doc_.quotes[static_cast<size_t>(qi)];
    if (!q.standalone) continue;
    Site s;
    s.quote = qi;
    s.first = q.first;
    s.last = q.last;
    s.sent_first = sentence_of_[q.open];
    uint32_t pe = ParaEnd(q.open);
    uint32_t ps = ParaStart(q.open);
    bool found = false;
    // a transcript inside quote marks: “PENCE: Well, look, ...”
    {
      uint32_t k = q.first;
      while (k < q.last && k - q.first < 3 && IsWord(toks[k]) && AllCaps(toks[k])) ++k;
      if (k > q.first && k + 2 < q.last && IsPunct(toks[k], ':')) {
        s.np_first = q.first;
        s.np_last = k;
        s.cue_first = k;
        s.cue_len = 1;
        s.first = k + 1;
        found = true;
      }
    }
    // a signed quote: “...” ― Sonya Herridge (a dash, then a name that ends the paragraph)
    if (!found && q.closed && q.close + 2 < pe && toks[q.close + 1].kind == TokKind::kDash) {
      uint32_t a, b;
      if (NpAfter(q.close + 2, pe, &a, &b) && toks[a].cap &&
          (b == pe || IsPunct(toks[b], ',') || toks[b].kind == TokKind::kEnd)) {
        s.np_first = a;
        s.np_last = b;
        s.cue_first = q.close + 1;
        s.cue_len = 1;
        found = true;
      }
    }
    // after the quote: "...,” Hegseth stated / ,” he added / ,” said O'Neill / ,” according to X
    if (!found && q.closed && q.close + 1 < pe) {
      uint32_t j = q.close + 1;
      if (IsPunct(toks[j], ',')) ++j;
      uint32_t len = 0;
      int ci = j < pe ? MatchCue(doc_, j, pe, &len) : -1;
      if (ci >= 0) {
        const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
        uint32_t a, b;
        uint32_t after = j + len;
        if (cue.cls == kAccording || cue.cls == kSpeech || cue.cls == kBelief) {
          if (NpAfter(after, pe, &a, &b)) {
            s.np_first = a;
            s.np_last = b;
            s.cue_first = j;
            s.cue_len = len;
            s.cls = cue.cls;
            found = true;
          }
        }
      } else {
        for (uint32_t m = j; m < pe && m < j + 14; ++m) {
          const Tok& t = toks[m];
          if (IsPunct(t, '(') && m > j) {
            uint32_t r = m + 1;
            while (r < pe && r < m + 10 && !IsPunct(toks[r], ')')) ++r;
            if (r < pe && IsPunct(toks[r], ')')) {
              m = r;
              continue;
            }
          }
          if (IsPunct(t, ',') && m > j) {
            // an appositive: "...,” Flynn, a top Trump surrogate, said"
            uint32_t r = m + 1;
            while (r < pe && r < m + 16 && !IsPunct(toks[r], ',') && toks[r].kind != TokKind::kEnd &&
                   toks[r].kind != TokKind::kOpenQuote)
              ++r;
            if (r + 1 < pe && IsPunct(toks[r], ',')) {
              m = r;
              continue;
            }
            break;
          }
          if (!IsWord(t)) break;
          int c2 = MatchCue(doc_, m, pe, &len);
          if (c2 >= 0 && m > j) {
            const Cue& cue = lex_.cues[static_cast<size_t>(c2)];
            if (cue.cls != kSpeech && cue.cls != kBelief) break;
            // the attribution should not introduce a clause of its own ("He said he would ...")
            uint32_t n = m + len;
            if (n < pe && (toks[n].lower == "that" ||
                           (TokIs(toks[n], kPronoun) && toks[n].lower != "her" && toks[n].lower != "him")))
              break;
            // nor introduce the next quote: “... mainstream.” He added: “...”
            if (n < pe && (IsPunct(toks[n], ':') || toks[n].kind == TokKind::kOpenQuote) &&
                toks[q.close - 1].kind == TokKind::kEnd)
              break;
            uint32_t a, b;
            if (FindSubject(j, m, &a, &b)) {
              s.np_first = a;
              s.np_last = b;
              s.cue_first = m;
              s.cue_len = len;
              s.cls = cue.cls;
              found = true;
            }
            break;
          }
          if (!NpWord(m) && !TokIs(t, kAux)) break;
        }
      }
    }
    // an attribution after the quote whose subject is not read ("...?” a narrator in the
    // Clinton ad asks): the quote has a source of its own, left unresolved, never an
    // earlier or later speaker's
    // (A quote that ends its sentence with a period and is followed by a capitalized word is
    // followed by the writer's next sentence: “... for Australia.” Higher fuel costs are expected.)
    bool next_sentence = q.closed && q.close > q.first && toks[q.close - 1].kind == TokKind::kEnd &&
                         toks[q.close - 1].lower == "." && q.close + 1 < pe && toks[q.close + 1].cap;
    if (!found && q.closed && q.close + 1 < pe && !next_sentence) {
      uint32_t j = q.close + 1;
      if (IsPunct(toks[j], ',')) ++j;
      for (uint32_t m = j; m < pe && m < j + 10 && IsWord(toks[m]) && toks[m].quote < 0; ++m) {
        const std::string& w = toks[m].lower;
        if (w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "also" ||
            w == "not" || IsLyAdverb(toks[m]))
          break;  // a verb phrase of the writer's own ("Higher fuel costs also are expected")
        uint32_t len = 0;
        int ci = MatchCue(doc_, m, pe, &len);
        if (ci < 0) continue;
        const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
        if (m > j + 1 && (cue.cls == kSpeech || cue.cls == kBelief) && !TokIs(toks[j], kPronoun)) {
          s.cue_first = m;
          s.cue_len = len;
          s.cls = cue.cls;
          found = true;
        }
        break;
      }
    }
    // before the quote: X said, “... / X said: “... / X: “...
    if (!found && q.open > ps && q.continues < 0) {
      uint32_t p = q.open - 1;
      bool sep = IsPunct(toks[p], ',') || IsPunct(toks[p], ':');
      uint32_t scan_end = sep ? p : q.open;
      uint32_t sf = sentences_[sentence_of_[q.open]].first;
      // nearest cue before, in the same sentence, outside other quotes
      for (int64_t m = static_cast<int64_t>(scan_end) - 1; m >= static_cast<int64_t>(sf); --m) {
        const Tok& t = toks[static_cast<size_t>(m)];
        if (t.quote >= 0 || t.kind == TokKind::kCloseQuote) break;
        if (!IsWord(t)) continue;
        uint32_t len = 0;
        int ci = MatchCue(doc_, static_cast<uint32_t>(m), scan_end, &len);
        if (ci < 0) continue;
        // longest match starting earlier ("called on" over "on")
        const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
        if (cue.cls == kSpokeTo || cue.cls == kMet) continue;
        uint32_t mm = static_cast<uint32_t>(m);
        uint32_t a, b;
        if (cue.cls == kAccording) {
          if (NpAfter(mm + len, scan_end, &a, &b)) found = true;
        } else if (cue.cls == kParticiple) {
          // "footage of Hillary Clinton asking, “...”": a name right before the participle
          // is its agent; after a comma ("..., saying") the sentence's subject is
          auto shown = [&](uint32_t x) {  // "footage of", "a video showing", "heard"
            if (x <= sf) return false;
            const std::string& l = toks[x - 1].lower;
            return l == "of" || l == "shows" || l == "showed" || l == "showing" || l == "heard" ||
                   l == "hear" || l == "saw" || l == "see" || l == "watched" || l == "watch";
          };
          uint32_t n = mm;
          while (n > sf && IsWord(toks[n - 1]) && toks[n - 1].cap && mm - n < 5) --n;
          if (n < mm && shown(n)) {
            a = n;
            b = mm;
            found = true;
          } else {
            found = SentenceSubject(sf, mm, &a, &b);
            s.subject_of_sentence = true;
          }
        } else {
          found = FindSubject(sf, mm, &a, &b);
          if (!found && IsPunct(toks[mm - (mm > 0)], ',') && NpAfter(mm + len, scan_end, &a, &b))
            found = true;
        }
        if (found) {
          s.np_first = a;
          s.np_last = b;
          s.cue_first = mm;
          s.cue_len = len;
          s.cls = cue.cls;
        }
        break;
      }
      if (!found && IsPunct(toks[p], ':') && p > sf && p - sf <= 6) {
        // headline style "Trump: “...”"
        uint32_t a, b;
        if (FindSubject(sf, p + 1 > sf ? p : p, &a, &b) && a == sf) {
          s.np_first = a;
          s.np_last = b;
          found = true;
        }
      }
      if (!found && IsPunct(toks[p], ':') && p > sf) {
        // a sentence that introduces the quote: "Jeb Bush broke down what was wrong with it: “...”"
        uint32_t a, b;
        if (SentenceSubject(sf, p, &a, &b) && b < p && IsWord(toks[b]) && !toks[b].cap) {
          s.np_first = a;
          s.np_last = b;
          s.cue_first = p;
          s.cue_len = 1;
          s.subject_of_sentence = true;
          found = true;
        }
      }
    }
    if (found) {
      for (uint32_t k = s.cue_first; k != kNone && k < s.cue_first + s.cue_len; ++k) consumed_[k] = 1;
      for (uint32_t k = s.np_first; k < s.np_last; ++k) consumed_[k] = 1;
    } else {
      s.inherit = true;
    }
    sites_.push_back(std::move(s));
  }
}

// Where the content of a reported-speech cue starts: after "that", time phrases
// and (for told / asked) the listener.
uint32_t ClaimFinder::ContentStart(uint32_t j, uint32_t end, const Cue& cue) const {
  const auto& toks = doc_.toks;
  // "that" right after the cue, or after words that only say when, where, how or
  // to whom ("said on Monday in a statement to reporters that"); a "that" after a
  // noun of the content is a relative pronoun ("called for dresses that showed ...")
  for (uint32_t m = j; m < end && m < j + 12; ++m) {
    const Tok& t = toks[m];
    if (t.lower == "that" && m + 1 < end) {
      return m + 1;
    }
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kOpenQuote || InStandalone(m)) break;
    if (IsPunct(t, ',') && m > j) break;
    uint32_t len = 0;
    if (m > j && MatchCue(doc_, m, end, &len) >= 0) break;
    if (cue.cls != kSpeech && cue.cls != kBelief) break;
    if (IsWord(t) && !t.cap &&
        !TokIs(t, kSetting | kWeekday | kRelDate | kTimeWord | kDeterminer | kGroupNoun))
      break;
  }
  uint32_t k = j;
  // time phrases right after the cue
  for (int guard = 0; guard < 4 && k < end; ++guard) {
    const Tok& t = toks[k];
    const WordInfo* w = t.info;
    if (w && (w->classes & (kWeekday | kRelDate))) {
      ++k;
      continue;
    }
    if ((t.lower == "on" || t.lower == "last" || t.lower == "this") && k + 1 < end &&
        (TokIs(toks[k + 1], kWeekday) || toks[k + 1].lower == "week" || toks[k + 1].lower == "month")) {
      k += 2;
      continue;
    }
    if (t.lower == "week" || t.lower == "night" || t.lower == "morning") {
      ++k;
      continue;
    }
    break;
  }
  if (k < end && IsPunct(toks[k], ',')) ++k;
  if (cue.obj && cue.cls != kProposed && cue.cls != kOpposes && cue.cls != kSupports) {
    // the listener: "told reporters", "told USA TODAY's weekly series"
    uint32_t m = k;
    while (m < end && m - k < 8 && IsWord(toks[m]) &&
           (toks[m].cap || toks[m].lower == "reporters" || toks[m].lower == "journalists" ||
            TokIs(toks[m], kDeterminer | kGroupNoun)) &&
           !(TokIs(toks[m], kPronoun) && m > k) &&
           // a second article opens the content: "told reporters the race was close"
           !(m > k && TokIs(toks[m], kDeterminer) && !toks[m].cap && !TokIs(toks[m - 1], kDeterminer)))
      ++m;
    // a pronoun or "there" opens the reported clause
    uint32_t n = m;
    while (n < end && n - m < 6 && IsWord(toks[n]) && !TokIs(toks[n], kPronoun) && toks[n].lower != "there")
      ++n;
    if (n < end && n - m < 6 && (TokIs(toks[n], kPronoun) || toks[n].lower == "there")) return n;
    return m;
  }
  return k;
}

// Where a content starting at `start` ends (exclusive), within [start, end).
uint32_t ClaimFinder::ContentEnd(uint32_t start, uint32_t end) const {
  const auto& toks = doc_.toks;
  uint32_t k = start;
  for (; k < end; ++k) {
    const Tok& t = toks[k];
    if (t.kind == TokKind::kOpenQuote && k + 1 < end && InStandalone(k + 1)) break;
    if (InStandalone(k)) break;
    if (k > start && (IsPunct(t, ',') || t.lower == "and") && k + 1 < end) {
      uint32_t len = 0;
      int ci = MatchCue(doc_, k + 1, end, &len);
      if (ci >= 0) {
        CueClass c = lex_.cues[static_cast<size_t>(ci)].cls;
        if (c == kParticiple || c == kAccording || (t.lower == "and" && c != kSpokeTo && c != kMet)) break;
      }
      if (IsPunct(t, ',') && toks[k + 1].lower == "and" && k + 2 < end &&
          MatchCue(doc_, k + 2, end, &len) >= 0)
        break;
      // a clause of another attribution: "he attacked her, Donald Trump tells Kelly that ..."
      uint32_t a, b;
      const std::string& nx = toks[k + 1].lower;
      bool third = TokIs(toks[k + 1], kPronoun) ? (nx == "he" || nx == "she" || nx == "they")
                                                : toks[k + 1].cap && !TokIs(toks[k + 1], kFunction);
      if (IsPunct(t, ',') && third && NpAfter(k + 1, end, &a, &b) && b - a <= 4 && b < end) {
        int c2 = MatchCue(doc_, b, end, &len);
        if (c2 >= 0 && (lex_.cues[static_cast<size_t>(c2)].cls == kSpeech ||
                        lex_.cues[static_cast<size_t>(c2)].cls == kBelief))
          break;
      }
    }
  }
  // drop trailing punctuation
  while (k > start && (toks[k - 1].kind == TokKind::kEnd || toks[k - 1].kind == TokKind::kPunct ||
                       toks[k - 1].kind == TokKind::kDash ||
                       (toks[k - 1].kind == TokKind::kCloseQuote && toks[k - 1].quote < 0 &&
                        !(k - 2 >= start && toks[k - 2].quote >= 0 && !InStandalone(k - 2)))))
    --k;
  return k;
}

void ClaimFinder::FindSpeechSites() {
  const auto& toks = doc_.toks;
  std::multimap<uint32_t, size_t> site_by_np;
  size_t np_indexed = 0;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    auto [sf, sl] = sentences_[si];
    uint32_t body_end = sl;
    while (body_end > sf && (toks[body_end - 1].kind == TokKind::kEnd || IsPunct(toks[body_end - 1], ')') ||
                             (toks[body_end - 1].kind == TokKind::kCloseQuote &&
                              !InStandalone(body_end - 2 + (body_end < 2)))))
      --body_end;
    size_t first_site = sites_.size();
    // 0. headline / transcript style "Trump: We will win."
    {
      uint32_t a, b;
      if (NpAfter(sf, body_end, &a, &b) && b < body_end && IsPunct(toks[b], ':') && b - a <= 5 &&
          toks[a].cap && !consumed_[b] &&
          !(b + 1 < body_end && (toks[b + 1].kind == TokKind::kOpenQuote || InStandalone(b + 1)))) {
        uint32_t ce = ContentEnd(b + 1, body_end);
        uint32_t words = WordsIn(b + 1, ce);
        if (words >= 3) {
          Site s;
          s.np_first = a;
          s.np_last = b;
          s.cue_first = b;
          s.cue_len = 1;
          s.first = b + 1;
          s.last = ce;
          s.sent_first = sf;
          s.sent_last = sl;
          consumed_[b] = 1;
          sites_.push_back(std::move(s));
        }
      }
    }
    // 1. a closing attribution: "..., the IMF said." / "..., said O'Neill." / "..., according to X."
    //    also mid-sentence: "..., top lawmakers said Friday, as they ..."
    for (int64_t k = static_cast<int64_t>(body_end) - 2; k > static_cast<int64_t>(sf); --k) {
      const Tok& t = toks[static_cast<size_t>(k)];
      if (InStandalone(static_cast<uint32_t>(k))) break;
      if (!IsPunct(t, ',')) continue;
      uint32_t j = static_cast<uint32_t>(k) + 1;
      uint32_t len = 0, a = kNone, b = kNone, cue_at = kNone, after = kNone;
      int ci = MatchCue(doc_, j, body_end, &len);
      if (ci >= 0) {
        const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
        if ((cue.cls == kSpeech || cue.cls == kAccording || cue.cls == kBelief) && !cue.noinvert &&
            NpAfter(j + len, body_end, &a, &b)) {
          cue_at = j;
          after = b;
        }
      } else {
        for (uint32_t m = j + 1; m < body_end && m < j + 12; ++m) {
          if (IsPunct(toks[m], '(')) {
            uint32_t r = m + 1;
            while (r < body_end && r < m + 10 && !IsPunct(toks[r], ')')) ++r;
            if (r < body_end && IsPunct(toks[r], ')')) {
              m = r;
              continue;
            }
          }
          // an appositive name inside the subject: "..., his top aide, Tad Devine, told ..."
          if (IsPunct(toks[m], ',') && m + 1 < body_end && toks[m + 1].cap && IsWord(toks[m + 1])) {
            uint32_t r = m + 1;
            while (r < body_end && r < m + 6 && IsWord(toks[r]) && toks[r].cap) ++r;
            if (r < body_end && IsPunct(toks[r], ',')) {
              m = r;
              continue;
            }
          }
          if (!IsWord(toks[m])) break;
          int c2 = MatchCue(doc_, m, body_end, &len);
          if (c2 >= 0) {
            const Cue& cue = lex_.cues[static_cast<size_t>(c2)];
            bool adjectives = true;
            if ((cue.cls == kSpeech || cue.cls == kBelief) && FindSubject(j, m, &a, &b)) {
              for (uint32_t x = j; x < a; ++x) adjectives &= IsWord(toks[x]) && !toks[x].cap;
              // a description before the name: "..., his top aide, Tad Devine, told"
              bool described = a > j + 1 && a - j <= 6 && IsPunct(toks[a - 1], ',');
              for (uint32_t x = j; described && x + 1 < a; ++x) described = IsWord(toks[x]) && !toks[x].cap;
              if ((a - j <= 3 && adjectives) || described) {
                ci = c2;
                cue_at = m;
                after = m + len;
              }
            }
            break;
          }
          if (!NpWord(m) && !TokIs(toks[m], kAux)) break;
        }
      }
      if (cue_at == kNone || consumed_[cue_at]) continue;
      // the one told: "..., Tad Devine told The Huffington Post."
      if (after == cue_at + len && lex_.cues[static_cast<size_t>(ci)].obj) {
        uint32_t oa, ob;
        if (NpAfter(after, body_end, &oa, &ob)) {
          after = ob;
        } else {  // "told reporters", "told a news conference"
          uint32_t o = after;
          while (o < body_end && o < after + 5 && IsWord(toks[o]) && toks[o].lower != "that") ++o;
          if (o > after && (o == body_end || IsPunct(toks[o], ','))) after = o;
        }
      }
      // after the attribution: only time words, then the end or a comma
      while (after < body_end && IsWord(toks[after]) &&
             (TokIs(toks[after], kTimeWord | kWeekday | kRelDate) || toks[after].lower == "afternoon" ||
              toks[after].lower == "evening"))
        ++after;
      if (after < body_end && !IsPunct(toks[after], ',')) continue;
      if (after < body_end && after + 1 < body_end && (toks[after + 1].lower == "that")) continue;
      uint32_t cf = sf;
      // skip an opening connective ("However,")
      if (cf + 1 < static_cast<uint32_t>(k) && IsPunct(toks[cf + 1], ',') && TokIs(toks[cf], kFunction))
        cf += 2;
      uint32_t ce = ContentEnd(cf, static_cast<uint32_t>(k));
      uint32_t words = 0;
      bool has_quote = false;
      for (uint32_t m = cf; m < ce; ++m) {
        words += IsWord(toks[m]);
        has_quote |= InStandalone(m);
      }
      // "The industry, she said, is doing better": the sentence goes on after the
      // attribution, and what follows is the speaker's too, unless it opens the
      // writer's own clause (", she said, as ...", ", he said, adding ...").
      uint32_t right_end = kNone;
      if (after + 1 < body_end && ce == static_cast<uint32_t>(k) && IsWord(toks[after + 1]) &&
          !TokIs(toks[after + 1], kNarrator) && !InStandalone(after + 1)) {
        uint32_t l3 = 0;
        int c3 = MatchCue(doc_, after + 1, body_end, &l3);
        uint32_t re = ContentEnd(after + 1, body_end);
        uint32_t rwords = WordsIn(after + 1, re);
        if (c3 < 0 && rwords >= 2) {
          right_end = re;
          words += rwords;
        }
      }
      if (words < 3 || has_quote) break;
      Site s;
      s.np_first = a;
      s.np_last = b;
      s.cue_first = cue_at;
      s.cue_len = len;
      s.cls = lex_.cues[static_cast<size_t>(ci)].cls == kAccording ? kSpeech
                                                                   : lex_.cues[static_cast<size_t>(ci)].cls;
      s.first = cf;
      s.last = ce;
      if (right_end != kNone) {
        s.gap_first = static_cast<uint32_t>(k);
        s.gap_last = after + 1;
        s.last = right_end;
      }
      s.sent_first = sf;
      s.sent_last = sl;
      for (uint32_t m = cue_at; m < cue_at + len; ++m) consumed_[m] = 1;
      sites_.push_back(std::move(s));
      break;
    }
    // 1b. a forecast revised: "The IMF edged up its forecast for those countries to 4.2
    //     percent": what the forecaster now says is the verb and what follows it
    for (uint32_t c = sf + 2; c < body_end; ++c) {
      if (!IsWord(toks[c]) || !TokIs(toks[c], kForecast) || consumed_[c] || InStandalone(c)) continue;
      // back over adjectives to the possessive: "its British growth forecast"
      uint32_t poss = c;
      auto named = [](const Tok& t) { return t.cap && EndsPossessive(t); };  // "the IMF's"
      while (poss > sf && c - poss < 4 && IsWord(toks[poss - 1]) && toks[poss - 1].lower != "its" &&
             toks[poss - 1].lower != "their" && !named(toks[poss - 1]))
        --poss;
      // "hold the IMF's estimate of global growth steady at 3.1 percent": the owner's forecast is
      // the noun and what follows it
      if (poss > sf && named(toks[poss - 1])) {
        uint32_t b = poss, a = poss - 1;
        while (a > sf && IsWord(toks[a - 1]) && toks[a - 1].cap && !TokIs(toks[a - 1], kFunction)) --a;
        uint32_t ce = ContentEnd(c, body_end);
        uint32_t words = WordsIn(c, ce);
        bool figure = false;  // a forecast states a figure
        for (uint32_t m = c; m < ce; ++m) figure |= toks[m].kind == TokKind::kNumber;
        if (words >= 4 && figure) {
          AddOneWordCueSite(a, b, c, kSpeech, c, ce, sf, sl);
          break;
        }
        continue;
      }
      if (poss <= sf + 1 || (toks[poss - 1].lower != "its" && toks[poss - 1].lower != "their")) continue;
      uint32_t verb = poss - 2;  // "edged up its": the verb may have a particle
      if (toks[verb + 1].cap || !IsWord(toks[verb + 1])) continue;
      if (verb > sf && (toks[verb].lower == "up" || toks[verb].lower == "down") && IsWord(toks[verb - 1]))
        --verb;
      if (!verb || toks[verb].cap) continue;
      uint32_t a, b;
      uint32_t subject_end = verb;
      while (subject_end > sf && TokIs(toks[subject_end - 1], kAux)) --subject_end;
      if (!FindSubject(sf, subject_end, &a, &b, false)) continue;
      uint32_t ce = ContentEnd(verb, body_end);
      if (WordsIn(verb, ce) < 4) continue;
      AddOneWordCueSite(a, b, c, kSpeech, verb, ce, sf, sl);
      break;
    }
    // 2. cues left to right
    uint32_t last_np_first = kNone, last_np_last = kNone;
    for (; np_indexed < sites_.size(); ++np_indexed)  // sites by np_first, indexed as they come
      if (sites_[np_indexed].np_first != kNone) site_by_np.emplace(sites_[np_indexed].np_first, np_indexed);
    size_t last_site = SIZE_MAX;  // the last site (in the order found) whose phrase is in this sentence
    for (auto it = site_by_np.lower_bound(sf); it != site_by_np.end() && it->first < sl; ++it)
      if (last_site == SIZE_MAX || it->second > last_site) last_site = it->second;
    if (last_site != SIZE_MAX) {
      last_np_first = sites_[last_site].np_first;
      last_np_last = sites_[last_site].np_last;
    }
    for (uint32_t c = sf; c < body_end; ++c) {
      if (!IsWord(toks[c]) || consumed_[c] || InStandalone(c)) continue;
      bool inside = false;
      for (size_t x = first_site; x < sites_.size() && !inside; ++x)
        inside = sites_[x].quote < 0 && c >= sites_[x].first && c < sites_[x].last;
      if (inside) continue;
      uint32_t len = 0;
      int ci = MatchCue(doc_, c, body_end, &len);
      if (ci < 0) continue;
      const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
      if (cue.cls == kSpokeTo || cue.cls == kMet) continue;
      // a passive without "was": "the Khans, criticized strongly by John McCain" (a relation, no claim)
      if (PassiveBy(doc_, c + len, body_end)) continue;
      Site s;
      s.cue_first = c;
      s.cue_len = len;
      s.cls = cue.cls;
      s.sent_first = sf;
      s.sent_last = sl;
      uint32_t a, b;
      uint32_t cstart;
      if (cue.cls == kAccording) {
        if (!NpAfter(c + len, body_end, &a, &b)) continue;
        bool at_start = c == sf || (c > sf && IsPunct(toks[c - 1], ',') && c - sf <= 4);
        if (at_start) {
          uint32_t m = b;
          while (m < body_end && !IsPunct(toks[m], ',')) ++m;
          cstart = m + 1;
          if (cstart >= body_end) continue;
          s.first = cstart;
          s.last = ContentEnd(cstart, body_end);
        } else {
          if (c == sf || !IsPunct(toks[c - 1], ',')) continue;
          s.first = sf;
          s.last = ContentEnd(sf, c - 1);
        }
        s.np_first = a;
        s.np_last = b;
        s.cls = kSpeech;
      } else {
        if (cue.cls == kParticiple) {
          if (c == sf || !IsPunct(toks[c - 1], ',')) continue;
          if (last_np_first != kNone) {
            a = last_np_first;
            b = last_np_last;
          } else if (!SentenceSubject(sf, c, &a, &b)) {
            continue;
          }
          s.subject_of_sentence = true;
        } else if (!FindSubject(sf, c, &a, &b)) {
          // "X said ... and warned against ...": a second verb of the same subject
          uint32_t p = c;
          while (p > sf && (toks[p - 1].lower == "also" || toks[p - 1].lower == "then")) --p;
          if (!(p > sf && toks[p - 1].lower == "and" && last_np_first != kNone)) continue;
          a = last_np_first;
          b = last_np_last;
        }
        // a comparison, not a statement: "£2bn more than Mr Brown predicted in his budget"
        if (a > sf && toks[a - 1].lower == "than") continue;
        // "Hegseth continued, stating that ...": a cue followed by a comma has no content of its own
        uint32_t j = c + len;
        if (j < body_end && IsPunct(toks[j], ',')) {
          last_np_first = a;
          last_np_last = b;
          continue;
        }
        if (j < body_end && (toks[j].kind == TokKind::kOpenQuote || InStandalone(j))) continue;
        cstart = ContentStart(j, body_end, cue);
        if (cstart >= body_end) continue;
        if (cue.clause &&
            !(cstart > j && (toks[cstart - 1].lower == "that" || IsPunct(toks[cstart - 1], ':'))))
          continue;
        s.np_first = a;
        s.np_last = b;
        s.first = cstart;
        s.last = ContentEnd(cstart, body_end);
        // "Trump wrote a series of posts, saying that ...": the object of the verb is not what was said
        if (cue.cls == kSpeech && s.last < body_end && cstart < body_end && toks[cstart].lower != "that" &&
            (cstart == 0 || toks[cstart - 1].lower != "that")) {
          uint32_t n = s.last;
          while (n < body_end && (toks[n].kind == TokKind::kPunct)) ++n;
          uint32_t l2 = 0;
          int c2 = MatchCue(doc_, n, body_end, &l2);
          if (c2 >= 0 && lex_.cues[static_cast<size_t>(c2)].cls == kParticiple) continue;
        }
      }
      if (WordsIn(s.first, s.last) < 2) continue;
      last_np_first = s.np_first;
      last_np_last = s.np_last;
      for (uint32_t m = c; m < c + len; ++m) consumed_[m] = 1;
      sites_.push_back(std::move(s));
      c += len - 1;
    }
    // 3. a noun of saying after a possessive: "Trump's claim that ...", "his plan to ...",
    //    "Clinton's call for ..." (the possessor said, or proposes, what follows)
    for (uint32_t c = sf + 1; c + 2 < body_end; ++c) {
      const Tok& t = toks[c];
      if (!IsWord(t) || t.cap || consumed_[c] || InStandalone(c) || !TokIs(t, kClaimNoun | kPlanNoun))
        continue;
      const std::string& nx = toks[c + 1].lower;
      bool plan = TokIs(t, kPlanNoun);
      CueClass cls;
      // after a plan noun "that" is a relative pronoun ("little in his plan that matches ...")
      if (nx == "that" && TokIs(t, kClaimNoun))
        cls = kSpeech;
      else if (plan && (nx == "to" || nx == "for"))
        cls = kProposed;
      else
        continue;
      // the possessor, before up to two adjectives: "Trump's repeated claim", "his latest plan"
      uint32_t p = c;
      while (p > sf && c - p < 2 && IsWord(toks[p - 1]) && !toks[p - 1].cap &&
             !TokIs(toks[p - 1], kPronoun | kFunction | kDeterminer) &&
             toks[p - 1].lower.find('\'') == std::string::npos)
        --p;
      if (p == sf) continue;
      const Tok& poss = toks[p - 1];
      const std::string& pl = poss.lower;
      uint32_t a, b = p;
      if (pl == "his" || pl == "her" || pl == "its") {
        a = p - 1;
      } else if (poss.cap && EndsPossessive(poss)) {
        a = p - 1;
        while (a > sf && IsWord(toks[a - 1]) && toks[a - 1].cap && !TokIs(toks[a - 1], kFunction)) --a;
      } else {
        continue;
      }
      // only as an object ("seized on Trump's claim that ..."): as the sentence's subject the
      // phrase runs into the writer's own verb ("Clinton's call for a ban drew praise")
      if (a == sf || !IsWord(toks[a - 1]) || toks[a - 1].cap) continue;
      uint32_t cstart = c + 2;
      uint32_t ce = ContentEnd(cstart, body_end);
      if (WordsIn(cstart, ce) < 2) continue;
      AddOneWordCueSite(a, b, c, cls, cstart, ce, sf, sl);
    }
  }
}

void ClaimFinder::AddOneWordCueSite(uint32_t np_a, uint32_t np_b, uint32_t c, CueClass cls, uint32_t first,
                                    uint32_t last, uint32_t sf, uint32_t sl) {
  Site s;
  s.np_first = np_a;
  s.np_last = np_b;
  s.cue_first = c;
  s.cue_len = 1;
  s.cls = cls;
  s.first = first;
  s.last = last;
  s.sent_first = sf;
  s.sent_last = sl;
  consumed_[c] = 1;
  sites_.push_back(std::move(s));
}

// ---- entities

void ClaimFinder::AddMention(size_t ent, uint32_t tok_first, uint32_t tok_last, bool to_entity) {
  const auto& toks = doc_.toks;
  idx_.Add(toks[tok_first].start, ent);
  // titles written before the mention: "Mayor Bill de Blasio", "Former President Bill Clinton"
  for (int64_t k = static_cast<int64_t>(tok_first) - 1; k >= 0 && tok_first - k <= 5; --k) {
    const Tok& t = toks[static_cast<size_t>(k)];
    const WordInfo* w = IsWord(t) ? t.info : nullptr;
    if (!w || !(w->classes & (kTitle | kModifier))) break;
    if (w->classes & kTitle) {
      idx_.AddRole(ent, t.lower);
      for (const auto& h : w->roleheads) idx_.AddRole(ent, h);
      if (w->gender && !ent_gender_[ent]) ent_gender_[ent] = w->gender;
    }
  }
  if (to_entity) {
    Span sp{toks[tok_first].start, toks[tok_last - 1].end};
    auto& ms = out_->entities[ent].mentions;  // sorted by start
    auto at = std::lower_bound(ms.begin(), ms.end(), sp.start,
                               [](const Span& x, uint32_t v) { return x.start < v; });
    bool known = false, tie = false;
    for (auto it = at; it != ms.end() && it->start == sp.start; ++it) {
      known |= *it == sp;
      tie = true;
    }
    if (!known && !tie && !tied_.count(ent)) {
      ms.insert(at, sp);  // distinct starts: the one order a sort would give
    } else if (!known) {
      // spans that share a start: a sort may reorder them, so they keep going through it
      tied_.insert(ent);
      ms.push_back(sp);
      std::sort(ms.begin(), ms.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    }
  }
}

void ClaimFinder::IndexEntities() {
  const auto& toks = doc_.toks;
  size_t n = out_->entities.size();
  ent_gender_.assign(n, 0);
  ent_mine_.assign(n, false);
  for (size_t e = 0; e < n; ++e) {
    const Entity& ent = out_->entities[e];
    keys_.emplace(Fold(ent.name), e);
    NameEntity(e);
    for (const auto& a : ent.aliases) keys_.emplace(Fold(a), e);
    for (const auto& r : ent.roles) {
      std::string low;
      for (char c : r) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      size_t i = 0;
      while (i < low.size()) {
        size_t j = low.find(' ', i);
        if (j == std::string::npos) j = low.size();
        std::string w = low.substr(i, j - i);
        idx_.AddRole(e, w);
        if (const WordInfo* wi = lex_.Word(w)) {
          for (const auto& h : wi->roleheads) idx_.AddRole(e, h);
          if (wi->gender && !ent_gender_[e]) ent_gender_[e] = wi->gender;
        }
        i = j + 1;
      }
    }
    for (const Span& m : ent.mentions) {
      auto it = std::lower_bound(toks.begin(), toks.end(), m.start,
                                 [](const Tok& t, uint32_t v) { return t.start < v; });
      if (it == toks.end() || it->start != m.start) continue;
      uint32_t ti = static_cast<uint32_t>(it - toks.begin());
      if (InStandalone(ti)) continue;
      uint32_t te = ti;
      while (te < toks.size() && toks[te].end <= m.end) ++te;
      if (te == ti) te = ti + 1;
      AddMention(e, ti, te, false);
    }
    if (ent.type != EntityType::kPlace && ent.type != EntityType::kEvent)
      for (const Span& m : ent.mentions) {
        rec_spans_.emplace_back(m.start, m.end, e);
        rec_span_max_ = std::max(rec_span_max_, m.end - m.start);
      }
  }
  std::sort(rec_spans_.begin(), rec_spans_.end());
  idx_.Seal();
}

// Without recognized entities, names that are clearly people (a known first name
// or a title before them), organizations (ending in Committee, Fund, ...) and
// countries become entities, so that pronouns and descriptions can refer to them.
void ClaimFinder::PreScan() {
  const auto& toks = doc_.toks;
  for (const auto& [pf, pl] : doc_.paras) {
    uint32_t k = pf;
    while (k < pl) {
      if (!IsWord(toks[k]) || !toks[k].cap || InStandalone(k) ||
          TokIs(toks[k], kFunction | kPronoun | kTitle)) {
        ++k;
        continue;
      }
      uint32_t e = k;
      while (e < pl && e - k < 6 && IsWord(toks[e]) && !InStandalone(e) &&
             (toks[e].cap || ((toks[e].lower == "de" || toks[e].lower == "van" || toks[e].lower == "von" ||
                               (toks[e].lower == "of" && TokIs(toks[e - 1], kOrgHead))) &&
                              e + 1 < pl && toks[e + 1].cap)) &&
             !(e > k && TokIs(toks[e], kTitle) && !TokIs(toks[e], kOrgHead)))
        ++e;
      uint32_t b = e;
      while (b > k && TokIs(toks[b - 1], kFunction)) --b;
      // a trailing possessive belongs to the name: "Trump's"
      if (b > k) {
        const WordInfo* first = toks[k].info;
        bool titled = k > pf && IsWord(toks[k - 1]) && TokIs(toks[k - 1], kTitle);
        bool person = b - k >= 2 && ((first && (first->classes & (kMale | kFemale))) || titled);
        bool org = b - k >= 2 && TokIs(toks[b - 1], kOrgHead) && !TokIs(toks[b - 1], kTitle);
        bool country = b - k == 1 && TokIs(toks[k], kCountry);
        if (person || org || country) FindOrCreate(k, b, toks[k].start);
      }
      k = e > k ? e : k + 1;
    }
  }
}

char ClaimFinder::Gender(size_t ent) const {
  if (ent_gender_[ent]) return ent_gender_[ent];
  const Entity& e = out_->entities[ent];
  if (e.type != EntityType::kPerson) return 'n';
  std::string first = e.name.substr(0, e.name.find(' '));
  std::string low;
  for (char c : first) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  const WordInfo* w = lex_.Word(low);
  if (w && (w->classes & kMale) && !(w->classes & kFemale)) return 'm';
  if (w && (w->classes & kFemale) && !(w->classes & kMale)) return 'f';
  if (w && !(w->classes & (kMale | kFemale)) && w->name_gender) return w->name_gender;
  return ent < ent_text_gender_.size() ? ent_text_gender_[ent] : 0;
}

// The article's own pronouns tell a person's gender: a he / she outside quotes whose
// sentence, and the one before it in the paragraph, name one person only votes for that
// person ("Melanie Smith was anxious. She said ..."). A person gets the gender that has
// at least twice the votes of the other.
void ClaimFinder::InferGenders() {
  const auto& toks = doc_.toks;
  size_t n = out_->entities.size();
  std::vector<std::pair<uint16_t, uint16_t>> votes(n, {0, 0});
  for (uint32_t k = 0; k < toks.size(); ++k) {
    const Tok& t = toks[k];
    // subjects only: an object ("shout at him") is as often someone the sentence did not name
    if (!IsWord(t) || t.quote >= 0 || (t.lower != "he" && t.lower != "she")) continue;
    char g = t.info->gender;
    if (g != 'm' && g != 'f') continue;
    uint32_t si = sentence_of_[k];
    uint32_t from = sentences_[si].first;
    if (si > 0 && toks[sentences_[si - 1].first].para == t.para) from = sentences_[si - 1].first;
    auto it = idx_.AtOrAfter(toks[from].start);
    size_t who = n;
    bool one = true;
    for (; it != idx_.mentions().end() && it->pos < t.start && one; ++it) {
      if (it->ent >= n || out_->entities[it->ent].type != EntityType::kPerson) continue;
      if (who != n && who != it->ent) one = false;
      who = it->ent;
    }
    if (!one || who == n) continue;
    (g == 'm' ? votes[who].first : votes[who].second)++;
  }
  ent_text_gender_.assign(n, 0);
  // two people who share a name ("Scott" for Keith and Rakeyia Scott): a bare mention
  // could be either, so neither takes a gender from votes
  std::unordered_map<std::string, int> shared;
  for (const Entity& e : out_->entities)
    if (e.type == EntityType::kPerson)
      for (const auto& al : e.aliases) ++shared[Fold(al)];
  for (size_t e = 0; e < n; ++e) {
    const Entity& en = out_->entities[e];
    bool ambiguous = false;
    for (const auto& al : en.aliases) ambiguous |= en.type == EntityType::kPerson && shared[Fold(al)] > 1;
    if (ambiguous) continue;
    auto [m, f] = votes[e];
    if (m > 0 && m >= 2 * f)
      ent_text_gender_[e] = 'm';
    else if (f > 0 && f >= 2 * m)
      ent_text_gender_[e] = 'f';
  }
}

std::string ClaimFinder::ResolvePronoun(char gender, uint32_t pos, const std::string& exclude) const {
  uint32_t para = ParaAt(pos);
  // the last speaker, in this paragraph or the one before, comes first
  if (gender == 'm' || gender == 'f') {
    for (auto s = said_.rbegin(); s != said_.rend(); ++s) {
      if (s->pos >= pos) continue;
      if (s->para + 1 < para) break;
      const Entity* e = out_->FindEntity(s->id);
      if (!e || e->type != EntityType::kPerson || s->id == exclude) continue;
      size_t idx = static_cast<size_t>(e - out_->entities.data());
      char g = Gender(idx);
      if (g && g != gender) continue;
      return s->id;
    }
  }
  for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(pos)); it != idx_.mentions().rend(); ++it) {
    const Entity& e = out_->entities[it->ent];
    if (e.id == exclude) continue;
    if (gender == 'm' || gender == 'f') {
      if (e.type != EntityType::kPerson) continue;
      char g = Gender(it->ent);
      if (g && g != gender) continue;
      return e.id;
    }
    if (gender == 'n') {
      if (e.type != EntityType::kOrganization && e.type != EntityType::kCountry) continue;
      return e.id;
    }
  }
  return {};
}

const std::vector<std::pair<std::string, std::string>>& Offices() {
  static const std::vector<std::pair<std::string, std::string>>* offices = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>;
    if (auto f = internal::SchemaFile("lexicons/offices.tsv"))
      for (const auto& row : internal::ReadTsv(*f))
        if (row.size() >= 2) v->emplace_back(std::string(row[0]), std::string(row[1]));
    return v;
  }();
  return *offices;
}

// Is the seat written before a title of this person at mention m ("FBI Director James Comey")?
bool ClaimFinder::SeatBefore(const MentionRec& m, const std::string& seat) const {
  for (const auto& r : out_->entities[m.ent].roles) {
    std::string want = seat + " " + Fold(r) + " ";
    uint32_t from = m.pos > want.size() + 8 ? m.pos - static_cast<uint32_t>(want.size()) - 8 : 0;
    std::string before = Fold(doc_.text.substr(from, m.pos - from));
    if (before.size() >= want.size() && before.compare(before.size() - want.size(), want.size(), want) == 0)
      return true;
  }
  return false;
}

// Indexes what ResolveOffice looks for: people whose title names a seat ("FBI director" is
// the FBI's), once; and each new mention with one of its titles written right before it, by
// every ending of the word before that title (a seat ends there), or as "long" when that
// word is too long to index.
void ClaimFinder::UpdateOffices() const {
  OfficeIndex& o = office_;
  if (!o.built) {
    o.built = true;
    for (size_t e = 0; e < out_->entities.size(); ++e)
      for (const auto& r : out_->entities[e].roles) {
        std::string role = Fold(r);
        for (size_t p = role.find(' '); p != std::string::npos; p = role.find(' ', p + 1))
          o.seat_holders[role.substr(0, p)].push_back(e);
        for (const auto& [seat, title] : Offices())
          if (role == title) o.seat_holders[seat].push_back(e);
      }
  }
  const auto& log = idx_.log();
  for (; o.seen < log.size(); ++o.seen) {
    const MentionRec& m = log[o.seen];
    for (const auto& r : out_->entities[m.ent].roles) {
      std::string tail = " " + Fold(r) + " ";
      size_t k = tail.size() * 3 + 80;
      std::string before;
      uint32_t from;
      for (;; k *= 2) {  // enough folded text for the title and 70 characters before it
        from = m.pos > k ? m.pos - static_cast<uint32_t>(k) : 0;
        before = Fold(doc_.text.substr(from, m.pos - from));
        if (from == 0 || before.size() >= tail.size() + 70) break;
      }
      if (before.size() < tail.size() || before.compare(before.size() - tail.size(), tail.size(), tail) != 0)
        continue;
      std::string q = before.substr(0, before.size() - tail.size());
      size_t sp = q.rfind(' ');
      std::string word = sp == std::string::npos ? q : q.substr(sp + 1);
      if ((sp == std::string::npos && from > 0) || word.size() > 64) {
        o.long_titled.push_back(m);
        break;
      }
      for (size_t i = 0; i <= word.size(); ++i) o.titled[word.substr(i)].push_back(m);
      break;
    }
  }
}

std::string ClaimFinder::ResolveOffice(const std::string& seat, uint32_t pos) const {
  UpdateOffices();
  size_t found = kNone;
  // the one person named before pos whose title names the seat ("FBI Director James Comey"
  // is "the FBI chief"), or with the seat written before a title at a mention before pos
  if (auto it = office_.seat_holders.find(seat); it != office_.seat_holders.end())
    for (size_t e : it->second) {
      if (e == found || out_->entities[e].type != EntityType::kPerson || idx_.FirstPos(e) >= pos) continue;
      if (found != kNone) return {};  // two of them: never guess
      found = e;
    }
  std::string last = seat.substr(seat.rfind(' ') + 1);
  static const std::vector<MentionRec> kNoMentions;
  auto it = office_.titled.find(last);
  const std::vector<MentionRec>* titled = it == office_.titled.end() ? &kNoMentions : &it->second;
  const std::vector<MentionRec>* lists[] = {titled, &office_.long_titled};
  for (const std::vector<MentionRec>* ms : lists)
    for (const MentionRec& m : *ms) {
      if (m.pos >= pos || m.ent == found || out_->entities[m.ent].type != EntityType::kPerson) continue;
      if (!SeatBefore(m, seat)) continue;
      if (found != kNone) return {};
      found = m.ent;
    }
  return found == kNone ? std::string() : out_->entities[found].id;
}

std::string ClaimFinder::PreviousSubject(uint32_t i) {
  uint32_t si = sentence_of_[i];
  if (si == 0 || doc_.toks[sentences_[si - 1].first].para + 1 < doc_.toks[i].para) return {};
  auto [pf, pl] = sentences_[si - 1];
  uint32_t a, b;
  if (!SentenceSubject(pf, pl, &a, &b)) return {};
  std::string id = NearestEntityBefore(a, b);
  const Entity* e = out_->FindEntity(id);
  if (!e || (e->type != EntityType::kOrganization && e->type != EntityType::kCountry)) return {};
  return id;
}

std::string ClaimFinder::ResolveThey(uint32_t pos) const {
  // only the last speaker, in this paragraph or the one before, and only when it is a
  // body that speaks as "they" (the committee, the government); people are left alone
  uint32_t para = ParaAt(pos);
  for (auto s = said_.rbegin(); s != said_.rend(); ++s) {
    if (s->pos >= pos) continue;
    if (s->para + 1 < para) break;
    const Entity* e = out_->FindEntity(s->id);
    if (!e) return {};
    if (e->type == EntityType::kOrganization || e->type == EntityType::kCountry) return s->id;
    return {};
  }
  return {};
}

std::string ClaimFinder::ResolveDescription(const std::string& head, uint32_t pos) const {
  // the one person given that role, or organization with that word in its name, named before pos
  size_t found = kNone;
  for (const EntityIndex::Entities* cands : {&idx_.RoleHolders(head), &idx_.WithWord(head)})
    for (size_t c : *cands) {
      if (c == found || idx_.FirstPos(c) >= pos || !DescribedAs(c, head)) continue;
      if (found != kNone) return {};  // ambiguous: never guess
      found = c;
    }
  return found == kNone ? std::string() : out_->entities[found].id;
}

// Is entity `ent` a person the article gave the role `head`, or an organization with that word in its name?
bool ClaimFinder::DescribedAs(size_t ent, const std::string& head) const {
  const Entity& e = out_->entities[ent];
  bool match = false;
  {
    if (e.type == EntityType::kPerson) {
      match = HasRole(ent, head);
    } else if (e.type == EntityType::kOrganization) {
      std::string low = Fold(e.name);
      size_t i = 0;
      while (i <= low.size() && !match) {
        size_t j = low.find(' ', i);
        if (j == std::string::npos) j = low.size();
        match = low.compare(i, j - i, head) == 0 && j - i == head.size();
        i = j + 1;
      }
    }
  }
  return match;
}

std::string ClaimFinder::ResolveHeadlineDescription(const std::string& head, uint32_t pos) const {
  // the lede's one such person, or else the article's only one
  uint32_t lede_end = ParaAt(pos) + 2;
  std::string found;
  bool in_lede = false;
  for (const MentionRec& m : idx_.mentions()) {
    if (m.pos <= pos) continue;
    const Entity& e = out_->entities[m.ent];
    if (e.type != EntityType::kPerson || !HasRole(m.ent, head)) continue;
    bool lede = ParaAt(m.pos) <= lede_end;
    if (found.empty()) {
      found = e.id;
      in_lede = lede;
    } else if (found != e.id && (!in_lede || lede)) {
      return {};  // two lawmakers and nothing to tell them apart: never guess
    }
  }
  return found;
}

// Is entity `cand` the one a lone surname, surname or acronym `key` (last word `last`) names?
bool ClaimFinder::NameMatches(size_t cand, const std::string& key, const std::string& last,
                              bool single) const {
  const Entity& en = out_->entities[cand];
  std::string full = Fold(en.name);
  if (en.type == EntityType::kPerson) {
    size_t sp = full.rfind(' ');
    std::string sur = sp == std::string::npos ? full : full.substr(sp + 1);
    if (single && sur == key) return true;
    if (!single && sur == last && sp == std::string::npos) return true;  // "Hegseth" then "Pete Hegseth"
    return !single && sur == last && full.substr(0, full.find(' ')) == key.substr(0, key.find(' '));
  }
  if (!single) return false;
  std::string acro;
  size_t i = 0;
  while (i < en.name.size()) {
    if (en.name[i] >= 'A' && en.name[i] <= 'Z') acro.push_back(static_cast<char>(en.name[i] - 'A' + 'a'));
    size_t j = en.name.find(' ', i);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (acro.size() >= 2 && acro == key) return true;
  // "the Post", "the Times": the last word of an organization named before
  if (en.type == EntityType::kOrganization && lex_.Is(key, kOrgHead)) {
    size_t sp = full.rfind(' ');
    if (sp != std::string::npos && full.compare(sp + 1, std::string::npos, key) == 0) return true;
  }
  return false;
}

std::string ClaimFinder::FindOrCreate(uint32_t a, uint32_t b, uint32_t pos) {
  const auto& toks = doc_.toks;
  uint32_t s = toks[a].start, e = toks[b - 1].end;
  // 1. a mention the recognizer found here (of the first such entity); a speaker is never a
  // place or an event ("Del. Stacey Plaskett" is not Delaware), which rec_spans_ leaves out
  size_t hit = kNone;
  auto from = std::lower_bound(rec_spans_.begin(), rec_spans_.end(),
                               std::make_tuple(s > rec_span_max_ ? s - rec_span_max_ : 0u, 0u, size_t{0}));
  for (auto it = from; it != rec_spans_.end() && std::get<0>(*it) < e; ++it) {
    auto [ms, me, i] = *it;
    if (!(s < me) || i >= hit) continue;
    // a country name that opens a longer name is a given name: "Chad Bown"
    if (out_->entities[i].type == EntityType::kCountry && ms == s && me < e) continue;
    hit = i;
  }
  if (hit != kNone) {
    AddMention(hit, a, b, false);
    return out_->entities[hit].id;
  }
  std::string name(doc_.text.substr(s, e - s));
  for (const char* suf : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    size_t n = std::strlen(suf);
    if (name.size() > n && name.compare(name.size() - n, n, suf) == 0) {
      name.resize(name.size() - n);
      break;
    }
  }
  std::string key = Fold(name);
  size_t ent = kNone;
  if (auto it = keys_.find(key); it != keys_.end()) ent = it->second;
  bool single = key.find(' ') == std::string::npos;
  if (ent == kNone) {
    // surname or acronym of an entity already named; the most recent one wins
    std::string last = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
    // of the entities whose name ends in that word or spells it as an acronym, the one
    // mentioned last before pos, else first after it
    EntityIndex::Entities match;
    for (const EntityIndex::Entities* cands :
         {&idx_.WithLastWord(last), &idx_.WithAcronym(single ? key : "")})
      for (size_t cand : *cands)
        if (NameMatches(cand, key, last, single)) match.push_back(cand);
    size_t nearest = idx_.Nearest(match, pos);
    if (nearest != SIZE_MAX) ent = nearest;
    if (ent != kNone) {
      Entity& en = out_->entities[ent];
      if (Fold(en.name) != key && std::find(en.aliases.begin(), en.aliases.end(), name) == en.aliases.end()) {
        if (ent_mine_[ent] && name.size() > en.name.size() && en.type == EntityType::kPerson) {
          en.aliases.push_back(en.name);
          en.name = name;
          NameEntity(ent);
        } else {
          en.aliases.push_back(name);
        }
      }
      keys_.emplace(key, ent);
    }
  }
  // a day, a month or a sentence opener names nobody: "Friday's tweets"
  if (ent == kNone && single && lex_.Is(key, kWeekday | kRelDate | kFunction | kPronoun | kTimeWord))
    return {};
  // a common plural capitalized only because it opens a sentence ("Opponents said",
  // "Prosecutors argued") is a group, not a name; parties and peoples stay ("Democrats")
  if (ent == kNone && single && b - a == 1 && !AllCaps(doc_.toks[a]) && key.size() > 4 && key.back() == 's' &&
      !lex_.Is(key, kParty | kModifier | kMale | kFemale | kOrgHead | kCountry) &&
      Lexicon::Get().IsCommon(key)) {
    if (OpensSentence(a) && !CapitalizedInside(a)) return {};
  }
  // one capitalized word that opens a headline ("Winemaker rejects Foster's offer") names
  // someone only if the article writes it capitalized inside a sentence too
  if (ent == kNone && single && b - a == 1 && !doc_.toks[a].lower.empty()) {
    const auto& [pf, pl] = doc_.paras[doc_.toks[a].para];
    bool headline = doc_.toks[pl - 1].kind != TokKind::kEnd && doc_.toks[pl - 1].kind != TokKind::kCloseQuote;
    bool opens = a == pf && headline && doc_.paras.size() > 1;
    bool acronym = AllCaps(doc_.toks[a]);
    if (opens && !acronym && !lex_.Is(key, kMale | kFemale) && !CapitalizedInside(a)) return {};
  }
  if (ent == kNone && !allow_create_) {
    bool person = b - a >= 2 && TokIs(toks[a], kMale | kFemale);
    if (!person) return {};
  }
  if (ent == kNone) {
    Entity en;
    en.id = "e" + std::to_string(out_->entities.size() + 1);
    en.name = name;
    const Tok& lt = toks[b - 1];
    bool all_caps = true;
    int letters = 0;
    for (char c : name) {
      if ((c >= 'a' && c <= 'z')) all_caps = false;
      if ((c >= 'A' && c <= 'Z')) ++letters;
    }
    bool country = lex_.Is(key, kCountry);
    if (!country)
      for (const auto& c : lex_.countries) country |= c == key;
    if (country)
      en.type = EntityType::kCountry;
    else if (TokIs(lt, kOrgHead) || (all_caps && letters >= 2) || lex_.Is(key, kOrgHead))
      en.type = EntityType::kOrganization;
    else
      en.type = EntityType::kPerson;
    out_->entities.push_back(std::move(en));
    ent = out_->entities.size() - 1;
    NameEntity(ent);
    ent_gender_.push_back(0);
    ent_mine_.push_back(true);
    keys_.emplace(key, ent);
  }
  AddMention(ent, a, b, ent_mine_[ent]);
  return out_->entities[ent].id;
}

std::string ClaimFinder::Resolve(uint32_t a, uint32_t b, uint32_t pos) {
  const auto& toks = doc_.toks;
  if (a >= b) return {};
  if (b - a == 1) {
    const WordInfo* w = toks[a].info;
    if (w && (w->classes & kPronoun)) {
      // "he" inside a quote is someone other than the one quoted
      std::string quoted;
      if (toks[a].quote >= 0) {
        auto it = quote_speaker_.find(toks[a].quote);
        if (it != quote_speaker_.end()) quoted = it->second;
      }
      if (w->gender == 'm' || w->gender == 'f') return ResolvePronoun(w->gender, pos, quoted);
      if (w->gender == 'n') {
        // "it": the organization or country that spoke last, else the one the sentence before
        // is about (its subject: "New owner Yeahronimo Media Ventures has not ruled out ...
        // It also plans ..."), else the one named last
        std::string last = toks[a].quote < 0 ? ResolveThey(pos) : std::string();
        if (last.empty() && toks[a].quote < 0) last = PreviousSubject(a);
        return last.empty() ? ResolvePronoun('n', pos, quoted) : last;
      }
      if (w->gender == 's' || w->gender == 'p') {
        // "I" / "we" inside a quote: the quote's speaker
        if (toks[a].quote >= 0) {
          auto it = quote_speaker_.find(toks[a].quote);
          if (it != quote_speaker_.end()) return it->second;
        }
      }
      // "they" outside quotes: an organization or country that spoke just before
      if (w->gender == 'p' && toks[a].lower == "they" && toks[a].quote < 0) return ResolveThey(pos);
      return {};
    }
  }
  // "his campaign", "its government", "her new book": the one the possessive stands for, as
  // "Trump's campaign" is Trump and "the IMF report" the IMF
  if (b - a >= 2 && TokIs(toks[a], kPronoun) && IsWord(toks[b - 1]) && !toks[b - 1].cap) {
    const std::string& l = toks[a].lower;
    const std::string& h = toks[b - 1].lower;
    bool plain = true;  // no name inside: "his friend Bruce Turry" is Turry
    for (uint32_t k = a + 1; k < b; ++k) plain &= !toks[k].cap;
    if ((l == "his" || l == "her" || l == "its" || l == "their") && plain &&
        ((b - a == 2 &&
          (h == "campaign" || h == "camp" || h == "team" || h == "administration" || h == "government")) ||
         TokIs(toks[b - 1], kDocumentNoun))) {
      if (l == "his" || l == "her") return ResolvePronoun(l == "his" ? 'm' : 'f', pos);
      std::string last = ResolveThey(pos);
      return last.empty() ? ResolvePronoun('n', pos) : last;
    }
  }
  // "the MP for Sittingbourne and Sheppey", "the chairman of the Federal Reserve": a
  // description of one person, whose place or body is not the speaker
  if (b - a >= 4 && toks[a].lower == "the" && (TokIs(toks[a + 1], kTitle | kPersonNoun)) &&
      (toks[a + 2].lower == "for" || toks[a + 2].lower == "of" || toks[a + 2].lower == "from")) {
    const std::string& head = toks[a + 1].lower;
    std::string id = ResolveDescription(head, pos);
    if (id.empty())
      if (const WordInfo* w = toks[a + 1].info)
        for (const auto& h : w->roleheads)
          if (id.empty()) id = ResolveDescription(h, pos);
    return id;
  }
  // the last run of capitalized words that are not titles (a title that is the surname of
  // someone the article named is a name: "Larry King ... King said")
  uint32_t run_a = kNone, run_b = kNone;
  auto known_person = [&](const Tok& t) {
    std::string key = Fold(t.lower);
    for (size_t c : idx_.WithNameEnd(key)) {
      const Entity& e = out_->entities[c];
      if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos) continue;
      std::string last = Fold(e.name.substr(e.name.rfind(' ') + 1));
      if (last == key) return true;
    }
    return false;
  };
  for (uint32_t k = a; k < b;) {
    const Tok& t = toks[k];
    const WordInfo* w = t.info;
    bool title =
        w && (w->classes & kTitle) && !(w->classes & kOrgHead) && !(t.cap && k + 1 == b && known_person(t));
    bool name_word = IsWord(t) && t.cap && !title && !(w && (w->classes & kFunction) && k == a) &&
                     !(w && (w->classes & kPronoun));
    if (!name_word) {
      ++k;
      continue;
    }
    uint32_t r = k;
    while (r < b) {
      const Tok& u = toks[r];
      const WordInfo* uw = u.info;
      bool utitle = uw && (uw->classes & kTitle) && !(uw->classes & kOrgHead) && r > k;
      if (IsWord(u) && u.cap && !utitle) {
        ++r;
        // a possessive ends a name: "NBC's Dante Chinni" is Chinni
        if (EndsPossessive(u) && r < b && toks[r].cap) break;
        continue;
      }
      if (NpWord(r) && !u.cap && r + 1 < b && toks[r + 1].cap &&
          (u.lower == "de" || u.lower == "van" || u.lower == "von" || u.lower == "al" || u.lower == "bin" ||
           (u.lower == "of" && TokIs(toks[r - 1], kOrgHead)) || u.lower == "der" || u.lower == "la" ||
           u.lower == "le" || u.lower == "du" || u.lower == "da" || u.lower == "el")) {
        ++r;
        continue;
      }
      break;
    }
    run_a = k;
    run_b = r;
    k = r;
  }
  // a name with "of" / "on" / "for" inside it: "War on Want", "Friends of the Earth"
  while (run_a != kNone && run_a >= a + 2 && run_b - run_a < 8) {
    uint32_t j = run_a - 1;
    if (toks[j].lower == "the" && j >= a + 2 && toks[j - 1].lower == "of") --j;
    const std::string& l = toks[j].lower;
    if (!(l == "of" || l == "on" || l == "for") || toks[j].cap || j == a) break;
    // "John McCain of Arizona" is a person and a place: only an organization's head word joins with "of"
    if (l == "of" && !TokIs(toks[j - 1], kOrgHead)) break;
    uint32_t r = j;
    while (r > a && IsWord(toks[r - 1]) && toks[r - 1].cap && !TokIs(toks[r - 1], kTitle | kFunction)) --r;
    if (r == j) break;
    run_a = r;
  }
  // "John McCain of Arizona", "Peter King from New York": the person, not where he is from
  if (run_a != kNone && run_a >= a + 2 && run_b == b &&
      (toks[run_a - 1].lower == "of" || toks[run_a - 1].lower == "from")) {
    uint32_t j = run_a - 1;
    uint32_t r = j;
    while (r > a && IsWord(toks[r - 1]) && toks[r - 1].cap && !TokIs(toks[r - 1], kFunction | kOrgHead)) --r;
    while (r < j && TokIs(toks[r], kTitle | kModifier)) ++r;  // "Sen.", "Republican"; "Peter King" keeps King
    bool person = j - r >= 2;
    if (!person && r < j) {
      auto it =
          keys_.find(Fold(std::string(doc_.text.substr(toks[r].start, toks[j - 1].end - toks[r].start))));
      person = it != keys_.end() && out_->entities[it->second].type == EntityType::kPerson;
    }
    if (person) {
      run_a = r;
      run_b = j;
    }
  }
  // a lower-case head after the name: "the IMF report", "Trump's campaign", "the Pentagon chief"
  const Tok& head = toks[b - 1];
  bool has_head = IsWord(head) && !head.cap;
  // "the Bahraini monarchy", "Russian officials", "the Israeli government": the country they act for
  if (has_head && TokIs(head, kGroupNoun | kOrgNoun) && !TokIs(head, kPersonNoun | kTitle | kDocumentNoun)) {
    for (uint32_t k = a; k + 1 < b; ++k) {
      if (!IsWord(toks[k]) || !toks[k].cap || TokIs(toks[k], kFunction | kDeterminer)) continue;
      auto d = lex_.demonyms.find(toks[k].lower);
      if (d == lex_.demonyms.end()) break;  // another name comes first: "the Kremlin's Russian advisers"
      if (auto it = keys_.find(Fold(d->second)); it != keys_.end()) {
        if (out_->entities[it->second].type != EntityType::kCountry) break;
        AddMention(it->second, k, k + 1, false);
        return out_->entities[it->second].id;
      }
      if (!allow_create_) break;
      Entity en;
      en.id = "e" + std::to_string(out_->entities.size() + 1);
      en.name = d->second;
      en.type = EntityType::kCountry;
      en.aliases.push_back(std::string(doc_.text.substr(toks[k].start, head.end - toks[k].start)));
      out_->entities.push_back(std::move(en));
      NameEntity(out_->entities.size() - 1);
      ent_gender_.push_back(0);
      ent_mine_.push_back(true);
      keys_.emplace(Fold(d->second), out_->entities.size() - 1);
      AddMention(out_->entities.size() - 1, k, b, true);
      return out_->entities.back().id;
    }
  }
  if (has_head && run_a != kNone && run_b == b - 1) {
    const std::string& h = head.lower;
    if (h == "administration" || h == "government") return FindOrCreate(run_a, b, pos);
    if (h == "campaign" || h == "camp" || h == "team") {
      bool keep = allow_create_;
      allow_create_ = false;
      std::string id = FindOrCreate(run_a, run_b, pos);
      allow_create_ = keep;
      return id;
    }
  }
  // "White House officials", "U.S. officials": the organization or country they speak for
  if (has_head && TokIs(head, kGroupNoun) && run_a != kNone) {
    std::string key =
        Fold(std::string(doc_.text.substr(toks[run_a].start, toks[run_b - 1].end - toks[run_a].start)));
    if (auto it = keys_.find(key); it != keys_.end()) {
      const Entity& en = out_->entities[it->second];
      if (en.type == EntityType::kOrganization || en.type == EntityType::kCountry) {
        AddMention(it->second, run_a, run_b, false);
        return en.id;
      }
    }
  }
  // "Republican lawmakers", "Labour MPs": the party
  if ((has_head || (head.cap && b - a >= 2)) && TokIs(head, kGroupNoun)) {
    for (uint32_t k = a; k + 1 < b; ++k) {
      const WordInfo* w = toks[k].cap ? toks[k].info : nullptr;
      if (!w || !(w->classes & kParty)) continue;
      std::string key = Fold(w->party);
      if (auto it = keys_.find(key); it != keys_.end()) {
        AddMention(it->second, k, k + 1, false);
        return out_->entities[it->second].id;
      }
      if (auto it = keys_.find(toks[k].lower + (toks[k].lower.back() == 's' ? "" : "s")); it != keys_.end()) {
        AddMention(it->second, k, k + 1, false);
        return out_->entities[it->second].id;
      }
      Entity en;
      en.id = "e" + std::to_string(out_->entities.size() + 1);
      en.name = w->party;
      en.type = EntityType::kOrganization;
      en.aliases.push_back(std::string(doc_.text.substr(toks[k].start, toks[k].end - toks[k].start)));
      out_->entities.push_back(std::move(en));
      NameEntity(out_->entities.size() - 1);
      ent_gender_.push_back(0);
      ent_mine_.push_back(true);
      keys_.emplace(key, out_->entities.size() - 1);
      AddMention(out_->entities.size() - 1, k, k + 1, true);
      return out_->entities.back().id;
    }
  }
  if (has_head) {
    const WordInfo* hw = head.info;
    if (hw && (hw->classes & kDocumentNoun) && run_a != kNone) return FindOrCreate(run_a, run_b, pos);
    // "the Liverpool Echo newspaper", "the Xinhua news agency": the name is the organization
    if (hw && (hw->classes & kOrgNoun) && run_a != kNone && run_b + 1 >= b - 1 && run_b < b) {
      std::string id = FindOrCreate(run_a, run_b, pos);
      for (size_t i = 0; i < out_->entities.size(); ++i)
        if (out_->entities[i].id == id && ent_mine_[i] && out_->entities[i].type == EntityType::kPerson)
          out_->entities[i].type = EntityType::kOrganization;
      return id;
    }
    // "the Pentagon chief": whoever holds the office that seat stands for, or whose title names it
    if (hw && (hw->classes & kPersonNoun) && run_a != kNone && run_b == b - 1) {
      std::string seat =
          Fold(std::string(doc_.text.substr(toks[run_a].start, toks[run_b - 1].end - toks[run_a].start)));
      std::string id = ResolveOffice(seat, pos);
      if (!id.empty()) return id;
    }
    if (hw && (hw->classes & (kPersonNoun | kOrgNoun))) return ResolveDescription(head.lower, pos);
    return {};
  }
  if (run_a == kNone) return {};
  // drop sentence openers, days and contractions at either end ("Friday", "You'd")
  auto junk = [&](uint32_t k) {
    const std::string& l = toks[k].lower;
    size_t ap = l.find('\'');
    if (ap != std::string::npos && ap > 0 && lex_.Is(l.substr(0, ap), kPronoun)) return true;
    return lex_.Is(l, kFunction | kPronoun);
  };
  while (run_b > run_a && junk(run_a)) ++run_a;
  while (run_b > run_a && junk(run_b - 1)) --run_b;
  if (run_a >= run_b) return {};
  // drop a leading party / nationality word: "Democrat Hillary Clinton"
  // (unless the whole run is a name the article knows: "New Hampshire")
  auto known = [&](uint32_t x, uint32_t y) {
    return keys_.count(Fold(std::string(doc_.text.substr(toks[x].start, toks[y - 1].end - toks[x].start)))) >
           0;
  };
  while (run_b - run_a > 1 && TokIs(toks[run_a], kModifier) && !TokIs(toks[run_b - 1], kOrgHead) &&
         !known(run_a, run_b))
    ++run_a;
  if (run_b - run_a == 1) {
    const WordInfo* w = toks[run_a].info;
    // "Lawmaker urges retaliation on Russia" over the article about Rep. Adam Schiff
    if (w && (w->classes & kPersonNoun) && run_a == doc_.paras[toks[run_a].para].first &&
        toks[run_a].para < 2 && doc_.paras.size() > 2) {
      uint32_t pl = doc_.paras[toks[run_a].para].second;
      bool headline = toks[pl - 1].kind != TokKind::kEnd && toks[pl - 1].kind != TokKind::kCloseQuote;
      if (headline) return ResolveHeadlineDescription(toks[run_a].lower, toks[run_a].start);
    }
    if (w &&
        (w->classes &
         (kFunction | kGroupNoun | kModifier | kPersonNoun | kOrgNoun | kTitle | kDocumentNoun)) &&
        !(w->classes & (kOrgHead | kCountry)) && !((w->classes & kTitle) && known_person(toks[run_a])))
      return {};
  }
  return FindOrCreate(run_a, run_b, pos);
}

std::string ClaimFinder::EntityAt(uint32_t i, uint32_t hi, uint32_t* end) {
  const auto& toks = doc_.toks;
  uint32_t k = i;
  // an object pronoun: "Democrats accused him of ..."
  if (k < hi && IsWord(toks[k]) && (toks[k].lower == "him" || toks[k].lower == "her")) {
    *end = k + 1;
    const WordInfo* w = toks[k].info;
    return w ? ResolvePronoun(w->gender, toks[k].start) : std::string();
  }
  while (k < hi && IsWord(toks[k]) && !toks[k].cap && TokIs(toks[k], kDeterminer | kTitle | kModifier)) ++k;
  uint32_t e = k;
  while (e < hi && IsWord(toks[e]) && toks[e].cap && e - k < 6) ++e;
  *end = e;
  if (e == k) return {};
  // an object names someone the article knows (or plainly a person), never a new thing
  bool keep = allow_create_;
  allow_create_ = false;
  std::string id = Resolve(k, e, toks[k].start);
  allow_create_ = keep;
  return id;
}

std::string ClaimFinder::DateFor(const Site& s) const {
  int y, m, d;
  bool have = ParseDate(article_.date, &y, &m, &d) || ParseDate(article_.source, &y, &m, &d);
  if (!have) return article_.date;
  long base = DaysFromCivil(y, m, d);
  std::string date = CivilFromDays(base);
  if (s.cue_first == kNone) return date;
  uint32_t lo = s.cue_first >= 4 ? s.cue_first - 4 : 0;
  uint32_t hi = std::min<uint32_t>(static_cast<uint32_t>(doc_.toks.size()), s.cue_first + s.cue_len + 4);
  for (uint32_t k = lo; k < hi; ++k) {
    const Tok& t = doc_.toks[k];
    if (t.quote >= 0) continue;
    const WordInfo* w = t.info;
    if (!w || !t.cap) {
      if (w && (w->classes & kRelDate)) return CivilFromDays(base + w->day);
      continue;
    }
    if (w->classes & kWeekday) {
      long wd = ((base + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday
      long back = ((wd - w->day) % 7 + 7) % 7;
      return CivilFromDays(base - back);
    }
  }
  return date;
}

void ClaimFinder::Emit() {
  std::sort(sites_.begin(), sites_.end(), [](const Site& x, const Site& y) { return x.Pos() < y.Pos(); });
  // resolve in text order; direct quotes without a cue keep an earlier speaker
  for (size_t i = 0; i < sites_.size(); ++i) {
    Site& s = sites_[i];
    if (s.inherit) continue;
    if (s.np_first != kNone) {
      // a headline "X:" names someone the article knows, or someone plainly a person
      allow_create_ = s.cue_len != 1 || doc_.toks[s.cue_first].kind != TokKind::kPunct;
      s.speaker = Resolve(s.np_first, s.np_last, doc_.toks[s.np_first].start);
      allow_create_ = true;
      // an event says nothing itself (a capital may: "Beijing warned" is its government)
      if (const Entity* e = out_->FindEntity(s.speaker))
        if (e->type == EntityType::kEvent) s.speaker.clear();
      if (!s.speaker.empty())
        said_.push_back({doc_.toks[s.np_first].start, doc_.toks[s.np_first].para, s.speaker});
    }
    s.resolved = true;
    s.date = DateFor(s);
    if (s.quote >= 0) {
      quote_speaker_[s.quote] = s.speaker;
      quote_date_[s.quote] = s.date;
    }
  }
  auto para_of = [&](const Site& s) {
    return doc_.toks[s.quote >= 0 ? doc_.quotes[static_cast<size_t>(s.quote)].open : s.first].para;
  };
  for (size_t i = 0; i < sites_.size(); ++i) {
    Site& s = sites_[i];
    if (!s.inherit) continue;
    const Quote& q = doc_.quotes[static_cast<size_t>(s.quote)];
    bool done = false;
    if (q.continues >= 0) {
      auto it = quote_speaker_.find(q.continues);
      if (it != quote_speaker_.end()) {
        s.speaker = it->second;
        s.date = quote_date_[q.continues];
        done = true;
      }
    }
    uint32_t p = para_of(s);
    // an earlier attributed site in the same paragraph
    for (size_t j = i; j-- > 0 && !done;) {
      if (para_of(sites_[j]) != p) break;
      if (sites_[j].resolved && (!sites_[j].speaker.empty() || sites_[j].quote >= 0)) {
        s.speaker = sites_[j].speaker;
        s.date = sites_[j].date;
        done = true;
      }
    }
    // a later attributed quote in the same paragraph
    for (size_t j = i + 1; j < sites_.size() && !done; ++j) {
      if (para_of(sites_[j]) != p) break;
      if (sites_[j].quote >= 0 && !sites_[j].inherit && !sites_[j].speaker.empty()) {
        s.speaker = sites_[j].speaker;
        s.date = sites_[j].date;
        done = true;
      }
    }
    // a quote paragraph right after an attributed quote keeps that speaker
    if (!done && q.open == doc_.paras[p].first && p > 0) {
      for (size_t j = i; j-- > 0;) {
        uint32_t pj = para_of(sites_[j]);
        if (pj + 1 < p) break;
        if (pj == p - 1 && sites_[j].quote >= 0) {
          s.speaker = sites_[j].speaker;
          s.date = sites_[j].date;
          done = true;
          break;
        }
      }
    }
    s.resolved = done;
    if (s.date.empty()) s.date = DateFor(s);
    quote_speaker_[s.quote] = s.speaker;
    quote_date_[s.quote] = s.date;
  }
  // a quote with neither a cue nor an earlier speaker is not attributed to anyone, and a
  // headline "X:" whose X is nobody known is a label: no claim
  sites_.erase(std::remove_if(sites_.begin(), sites_.end(),
                              [&](const Site& s) {
                                return (s.inherit && !s.resolved) ||
                                       (s.cue_len == 1 && s.cue_first != kNone &&
                                        doc_.toks[s.cue_first].kind == TokKind::kPunct && s.speaker.empty());
                              }),
               sites_.end());

  // claims, in the order of their content
  struct Piece {
    uint32_t first, last;
    size_t site;
  };
  std::vector<Piece> pieces;
  const auto& toks = doc_.toks;
  for (size_t i = 0; i < sites_.size(); ++i) {
    const Site& s = sites_[i];
    if (s.quote < 0) {
      pieces.push_back({s.first, s.last, i});
      continue;
    }
    // one claim per quoted sentence
    uint32_t a = s.first;
    for (uint32_t k = s.first; k < s.last; ++k) {
      if (toks[k].kind != TokKind::kEnd) continue;
      uint32_t n = k + 1;
      if (n >= s.last) break;
      if (toks[n].cap || toks[n].kind == TokKind::kOpenQuote || toks[n].kind == TokKind::kNumber ||
          toks[n].reopen) {
        pieces.push_back({a, n, i});
        a = n;
      }
    }
    if (a < s.last) pieces.push_back({a, s.last, i});
  }
  std::sort(pieces.begin(), pieces.end(), [](const Piece& x, const Piece& y) { return x.first < y.first; });
  std::vector<ClaimSite> claim_sites;
  uint32_t prev_first = kNone, prev_last = kNone;
  for (const Piece& pc : pieces) {
    const Site& s = sites_[pc.site];
    uint32_t a = pc.first, b = pc.last;
    while (a < b && (toks[a].kind == TokKind::kPunct || toks[a].kind == TokKind::kDash ||
                     toks[a].kind == TokKind::kEnd))
      ++a;
    while (b > a && (IsPunct(toks[b - 1], ',') || IsPunct(toks[b - 1], ';') || IsPunct(toks[b - 1], ':') ||
                     toks[b - 1].kind == TokKind::kDash))
      --b;
    if (WordsIn(a, b) == 0) continue;
    if (a == prev_first && b == prev_last) continue;
    prev_first = a;
    prev_last = b;
    Claim c;
    c.id = "c" + std::to_string(out_->claims.size() + 1);
    c.speaker = s.speaker;
    c.kind = s.quote >= 0 ? ClaimKind::kDirect : ClaimKind::kIndirect;
    c.span = {toks[a].start, toks[b - 1].end};
    if (s.quote >= 0) {
      c.text = std::string(doc_.text.substr(c.span.start, c.span.end - c.span.start));
    } else if (s.gap_first != kNone && a < s.gap_first && s.gap_last < b) {
      // the span covers the attribution inside the content; the text leaves it out
      c.text = SpanText(doc_, a, s.gap_first, true) + " " + SpanText(doc_, s.gap_last, b, true);
    } else {
      c.text = SpanText(doc_, a, b, true);
    }
    if (s.cue_first != kNone)
      c.cue = std::string(doc_.text.substr(toks[s.cue_first].start,
                                           toks[s.cue_first + s.cue_len - 1].end - toks[s.cue_first].start));
    c.date = s.date.empty() ? DateFor(s) : s.date;
    out_->claims.push_back(std::move(c));
    ClaimSite cs;
    cs.claim = out_->claims.size() - 1;
    cs.cue_tok = s.cue_first != kNone ? s.cue_first : a;
    cs.first = a;
    cs.last = b;
    cs.cls = s.cls;
    uint32_t sent = sentence_of_[s.quote >= 0 ? doc_.quotes[static_cast<size_t>(s.quote)].open : s.first];
    cs.sent_first = sentences_[sent].first;
    cs.sent_last = sentences_[sent].second;
    claim_sites.push_back(cs);
  }
  AddRelations(doc_, claim_sites, sentences_, this, out_);
}

void ClaimFinder::Run() {
  if (doc_.toks.empty()) return;
  consumed_.assign(doc_.toks.size(), 0);
  ClassifyQuotes();
  SplitSentences();
  bool recognized = !out_->entities.empty();
  IndexEntities();
  if (!recognized) PreScan();
  InferGenders();
  FindQuoteSites();
  FindSpeechSites();
  Emit();
}

}  // namespace
}  // namespace claims

void ExtractClaims(const Article& article, const text::Segmented&, Extraction* out) {
  claims::ClaimFinder finder(article, out);
  finder.Run();
}

}  // namespace claimgraph::extract
