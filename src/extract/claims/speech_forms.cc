// Claims, stage 2: speech sites of particular forms (the cue sites themselves: speech_sites.cc):
// reported speech that goes on in the next sentence, "in X's view", forecasts revised, nouns of
// saying after a possessive ("Trump's claim that"), "X said," before a clause, characterizations,
// "according to X".
#include <algorithm>
#include <cstring>

#include "extract/claims/finder.h"
#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {

// Reported speech that goes on in the next sentence without a cue of its own, in the
// conditional of reported speech: "Mr Howard said the £35bn saved would go back into
// services. The £12bn left over would then reduce borrowing." The second sentence is his too
// when it has no quote, no cue and no attribution of its own and speaks in "would" / "could".
void ClaimFinder::ContinuationSites() {
  const auto& toks = doc_.toks;
  std::vector<int64_t> site_of(sentences_.size(), -1);  // per sentence: a site in it (-2: several)
  for (size_t i = 0; i < sites_.size(); ++i) {
    const Site& st = sites_[i];
    uint32_t at = st.quote >= 0 ? doc_.quotes[static_cast<size_t>(st.quote)].open : st.Pos();
    for (uint32_t t : {at, st.first}) {
      if (t >= toks.size()) continue;
      int64_t& slot = site_of[sentence_of_[t]];
      slot = slot == -1 || slot == static_cast<int64_t>(i) ? static_cast<int64_t>(i) : -2;
    }
  }
  size_t found = sites_.size();
  for (uint32_t si = 1; si < sentences_.size(); ++si) {
    if (site_of[si] != -1 || site_of[si - 1] < 0) continue;
    const Site prev = sites_[static_cast<size_t>(site_of[si - 1])];
    if (prev.quote >= 0 || (prev.cls != kSpeech && prev.cls != kBelief) || prev.np_first == kNone ||
        static_cast<size_t>(site_of[si - 1]) >= found)
      continue;
    // (a characterization, "sees X as Y", goes on in no sentence after it)
    uint32_t plen = 0;
    int pci =
        prev.cue_first != kNone ? MatchCue(doc_, prev.cue_first, prev.cue_first + prev.cue_len, &plen) : -1;
    if (pci >= 0 && lex_.cues[static_cast<size_t>(pci)].as) continue;
    auto [sf, sl] = sentences_[si];
    uint32_t body_end = BodyEnd(sf, sl);
    // the speech ran to the end of the sentence before, in the same or the paragraph before (the
    // same paragraph after an attribution inside the sentence: "The levy, he said, would go. ...")
    bool closing = prev.cue_first != kNone && prev.cue_first >= prev.last;  // "..., he added."
    if ((!closing && prev.last + 2 < BodyEnd(sentences_[si - 1].first, sentences_[si - 1].second)) ||
        toks[sf].para > toks[prev.first].para + (prev.gap_first != kNone ? 0 : 1))
      continue;
    // a statement (not a question, nor the writer's condition "If ...") about no one named
    std::string_view w0 = toks[sf].lower;
    bool modal = false, plain = WordsIn(sf, body_end) >= 5 && !TokIs(toks[sf], kPronoun) && w0 != "if" &&
                                w0 != "so" && w0 != "why" && w0 != "how" && w0 != "when" &&
                                !(body_end < sl && toks[body_end].lower == "?");
    for (uint32_t k = sf; k < body_end && plain; ++k) {
      const Tok& t = toks[k];
      if (t.quote >= 0 || t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote || consumed_[k] ||
          IsPunct(t, ':')) {
        plain = false;
        break;
      }
      uint32_t len = 0;
      // (a cue of "X as Y" without its "as" is no cue: "The deal could see thousands of jobs cut")
      int ci = MatchCue(doc_, k, body_end, &len);
      if (ci >= 0 && !(lex_.cues[static_cast<size_t>(ci)].as && !CharacterizedAs(k + len, body_end)))
        plain = false;
      // the conditional of reported speech as a main verb ("what would become ..." is not)
      std::string_view pv = k > sf ? toks[k - 1].lower : std::string_view();
      modal |= (t.lower == "would" || t.lower == "could") && pv != "what" &&
               !(k > sf && TokIn(toks[k - 1], kRelative));
    }
    for (auto m = idx_.AtOrAfter(toks[sf].start);
         m != idx_.mentions().end() && m->pos < toks[body_end - 1].end; ++m)
      plain &= out_->entities[m->ent].type != EntityType::kPerson;  // about someone named: the writer's
    if (!plain || !modal) continue;
    Site s = prev;
    s.first = sf;
    s.last = ContentEnd(sf, body_end);
    s.sent_first = sf;
    s.sent_last = sl;
    sites_.push_back(std::move(s));
  }
}

