// Claims, stage 4: assembly. The sites resolved in text order and emitted as
// claims with their dates; the relations they carry (relations.cc) added after.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "extract/claims/finder.h"
#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"
#include "extract/stages.h"

namespace claimgraph::extract::claims {

namespace {

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

}  // namespace

void ClaimFinder::ReadArticleDate() {
  int y, m, d;
  dated_ = ParseDate(article_.date, &y, &m, &d) || ParseDate(article_.source, &y, &m, &d);
  if (!dated_) return;
  date_days_ = DaysFromCivil(y, m, d);
  date_text_ = CivilFromDays(date_days_);
}

std::string ClaimFinder::DateFor(const Site& s) const {
  if (!dated_) return article_.date;
  const long base = date_days_;
  const std::string& date = date_text_;
  if (s.cue_first == kNone) return date;
  uint32_t lo = s.cue_first >= 4 ? s.cue_first - 4 : 0;
  uint32_t hi = std::min<uint32_t>(static_cast<uint32_t>(doc_.toks.size()), s.cue_first + s.cue_len + 4);
  for (uint32_t k = lo; k < hi; ++k) {
    const Tok& t = doc_.toks[k];
    if (t.quote >= 0) continue;
    const WordInfo* w = t.Info();
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
  StripDenialOpeners();
  NegatedCues();
  std::sort(sites_.begin(), sites_.end(), [](const Site& x, const Site& y) { return x.Pos() < y.Pos(); });
  ResolveSites();
  InheritSpeakers();
  EmitClaims();
}

// Reported speech that opens with a denial ("X said it is not true that Y", "there is no truth
// to reports that Y"): the claim is Y, denied.
void ClaimFinder::StripDenialOpeners() {
  for (Site& s : sites_) {
    if (s.quote >= 0 || s.first >= s.last) continue;
    uint32_t len = 0;
    int ci = MatchCue(doc_, s.first, s.last, &len);
    if (ci < 0 || !lex_.cues[static_cast<size_t>(ci)].opener || WordsIn(s.first + len, s.last) < 2) continue;
    s.first += len;
    s.denied = lex_.cues[static_cast<size_t>(ci)].denied;
  }
}

// "Blair did not say the plan was good", "Brown does not believe taxes will rise": a negated verb
// of speech or belief asserts nothing; like "declined to confirm", its claim is what the speaker
// did not assert (polarity "denied"), never an assertion. "Police would not say whether ..." is
// no statement at all.
void ClaimFinder::NegatedCues() {
  std::erase_if(sites_, [this](Site& s) {
    if (s.quote >= 0 || s.cue_first == kNone || s.cue_first == 0 || (s.cls != kSpeech && s.cls != kBelief))
      return false;
    uint32_t len = 0;
    int ci = MatchCue(doc_, s.cue_first, s.cue_first + s.cue_len, &len);
    // a doubt negated holds what follows ("does not doubt that Labour will win")
    if (ci >= 0 && (lex_.cues[static_cast<size_t>(ci)].denied || lex_.cues[static_cast<size_t>(ci)].doubting))
      return false;
    const uint32_t lo = s.cue_first >= 3 ? s.cue_first - 3 : 0;
    if (!Negated(doc_, lo, s.cue_first) || FocusWord(doc_.toks[s.cue_first - 1].lower)) return false;
    if (s.first < s.last && SubordinatorWord(doc_.toks[s.first].lower)) return true;
    s.denied = true;
    return false;
  });
}

// Resolves the speaker of every site that has a phrase of its own, in text order.
void ClaimFinder::ResolveSites() {
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
      // (unnamed people who speak are a speaker "they" may be, left unresolved: "Analysts said
      // ... They also pointed out that ..." is not a firm named before them; "figures show" are
      // no people)
      uint32_t len = 0;
      int cue = s.cue_len > 0 ? MatchCue(doc_, s.cue_first, s.cue_first + s.cue_len, &len) : -1;
      bool unnamed = s.speaker.empty() && UnnamedPlural(doc_.toks[s.np_last - 1]) &&
                     !(cue >= 0 && lex_.cues[static_cast<size_t>(cue)].evidence);
      if ((!s.speaker.empty() || unnamed) && !s.possessor)
        said_.push_back({doc_.toks[s.np_first].start, doc_.toks[s.np_first].para, s.speaker});
    }
    s.resolved = true;
    s.date = DateFor(s);
    if (s.quote >= 0) {
      quote_speaker_[s.quote] = s.speaker;
      quote_date_[s.quote] = s.date;
    }
  }
}

