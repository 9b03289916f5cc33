// Claims, stage 2: speech sites. Reported speech as cue + subject phrase + content
// (the subject phrases themselves: subjects.cc).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "extract/claims/finder.h"
#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {

uint32_t ClaimFinder::ContentStart(uint32_t j, uint32_t end, const Cue& cue) const {
  const auto& toks = doc_.toks;
  if (uint32_t m = ThatAfterSetting(j, end); m != kNone) return m + 1;
  // "that" right after the cue, or after words that only say when, where, how or
  // to whom ("said on Monday in a statement to reporters that"); a "that" after a
  // noun of the content is a relative pronoun ("called for dresses that showed ...")
  for (uint32_t m = j; m < end && m < j + 12; ++m) {
    const Tok& t = toks[m];
    if (TokIn(t, kComplement) && m + 1 < end) {
      return m + 1;
    }
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kOpenQuote || InStandalone(m)) break;
    if (IsPunct(t, ',') && m > j) break;
    if (t.lower == "so" || t.lower == "such")
      break;  // "tells so many lies that ...": a result, not what was told
    uint32_t len = 0;
    if (m > j && MatchCue(doc_, m, end, &len) >= 0) break;
    if (cue.cls != kSpeech && cue.cls != kBelief) break;
    // the one told: "told a Labour Party gathering that ..."
    // ("told reporters the bill that ...": a second noun phrase is the content)
    if (cue.obj && m > j && TokIs(t, kDeterminer) && !t.cap && IsWord(toks[m - 1]) && !toks[m - 1].cap &&
        !TokIs(toks[m - 1], kDeterminer)) {
      std::string_view pv = toks[m - 1].lower;
      if (pv != "in" && pv != "on" && pv != "at" && pv != "to" && pv != "with" && pv != "during") break;
    }
    bool listener = cue.obj && m - j < 8 && !TokIs(t, kAux | kPronoun) && t.kind != TokKind::kNumber;
    if (IsWord(t) && !t.cap && !listener &&
        !TokIs(t, kSetting | kWeekday | kRelDate | kTimeWord | kDeterminer | kGroupNoun))
      break;
  }
  uint32_t k = j;
  // time phrases right after the cue
  for (int guard = 0; guard < 4 && k < end; ++guard) {
    const Tok& t = toks[k];
    const WordInfo* w = t.Info();
    if (w && (w->classes & (kWeekday | kRelDate))) {
      ++k;
      continue;
    }
    if ((t.lower == "on" || t.lower == "last" || t.lower == "this") && k + 1 < end &&
        (TokIs(toks[k + 1], kWeekday) || toks[k + 1].lower == "week" || toks[k + 1].lower == "month")) {
      k += 2;
      continue;
    }
    if (t.lower == "week" || t.lower == "night" || t.lower == "morning" || t.lower == "afternoon" ||
        t.lower == "evening") {
      ++k;
      continue;
    }
    break;
  }
  if (k < end && IsPunct(toks[k], ',')) ++k;
  if (cue.obj && cue.cls != kProposed && cue.cls != kOpposes && cue.cls != kSupports) {
    // the listener: "told reporters", "told USA TODAY's weekly series", "told him"
    uint32_t m = k;
    if (m + 1 < end &&
        (toks[m].lower == "him" || toks[m].lower == "them" || toks[m].lower == "us" || toks[m].lower == "me"))
      return m + 1;
    // (after an article or a name, the nouns of a setting: "told a news conference", "told the
    // committee", "told the BBC's Today programme"; a number after a name: "told Radio 4's ...")
    auto noun = [&](uint32_t x) {
      return TokIs(toks[x], kSetting) && !TokIs(toks[x], kDeterminer | kPronoun | kFunction) &&
             !TokIn(toks[x], kSettingPrep) && !toks[x].cap;
    };
    auto setting_noun = [&](uint32_t x) {
      if (!noun(x)) return false;
      uint32_t y = x;
      while (y > k && noun(y - 1)) --y;
      return y > k && (TokIs(toks[y - 1], kDeterminer) || toks[y - 1].cap) && IsWord(toks[y - 1]);
    };
    while (m < end && m - k < 8 && IsWord(toks[m]) &&
           (toks[m].cap || toks[m].lower == "reporters" || toks[m].lower == "journalists" ||
            TokIs(toks[m], kDeterminer | kGroupNoun) || setting_noun(m) ||
            (toks[m].kind == TokKind::kNumber && m > k && toks[m - 1].cap && IsWord(toks[m - 1])) ||
            // a phrase of a name after it: "told a forum of Arab leaders in Qatar to ..."
            (m > k && (toks[m].lower == "of" || TokIs(toks[m], kPostMod)) && m + 1 < end && toks[m + 1].cap &&
             IsWord(toks[m + 1]) && (noun(m - 1) || TokIs(toks[m - 1], kGroupNoun) || toks[m - 1].cap))) &&
           !(TokIs(toks[m], kPronoun) && m > k) &&
           // a second article opens the content: "told reporters the race was close"
           !(m > k && TokIs(toks[m], kDeterminer) && !toks[m].cap && !TokIs(toks[m - 1], kDeterminer)) &&
           // and so does a name after the setting's noun: "told the BBC News website Ford did not"
           !(toks[m].cap && m > k && setting_noun(m - 1)))
      ++m;
    if (m > k && m + 1 < end && TokIn(toks[m], kComplement)) return m + 1;
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
    bool conj = TokIn(t, kCoord);
    if (k > start && (IsPunct(t, ',') || conj) && k + 1 < end) {
      uint32_t len = 0;
      int ci = MatchCue(doc_, k + 1, end, &len);
      if (ci >= 0) {
        CueClass c = lex_.cues[static_cast<size_t>(ci)].cls;
        if (c == kParticiple || c == kAccording || (conj && c != kSpokeTo && c != kMet)) break;
      }
      if (IsPunct(t, ',') && toks[k + 1].lower == "and" && k + 2 < end &&
          MatchCue(doc_, k + 2, end, &len) >= 0)
        break;
      // another attribution with a possessive description for its subject: "..., her campaign says
      // national security could ...", "..., his spokesman said"
      if (IsPunct(t, ',') && IsWord(toks[k + 1]) && PossessiveWord(toks[k + 1])) {
        bool other = false;
        for (uint32_t m = k + 3; m < end && m < k + 6 && !other; ++m) {
          const Tok& w = toks[m - 1];
          if (!IsWord(w) || w.cap || TokIs(w, kFunction | kAux | kPronoun)) break;
          int c5 = MatchCue(doc_, m, end, &len);
          other = c5 >= 0 && (lex_.cues[static_cast<size_t>(c5)].cls == kSpeech ||
                              lex_.cues[static_cast<size_t>(c5)].cls == kBelief);
        }
        if (other) break;
      }
      // someone else's word on it: "..., which the Tories deny" (", which he said involves ..." is
      // the speaker's own, and goes on)
      if (IsPunct(t, ',') && toks[k + 1].lower == "which" && k + 2 < end && !TokIs(toks[k + 2], kPronoun)) {
        bool other = false;
        for (uint32_t m = k + 2; m < end && m < k + 7 && !other; ++m) {
          int c4 = MatchCue(doc_, m, end, &len);
          other = c4 >= 0 && lex_.cues[static_cast<size_t>(c4)].cls == kSpeech;
        }
        if (other) break;
      }
      // a clause of another attribution: "he attacked her, Donald Trump tells Kelly that ...", also
      // after the writer's conjunction: "Carson said X, while Jeb Bush said Y"
      uint32_t a, b;
      uint32_t n = k + 1;
      if (IsPunct(t, ',') && TokIs(toks[n], kNarrator) && !toks[n].cap && n + 1 < end && toks[n + 1].cap &&
          !TokIs(toks[n + 1], kPronoun))
        ++n;
      bool third =
          TokIs(toks[n], kPronoun) ? TokIn(toks[n], kThirdPerson) : toks[n].cap && !TokIs(toks[n], kFunction);
      // (also after "and": "Republicans said the inquiry was botched and Democrats accused the GOP of
      // ...", once the content has a clause of its own, not in "said Trump and Clinton agreed")
      bool joined = conj && WordsIn(start, k) >= 4;
      if ((IsPunct(t, ',') || joined) && third && NpAfter(n, end, &a, &b) && b - a <= 4 && b < end) {
        int c2 = MatchCue(doc_, b, end, &len);
        CueClass c = c2 >= 0 ? lex_.cues[static_cast<size_t>(c2)].cls : kSpokeTo;
        // (a stance after "and he" is most often the speaker's own: "he had supported the plans and
        // he supported them now")
        bool named = !TokIs(toks[k + 1], kPronoun);
        if (c == kSpeech || c == kBelief || (joined && named && (c == kStance || c == kProposal))) break;
      }
    }
  }
  // drop trailing punctuation
  while (k > start && (toks[k - 1].kind == TokKind::kEnd ||
                       (toks[k - 1].kind == TokKind::kPunct && !SignOfNumber(doc_, k - 1)) ||
                       toks[k - 1].kind == TokKind::kDash ||
                       (toks[k - 1].kind == TokKind::kCloseQuote && toks[k - 1].quote < 0 &&
                        !(k - 2 >= start && toks[k - 2].quote >= 0 && !InStandalone(k - 2)))))
    --k;
  return k;
}