// "In Mr. Smith's view, ...", "In the words of Senator Jones, ...", "..., in her opinion.":
// the owner of the view says what the rest of the sentence says.
void ClaimFinder::ViewSite(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  // the phrase "in ... view" starting at token i, within [i, hi): its speaker phrase and end
  auto phrase = [&](uint32_t i, uint32_t hi, uint32_t* a, uint32_t* b, uint32_t* end) -> bool {
    if (i + 2 >= hi || toks[i].lower != "in" || consumed_[i]) return false;
    // "in the view of X", "in the words of X"
    if (toks[i + 1].lower == "the" && i + 3 < hi && TokIs(toks[i + 2], kViewNoun) &&
        toks[i + 3].lower == "of") {
      if (!NpAfter(i + 4, hi, a, b) || !toks[*a].cap) return false;
      *end = *b;
      return true;
    }
    // "in X's view", "in his opinion", "in the senator's judgment"
    uint32_t n = i + 1;
    while (n < hi && n - i <= 6 && IsWord(toks[n]) && !TokIs(toks[n], kViewNoun)) ++n;
    if (n >= hi || n - i > 6 || !TokIs(toks[n], kViewNoun) || n < i + 2) return false;
    const Tok& poss = toks[n - 1];
    std::string_view pl = poss.lower;
    if (pl == "his" || pl == "her" || pl == "their") {
      *a = n - 1;
    } else if (EndsPossessive(poss)) {
      *a = i + 1;
    } else {
      return false;
    }
    *b = n;
    *end = n + 1;
    return true;
  };
  uint32_t a, b, end;
  uint32_t start = sf;
  // after an opening connective ("But in Mr. Smith's view, ...")
  if (start + 1 < body_end && TokIs(toks[start], kFunction) && toks[start + 1].lower == "in") ++start;
  if (phrase(start, body_end, &a, &b, &end) && end < body_end && IsPunct(toks[end], ',')) {
    uint32_t ce = ContentEnd(end + 1, body_end);
    if (WordsIn(end + 1, ce) >= 3) {
      AddOneWordCueSite(a, b, start, kSpeech, end + 1, ce, sf, sl);
      sites_.back().cue_len = end - start;  // the cue is the whole phrase
    }
    return;
  }
  // "..., in her view."
  for (uint32_t k = sf + 3; k + 2 < body_end; ++k) {
    if (!IsPunct(toks[k], ',') || InStandalone(k)) continue;
    if (phrase(k + 1, body_end, &a, &b, &end) && end == body_end) {
      uint32_t ce = ContentEnd(sf, k);
      if (WordsIn(sf, ce) >= 3) {
        AddOneWordCueSite(a, b, k + 1, kSpeech, sf, ce, sf, sl);
        sites_.back().cue_len = end - (k + 1);
      }
      return;
    }
  }
}

// "As Ms. Simonyan put it in a statement in July, RT is ...", "As The Atlantic recently noted,
// trust in government is collapsing": the one the "as" clause names says what the rest of the
// sentence says. (A closing "..., as one diplomat put it." is a closing attribution:
// ClosingAttributionSite.)
void ClaimFinder::AsSaidSite(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  uint32_t a, b, c, len, end;
  uint32_t i = sf;
  if (i + 1 < body_end && TokIs(toks[i], kFunction | kNarrator) && toks[i + 1].lower == "as")
    ++i;  // "But as"
  if (i + 2 < body_end && TokIs(toks[i], kFunction | kNarrator) && IsPunct(toks[i + 1], ',') &&
      toks[i + 2].lower == "as")
    i += 2;  // "Yet, as"
  if (!AsSaidClause(i, body_end, &a, &b, &c, &len, &end) || end + 1 >= body_end) return;
  uint32_t cstart = end + 1;
  // a quote after it ('As Mr. Amar put it, "..."'): the quote is the one named's, when no cue
  // of its own gave it a speaker
  if (toks[cstart].kind == TokKind::kOpenQuote && InStandalone(cstart + 1)) {
    for (Site& s : sites_)
      if (s.quote == toks[cstart + 1].quote && s.inherit) {
        s.inherit = false;
        s.Set(a, b, c, len, kSpeech);
        for (uint32_t m = i; m <= end; ++m) consumed_[m] = 1;
      }
    return;
  }
  uint32_t ce = ContentEnd(cstart, body_end);
  if (WordsIn(cstart, ce) < 3) return;
  for (uint32_t m = cstart; m < ce; ++m)
    if (consumed_[m]) return;
  AddOneWordCueSite(a, b, c, kSpeech, cstart, ce, sf, sl);
  sites_.back().cue_len = len;
  for (uint32_t m = i; m <= end; ++m) consumed_[m] = 1;
}