// A direct quote without a cue keeps the speaker of the quote it continues, of an
// attributed site in its paragraph, or of the quote paragraph right before it; one
// that finds none, and a headline "X:" whose X is nobody known, are dropped.
void ClaimFinder::InheritSpeakers() {
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
      if (sites_[j].resolved && !sites_[j].possessor &&
          (!sites_[j].speaker.empty() || sites_[j].quote >= 0)) {
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
    // the person the sentence before it is about, in the same paragraph ("Mr Blair went on to
    // list his government's achievements. “So now we have a choice ...”")
    if (!done) done = SubjectOfSentenceBefore(q, &s);
    // a later attributed quote in the same paragraph, unless a sentence of the writer's, or
    // reported speech, comes between them ("“...” In response, David Davis said ... “...,” he said.")
    for (size_t j = i + 1; j < sites_.size() && !done; ++j) {
      if (para_of(sites_[j]) != p) break;
      if (sites_[j].quote < 0 && !sites_[j].speaker.empty()) break;
      if (sites_[j].quote >= 0 && WritersSentenceBetween(q.close, doc_.quotes[sites_[j].quote].open)) break;
      if (sites_[j].quote >= 0 && !sites_[j].inherit && !sites_[j].speaker.empty()) {
        s.speaker = sites_[j].speaker;
        s.date = sites_[j].date;
        done = true;
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
}

// Does a sentence end outside quote marks between tokens a and b (the writer's own text)?
bool ClaimFinder::WritersSentenceBetween(uint32_t a, uint32_t b) const {
  for (uint32_t k = a + 1; k < b && k < doc_.toks.size(); ++k)
    if (doc_.toks[k].kind == TokKind::kEnd && doc_.toks[k].quote < 0) return true;
  return false;
}

// A quote without a cue that opens a sentence right after a sentence of the same paragraph
// whose subject is a person the article named: that person speaks.
bool ClaimFinder::SubjectOfSentenceBefore(const Quote& q, Site* s) {
  uint32_t si = sentence_of_[q.open];
  if (si == 0 || q.open != sentences_[si].first) return false;
  auto [sf, sl] = sentences_[si - 1];
  if (doc_.toks[sf].para != doc_.toks[q.open].para) return false;
  for (uint32_t k = sf; k < sl; ++k)
    if (doc_.toks[k].quote >= 0) return false;  // a sentence of quotes has speakers of its own
  uint32_t a, b;
  if (!SentenceSubject(sf, sl, &a, &b)) return false;
  allow_create_ = false;
  std::string id = Resolve(a, b, doc_.toks[a].start);
  allow_create_ = true;
  const Entity* e = out_->FindEntity(id);
  if (!e || e->type != EntityType::kPerson) return false;
  s->speaker = id;
  s->date = DateFor(*s);
  return true;
}

// Claims in the order of their content (one per quoted sentence), then their relations.
// "Sales had fallen in 2004], Mr Milburn told reporters": a closing bracket at token `k` whose
// opening bracket is not in [a, k) closes nothing of the content (an editor's mark, a stray).
bool ClaimFinder::UnopenedBracket(uint32_t a, uint32_t k) const {
  const auto& toks = doc_.toks;
  for (auto [open, close] : {std::pair{'(', ')'}, std::pair{'[', ']'}}) {
    if (!IsPunct(toks[k], close)) continue;
    int depth = 0;
    for (uint32_t i = a; i < k; ++i) depth += IsPunct(toks[i], open) - IsPunct(toks[i], close);
    return depth <= 0;
  }
  return false;
}

// "[Oil prices] will weigh on ...": an opening bracket at token `k` that is closed in (k, b).
bool ClaimFinder::ClosedBracket(uint32_t k, uint32_t b) const {
  const auto& toks = doc_.toks;
  for (auto [open, close] : {std::pair{'(', ')'}, std::pair{'[', ']'}}) {
    if (!IsPunct(toks[k], open)) continue;
    for (uint32_t i = k + 1; i < b; ++i)
      if (IsPunct(toks[i], close)) return true;
    return false;
  }
  return false;
}

void ClaimFinder::EmitClaims() {
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
  // at most one claim a piece: room for all at once, not a copy of every claim per doubling
  claim_sites.reserve(pieces.size());
  out_->claims.reserve(out_->claims.size() + pieces.size());
  std::vector<bool> statement(out_->claims.size(), true);  // per claim: is it a statement?
  uint32_t prev_first = kNone, prev_last = kNone;
  for (const Piece& pc : pieces) {
    const Site& s = sites_[pc.site];
    uint32_t a = pc.first, b = pc.last;
    // (an opening bracket stays when the content closes it: "[Oil prices] will weigh ...")
    while (a < b &&
           (toks[a].kind == TokKind::kPunct || toks[a].kind == TokKind::kDash ||
            toks[a].kind == TokKind::kEnd) &&
           !ClosedBracket(a, b))
      ++a;
    while (b > a && (IsPunct(toks[b - 1], ',') || IsPunct(toks[b - 1], ';') || IsPunct(toks[b - 1], ':') ||
                     toks[b - 1].kind == TokKind::kDash || UnopenedBracket(a, b - 1)))
      --b;
    // "... vehicles (SUVs), it said": the bracket the content opens closes right after it
    if (b < toks.size() && (IsPunct(toks[b], ')') || IsPunct(toks[b], ']')) && !UnopenedBracket(a, b)) ++b;
    if (WordsIn(a, b) == 0) continue;
    // nothing reported but pronouns: "readers would tell you that."
    bool empty = s.quote < 0;
    for (uint32_t m = a; m < b && empty; ++m)
      empty = !IsWord(toks[m]) || TokIs(toks[m], kPronoun | kDeterminer) || TokIn(toks[m], kSubjectPronoun) ||
              TokIn(toks[m], kComplement);
    if (empty) continue;
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
    if (s.cue_first != kNone) {
      c.cue = std::string(doc_.text.substr(toks[s.cue_first].start,
                                           toks[s.cue_first + s.cue_len - 1].end - toks[s.cue_first].start));
      uint32_t len = 0;
      int ci = MatchCue(doc_, s.cue_first, s.cue_first + s.cue_len, &len);
      if (ci >= 0 && len == s.cue_len && Lex().cues[static_cast<size_t>(ci)].denied)
        c.polarity = ClaimPolarity::kDenied;
    }
    if (s.denied) c.polarity = ClaimPolarity::kDenied;
    c.date = s.date.empty() ? DateFor(s) : s.date;
    out_->claims.push_back(std::move(c));
    statement.push_back(s.quote >= 0 || IsStatement(s, a, b));
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
  // the sites are spent: their memory goes back before the relations are found
  std::vector<Site>().swap(sites_);
  std::vector<Piece>().swap(pieces);
  PlacesSayingI(claim_sites);
  AddRelations(doc_, claim_sites, sentences_, this, out_);
  DropNonStatements(statement);
}

// Is the content [a, b) of site s a statement? What follows a verb of an act rather than of
// speech (cue flag "notspeech": "seeks", "offers", "defended") is one only as a clause: after
// "that" or a colon, or with a verb of its own ("wants the wall to be built"); a bare noun
// phrase ("Labour seeks a third term", "defended his plans") is the object of a stance,
// carried by its relation, not something the subject said.
bool ClaimFinder::IsStatement(const Site& s, uint32_t a, uint32_t b) const {
  // closed-class words alone say nothing: "he still will not say which or how", "claiming it 8-6"
  bool content_word = false;
  for (uint32_t k = a; k < b && !content_word; ++k)
    content_word = IsWord(doc_.toks[k]) && !(StanceClasses(doc_.toks[k]) & kClosed);
  if (!content_word) return false;
  if (s.cue_first == kNone) return true;
  if (LineUp(s, a, b)) return false;
  // a preposition's phrase right after the cue, with no verb of its own, is what the words were
  // about, not what they said: "warned over grey vote", "asked about the future leadership",
  // "Chelsea ridiculed over complaint", "tells of love and pain" (not "to": "agreed to pay"; nor
  // a number, a time or a share after it, which opens a clause whose verb HasOwnVerb may not know:
  // "said about 200 people died", "said since 1997 Labour cut taxes", "said around half its staff
  // lost their jobs")
  auto quantity_or_time = [&](uint32_t k) {
    if (k >= b) return false;
    const Tok& t = doc_.toks[k];
    const WordInfo* w = t.Info();
    return t.kind == TokKind::kNumber || TokIs(t, kTimeWord) || (w != nullptr && w->share);
  };
  if (a == s.cue_first + s.cue_len && a < b && IsWord(doc_.toks[a]) &&
      (StanceClasses(doc_.toks[a]) & kClosed) && !TokIs(doc_.toks[a], kDeterminer | kPronoun) &&
      !TokIn(doc_.toks[a], kInfinitive) && !quantity_or_time(a + 1) && !HasOwnVerb(a + 1, b))
    return false;
  uint32_t len = 0;
  int ci = MatchCue(doc_, s.cue_first, s.cue_first + s.cue_len, &len);
  if (ci < 0 || len != s.cue_len) return true;
  const Cue& cue = Lex().cues[static_cast<size_t>(ci)];
  if (cue.named) return false;  // "fought back from a set down and ...": an act, never speech
  if (SettingOnly(a, b)) return false;
  // (after a relative pronoun the content is its clause, the verb first: "an incident which
  // Kidman claims left her fearful")
  bool relative = s.np_first != kNone && s.np_first > 0 && TokIn(doc_.toks[s.np_first - 1], kRelative);
  if (cue.thing && a >= s.cue_first + s.cue_len && !relative && !HasOwnVerb(a, b) && NamesPrize(a, b))
    return false;
  if (cue.quantity && a == s.cue_first + s.cue_len && doc_.toks[a].kind == TokKind::kNumber &&
      !HasOwnVerb(a, b))
    return false;
  // A verb of taking a side or of an act followed at once by an auxiliary is a noun, the subject of
  // that auxiliary: "Bigger attacks were rarely seen", "Demand will remain fragile", "Reality shows
  // have featured"; not after "to" ("plans to have it recorded"), and a verb of speech or belief
  // keeps its clause ("the unit, which Yukos claims was illegally sold")
  bool speech = cue.cls == kSpeech || cue.cls == kBelief;
  const Tok& after = doc_.toks[s.cue_first + s.cue_len - 1];
  if (!speech && a == s.cue_first + s.cue_len && a < b && TokIn(doc_.toks[a], kAuxVerb) &&
      !doc_.toks[a].cap && !TokIn(after, kInfinitive))
    return false;
  // what a belief is about is no belief: "is confident of victory", "was optimistic about 2005"
  // (a clause after the preposition is one: "confident of what they had done")
  if (cue.cls == kBelief && a == s.cue_first + s.cue_len && a < b && TokIn(doc_.toks[a], kTopic) &&
      !HasOwnVerb(a + 1, b))
    return false;
  if (!cue.notspeech) return true;
  // what a poll or a document shows of someone: "showed Clinton leading Trump"
  if (cue.evidence && DocumentPhrase(s.np_first, s.np_last) && FindingPredicate(a, b)) return true;
  // what it shows said before it: "Donations hit $1.1 billion in August, an analysis shows."
  // (the words before a closing attribution are a sentence of their own)
  // (its subject before it: "..., Show Compassion For Louisiana" in a headline is no "shows X")
  if (cue.evidence && s.cue_first >= b && s.np_last != kNone && s.np_last <= s.cue_first) return true;
  const auto& toks = doc_.toks;
  if (a > 0 && (TokIn(toks[a - 1], kComplement) || IsPunct(toks[a - 1], ':'))) return true;
  // a proposal only of an act (cue flag "act": "offered to resign") says something as the act's
  // infinitive right after the cue, or when what is offered is something said ("offered some
  // pointed advice to", "offered no proof that"); any other thing
  // offered is no statement, however long ("offered tickets that were 50% cheaper", "offered
  // money to appear in a film", "offering viewers the chance to catch up"): the proposal's
  // relation carries it
  if (cue.act)
    return a == s.cue_first + s.cue_len && a + 1 < b &&
           ((TokIn(toks[a], kInfinitive) && IsWord(toks[a + 1])) ||
            (!BareActParticiple(s) && NamesSaying(a, b)));
  // a clause that opens with a subject pronoun of a person or a group: "documents show he took
  // a loss" (not "it", which may be the object: "defended it")
  if (a + 1 < b && TokIs(toks[a], kPronoun) && TokIn(toks[a], kSubjectPronoun) &&
      TokIn(toks[a], kAgentPronoun) && IsWord(toks[a + 1]))
    return true;
  // a modal with no subject before it: the cue word was a noun ("the February show can attend")
  if (a < b && TokIs(toks[a], kModal)) return false;
  // (what follows a participle of an act after its noun is its object, and the first auxiliary
  // after that, unless an infinitive's, "seeking to be reimbursed", is its sentence's verb)
  const bool participle = BareActParticiple(s) && !ThatClauseObject(s);
  bool in_relative = false;  // past a relative pronoun right after a noun
  for (uint32_t k = a; k < b; ++k) {
    const Tok& t = toks[k];
    // a relative clause after a comma is about the noun phrase, not its verb: "Polls show a close
    // contest in the state, where 18 votes are up for grabs"
    if (IsPunct(t, ',') && k + 1 < b) {
      if (TokIn(toks[k + 1], kWhRelative | kRelAdverb)) return false;
    }
    // and so is one right after a noun ("sued a woman who claimed they tried to ...", "backed a
    // law which would give"): its verbs are not the content's, though an infinitive after it may
    // be ("wants pubs which cause extra work to pay towards the costs")
    if (k > a && TokIn(t, kWhRelative) && IsWord(toks[k - 1]) &&
        !TokIs(toks[k - 1], kFunction | kPronoun | kAux))
      in_relative = true;
    if (IsPunct(t, ',')) in_relative = false;  // (the relative clause ends at a comma)
    if (!IsWord(t)) continue;
    // (a modal after a noun and a pronoun is a relative clause's: "wants a machine they can add to")
    bool relative = TokIs(t, kModal) && k >= a + 2 && TokIs(toks[k - 1], kPronoun) && IsWord(toks[k - 2]) &&
                    !TokIs(toks[k - 2], kFunction | kDeterminer | kPronoun | kAux);
    // (an auxiliary verb or a modal: not an adverb or quantifier, "want oversight of all orders";
    // nor one right after "and" or "but", the subject's next verb: "offers a cheaper service and
    // is about to launch", "has been offering snapshots and is also providing")
    bool next_verb = k > a && TokIn(toks[k - 1], kCoord);
    if (AuxVerb(t) && !relative && !in_relative)
      return (!participle || TokIn(toks[k - 1], kInfinitive)) && !next_verb;
    // a negated verb of its own: "shows politics isn't worthless"
    if (!in_relative && (t.lower.find("n't") != std::string_view::npos ||
                         t.lower.find("n\xE2\x80\x99t") != std::string_view::npos))
      return true;
    // (an object and "to" is a clause after a verb of wanting, "wants the wall to be built", not
    // after one of taking a side: "defended her decision to prolong her career")
    if (TokIn(t, kInfinitive) && cue.cls != kStance && k + 1 < b && IsWord(toks[k + 1]) && !toks[k + 1].cap &&
        toks[k + 1].kind != TokKind::kNumber && !TokIs(toks[k + 1], kDeterminer | kPronoun | kFunction))
      return true;
    if (TokIn(t, kComplement) && k > a && !in_relative) return true;
  }
  return false;
}

// Is the content [a, b) after the colon of site s a list of names, a team's line-up ("Newcastle:
// Given, Carr, Boumsong, Robert (Jenas 77), Shearer"), not what the one before the colon said?
// Three commas or semicolons or more, no lower-case word outside brackets ("Palmer (capt)"), and
// no item of more than two words outside them: a headline in title case lists clauses ("Trump:
// Build The Wall, Cut Taxes, Fix Trade, Make America Great Again").
bool ClaimFinder::LineUp(const Site& s, uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  if (s.cue_len != 1 || !IsPunct(toks[s.cue_first], ':')) return false;
  int separators = 0, depth = 0, words = 0;
  for (uint32_t k = a; k < b; ++k) {
    if (IsPunct(toks[k], '(')) ++depth;
    if (IsPunct(toks[k], ')') && depth > 0) --depth;
    if (IsPunct(toks[k], ',') || IsPunct(toks[k], ';')) {
      ++separators;
      words = 0;
    }
    if (depth == 0 && toks[k].kind == TokKind::kWord && (!toks[k].cap || ++words > 2)) return false;
  }
  return separators >= 3;
}

// Does the content [a, b) have a verb of its own that a reader can see without a part-of-speech
// tagger: after "that" or a colon, an auxiliary or modal, "n't", "to" and a word, "that", a
// subject pronoun first ("he's"), a lower-case word in "-ed", or a cue word? "Dubai crown", "a
// draw at Anfield" have none.
bool ClaimFinder::HasOwnVerb(uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  if (a > 0 && (TokIn(toks[a - 1], kComplement) || IsPunct(toks[a - 1], ':'))) return true;
  if (a < b && (TokIn(toks[a], kSubjectPronoun) || Contracted(toks[a].lower))) return true;  // ("he's")
  for (uint32_t k = a; k < b; ++k) {
    const Tok& t = toks[k];
    uint32_t len = 0;
    if (!IsWord(t)) continue;
    if (AuxVerb(t) || ClauseVerb(t) || TokIn(t, kComplement) ||
        t.lower.find("n't") != std::string_view::npos ||
        t.lower.find("n\xE2\x80\x99t") != std::string_view::npos || MatchCue(doc_, k, b, &len) >= 0)
      return true;
    if (TokIn(t, kInfinitive) && k + 1 < b) return true;
    if (!t.cap && t.lower.size() > 4 && t.lower.ends_with("ed")) return true;
  }
  return false;
}

// The first word of `set` (a set of claims_words.tsv) in the noun phrase that opens [a, b), before
// its first preposition (at most five words, none a comma); kNone when there is none.
uint32_t ClaimFinder::PhraseNounIn(uint32_t a, uint32_t b, GrammarSet set) const {
  const auto& toks = doc_.toks;
  for (uint32_t k = a; k < b && k < a + 5 && IsWord(toks[k]); ++k) {
    if (TokIn(toks[k], set)) return k;
    if (k > a && (TokIs(toks[k], kPostMod) || TokIn(toks[k], kTopic))) break;
  }
  return kNone;
}

// Does the noun phrase that opens [a, b) name a prize ("Dubai crown", "a draw at Anfield", "top
// spot in Group A"): a word of the `prize` set?
bool ClaimFinder::NamesPrize(uint32_t a, uint32_t b) const { return PhraseNounIn(a, b, kPrize) != kNone; }

// Does the noun phrase that opens [a, b) name something said ("some pointed advice", "no proof
// that", "her firmest promise yet that", "his view: ..."): a noun of the `saying` set, with words
// (or a colon) after it that say what was said ("offered no proof" alone, "offered his
// congratulations", say nothing)?
bool ClaimFinder::NamesSaying(uint32_t a, uint32_t b) const {
  const uint32_t k = PhraseNounIn(a, b, kSaying);
  const auto& toks = doc_.toks;
  return k != kNone && k + 1 < b && (IsWord(toks[k + 1]) || IsPunct(toks[k + 1], ':'));
}

// Is the content [a, b) only where or when something was said, a preposition and its phrase with
// no verb ("said on Twitter on Monday", "wrote in a court filing", "said at a news conference last
// month", "said on stage to justify his position")? Short, with no comma ("In 2012, Romney
// lost" is a statement), no auxiliary or modal, no negation and no "that".
bool ClaimFinder::SettingOnly(uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  // (a preposition of place or time: "in", "on", "at", "during", "after"; not a setting noun,
  // "release", "statement"; not "with", whose phrase may be the one agreed with)
  if (b < a + 2 || b - a > 10 || !IsWord(toks[a]) || !TokIs(toks[a], kSetting) ||
      !TokIs(toks[a], kTimeWord | kNarrator))
    return false;
  const Tok& n = toks[a + 1];
  if (!IsWord(n) || !(TokIs(n, kDeterminer) || n.cap || n.kind == TokKind::kNumber)) return false;
  for (uint32_t k = a; k < b; ++k) {
    const Tok& t = toks[k];
    if (IsPunct(t, ',') || ClauseVerb(t) || TokIn(t, kComplement) ||
        t.lower.find("n't") != std::string_view::npos ||
        t.lower.find("n\xE2\x80\x99t") != std::string_view::npos)
      return false;
  }
  return true;
}

// Removes the claims that are not statements (their stance and proposal relations stay, as
// evidence without a claim; their "said" edges go), and numbers claims and relations again.
void ClaimFinder::DropNonStatements(const std::vector<bool>& statement) {
  auto& claims = out_->claims;
  if (std::find(statement.begin(), statement.end(), false) == statement.end()) return;
  std::unordered_map<std::string, std::string> renamed;  // old claim id -> new ("" when dropped)
  size_t n = 0;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (i < statement.size() && !statement[i]) {
      renamed[claims[i].id] = "";
      continue;
    }
    std::string id = "c" + std::to_string(n + 1);
    renamed[claims[i].id] = id;
    claims[i].id = id;
    if (n != i) claims[n] = std::move(claims[i]);
    ++n;
  }
  claims.resize(n);
  auto& rels = out_->relations;
  rels.erase(std::remove_if(rels.begin(), rels.end(),
                            [&](const Relation& r) {
                              auto it = renamed.find(r.claim);
                              return it != renamed.end() && it->second.empty() &&
                                     (r.type == "said" || r.type == "denies");
                            }),
             rels.end());
  for (size_t i = 0; i < rels.size(); ++i) {
    rels[i].id = "r" + std::to_string(i + 1);
    auto it = renamed.find(rels[i].claim);
    if (it != renamed.end()) rels[i].claim = it->second;
  }
}

void ClaimFinder::Run() {
  if (doc_.toks.empty()) return;
  consumed_.assign(doc_.toks.size(), 0);
  ClassifyQuotes();
  ++subject_state_;  // (the quotes' standalone flags, which FindSubject reads, are set)
  SplitSentences();
  bool recognized = !out_->entities.empty();
  IndexEntities();
  if (!recognized) PreScan();
  InferGenders();
  FindQuoteSites();
  FindSpeechSites();
  Emit();
}

}  // namespace claimgraph::extract::claims

namespace claimgraph::extract {

void ExtractClaims(const Article& article, const text::Segmented* seg, Extraction* out) {
  claims::ClaimFinder finder(article, seg, out);
  finder.Run();
}

}  // namespace claimgraph::extract