void ClaimFinder::FindSpeechSites() {
  IntroducedParagraphSites();
  SiteIndex index;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    auto [sf, sl] = sentences_[si];
    uint32_t body_end = BodyEnd(sf, sl);
    size_t first_site = sites_.size();
    // the word classes of the sentence: a form is looked for only when its noun is there (a
    // forecast, a noun of saying or planning, a noun of view; most sentences have none)
    uint32_t classes = 0;
    for (uint32_t k = sf; k < body_end; ++k) classes |= lex_.entries[doc_.toks[k].tag].classes;
    TranscriptSite(sf, sl, body_end);
    ClosingAttributionSite(sf, sl, body_end);
    if (classes & kForecast) ForecastSite(sf, sl, body_end);
    AsSaidSite(sf, sl, body_end);
    CueSites(sf, sl, body_end, first_site, &index);
    if (classes & (kClaimNoun | kPlanNoun)) NounOfSayingSites(sf, sl, body_end);
    if (classes & kViewNoun) ViewSite(sf, sl, body_end);
    if (classes & kDocumentNoun) FindingSite(sf, sl, body_end, first_site);  // (its nouns are documents)
  }
  ContinuationSites();
}

// The end of sentence [sf, sl) without its closing period, parenthesis or quote mark.
uint32_t ClaimFinder::BodyEnd(uint32_t sf, uint32_t sl) const {
  const auto& toks = doc_.toks;
  uint32_t body_end = sl;
  while (body_end > sf &&
         (toks[body_end - 1].kind == TokKind::kEnd || IsPunct(toks[body_end - 1], ')') ||
          (toks[body_end - 1].kind == TokKind::kCloseQuote && !InStandalone(body_end - 2 + (body_end < 2)))))
    --body_end;
  return body_end;
}