// Does "as" at token `as` open "as X [adverb] put it / said [where or to whom]", ended by a
// comma, a colon or `hi`? X is the subject phrase [*a, *b) right after "as" ("As Steven
// Rosenthal, a tax lawyer, recently put it"); the cue is [*c, *c + *len), and *end the comma,
// colon or `hi`. Not "As president, Obama said" (the subject is not after "as") nor "As Trump
// said this, ..." (a clause of when: the cue has an object).
bool ClaimFinder::AsSaidClause(uint32_t as, uint32_t hi, uint32_t* a, uint32_t* b, uint32_t* c, uint32_t* len,
                               uint32_t* end) const {
  const auto& toks = doc_.toks;
  if (as + 3 >= hi || toks[as].lower != "as" || consumed_[as]) return false;
  const Cue* cue = nullptr;
  uint32_t k = as + 2;
  for (; k < hi && k < as + 30 && !cue; ++k) {
    const Tok& t = toks[k];
    if (!IsWord(t) && !IsPunct(t, ',') && !IsPunct(t, '.')) return false;
    if (!IsWord(t) || t.cap || consumed_[k]) continue;
    int ci = MatchCue(doc_, k, hi, len);
    if (ci < 0) continue;
    cue = &lex_.cues[static_cast<size_t>(ci)];
    if (cue->cls != kSpeech || cue->notspeech || cue->as || cue->denied || cue->opener) return false;
    *c = k;
  }
  if (!cue || !FindSubject(as + 1, *c, a, b, true) || *a > as + 2) return false;
  for (uint32_t m = as + 1; m < *a; ++m)
    if (!IsWord(toks[m])) return false;
  // after the cue: where, when or to whom it was said, with no verb or clause of its own
  uint32_t j = *c + *len;
  bool settings = SettingPhrase(j, hi);
  for (uint32_t m = j; m <= hi && m < j + 14; ++m) {
    if (m == hi || IsPunct(toks[m], ',') || IsPunct(toks[m], ':')) {
      *end = m;
      return true;
    }
    const Tok& t = toks[m];
    uint32_t l = 0;
    // (a cue word after an article or a possessive is a noun: "in its report")
    bool noun = m > j && TokIs(toks[m - 1], kDeterminer);
    if (!IsWord(t) || TokIs(t, kAux) || TokIn(t, kRelative) || (!noun && MatchCue(doc_, m, hi, &l) >= 0))
      return false;
    // it opens with a preposition of where or when, a time or an adverb ("in a statement",
    // "this week", "recently"), the object of a cue that takes one ("told reporters"), or it is
    // made of the words of a setting only ("told a news conference", "said to reporters"); not
    // what was said ("said this,", "vowed to carry on,"), nor with whom ("As Freddy joked with
    // his friend, ...": a clause of when)
    bool time = TokIs(t, kDeterminer) && m + 1 < hi && TokIs(toks[m + 1], kTimeWord);
    bool setting = TokIn(t, kSettingPrep) || time || settings;
    if (m == j && !setting && !IsLyAdverb(t) && !(cue->obj && (t.cap || !TokIs(t, kDeterminer | kPronoun))))
      return false;
  }
  return false;
}

// Is the phrase from token j to the next comma, colon or `hi` made of the words of a setting only,
// where or to whom something was said ("a news conference", "to reporters", "the BBC's Today
// programme"), a setting word, a name or a number each, and ends in a noun: not an article or a
// pronoun ("this", "them", which may be what was said or the one a clause of when is about)?
bool ClaimFinder::SettingPhrase(uint32_t j, uint32_t hi) const {
  const auto& toks = doc_.toks;
  uint32_t m = j;
  for (; m < hi && m < j + 8 && !IsPunct(toks[m], ',') && !IsPunct(toks[m], ':'); ++m) {
    const Tok& t = toks[m];
    if (!IsWord(t) || TokIs(t, kAux) || !(TokIs(t, kSetting) || t.cap || t.kind == TokKind::kNumber))
      return false;
  }
  if (m == j || (m < hi && !IsPunct(toks[m], ',') && !IsPunct(toks[m], ':'))) return false;
  const Tok& head = toks[m - 1];
  return !TokIs(head, kDeterminer | kPronoun | kFunction) && !TokIn(head, kSettingPrep);
}

void ClaimFinder::ForecastSite(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
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
}

void ClaimFinder::NounOfSayingSites(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  // 3. a noun of saying after a possessive: "Trump's claim that ...", "his plan to ...",
  //    "Clinton's call for ..." (the possessor said, or proposes, what follows)
  for (uint32_t c = sf + 1; c + 2 < body_end; ++c) {
    const Tok& t = toks[c];
    if (!IsWord(t) || t.cap || consumed_[c] || InStandalone(c) || !TokIs(t, kClaimNoun | kPlanNoun)) continue;
    std::string_view nx = toks[c + 1].lower;
    bool plan = TokIs(t, kPlanNoun);
    CueClass cls;
    // after a plan noun "that" is a relative pronoun ("little in his plan that matches ...")
    if (nx == "that" && TokIs(t, kClaimNoun))
      cls = kSpeech;
    else if (plan && (nx == "to" || (nx == "for" && TokIs(t, kCallFor))))
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
    std::string_view pl = poss.lower;
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
    if (IsClauseSubject(a, sf)) ce = SubjectClauseEnd(cstart, ce);
    if (WordsIn(cstart, ce) < 2) continue;
    AddOneWordCueSite(a, b, c, cls, cstart, ce, sf, sl);
    sites_.back().possessor = true;
  }
}

