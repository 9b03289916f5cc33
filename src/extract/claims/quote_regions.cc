// Claims, stage 1: quote regions. Which quotes stand on their own, the sentences
// around them, and a site (cue + speaker phrase) for each direct quote.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "extract/claims/finder.h"

namespace claimgraph::extract::claims {

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
                  IsPunct(*prev, '(') || IsPunct(*prev, ';') || prev_cue || AfterAttributionJoin(q.open, ps);
    bool next_clause = true;
    if (next && IsWord(*next) && !next->cap && !ends_punct) {
      // a quote that ends on a word and runs on into lower-case text is part of a sentence,
      // unless an attribution follows ("...” he said)
      uint32_t len = 0;
      bool cue = MatchCue(doc_, q.close + 1, ParaEnd(q.open), &len) >= 0;
      bool pron = TokIs(*next, kPronoun) || next->lower == "the";
      next_clause = cue || pron;
    }
    // a quote of whole sentences that opens a sentence stands on its own even when the writer's
    // words finish its last one ("“I wouldn't call it reform. It's just a tax increase” for the
    // top bracket.")
    bool whole_sentences = false;
    for (uint32_t k = q.first; starts && !next_clause && k + 1 < q.last && !whole_sentences; ++k)
      whole_sentences = toks[k].kind == TokKind::kEnd && toks[k + 1].cap && WordsIn(q.first, k) >= 3;
    bool ends = !q.closed || !next || ends_punct || next->kind != TokKind::kWord || next->cap ||
                next_clause || whole_sentences;
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

// A quote joined to a mid-sentence attribution by "and" / "but": "“You know, I love Larry,” he said,
// but “when it comes to energy issues, ...”", "Mills “got an immunity agreement,” Jordan said, and
// still “got to sit in on ...”": the quote goes on with the speaker's words.
bool ClaimFinder::AfterAttributionJoin(uint32_t open, uint32_t ps) const {
  const auto& toks = doc_.toks;
  uint32_t c = open;
  if (c > ps && IsWord(toks[c - 1]) && !toks[c - 1].cap &&
      (toks[c - 1].lower == "still" || toks[c - 1].lower == "also" || toks[c - 1].lower == "then"))
    --c;
  if (c < ps + 3 || (toks[c - 1].lower != "and" && toks[c - 1].lower != "but") || !IsPunct(toks[c - 2], ','))
    return false;
  uint32_t len = 0;
  int ci = MatchCue(doc_, c - 3, c - 2, &len);
  return ci >= 0 && lex_.cues[static_cast<size_t>(ci)].cls == kSpeech;
}

uint32_t ClaimFinder::DatelineEnd(uint32_t pf, uint32_t pl) {
  const auto& toks = doc_.toks;
  uint32_t k = pf;
  while (k < pl && k - pf < 4 && IsWord(toks[k]) && AllCaps(toks[k])) ++k;
  if (k == pf) return pf;
  // the place is one the article's entities know ("NATO - the alliance said" opens no dateline)
  bool place = false;  // (before the entity index is built: the mentions themselves)
  for (const Entity& e : out_->entities)
    if (e.type == EntityType::kPlace || e.type == EntityType::kCountry)
      for (const auto& m : e.mentions) place |= m.start == toks[pf].start;
  if (!place) return pf;
  if (k < pl && IsPunct(toks[k], ',')) {  // ", Fla.", ", Calif."
    ++k;
    while (k < pl && k - pf < 8 && ((IsWord(toks[k]) && toks[k].cap) || toks[k].kind == TokKind::kEnd)) ++k;
  }
  if (k < pl && IsPunct(toks[k], '(')) {  // the agency
    while (k < pl && k - pf < 14 && !IsPunct(toks[k], ')')) ++k;
    if (k >= pl) return pf;
    ++k;
  }
  return k + 1 < pl && (toks[k].kind == TokKind::kDash || IsPunct(toks[k], '-')) ? k + 1 : pf;
}

void ClaimFinder::SplitSentences() {
  const auto& toks = doc_.toks;
  sentence_of_.assign(toks.size(), 0);
  for (const auto& [pf, pl] : doc_.paras) {
    uint32_t start = pf;
    uint32_t k = pf;
    // a dateline is a sentence of its own: no claim and no stance target opens with it
    if (uint32_t d = DatelineEnd(pf, pl); d > pf) {
      sentences_.emplace_back(pf, d);
      start = k = d;
    }
    while (k < pl) {
      if (toks[k].kind == TokKind::kOpenQuote && toks[k].quote < 0 && k + 1 < pl && InStandalone(k + 1)) {
        const Quote& q = doc_.quotes[static_cast<size_t>(toks[k + 1].quote)];
        k = q.closed ? q.close + 1 : pl;
        // a quote that ends its sentence ('... added: “They have learned nothing.” By contrast,
        // he said, ...'): the writer's next sentence starts after it
        if (q.closed && q.last > q.first && toks[q.last - 1].kind == TokKind::kEnd && k < pl &&
            IsWord(toks[k]) && toks[k].cap) {
          sentences_.emplace_back(start, k);
          start = k;
        }
        continue;
      }
      if (toks[k].kind == TokKind::kEnd) {
        uint32_t n = k + 1;
        while (n < pl && (toks[n].kind == TokKind::kCloseQuote || IsPunct(toks[n], ')'))) ++n;
        // (or a parenthesis holding sentences of its own: "..., Mr. Sykes said. (Just take a look.)",
        // not the agency after a dateline: "ORLANDO, Fla. (Reuters) - ...")
        bool aside = false;
        if (n + 1 < pl && IsPunct(toks[n], '(') && IsWord(toks[n + 1]) && toks[n + 1].cap) {
          uint32_t c = n + 1;
          while (c < pl && c - n < 120 && !IsPunct(toks[c], ')')) ++c;
          aside = c < pl && IsPunct(toks[c], ')') && toks[c - 1].kind == TokKind::kEnd;
        }
        bool brk = n >= pl || toks[n].cap || toks[n].kind == TokKind::kOpenQuote ||
                   toks[n].kind == TokKind::kNumber || toks[n].kind == TokKind::kDash || toks[n].reopen ||
                   aside;
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
void ClaimFinder::FindQuoteSites() {
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
    bool found = TranscriptInQuote(q, ps, pe, &s);
    if (!found) found = SignedQuote(q, ps, pe, &s);
    if (!found) found = AttributionAfter(q, ps, pe, &s);
    if (!found) found = UnreadSourceAfter(q, ps, pe, &s);
    bool before = false;
    if (!found) found = before = AttributionBefore(q, ps, pe, &s);
    if (!found && q.open == ps && ps > 0) found = IntroductionBefore(ps - 1, &s);
    // (a quote joined to an attribution by "and" / "but" leaves the cue to what comes before it)
    if (found && before && AfterAttributionJoin(q.open, ps)) {
    } else if (found) {
      for (uint32_t k = s.cue_first; k != kNone && k < s.cue_first + s.cue_len; ++k) consumed_[k] = 1;
      for (uint32_t k = s.np_first; k < s.np_last; ++k) consumed_[k] = 1;
    } else {
      s.inherit = true;
    }
    sites_.push_back(std::move(s));
    if (before) LeadInSite(q, sites_.back());
  }
}

// Reported speech that runs into the quote its cue introduces: "Mr. Obama said the museum would
// document the stories of Americans -- “the president but also the slave”", "She added that most
// of the vote seems anti-Trump, which is a problem because, “...”": the words between the cue and
// the quote are the speaker's too, as an indirect claim, when they make a clause.
void ClaimFinder::LeadInSite(const Quote& q, const Site& quote_site) {
  const auto& toks = doc_.toks;
  if (quote_site.cue_first == kNone || quote_site.np_first == kNone ||
      (quote_site.cls != kSpeech && quote_site.cls != kBelief))
    return;
  uint32_t j = quote_site.cue_first + quote_site.cue_len;
  if (j >= q.open || toks[quote_site.cue_first].kind != TokKind::kWord) return;
  // a quote that goes on with the sentence's verb ('He added that workers who are not in a
  // union, “stand little chance”'): the words before it are its subject, no clause of their own
  const Tok& q0 = toks[q.first];
  if (IsWord(q0) && !q0.cap && !TokIs(q0, kNarrator | kDeterminer | kPronoun)) return;
  uint32_t len = 0;
  int ci = MatchCue(doc_, quote_site.cue_first, j, &len);
  if (ci < 0) return;
  const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
  uint32_t start = ContentStart(j, q.open, cue);
  if (start >= q.open) return;
  uint32_t end = ContentEnd(start, q.open);
  // (a clause of its own: "said that if his candidate won, “she would sign it”" is one sentence)
  if (WordsIn(start, end) < 4 || TokIs(toks[start], kNarrator)) return;
  bool clause = toks[start - 1].lower == "that" || TokIs(toks[start], kPronoun);
  for (uint32_t k = start; k < end && !clause; ++k) clause = ClauseVerb(toks[k]);
  if (!clause) return;
  Site s = quote_site;
  s.quote = -1;
  s.first = start;
  s.last = end;
  s.sent_first = sentences_[sentence_of_[start]].first;
  s.sent_last = sentences_[sentence_of_[start]].second;
  sites_.push_back(std::move(s));
}

bool ClaimFinder::IntroductionBefore(uint32_t colon, Site* s) const {
  const auto& toks = doc_.toks;
  if (!IsPunct(toks[colon], ':') || colon == 0) return false;
  uint32_t sf = sentences_[sentence_of_[colon]].first;
  // the cue ends the paragraph, but for when it was said: "Caddell continued on Friday:"
  for (uint32_t m = colon; m > sf && colon - m < 6;) {
    --m;
    if (!IsWord(toks[m]) || toks[m].quote >= 0) return false;
    uint32_t len = 0;
    int ci = MatchCue(doc_, m, colon, &len);
    if (ci < 0) continue;
    const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
    if ((cue.cls != kSpeech && cue.cls != kBelief) || cue.opener || AfterAttribution(m + len, colon) != colon)
      return false;
    uint32_t a, b;
    if (!FindSubject(sf, m, &a, &b) && !DescribedSubject(sf, m, &a, &b)) return false;
    s->Set(a, b, m, len, cue.cls);
    return true;
  }
  return false;
}

// A paragraph introduced by the one before ("Limbaugh added:") that is no quote: each of its
// sentences is the speaker's (indirect, as no quote marks say the words are theirs).
void ClaimFinder::IntroducedParagraphSites() {
  const auto& toks = doc_.toks;
  for (const auto& [pf, pl] : doc_.paras) {
    if (pf == 0 || pf >= pl || !IsPunct(toks[pf - 1], ':') || !IsWord(toks[pf])) continue;
    bool quoted = false;
    for (uint32_t k = pf; k < pl && !quoted; ++k) quoted = toks[k].quote >= 0 || consumed_[k];
    if (quoted) continue;
    Site intro;
    if (!IntroductionBefore(pf - 1, &intro)) continue;
    for (uint32_t si = sentence_of_[pf]; si < sentences_.size() && sentences_[si].first < pl; ++si) {
      auto [sf, sl] = sentences_[si];
      uint32_t ce = ContentEnd(sf, std::min(BodyEnd(sf, sl), pl));
      if (WordsIn(sf, ce) < 2) continue;
      Site s = intro;
      s.first = sf;
      s.last = ce;
      s.sent_first = sf;
      s.sent_last = sl;
      sites_.push_back(std::move(s));
    }
    for (uint32_t k = pf; k < pl; ++k) consumed_[k] = 1;
    for (uint32_t k = intro.cue_first; k < intro.cue_first + intro.cue_len; ++k) consumed_[k] = 1;
  }
}

// A transcript inside quote marks: “PENCE: Well, look, ...”
bool ClaimFinder::TranscriptInQuote(const Quote& q, uint32_t ps, uint32_t pe, Site* s) {
  const auto& toks = doc_.toks;
  bool found = false;
  // a transcript inside quote marks: “PENCE: Well, look, ...”
  {
    uint32_t k = q.first;
    while (k < q.last && k - q.first < 3 && IsWord(toks[k]) && AllCaps(toks[k])) ++k;
    if (k > q.first && k + 2 < q.last && IsPunct(toks[k], ':')) {
      s->Set(q.first, k, k, 1);
      s->first = k + 1;
      found = true;
    }
  }
  return found;
}

// A signed quote: “...” ― Sonya Herridge (a dash, then a name that ends the paragraph).
bool ClaimFinder::SignedQuote(const Quote& q, uint32_t ps, uint32_t pe, Site* s) {
  const auto& toks = doc_.toks;
  bool found = false;
  // a signed quote: “...” ― Sonya Herridge (a dash, then a name that ends the paragraph)
  if (q.closed && q.close + 2 < pe && toks[q.close + 1].kind == TokKind::kDash) {
    uint32_t a, b;
    if (NpAfter(q.close + 2, pe, &a, &b) && toks[a].cap &&
        (b == pe || IsPunct(toks[b], ',') || toks[b].kind == TokKind::kEnd)) {
      s->Set(a, b, q.close + 1, 1);
      found = true;
    }
  }
  // a paragraph of quotes signed once at its end: “...” And that's all he has “...” ― Ann Reid.
  if (!found && q.closed && q.open == ps) {
    uint32_t dash = kNone;
    for (uint32_t d = pe; d > q.close + 1 && d + 8 > pe && dash == kNone; --d)
      if (toks[d - 1].kind == TokKind::kDash) dash = d - 1;
    uint32_t a, b;
    if (dash != kNone && toks[dash - 1].kind == TokKind::kCloseQuote && NpAfter(dash + 1, pe, &a, &b) &&
        toks[a].cap && (b == pe || (toks[b].kind == TokKind::kEnd && b + 1 == pe))) {
      s->Set(a, b, dash, 1);
      found = true;
    }
  }
  return found;
}

// After the quote: "...,” Hegseth stated / ,” he added / ,” said O'Neill / ,” according to X".
bool ClaimFinder::AttributionAfter(const Quote& q, uint32_t ps, uint32_t pe, Site* s) {
  const auto& toks = doc_.toks;
  bool found = false;
  // after the quote: "...,” Hegseth stated / ,” he added / ,” said O'Neill / ,” according to X
  if (q.closed && q.close + 1 < pe) {
    uint32_t j = q.close + 1;
    if (IsPunct(toks[j], ',')) ++j;
    uint32_t len = 0;
    int ci = j < pe ? MatchCue(doc_, j, pe, &len) : -1;
    if (ci >= 0) {
      const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
      uint32_t a, b;
      uint32_t after = j + len;
      if (cue.cls == kAccording || cue.cls == kSpeech || cue.cls == kBelief) {
        // a description before the name: ",” said panel Chairman Jason Chaffetz", ",” said 9/11
        // widow Terry Strada" (the name is the speaker)
        uint32_t k = after;
        while (k < pe && k < after + 4 && !toks[k].cap &&
               (toks[k].kind == TokKind::kNumber || IsPunct(toks[k], '/') ||
                (IsWord(toks[k]) && !TokIs(toks[k], kPronoun | kAux | kFunction | kTimeWord) &&
                 toks[k].lower != "that" && toks[k].lower != "in" && toks[k].lower != "on" &&
                 toks[k].lower != "at" && toks[k].lower != "of")))
          ++k;
        bool described = k > after && k < pe && toks[k].cap && IsWord(toks[k]) && NpAfter(k, pe, &a, &b);
        if (described || NpAfter(after, pe, &a, &b)) {
          s->Set(a, b, j, len, cue.cls);
          found = true;
        }
      }
    } else if (j < pe && PastTenseAttribution(q, j, pe)) {
      found = SourceAfterPastTense(j, pe, s);
    } else {
      for (uint32_t m = j; m < pe && m < j + 30; ++m) {
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
          // an appositive: "...,” Flynn, a top Trump surrogate, said", or several: "...,” Scott
          // Pruitt, the attorney general of Oklahoma, one of the states suing, said"; the period of
          // an abbreviation ends none ("...,” Mitch McConnell, R-Ky., said")
          uint32_t r = m;
          for (int seg = 0; seg < 3; ++seg) {
            uint32_t e = r + 1;
            while (e < pe && e < r + 16 && !IsPunct(toks[e], ',') && toks[e].kind != TokKind::kOpenQuote &&
                   !(toks[e].kind == TokKind::kEnd && !(e + 1 < pe && IsPunct(toks[e + 1], ','))))
              ++e;
            if (e + 1 < pe && toks[e].kind == TokKind::kEnd) ++e;  // the abbreviation's comma
            if (!(e + 1 < pe && IsPunct(toks[e], ','))) break;
            r = e;
            if (IsWord(toks[r + 1]) && MatchCue(doc_, r + 1, pe, &len) >= 0) break;
          }
          if (r > m) {
            m = r;
            continue;
          }
          break;
        }
        if (!IsWord(t)) break;
        int c2 = MatchCue(doc_, m, pe, &len);
        if (c2 >= 0 && m > j) {
          const Cue& cue = lex_.cues[static_cast<size_t>(c2)];
          uint32_t n = m + len;
          // a verb of demanding or judging with no object of its own says the quote ('“Why isn't
          // this proof?” Vitter demanded.', '“It is a disgrace,” Smith protested on Friday.')
          bool speech = cue.cls == kSpeech || cue.cls == kBelief;
          if (!speech && cue.cls != kAccording && cue.cls != kContact) {
            // (up to the sentence's end: '“...,” Gorka urged. “...”' goes on with the next quote)
            uint32_t end = SentenceEndFrom(n, pe);
            uint32_t after = AfterAttribution(n, end);
            if (after < end && !IsPunct(toks[after], ',')) break;
          } else if (!speech) {
            break;
          }
          // the attribution should not introduce a clause of its own ("He said he would ...")
          if (n < pe && (toks[n].lower == "that" ||
                         (TokIs(toks[n], kPronoun) && toks[n].lower != "her" && toks[n].lower != "him")))
            break;
          // nor introduce the next quote: “... mainstream.” He added: “...”
          if (n < pe && (IsPunct(toks[n], ':') || toks[n].kind == TokKind::kOpenQuote) &&
              toks[q.close - 1].kind == TokKind::kEnd)
            break;
          // nor, after a quote that ends its sentence, have an object or content of its own: that
          // is the writer's next sentence (“... the miner.” Reid described the mayor as ...)
          if (toks[q.close - 1].kind == TokKind::kEnd && n < pe && IsWord(toks[n])) {
            // (up to the sentence's period: '“... NOW!” Trump said on Twitter.')
            uint32_t end = pe;
            while (end > n && toks[end - 1].kind == TokKind::kEnd) --end;
            uint32_t after = AfterAttribution(n, end);
            if (after < pe && toks[after].kind != TokKind::kEnd && !IsPunct(toks[after], ',')) break;
          }
          uint32_t a, b;
          if (FindSubject(j, m, &a, &b)) {
            s->Set(a, b, m, len, speech ? cue.cls : kSpeech);
            found = true;
          }
          break;
        }
        // a verb the lexicon does not hold, in the past tense, ends the attribution of a quote
        // that closes on a comma, a question or an exclamation ('“...,” Smith quipped.', '“...?”
        // the nominee riffed on the answer'): only a verb of saying stands there
        if (m > j && PastTenseAttribution(q, m, pe)) {
          uint32_t a, b;
          if (FindSubject(j, m, &a, &b)) {
            s->Set(a, b, m, 1, kSpeech);
            found = true;
          }
          break;
        }
        // "...,” Mr. Morgan of the Sierra Club said": the body a titled name is of
        bool of_body = t.lower == "of" && m > j && m + 2 < pe && toks[m - 1].cap &&
                       toks[m + 1].lower == "the" && toks[m + 2].cap && IsWord(toks[m + 2]);
        if (!NpWord(m) && !TokIs(t, kAux) && !of_body) break;
      }
      if (!found && toks[q.close - 1].kind != TokKind::kEnd) found = LongSourceAfter(j, pe, s);
    }
  }
  return found;
}

bool ClaimFinder::SourceAfterPastTense(uint32_t j, uint32_t pe, Site* s) const {
  const auto& toks = doc_.toks;
  uint32_t a, b, k = j + 1;
  while (k < pe && k < j + 5 && IsWord(toks[k]) && !toks[k].cap &&
         !TokIs(toks[k], kPronoun | kAux | kFunction | kTimeWord) && toks[k].lower != "that")
    ++k;
  if (!NpAfter(k < pe && toks[k].cap ? k : j + 1, pe, &a, &b)) return false;
  uint32_t end = SentenceEndFrom(b, pe);
  uint32_t after = AfterAttribution(b, end);
  if (after < end && !IsPunct(toks[after], ',')) return false;
  s->Set(a, b, j, 1, kSpeech);
  return true;
}

uint32_t ClaimFinder::SentenceEndFrom(uint32_t i, uint32_t pe) const {
  const auto& toks = doc_.toks;
  while (i < pe && toks[i].kind != TokKind::kEnd) ++i;
  return i;
}

bool ClaimFinder::PastTenseAttribution(const Quote& q, uint32_t m, uint32_t pe) const {
  const auto& toks = doc_.toks;
  if (m >= pe || m >= toks.size()) return false;
  const Tok& t = toks[m];
  std::string_view w = t.lower;
  // (a word the lexicons know is no unknown past tense; a participle of putting a document out,
  // "published", is one of the lexicon's grammar words only, and is read as any other here)
  const WordInfo* info = t.Info();
  const bool known = info != nullptr && (info->classes != 0 || (info->grammar & ~kAuthoring) != 0);
  if (!IsWord(t) || t.cap || w.size() < 5 || !w.ends_with("ed") || known) return false;
  // the quote closes on a comma, "?" or "!" inside its marks, not on a period: after a period a
  // word that follows starts the writer's next sentence
  const Tok& last = toks[q.close - 1];
  if (!(IsPunct(last, ',') || last.lower == "?" || last.lower == "!")) return false;
  // and nothing but where, when or how it was said follows the verb (its source, when the verb
  // comes first)
  if (m == q.close + 1 || (m == q.close + 2 && IsPunct(toks[q.close + 1], ','))) return true;
  uint32_t end = SentenceEndFrom(m + 1, pe);
  // (not before a verb of saying: '“...,” a statement issued on behalf of Mr Zoellick said')
  for (uint32_t k = m + 1; k < end; ++k) {
    uint32_t len = 0;
    int ci = MatchCue(doc_, k, end, &len);
    if (ci >= 0 && (lex_.cues[static_cast<size_t>(ci)].cls == kSpeech ||
                    lex_.cues[static_cast<size_t>(ci)].cls == kBelief))
      return false;
  }
  uint32_t after = AfterAttribution(m + 1, end);
  return after >= end || IsPunct(toks[after], ',');
}

// After a quote that ends in a comma, a source phrase the word-by-word reading above stops in
// ("...,” Google's chief human resources executive, Laszlo Bock, told ...", "...,” Fight for $15
// organizing director Kendall Fells told ..."): the first cue of speech in the sentence from token
// j, its subject read back from it. True with the site in *s.
bool ClaimFinder::LongSourceAfter(uint32_t j, uint32_t pe, Site* s) const {
  const auto& toks = doc_.toks;
  for (uint32_t m = j + 1; m < pe && m < j + 32; ++m) {
    const Tok& t = toks[m];
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kOpenQuote || t.quote >= 0 || t.lower == "that" ||
        IsPunct(t, ';') || IsPunct(t, ':'))
      return false;
    uint32_t len = 0;
    int ci = IsWord(t) ? MatchCue(doc_, m, pe, &len) : -1;
    if (ci < 0) continue;
    const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
    if (cue.cls != kSpeech && cue.cls != kBelief) continue;  // ("..., who has not endorsed anyone, told")
    uint32_t a, b;
    bool subject = FindSubject(j, m, &a, &b);
    // "Warren, who has not endorsed a candidate, told": the name before the relative clause
    for (uint32_t k = j + 1; !subject && k + 1 < m; ++k)
      if (toks[k].lower == "who" && IsPunct(toks[k - 1], ',') && IsPunct(toks[m - 1], ','))
        subject = FindSubject(j, k - 1, &a, &b);
    if (!subject || !toks[b - 1].cap) return false;
    s->Set(a, b, m, len, cue.cls);
    return true;
  }
  return false;
}

// An attribution after the quote whose subject is not read.
bool ClaimFinder::UnreadSourceAfter(const Quote& q, uint32_t ps, uint32_t pe, Site* s) {
  const auto& toks = doc_.toks;
  bool found = false;
  // an attribution after the quote whose subject is not read ("...?” a narrator in the
  // Clinton ad asks): the quote has a source of its own, left unresolved, never an
  // earlier or later speaker's
  // (A quote that ends its sentence with a period and is followed by a capitalized word is
  // followed by the writer's next sentence: “... for Australia.” Higher fuel costs are expected.)
  bool next_sentence = q.closed && q.close > q.first && toks[q.close - 1].kind == TokKind::kEnd &&
                       toks[q.close - 1].lower == "." && q.close + 1 < pe && toks[q.close + 1].cap;
  if (q.closed && q.close + 1 < pe && !next_sentence) {
    uint32_t j = q.close + 1;
    if (IsPunct(toks[j], ',')) ++j;
    for (uint32_t m = j; m < pe && m < j + 10 && IsWord(toks[m]) && toks[m].quote < 0; ++m) {
      std::string_view w = toks[m].lower;
      if (w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "also" ||
          w == "not" || IsLyAdverb(toks[m]))
        break;  // a verb phrase of the writer's own ("Higher fuel costs also are expected")
      uint32_t len = 0;
      int ci = MatchCue(doc_, m, pe, &len);
      if (ci < 0) continue;
      const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
      if (m > j + 1 && (cue.cls == kSpeech || cue.cls == kBelief) && !TokIs(toks[j], kPronoun)) {
        s->SetCue(m, len, cue.cls);
        found = true;
      }
      break;
    }
  }
  return found;
}

// Before the quote: X said, “... / X said: “... / X: “...
bool ClaimFinder::AttributionBefore(const Quote& q, uint32_t ps, uint32_t pe, Site* s) {
  const auto& toks = doc_.toks;
  bool found = false;
  // before the quote: X said, “... / X said: “... / X: “...
  if (q.open > ps && q.continues < 0) {
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
      if (cue.cls == kSpokeTo || cue.cls == kMet || cue.opener) continue;
      uint32_t mm = static_cast<uint32_t>(m);
      uint32_t a, b;
      if (cue.cls == kAccording) {
        if (NpAfter(mm + len, scan_end, &a, &b)) found = true;
      } else if (cue.cls == kParticiple) {
        // "footage of Hillary Clinton asking, “...”": a name right before the participle
        // is its agent; after a comma ("..., saying") the sentence's subject is
        auto shown = [&](uint32_t x) {  // "footage of", "a video showing", "heard"
          return x > sf && TokIs(toks[x - 1], kShowing);
        };
        uint32_t n = mm;
        while (n > sf && IsWord(toks[n - 1]) && toks[n - 1].cap && mm - n < 5) --n;
        if (n < mm && shown(n)) {
          a = n;
          b = mm;
          found = true;
        } else {
          found = SentenceSubject(sf, mm, &a, &b);
          s->subject_of_sentence = true;
        }
      } else {
        // ("A source familiar with the plan said, “...”": a description of unnamed sources, as
        // before reported speech)
        found = FindSubject(sf, mm, &a, &b) ||
                (cue.cls == kSpeech && (DescribedSubject(sf, mm, &a, &b) || OpeningSubject(sf, mm, &a, &b)));
        if (!found && IsPunct(toks[mm - (mm > 0)], ',') && NpAfter(mm + len, scan_end, &a, &b)) found = true;
      }
      if (found) {
        s->Set(a, b, mm, len, cue.cls);
      }
      break;
    }
    if (!found && IsPunct(toks[p], ':') && p > sf && p - sf <= 6) {
      // headline style "Trump: “...”"
      uint32_t a, b;
      if (FindSubject(sf, p + 1 > sf ? p : p, &a, &b) && a == sf) {
        s->SetSubject(a, b);
        found = true;
      }
    }
    if (!found && IsPunct(toks[p], ':') && p > sf) {
      // a sentence that introduces the quote: "Jeb Bush broke down what was wrong with it: “...”"
      // (after a name that opens the sentence and its appositive, "Brent Bozell, the group's
      // president, said:", the word before the colon is the verb)
      uint32_t a, b;
      bool subject = SentenceSubject(sf, p, &a, &b) && b < p;
      uint32_t v = subject && a == sf && IsPunct(toks[b], ',') ? p - 1 : b;
      if (subject && IsWord(toks[v]) && !toks[v].cap) {
        s->Set(a, b, p, 1);
        s->subject_of_sentence = true;
        found = true;
      }
    }
  }
  return found;
}

// Where the content of a reported-speech cue starts: after "that", time phrases
// and (for told / asked) the listener.

}  // namespace claimgraph::extract::claims