void ClaimFinder::TranscriptSite(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  // both forms read a colon, in the sentence or before it in its paragraph (most have none)
  if (!doc_.ColonIn(ParaStart(sf), body_end)) return;
  // 0. headline / transcript style "Trump: We will win."
  {
    uint32_t a, b;
    if (NpAfter(sf, body_end, &a, &b) && b < body_end && IsPunct(toks[b], ':') && b - a <= 5 && toks[a].cap &&
        !consumed_[b] &&
        !(b + 1 < body_end && (toks[b + 1].kind == TokKind::kOpenQuote || InStandalone(b + 1)))) {
      uint32_t ce = ContentEnd(b + 1, body_end);
      uint32_t words = WordsIn(b + 1, ce);
      if (words >= 3) {
        Site s;
        s.Set(a, b, b, 1);
        s.first = b + 1;
        s.last = ce;
        s.sent_first = sf;
        s.sent_last = sl;
        consumed_[b] = 1;
        sites_.push_back(std::move(s));
      }
      return;
    }
  }
  // "BENENSON: Senator Sanders doesn't get to decide when we debate. Particularly when ...": in a
  // transcript (the speaker written in capitals before a colon that opens the paragraph) the
  // paragraph's later sentences are the speaker's too
  uint32_t p = ParaStart(sf), a, b;
  if (p >= sf || !NpAfter(p, sf, &a, &b) || a != p || b >= sf || !IsPunct(toks[b], ':') || b - a > 3 ||
      !AllCaps(toks[a]) || !consumed_[b] || AllCaps(toks[b + 1]))  // (not a headline: "U.N: PEACEKEEPERS")
    return;
  uint32_t ce = ContentEnd(sf, body_end);
  if (WordsIn(sf, ce) < 3) return;
  for (uint32_t m = sf; m < ce; ++m)
    if (InStandalone(m)) return;
  AddOneWordCueSite(a, b, b, kSpeech, sf, ce, sf, sl);  // the colon is the cue (already consumed)
}

// Past what may follow a closing attribution's cue and subject: time words ("said
// Friday"), or where or how it was said ("..., Mr. Obama said in his interview.").
uint32_t ClaimFinder::AfterAttribution(uint32_t after, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  const uint32_t after_cue = after;
  while (after < body_end && IsWord(toks[after]) &&
         (TokIs(toks[after], kTimeWord | kWeekday | kRelDate) || toks[after].lower == "afternoon" ||
          toks[after].lower == "evening"))
    ++after;
  // where or how it was said: "..., Mr. Obama said in his interview.", "..., she said at a
  // rally in Ohio on Friday."
  if (after < body_end && IsWord(toks[after])) {
    after = after_cue;
    bool prep = TokIn(toks[after], kSettingPrep);
    uint32_t m = after + 1;
    while (prep && m < body_end && m < after + 10 && IsWord(toks[m]) && !TokIn(toks[m], kComplement) &&
           toks[m].quote < 0 && !TokIs(toks[m], kAux))
      ++m;
    if (prep && m > after + 1 && (m == body_end || IsPunct(toks[m], ','))) after = m;
  }
  // the writer's aside in parentheses that ends the sentence: "..., said Mr. Burman (a view echoed
  // by everyone I interviewed)."
  if (after < body_end && IsPunct(toks[after], '(')) {
    uint32_t m = after + 1;
    while (m < body_end && !IsPunct(toks[m], ')') && !IsPunct(toks[m], '(')) ++m;
    if (m + 1 >= body_end && (m == body_end || IsPunct(toks[m], ')'))) after = body_end;
  }
  return after;
}

// Inside the source of a closing attribution, a parenthesis ("..., Sen. Reid (D-Nev.) said"), an
// appositive name ("..., his top aide, Tad Devine, told ...") or a description after the name
// ("..., Alan Milburn, Labour's election strategist, told ..."): the token that closes it, from
// token m where it opens; m when none does.
uint32_t ClaimFinder::SkipInsideSource(uint32_t m, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (IsPunct(toks[m], '(')) {
    uint32_t r = m + 1;
    while (r < body_end && r < m + 10 && !IsPunct(toks[r], ')')) ++r;
    if (r < body_end && IsPunct(toks[r], ')')) return r;
  }
  if (IsPunct(toks[m], ',') && m + 1 < body_end && toks[m + 1].cap && IsWord(toks[m + 1])) {
    uint32_t r = m + 1;
    while (r < body_end && r < m + 6 && IsWord(toks[r]) && toks[r].cap) ++r;
    // (the period of an abbreviation: "..., Mitch McConnell, R-Ky., said")
    if (r + 1 < body_end && toks[r].kind == TokKind::kEnd && toks[r].lower == "." &&
        toks[r].start == toks[r - 1].end && IsPunct(toks[r + 1], ','))
      ++r;
    if (r < body_end && IsPunct(toks[r], ',')) return r;
  }
  // a description after the name, up to the comma before the cue ("..., Alan Milburn, Labour's
  // election strategist, told ...", "..., Mary Smith, a lawyer for the family, said.")
  if (IsPunct(toks[m], ',') && m > 0 && IsWord(toks[m - 1]) && toks[m - 1].cap && m + 1 < body_end &&
      IsWord(toks[m + 1]) && (!toks[m + 1].cap || EndsPossessive(toks[m + 1]))) {
    uint32_t r = m + 1, len = 0;
    while (r < body_end && r < m + 9 && IsWord(toks[r])) ++r;
    if (r + 1 < body_end && IsPunct(toks[r], ',') && MatchCue(doc_, r + 1, body_end, &len) >= 0) return r;
  }
  return m;
}