// Does the phrase at token a open a clause as its subject: right after "that" or a verb of speech
// whose content opens there ("Cook said Lord Goldsmith's admission that ... suggested ...")?
bool ClaimFinder::IsClauseSubject(uint32_t a, uint32_t sf) const {
  if (a > sf && doc_.toks[a - 1].lower == "that") return true;
  for (const Site& s : sites_)
    if (s.quote < 0 && s.first == a && s.sent_first == sf) return true;
  return false;
}

// The content [cstart, ce) of a noun of saying in a clause's subject ends before that clause's verb
// when the verb is one of speech or belief ("X's admission that his answer was no summary |
// suggested Parliament was misled"); else at ce. (Other verbs are not known: "Y's warning that
// the bridge would fall was ignored" keeps its end, and "stressed Labour's pledge to focus on
// education, when he met parents" is an object's, not a subject's.)
uint32_t ClaimFinder::SubjectClauseEnd(uint32_t cstart, uint32_t ce) const {
  const auto& toks = doc_.toks;
  for (uint32_t k = cstart + 1; k < ce; ++k) {
    uint32_t len = 0;
    if (!IsWord(toks[k]) || toks[k].cap) continue;
    int ci = MatchCue(doc_, k, ce, &len);
    if (ci < 0) continue;
    const Cue& cue = lex_.cues[static_cast<size_t>(ci)];
    if ((cue.cls == kSpeech || cue.cls == kBelief) && !cue.notspeech && !cue.noun) return k;
  }
  return ce;
}

void ClaimFinder::AddOneWordCueSite(uint32_t np_a, uint32_t np_b, uint32_t c, CueClass cls, uint32_t first,
                                    uint32_t last, uint32_t sf, uint32_t sl) {
  Site s;
  s.Set(np_a, np_b, c, 1, cls);
  s.first = first;
  s.last = last;
  s.sent_first = sf;
  s.sent_last = sl;
  consumed_[c] = 1;
  sites_.push_back(std::move(s));
}

// After "X said," without quote marks: does a clause of the speaker's start at token i ("Mr. Brown
// said, the economy is growing", "she said, if elected, she would")? Not a participle or the
// writer's own clause ("continued, saying that", "said, as ..."), nor a phrase set off by commas
// ("said, in a statement, that").
bool ClaimFinder::CommaClause(uint32_t i, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (i >= body_end || !IsWord(toks[i]) || InStandalone(i)) return false;
  const Tok& t = toks[i];
  uint32_t len = 0;
  // "She said, if elected, she would ...", "Rubio says, win or lose in Florida, he is staying": a
  // condition set off by commas before the clause (not the writer's "said, as ...", nor where it was
  // said: "said, in a statement, the ...")
  // (nor a participle's phrase: "said, talking to reporters, Iraq was safer")
  bool participle = t.lower.size() > 4 && (t.lower.ends_with("ing") || t.lower.ends_with("ed"));
  if (!t.cap &&
      (ConditionWord(t.lower) ||
       (!participle && !TokIs(t, kNarrator | kPronoun | kDeterminer | kFunction | kAux))) &&
      !TokIn(t, kSettingPrep | kAsideOpener) && t.kind != TokKind::kNumber) {
    for (uint32_t k = i + 1; k < body_end && k < i + 10; ++k) {
      if (IsPunct(toks[k], ',')) {
        const Tok& n = toks[k + 1 < body_end ? k + 1 : k];
        return k > i + 1 && k + 1 < body_end && (TokIs(n, kPronoun) || (n.cap && !TokIs(n, kFunction))) &&
               CommaClause(k + 1, body_end);
      }
      if (!IsWord(toks[k]) || InStandalone(k) || MatchCue(doc_, k, body_end, &len) >= 0) return false;
    }
    return false;
  }
  if (TokIs(t, kNarrator)) return false;
  if (!TokIs(t, kPronoun | kDeterminer) && !(t.cap && !TokIs(t, kFunction))) return false;
  for (uint32_t k = i; k < body_end && k < i + 8; ++k) {
    const Tok& w = toks[k];
    if (!IsWord(w) || MatchCue(doc_, k, body_end, &len) >= 0) return false;
    if (ClauseVerb(w) && k > i) return true;
  }
  return false;
}

uint32_t ClaimFinder::PastAside(uint32_t j, uint32_t body_end, const Cue& cue) const {
  const auto& toks = doc_.toks;
  if (j + 1 >= body_end || !IsPunct(toks[j], ',') || (cue.cls != kSpeech && cue.cls != kBelief)) return j;
  for (uint32_t m = j + 1; m < body_end && m < j + 5 && IsWord(toks[m]) && !toks[m].cap; ++m)
    if (m + 2 < body_end && IsPunct(toks[m + 1], ',') && toks[m + 2].lower == "that") return m + 2;
  return j;
}

bool ClaimFinder::ClauseAfterCue(uint32_t c, uint32_t after, uint32_t j, uint32_t cstart,
                                 uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (cstart > j && (toks[cstart - 1].lower == "that" || IsPunct(toks[cstart - 1], ':'))) return true;
  return cstart == after && SubjectPronounClause(c, cstart, body_end);
}

// Does a clause open at token i, right after the cue at c, with a subject pronoun ("they", "we",
// not "his" or "them") and a verb of its own after it ("they have", "we can't", "you don't"), not a
// cue? Not after a negation ("did not know they had") or an object ("let them know he is safe"):
// no one holds that belief.
bool ClaimFinder::SubjectPronounClause(uint32_t c, uint32_t i, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (i + 2 >= body_end || !TokIs(toks[i], kPronoun) || TokIs(toks[i], kDeterminer)) return false;
  if (c > 0) {
    std::string_view pv = toks[c - 1].lower;
    if ((StanceClasses(toks[c - 1]) & kNegator) || NegatedAux(pv) || ObjectWord(toks[c - 1])) return false;
  }
  if (!TokIn(toks[i], kAgentPronoun)) return false;  // "i", "we", "he", "she", "they", "you"
  const Tok& v = toks[i + 1];
  uint32_t len = 0;  // (a cue of its own there gives its own claim: "know he believes they are")
  return IsWord(v) && !v.cap && (ClauseVerb(v) || !TokIs(v, kFunction | kPostMod | kDeterminer)) &&
         v.kind != TokKind::kNumber && MatchCue(doc_, i + 1, body_end, &len) < 0;
}

// Does a clause open at token i with its subject, before `end`: a subject pronoun ("he plans"), an
// article or a possessive ("the party would"), or a name ("Labour will")? Not a verb, an adverb or
// a conjunction ("is weak", "and left"). At least three words up to `end`.
bool ClaimFinder::SubjectOpens(uint32_t i, uint32_t end) const {
  const auto& toks = doc_.toks;
  if (i >= end || !IsWord(toks[i]) || WordsIn(i, end) < 3) return false;
  const Tok& t = toks[i];
  return TokIn(t, kSubjectPronoun) || TokIs(t, kDeterminer) || (t.cap && !TokIs(t, kFunction | kAux));
}

// After a mid-sentence attribution ("Lenox was a giant, Mr. Clarke said, until it went bankrupt"):
// does a conjunction at token i open the rest of the speaker's sentence? Only before a clause with
// a subject pronoun of its own ("and I had to step back", "but it would also"); a verb after the
// conjunction is the writer's ("she said, and left the room"), and so is "as" or "when" (kNarrator).
bool ClaimFinder::SpeakersConjunction(uint32_t i, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (i + 2 >= body_end || !IsWord(toks[i + 1])) return false;
  // (an adverb may stand before the subject: "and soon they are all going to want it")
  uint32_t p = i + 1;
  // (not one of the writer's sequence of events: "and then he walked out", "and later he left")
  if (p + 2 < body_end && !toks[p].cap && !TokIs(toks[p], kNarrator | kTimeWord | kSetting) &&
      !SequenceWord(toks[p].lower) && (IsLyAdverb(toks[p]) || (TokIs(toks[p], kAux) && !AuxVerb(toks[p]))))
    ++p;
  bool join = TokIn(toks[i], kSpeakerJoin), subject = TokIn(toks[p], kSubjectPronoun);
  uint32_t len = 0;
  // ("and she said ...": another attribution)
  return join && subject && IsWord(toks[p + 1]) && MatchCue(doc_, p + 1, body_end, &len) < 0;
}

// A participle cue at c after a preposition of the subject's act, before a clause: "began by saying
// he would never ...", "after saying her foot was swollen", "by telling them that ..." (not "for
// admitting Poland to NATO", "by asking prosecutors to charge him": an act, not speech).
bool ClaimFinder::ClauseAfterPreposition(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  uint32_t n = c + len;
  if (c <= sf || n + 1 >= body_end) return false;
  bool prep = TokIn(toks[c - 1], kActPrep);
  bool subject = TokIn(toks[n], kSubjectPronoun) || PossessiveWord(toks[n]);
  bool object = ObjectWord(toks[n]);
  return prep && (subject || (object && toks[n + 1].lower == "that"));
}