// The source after a closing attribution's cue (the cue `cue`, `len` tokens at j: "..., said
// O'Neill.", "..., said top black lawmakers", "..., says political scientist Dossym Satpayev"):
// its phrase [*a, *b), *cue_at = j and *after where it ends; all left as they are when none.
void ClaimFinder::SourceAfterCue(const Cue& cue, uint32_t j, uint32_t len, uint32_t body_end, uint32_t* a,
                                 uint32_t* b, uint32_t* cue_at, uint32_t* after) const {
  const auto& toks = doc_.toks;
  // ("..., said that in 1998, ...": "that" opens the content, it names no speaker)
  bool named = (cue.cls == kSpeech || cue.cls == kAccording || cue.cls == kBelief) && !cue.noinvert &&
               j + len < body_end && !TokIn(toks[j + len], kComplement) && NpAfter(j + len, body_end, a, b);
  if (named) {
    *cue_at = j;
    *after = *b;
  }
  // (a description the name reader stops inside: "..., said top black lawmakers", "..., says
  // political scientist Dossym Satpayev")
  uint32_t da, db, dend;
  bool stuck = !named || (AfterAttribution(*b, body_end) < body_end &&
                          !IsPunct(toks[AfterAttribution(*b, body_end)], ','));
  bool unnamed = !named || !toks[*b - 1].cap;  // ("said the chief executive, John Ferriola")
  if ((stuck || unnamed) && (cue.cls == kSpeech || cue.cls == kBelief) && !cue.noinvert &&
      DescribedNameAfter(j + len, body_end, &da, &db)) {
    *cue_at = j;
    *a = da;
    *b = db;
    *after = db;
  } else if (stuck && (cue.cls == kSpeech || cue.cls == kBelief) && !cue.noinvert &&
             DescribedSourceAfter(j + len, body_end, &da, &db, &dend)) {
    *cue_at = j;
    *a = da;
    *b = db;
    *after = dend;
  }
}

// The end of the one told that starts at `after` in a closing attribution ("..., Tad Devine told The
// Huffington Post.", "told reporters", "told BBC Radio 4's Today programme"), when the phrase runs to
// the end or a comma; else `after`.
uint32_t ClaimFinder::ToldEnd(uint32_t after, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  uint32_t oa, ob;
  uint32_t o = after;
  if (NpAfter(after, body_end, &oa, &ob)) {
    after = o = ob;
    // a programme of a channel: "told BBC Radio 4's World At One", and its last noun ("... programme.")
    while (o < body_end && o < ob + 6 &&
           (toks[o].kind == TokKind::kNumber || toks[o].lower == "'s" || (IsWord(toks[o]) && toks[o].cap)))
      ++o;
    if (o > after && o < body_end && IsWord(toks[o]) && !toks[o].cap &&
        (o + 1 == body_end || IsPunct(toks[o + 1], ',')))
      ++o;
  } else {  // "told reporters", "told a news conference"
    while (o < body_end && o < after + 5 && IsWord(toks[o]) && !TokIn(toks[o], kComplement)) ++o;
  }
  return o > after && (o == body_end || IsPunct(toks[o], ',')) ? o : after;
}