// The content [first, last) of a characterization, "described Clinton as a lifetime politician":
// its object, then "as" and what the object is said to be.
bool ClaimFinder::CharacterizedAs(uint32_t first, uint32_t last) const {
  const auto& toks = doc_.toks;
  for (uint32_t k = first + 1; k + 1 < last && k < first + 12; ++k) {
    const Tok& t = toks[k];
    // (not "as much as", "as well as", "as soon as": a comparison, no characterization)
    if (t.lower == "as") return WordsIn(k + 1, last) >= 1 && !(k + 2 < last && toks[k + 2].lower == "as");
    if (IsPunct(t, ',') || t.kind == TokKind::kEnd || t.lower == "that") return false;
  }
  return false;
}

// Is the content [first, last) right after a cue only the writer's "when" or "as" clause ("said as
// he entered the talks", "said before he died", "said when she resigned from the network")? With
// a comma a main clause may follow ("said when the bill passes, taxes will rise").
bool ClaimFinder::WritersCircumstance(uint32_t first, uint32_t last) const {
  const auto& toks = doc_.toks;
  // (a concession or a reason is the speaker's: "said while everyone had the right to be secure
  // they also had ...")
  if (!TokIn(toks[first], kCircumstance)) return false;
  // (a modal says a clause of the speaker's follows: "said after the convention he would not
  // accept it", "have not said when they would take it up")
  for (uint32_t k = first + 1; k < last; ++k)
    if (IsPunct(toks[k], ',') || TokIn(toks[k], kClauseModal)) return false;
  return true;
}

// Is what opens the content at token k a passive's agent or a verb's particle, not what was said
// ("are concerned by the invasive nature of such software", "showed off new handsets")? ("responded
// by using the example of Chicago to prove that ...": a manner, then what was said)
bool ClaimFinder::AgentOrParticle(uint32_t k, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  std::string_view w0 = toks[k].lower, w1 = k + 1 < body_end ? toks[k + 1].lower : "";
  bool gerund = w1.size() > 4 && w1.compare(w1.size() - 3, 3, "ing") == 0;
  return (w0 == "by" && !gerund) || w0 == "off" || w0 == "up" || w0 == "out";
}

// Is the cue word at token c a noun of saying or proposing after a determiner ("branded the Tory
// plans as ...", "the Republican claims")? ("defended his plans for the economy": a determiner right
// before it; "Many fear that ..." is a verb)
bool ClaimFinder::PlanNounNotCue(uint32_t sf, uint32_t c) const {
  const auto& toks = doc_.toks;
  if (!TokIs(toks[c], kPlanNoun | kClaimNoun) || c <= sf) return false;
  // a quantifier that is a subject of its own before a verb's plain form ("Many fear that ...",
  // "Some claim ..."; "many fears" is a noun), and a plural name before it ("Many Democrats fear")
  bool plain = !toks[c].lower.ends_with("s");
  if (plain && TokIs(toks[c - 1], kGroupNoun)) return false;
  if (plain && toks[c - 1].cap && toks[c - 1].lower.ends_with("s") && !TokIs(toks[c - 1], kDeterminer))
    return false;
  return (TokIs(toks[c - 1], kDeterminer) && (!toks[c - 1].cap || c - 1 == sf)) ||
         (c >= sf + 2 && TokIs(toks[c - 1], kModifier | kParty) && TokIs(toks[c - 2], kDeterminer));
}

// "said nothing about the dollar": no statement was made. Nor in "As Trump said this, the crowd
// booed": what was said is the pronoun, and the words after its comma are the writer's.
bool ClaimFinder::SaysNothing(uint32_t cstart, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  // (a demonstrative: not a pronoun that opens a clause, "she, too, wants an inquiry")
  if (cstart + 1 < body_end && IsWord(toks[cstart]) && TokIs(toks[cstart], kDeterminer) &&
      !TokIs(toks[cstart], kPronoun) && IsPunct(toks[cstart + 1], ','))
    return true;
  if (toks[cstart].lower != "nothing" || cstart + 1 >= body_end) return false;
  std::string_view nx = toks[cstart + 1].lower;
  return nx == "about" || nx == "on" || nx == "of";
}

// Content that opens with a preposition right after its cue, the len tokens at c, says nothing
// unless a clause follows the phrase: "Yukos accused of lying to court" (a headline's passive),
// "criticised for his tackle", "fears for Scottish rugby" (but "said with rates at their level,
// inflation would rise", "believes by 2006, Blue Gene will be ...", "claimed for most families
// the distinction is meaningless" are statements; "argued for X" is a stance of its own).
bool ClaimFinder::PrepositionOnly(uint32_t c, uint32_t len, uint32_t cstart, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (cstart != c + len || cstart + 1 >= body_end) return false;
  const Tok& p = toks[cstart];
  // (a preposition: not "it" (a pronoun), "that" (a relative), "as" (a circumstance), "so" (an
  // adverb of the aux class), nor "to": "wants to build X" is a proposal's content)
  if (!IsWord(p) || p.cap || !TokIn(p, kNoSourceStart) || TokIs(p, kPronoun | kAux) ||
      TokIn(p, kRelative | kCircumstance) || p.lower == "to")
    return false;
  uint32_t len_a = 0;
  if (MatchStance(doc_, cstart, body_end, 'a', &len_a) >= 0) return false;
  // ("said in a newspaper article that X": the content is after "that")
  for (uint32_t m = cstart + 1; m < body_end && m < cstart + 30; ++m)
    if (AuxVerb(toks[m]) || TokIn(toks[m], kRelative)) return false;
  return true;
}

// After a verb of telling, does the phrase at token j name what is told rather than the one told
// ("tells the story of", "told a slightly different tale", "told his life story", "told lies")?
// Then no statement follows. Not past a listener ("told reporters the story was false").
bool ClaimFinder::TellsAThing(uint32_t j, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  for (uint32_t m = j; m < body_end && m < j + 5 && IsWord(toks[m]) && !toks[m].cap; ++m) {
    // (the head of the phrase: "told the truth commission that ..." tells a commission)
    if (TokIn(toks[m], kToldThing)) {
      const bool head = m + 1 >= body_end || !IsWord(toks[m + 1]) ||
                        TokIs(toks[m + 1], kSetting | kFunction | kDeterminer | kAux | kPronoun) ||
                        (StanceClasses(toks[m + 1]) & kClosed);
      return head;
    }
    if (TokIs(toks[m], kDeterminer)) continue;
    if (TokIs(toks[m], kSetting | kGroupNoun | kAux | kPronoun | kFunction) || toks[m].lower == "that") break;
  }
  return false;
}

// A belief adjective at c ("convinced", "hopeful") is a cue only as what a verb "be" says of its
// subject ("Smith is not convinced that", "they remain hopeful that", "we're confident that") or
// after a comma (CueSites): the verb's token, where the subject phrase ends; kNone when there is
// none ("Trump convinced voters that ..." is an act of persuading).
uint32_t ClaimFinder::AdjectiveVerb(uint32_t lo, uint32_t c) const {
  const auto& toks = doc_.toks;
  uint32_t p = c;
  while (p > lo && c - p < 3 && IsWord(toks[p - 1]) &&
         (toks[p - 1].lower == "not" || DegreeWord(toks[p - 1])))
    --p;
  if (p == lo || !IsWord(toks[p - 1])) return kNone;
  std::string_view v = toks[p - 1].lower;
  if (LinkingVerb(toks[p - 1]) || NegatedAux(v)) return p - 1;
  return ContractedBe(v) ? p : kNone;  // ("we're": the subject is in the verb's token)
}

// "According to X, ..." / "..., according to X": the source after the cue (a name, a description
// before a name, or a source without one) and the content before or after it, in *s; false when
// there is none. The cue is the len tokens at c of sentence [sf, body_end).
bool ClaimFinder::AccordingSite(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end, Site* s) const {
  const auto& toks = doc_.toks;
  uint32_t a, b;
  // a description before the name: "according to conservative talk radio host Rush Limbaugh"
  uint32_t n = c + len;
  while (n < body_end && n - (c + len) < 5 && IsWord(toks[n]) && !toks[n].cap &&
         toks[n].kind != TokKind::kNumber && !TokIs(toks[n], kFunction | kAux | kPronoun | kDeterminer) &&
         toks[n].lower != "that")
    ++n;
  bool described = n > c + len && n < body_end && IsWord(toks[n]) && toks[n].cap &&
                   !TokIs(toks[n], kFunction) && NpAfter(n, body_end, &a, &b);
  if (!described && !NpAfter(c + len, body_end, &a, &b)) {
    // a source without a name: "according to federal statistics", "According to exit polls, ..."
    a = b = c + len;
    while (b < body_end && b - a < 6 && IsWord(toks[b]) && !toks[b].cap && toks[b].kind != TokKind::kNumber &&
           !TokIs(toks[b], kAux | kPronoun) && toks[b].lower != "that")
      ++b;
    if (b == a) return false;
    if (b < body_end && !IsPunct(toks[b], ',')) {
      // a name in the phrase after its head: "according to early results of exit polls conducted by
      // Edison Research", "according to a count by The Associated Press": the head (up to its first
      // preposition) is the source, the phrase runs to a comma or the end
      uint32_t e = b;
      while (e < body_end && e - a < 24 && toks[e].quote < 0 && !IsPunct(toks[e], ',') &&
             (IsWord(toks[e]) || IsPunct(toks[e], '.') || IsPunct(toks[e], '-') || IsPunct(toks[e], '/')) &&
             !TokIs(toks[e], kAux | kPronoun) && !TokIn(toks[e], kRelative))
        ++e;
      if (e < body_end && !IsPunct(toks[e], ',')) return false;
      for (uint32_t m = a + 1; m < b; ++m) {
        std::string_view w = toks[m].lower;
        if (TokIs(toks[m], kPostMod) || w == "by" || w == "of" || w == "for" || w == "to" || w == "from") {
          b = m;
          break;
        }
      }
    }
  }
  bool at_start = c == sf || (c > sf && IsPunct(toks[c - 1], ',') && c - sf <= 4);
  if (at_start) {
    uint32_t m = b;
    while (m < body_end && !IsPunct(toks[m], ',')) ++m;
    uint32_t cstart = m + 1;
    if (cstart >= body_end) return false;
    // "According to technology analysts, TDG Research, there will be ...", "according to its
    // lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is ...": a name in apposition
    // to a source with none is the source
    if (uint32_t e = SourceAppositive(b, cstart, body_end); e != kNone) {
      // (the name before "of" is the head: "Emmanuel Gaillard of Shearman and Sterling")
      a = cstart;
      b = a + 1;
      while (b < e && toks[b].lower != "of") ++b;
      cstart = e + 1;
    }
    s->first = cstart;
    s->last = ContentEnd(cstart, body_end);
  } else {
    if (c == sf || !IsPunct(toks[c - 1], ',')) return false;
    s->first = sf;
    s->last = ContentEnd(sf, c - 1);
  }
  s->SetSubject(a, b);
  s->cls = kSpeech;
  return true;
}