void ClaimFinder::ClosingAttributionSite(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  // 1. a closing attribution: "..., the IMF said." / "..., said O'Neill." / "..., according to X."
  //    also mid-sentence: "..., top lawmakers said Friday, as they ..."
  for (int64_t k = static_cast<int64_t>(body_end) - 2; k > static_cast<int64_t>(sf); --k) {
    const Tok& t = toks[static_cast<size_t>(k)];
    if (InStandalone(static_cast<uint32_t>(k))) {
      // (a quote joined on by "and" / "but" after the attribution: the words before are read)
      const Quote& q = doc_.quotes[static_cast<size_t>(t.quote)];
      if (q.open <= sf || !AfterAttributionJoin(q.open, ParaStart(q.open))) break;
      k = q.open;
      continue;
    }
    if (!IsPunct(t, ',')) continue;
    uint32_t j = static_cast<uint32_t>(k) + 1;
    // a quoted phrase that ends the content, its comma inside the marks: 'using the tax
    // “is a misguided approach,” said Mr. Burman.'
    if (j < body_end && t.quote >= 0 && doc_.toks[j].kind == TokKind::kCloseQuote) ++j;
    uint32_t len = 0, a = kNone, b = kNone, cue_at = kNone, after = kNone;
    int ci = MatchCue(doc_, j, body_end, &len);
    if (ci >= 0) {
      SourceAfterCue(lex_.cues[static_cast<size_t>(ci)], j, len, body_end, &a, &b, &cue_at, &after);
    } else if (toks[j].lower != "which") {
      // (", which the Tories deny": a relative clause, whose content is not the sentence before it)
      bool used_adjective = false, postmod_seen = false;
      for (uint32_t m = j + 1; m < body_end && m < j + 12; ++m) {
        if (uint32_t r = SkipInsideSource(m, body_end); r != m) {
          m = r;
          continue;
        }
        if (!IsWord(toks[m])) break;
        int c2 = MatchCue(doc_, m, body_end, &len);
        // (a document noun that is a cue verb as well is the noun when a cue follows it: "..., the
        // report says", not "..., they report" or "..., analysts report.")
        uint32_t next_len = 0;
        if (c2 >= 0 && TokIs(toks[m], kDocumentNoun) && !toks[m].cap &&
            !TokIs(toks[m - 1], kPronoun | kAux) && MatchCue(doc_, m + 1, body_end, &next_len) >= 0)
          c2 = -1;
        if (c2 >= 0) {
          const Cue& cue = lex_.cues[static_cast<size_t>(c2)];
          bool adjectives = true;
          uint32_t na, nb;  // "..., political scientist Dossym Satpayev says"
          if ((cue.cls == kSpeech || cue.cls == kBelief) && DescribedNameAfter(j, m, &na, &nb) && nb == m) {
            a = na;
            b = nb;
            ci = c2;
            cue_at = m;
            after = m + len;
          } else if ((cue.cls == kSpeech || cue.cls == kBelief) && FindSubject(j, m, &a, &b)) {
            for (uint32_t x = j; x < a; ++x) adjectives &= IsWord(toks[x]) && !toks[x].cap;
            // a description before the name: "..., his top aide, Tad Devine, told"
            bool described = a > j + 1 && a - j <= 6 && IsPunct(toks[a - 1], ',');
            for (uint32_t x = j; described && x + 1 < a; ++x) described = IsWord(toks[x]) && !toks[x].cap;
            // (adjectives only before a noun for people: not "..., an accusation the United
            // States denies", a relative clause)
            if (used_adjective && toks[b - 1].cap) break;
            if ((a - j <= 3 && adjectives) || described) {
              ci = c2;
              cue_at = m;
              after = m + len;
            }
          }
          break;
        }
        // (adjectives before a noun for people: "..., top black lawmakers said")
        bool adjective = m < j + 3 && !toks[m].cap && toks[m].kind != TokKind::kNumber &&
                         !TokIs(toks[m], kFunction | kAux | kPronoun | kNarrator | kPostMod | kTimeWord) &&
                         !TokIn(toks[m], kComplement);
        // ("..., current and former officials said")
        bool joined = (toks[m].lower == "and" || toks[m].lower == "or") && m < j + 3 && IsWord(toks[m - 1]) &&
                      !toks[m - 1].cap && m + 1 < body_end && IsWord(toks[m + 1]) && !toks[m + 1].cap;
        // ("..., a spokesman for the Home Office said", "..., officials at the bank said")
        bool postmod = !postmod_seen && m > j && PersonPostMod(m);
        postmod_seen |= postmod;
        if (!NpWord(m) && !TokIs(toks[m], kAux) && !adjective && !joined && !postmod) break;
        used_adjective |= adjective && !NpWord(m);
      }
    }
    if (cue_at == kNone || consumed_[cue_at]) continue;
    // "..., as Mrs. Clinton put it.": a cue of a clause only ("put it", "read") after "as" names
    // the words just before it, most often a quoted phrase, not the sentence they end
    if (lex_.cues[static_cast<size_t>(ci)].quoting && TokIn(toks[j], kCircumstance)) continue;
    // the one told: "..., Tad Devine told The Huffington Post."
    if (after == cue_at + len && lex_.cues[static_cast<size_t>(ci)].obj) after = ToldEnd(after, body_end);
    // after the attribution: only time words, or where it was said, then the end or a comma
    after = AfterAttribution(after, body_end);
    if (after < body_end && !IsPunct(toks[after], ',')) continue;
    if (after < body_end && after + 1 < body_end && (TokIn(toks[after + 1], kComplement))) continue;
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
    uint32_t right_end = kNone;
    // ("The problem, said Ann Lee, head of the firm, is cost": the sentence goes on after the
    // description of the one named)
    const bool named_after = a != kNone && a > cue_at;
    if (after + 1 < body_end && ce == static_cast<uint32_t>(k) && named_after &&
        DescribesSpeaker(after + 1, body_end))
      after = DescriptionEnd(after + 1, body_end);
    if (ce == static_cast<uint32_t>(k)) right_end = SentenceGoesOn(after + 1, body_end, named_after);
    if (right_end != kNone) words += WordsIn(after + 1, right_end);
    if (words < 3 || has_quote) break;
    // "whether, as the Conservatives claim, he plans to raise tax": an aside of "as" before a clause
    // with its subject names that clause ("The economy, as Smith said, is weak" is one sentence)
    if (right_end != kNone && toks[j].lower == "as" && SubjectOpens(after + 1, right_end))
      std::tie(cf, ce, right_end) = std::make_tuple(after + 1, right_end, kNone);
    Site s;
    s.Set(a, b, cue_at, len,
          lex_.cues[static_cast<size_t>(ci)].cls == kAccording ? kSpeech
                                                               : lex_.cues[static_cast<size_t>(ci)].cls);
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
}

// "The industry, she said, is doing better": after a mid-sentence attribution the sentence goes on
// at token x, and what follows is the speaker's too, unless it opens the writer's own clause (", she
// said, as ...", ", he said, adding ...") or describes a speaker named after the cue (`named_after`).
// Where the speaker's words end, or kNone.
uint32_t ClaimFinder::SentenceGoesOn(uint32_t x, uint32_t body_end, bool named_after) const {
  const auto& toks = doc_.toks;
  if (x >= body_end || !IsWord(toks[x]) || InStandalone(x)) return kNone;
  // (a reason is the speaker's whatever its subject: "..., Graham said, since most voters ...")
  if (TokIs(toks[x], kNarrator) && !SpeakersConjunction(x, body_end) && !TokIn(toks[x], kReasonJoin))
    return kNone;
  // (a description of a speaker named after the cue; "Mr. Obama said, a majority ..." goes on)
  if (named_after && DescribesSpeaker(x, body_end)) return kNone;
  uint32_t len = 0;
  int c = MatchCue(doc_, x, body_end, &len);
  // a finite verb of speech goes on the speaker's sentence ("CNN, Cruz said, called the announcement
  // significant"); a participle opens the writer's (", he said, adding that"); after a speaker named
  // last, a cue word more often opens a description of the speaker (", estimates James Goodman,
  // report author and ...")
  bool finite_cue = c >= 0 && lex_.cues[static_cast<size_t>(c)].cls != kParticiple &&
                    !toks[x].lower.ends_with("ing") && !named_after;
  uint32_t end = ContentEnd(x, body_end);
  if ((c >= 0 && !finite_cue) || WordsIn(x, end) < 2) return kNone;
  return end;
}

// The cue that token c opens in sentence [sf, body_end) as CueSites reads it, or nullptr; *len
// its length. A participle after "is" / "was" is its sentence's verb ("Clinton is stressing that
// ...": *as_verb holds the cue then); inside another's speech (`nested`) only speech and belief.
const Cue* ClaimFinder::CueAt(uint32_t sf, uint32_t c, uint32_t body_end, bool nested, uint32_t* len,
                              Cue* as_verb) const {
  const auto& toks = doc_.toks;
  int ci = MatchCue(doc_, c, body_end, len);
  if (ci < 0) return nullptr;
  const Cue* cue = &lex_.cues[static_cast<size_t>(ci)];
  if (nested && ((cue->cls != kSpeech && cue->cls != kBelief) || cue->notspeech)) return nullptr;
  if (cue->cls == kParticiple && Progressive(sf, c)) {
    *as_verb = *cue;
    as_verb->cls = kSpeech;
    cue = as_verb;
  }
  // a cue of a stance toward a named one only ("fought", "distrusts") is an act, never speech
  // (IsStatement): it opens no claim, and the sentence pass reads its stance
  if (cue->cls == kSpokeTo || cue->cls == kMet || cue->opener || cue->named) return nullptr;
  // a capitalized word inside a sentence is a title's ("Voters Worried About ..."), unless the cue
  // may open a headline's claim ("Obama Says ...")
  if (toks[c].cap && c > sf && !cue->strong) return nullptr;
  // an infinitive is the cue of its own subject only after a verb that hands it on ("appeared
  // to suggest"); "forced Kadzik to testify" is not Kadzik testifying
  if (c > sf && toks[c - 1].lower == "to" && cue->cls != kAccording) {
    uint32_t r = c - 1;
    if (r > sf && toks[r - 1].lower == "on") --r;
    if (r == sf || !TokIs(toks[r - 1], kRaising)) return nullptr;
  }
  return cue;
}

// Inside another's speech only a clause is the inner speaker's: "said Green had told her that the
// council would resign" ("said Trump will insist on being Trump" is no speech of Trump's).
bool ClaimFinder::NestedClause(uint32_t cstart, uint32_t last) const {
  const auto& toks = doc_.toks;
  std::string_view w0 = toks[cstart].lower;
  if (w0 == "on" || w0 == "of" || w0 == "in" || w0 == "about" || w0 == "for" || w0 == "with" || w0 == "to")
    return false;
  bool opens = TokIn(toks[cstart - 1], kComplement) || TokIs(toks[cstart], kPronoun);
  // (a subject of several words: "who says the United States and allies should contribute")
  for (uint32_t m = cstart; m < last && m < cstart + 8 && !opens && !TokIn(toks[m], kComplement); ++m)
    opens = TokIs(toks[m], kAux) && !TokIs(toks[m], kPronoun);
  return opens;
}

// Is the cue word of len tokens at c in sentence [sf, body_end) a noun? After an article or a
// possessive ("the attack", "their advocates"), and before a verb of its own after no subject
// ("The first attack was treated as"; "which he believes is unreformable", "Mr Banks said had the
// government not ..." are cues). Also "That said, ...", which opens a sentence as a phrase.
bool ClaimFinder::NounNotCue(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  // "That said, Cruz cannot ...": a phrase that opens the sentence, no one's speech
  if (c == sf + 1 && TokIn(toks[sf], kComplement) && c + len < body_end && IsPunct(toks[c + len], ','))
    return true;
  if (c + len < body_end && c > sf && !toks[c - 1].cap && !TokIs(toks[c - 1], kPronoun)) {
    std::string_view nx = toks[c + len].lower;
    if (nx == "is" || nx == "was" || nx == "were" || nx == "are" || nx == "has" || nx == "had" ||
        nx == "have")
      return true;
  }
  // ("The show will include": an article that opens the sentence)
  if (c == sf || (toks[c - 1].cap && !(c - 1 == sf && TokIs(toks[c - 1], kDeterminer)))) return false;
  std::string_view pv = toks[c - 1].lower;
  return pv == "the" || pv == "a" || pv == "an" || pv == "his" || pv == "its" || pv == "their" ||
         pv == "our" || pv == "my" || pv == "your";
}

// Does the participle cue of len tokens at c open what its sentence's subject says? After a
// comma, a quote that ends in one ('“...,” adding that'), a document ("a letter saying"), or right
// before "that" ("ended the speech saying that ...", "was criticized for saying that ..."), but not
// in the writer's "it is worth noting that", "it goes without saying that"; or after a preposition
// of the subject's act (ClauseAfterPreposition).
bool ClaimFinder::ParticipleOpens(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  bool after_comma =
      c > sf && (IsPunct(toks[c - 1], ',') || (TokIs(toks[c - 1], kDocumentNoun) && !toks[c - 1].cap) ||
                 (toks[c - 1].kind == TokKind::kCloseQuote && c >= sf + 2 && IsPunct(toks[c - 2], ',')));
  bool that = c + len < body_end && TokIn(toks[c + len], kComplement) && c > sf &&
              toks[c - 1].lower != "worth" && toks[c - 1].lower != "without";
  return after_comma || that || ClauseAfterPreposition(sf, c, len, body_end);
}

void ClaimFinder::CueSites(uint32_t sf, uint32_t sl, uint32_t body_end, size_t first_site, SiteIndex* index) {
  const auto& toks = doc_.toks;
  // 2. cues left to right
  uint32_t last_np_first = kNone, last_np_last = kNone;
  for (; index->indexed < sites_.size(); ++index->indexed)  // sites by np_first, indexed as they come
    if (sites_[index->indexed].np_first != kNone)
      index->by_np.emplace(sites_[index->indexed].np_first, index->indexed);
  size_t last_site = SIZE_MAX;  // the last site (in the order found) whose phrase is in this sentence
  for (auto it = index->by_np.lower_bound(sf); it != index->by_np.end() && it->first < sl; ++it)
    if (last_site == SIZE_MAX || it->second > last_site) last_site = it->second;
  if (last_site != SIZE_MAX) {
    last_np_first = sites_[last_site].np_first;
    last_np_last = sites_[last_site].np_last;
  }
  for (uint32_t c = sf; c < body_end; ++c) {
    // a word that starts no cue phrase is no cue (CueAt): most words
    if (!IsWord(toks[c]) || !lex_.entries[toks[c].tag].cues || consumed_[c] || InStandalone(c)) continue;
    // a cue inside another's content: speech inside speech ("The mayor said Green had told him")
    CueClass host = kSpeech;
    uint32_t host_np_first = kNone, host_np_last = kNone;  // the subject the cue takes over
    std::pair<size_t, uint32_t> cut;  // an act's site and where its object ends once this cue's is kept
    uint32_t lo = HostOf(sf, c, first_site, &host, &host_np_first, &host_np_last, &cut);
    bool nested = lo != sf;
    if (nested && (c <= lo || (host != kSpeech && host != kBelief))) continue;
    uint32_t len = 0;
    Cue as_verb;
    const Cue* cue_p = CueAt(sf, c, body_end, nested, &len, &as_verb);
    if (!cue_p) continue;
    const Cue& cue = *cue_p;
    // a passive without "was": "the Khans, criticized strongly by John McCain" (a relation, no claim)
    if (PassiveBy(doc_, c + len, body_end)) continue;
    if (NounNotCue(sf, c, len, body_end)) continue;
    // "hopes of winning", "fears over Kelly's views", "suspected of links": before an "of" or
    // "over" phrase a belief word that is a noun or an adjective as well is that (not a verb of
    // thinking: "he thought of the days when ...")
    std::string_view last_word = toks[c + len - 1].lower;
    if (cue.cls == kBelief && c + len < body_end &&
        (toks[c + len].lower == "of" || toks[c + len].lower == "over") &&
        (last_word.ends_with('s') || last_word.ends_with("ed") || cue.adjective))
      continue;
    Site s;
    s.SetCue(c, len, cue.cls);
    s.sent_first = sf;
    s.sent_last = sl;
    uint32_t a, b, cstart;
    bool loose = false;  // a wide description speaks: only a statement (DescribedSubject)
    if (cue.cls == kAccording) {
      if (!AccordingSite(sf, c, len, body_end, &s)) continue;
    } else {
      // a belief adjective after a comma is the sentence subject's, as a participle is ("Smith left,
      // confident that the bill would pass")
      bool adjective_aside = cue.adjective && c > sf && IsPunct(toks[c - 1], ',');
      uint32_t subject_end = c;
      if (cue.cls == kParticiple || adjective_aside) {
        if (!ParticipleOpens(sf, c, len, body_end)) continue;
        if (last_np_first != kNone) {
          a = last_np_first;
          b = last_np_last;
        } else if (!SentenceSubject(sf, c, &a, &b)) {
          continue;
        }
        s.subject_of_sentence = true;
      } else if (host_np_first != kNone) {
        a = host_np_first;
        b = host_np_last;
      } else if (cue.adjective && (subject_end = AdjectiveVerb(lo, c)) == kNone) {
        continue;
      } else if ((!FindSubject(lo, subject_end, &a, &b) &&
                  (nested || (cue.cls != kSpeech && cue.cls != kBelief) ||
                   (!DescribedSubject(lo, c, &a, &b) && !OpeningSubject(sf, c, &a, &b) &&
                    !(cue.evidence && DocumentSubject(sf, c, &a, &b)) &&
                    !DescribedSubject(lo, c, &a, &b, &loose)))) ||
                 (nested && (cue.cls != kSpeech || !toks[a].cap))) {
        if (nested) continue;  // (inside another's speech: only a named speaker's own speech)
        // "X said ... and warned against ...": a second verb of the same subject
        if (!ConjoinedSubject(sf, c, cue.cls, last_np_first, last_np_last, &a, &b, &loose)) continue;
      }
      if (DocumentAuthor(sf, c, &a, &b)) s.subject_of_sentence = true;
      // a comparison, not a statement: "£2bn more than Mr Brown predicted in his budget"
      if (a > sf && toks[a - 1].lower == "than") continue;
      if (RelativeWithoutPronoun(doc_, sf, c)) continue;  // "the people Ericsson questioned use ..."
      if (UnnamedStance(cue.cls, b)) continue;
      if (PlanNounNotCue(sf, c)) continue;  // "branded the Tory plans as ..."
      // "Hegseth continued, stating that ...": a cue followed by a comma has no content of its own
      uint32_t j = PastAside(c + len, body_end, cue);  // "believes, for example, that"
      if (j < body_end && IsPunct(toks[j], ',') && !CommaClause(j + 1, body_end)) {
        last_np_first = a;
        last_np_last = b;
        continue;
      }
      if (j < body_end && IsPunct(toks[j], ',')) ++j;  // "Mr. Brown said, the economy is ..."
      // (a quote of its own after the cue is a direct claim; a phrase in quote marks opens the
      // content: 'he said "budget reforms" and the collection of taxes would pay for them')
      if (j < body_end && ((toks[j].kind == TokKind::kOpenQuote && j + 1 < body_end && InStandalone(j + 1)) ||
                           InStandalone(j)))
        continue;
      if (cue.obj && cue.cls == kSpeech && TellsAThing(j, body_end)) continue;
      cstart = ContentStart(j, body_end, cue);
      if (cstart >= body_end) continue;
      if (SaysNothing(cstart, body_end) ||
          ((cue.cls == kStance || cue.cls == kBelief) && PrepositionOnly(c, len, cstart, body_end)))
        continue;
      if (cstart == j && AgentOrParticle(cstart, body_end)) continue;  // "concerned by the nature of"
      if (cue.clause && !ClauseAfterCue(c, c + len, j, cstart, body_end)) continue;
      if (!PastSetting(sf, c, &a, &b)) continue;  // "In Sri Lanka, a man said"
      s.SetSubject(a, b);
      s.first = cstart;
      s.last = ContentEnd(cstart, body_end);
      if (loose && ((cue.noun && !cue.evidence) || cue.thing || !StatedClause(cstart, s.last))) continue;
      // "The senator, who said the bill was dead, voted no": only a clause, ending at the comma
      if (IsPunct(toks[b], ',') && RelativeSubject(b, c) && !RelativeClause(cstart, &s.last)) continue;
      if (!IsPunct(toks[b], ',') && RelativeSubject(b, c)) s.last = BareRelativeEnd(cstart, s.last, body_end);
      // "Trump wrote a series of posts, saying that ...": the object of the verb is not what was said
      // (a clause is: "Perdue said he didn't believe it, arguing that ...")
      bool clause = TokIs(toks[cstart], kPronoun);
      for (uint32_t m = cstart; m < s.last && !clause; ++m) clause = ClauseVerb(toks[m]);
      if (nested && !NestedClause(cstart, s.last)) continue;
      // the attribution of a quote that ends in a comma ('"...," Bock told The New York Times in
      // 2013'): what follows the cue is the speaker's only as a clause
      if (!clause && !TokIn(toks[cstart - 1], kComplement) && QuoteBefore(sf, a)) continue;
      if (cue.as && !CharacterizedAs(cstart, s.last)) continue;
      if (cstart == j && WritersCircumstance(cstart, s.last)) continue;
      // content that opens with a phrase in quote marks is a clause ('said "budget reforms" would
      // pay for it') of speech or belief, not a name given ('what lawmakers called "fraud" led Tester to',
      // 'attacked "false" tabloids')
      // ("that" before it says a clause follows: 'saying that “race still determines too much”')
      bool that_clause = cstart > j && TokIn(toks[cstart - 1], kComplement);
      if (toks[cstart].kind == TokKind::kOpenQuote &&
          (!(clause || that_clause) || (cue.cls != kSpeech && cue.cls != kBelief && cue.cls != kParticiple)))
        continue;
      if (cue.cls == kSpeech && !clause && s.last < body_end && cstart < body_end &&
          !TokIn(toks[cstart], kComplement) && (cstart == 0 || !TokIn(toks[cstart - 1], kComplement))) {
        uint32_t n = s.last;
        while (n < body_end && (toks[n].kind == TokKind::kPunct)) ++n;
        uint32_t l2 = 0;
        int c2 = MatchCue(doc_, n, body_end, &l2);
        if (c2 >= 0 && lex_.cues[static_cast<size_t>(c2)].cls == kParticiple) continue;
      }
    }
    if (WordsIn(s.first, s.last) < 2) continue;
    if (!nested) {  // (a participle later in the sentence still goes with the outer speaker)
      last_np_first = s.np_first;
      last_np_last = s.np_last;
    }
    ConsumeCue(s, c, len);
    if (cut.first != SIZE_MAX) sites_[cut.first].last = cut.second;
    sites_.push_back(std::move(s));
    c += len - 1;
  }
}

}  // namespace claimgraph::extract::claims