// After "according to" and a source phrase ending at b in a common noun, the name at i that a
// comma closes, when what follows it is no appositive of the name's own ("According to
// forecasts, HSBC, the biggest UK bank, will report ..." is HSBC's act, not HSBC speaking):
// the comma's token, else kNone.
uint32_t ClaimFinder::SourceAppositive(uint32_t b, uint32_t i, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  if (b == 0 || i < 2 || i >= body_end || !IsWord(toks[b - 1]) || toks[b - 1].cap) return kNone;
  // ("According to the report, Intifada, Closures and ...": a document's name is its title)
  if (TokIs(toks[i - 2], kDocumentNoun)) return kNone;
  if (!IsWord(toks[i]) || !toks[i].cap || TokIs(toks[i], kFunction | kPronoun | kDeterminer)) return kNone;
  uint32_t e = i;
  // (capitalized words, and "of", "and", "&" between them; a possessive is a title's: "a new
  // book, Brown's Britain, ...")
  while (e < body_end && e - i < 8 && IsWord(toks[e]) && !EndsPossessive(toks[e]) &&
         (toks[e].cap || ((toks[e].lower == "of" || toks[e].lower == "and" || toks[e].lower == "&") &&
                          e + 1 < body_end && toks[e + 1].cap)))
    ++e;
  if (e == i || e + 1 >= body_end || !IsPunct(toks[e], ',')) return kNone;
  // what follows the comma opens a clause of its own ("Destatis, rising exports were ...", "TDG
  // Research, there will be ...", "Ofcom, the growth means ..."): not another name of a list
  // ("Smith, Jones and Brown were arrested"), a relative clause ("Smith, who had been drinking,
  // attacked") or the name's own appositive before its verb ("John Smith, a builder from Leeds,
  // died", "HSBC, the biggest UK bank by market value, will report"): a phrase that reaches a
  // comma before any auxiliary
  const Tok& n = toks[e + 1];
  if (!IsWord(n) || n.cap || TokIn(n, kRelative | kWhRelative)) return kNone;
  for (uint32_t m = e + 1; m < body_end && m < e + 14; ++m) {
    if (AuxVerb(toks[m])) break;
    if (IsPunct(toks[m], ',')) return kNone;
  }
  return e;
}

// "In Sri Lanka, some economists have said X", "In London, a group of MPs said X": a subject
// phrase [*a, *b) before the cue at c that opens with a capitalized preposition of place (or
// starts right after one opening sentence sf) and a run of capitalized words closed by a comma is
// the sentence's setting; the words after the comma are the subject. Not after a time, a month
// or a title ("On Tuesday Mitsubishi, the only ..., confirmed", "At the time Lord Woolf, ...",
// "In July, Diageo, ..."). False when nothing is left of the subject.
bool ClaimFinder::PastSetting(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  const uint32_t setting = *a == sf + 1 && TokIs(toks[sf], kPostMod) && toks[sf].cap ? sf : *a;
  if (setting + 2 >= c || !TokIs(toks[setting], kPostMod) || !toks[setting].cap) return true;
  uint32_t m = setting + 1;
  while (m < c && m < setting + 6 && IsWord(toks[m]) && toks[m].cap &&
         !TokIs(toks[m], kWeekday | kRelDate | kTimeWord | kTitle | kFunction))
    ++m;
  if (m >= c || !IsPunct(toks[m], ',')) return true;
  if (m + 1 >= c) return false;
  *a = m + 1;
  *b = c;
  return true;
}

}  // namespace claimgraph::extract::claims
