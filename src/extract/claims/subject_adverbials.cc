// Claims, stage 2 (subjects): what stands between a speech or stance verb and its subject:
// adverbs, auxiliaries, times, where it was said ("in a statement"), and the one named before
// "and others". FindSubject (subjects.cc) steps back over these first.
#include <cstring>

#include "extract/claims/finder.h"

namespace claimgraph::extract::claims {

// Steps back from token j over adverbs, auxiliaries and time words ("has also
// repeatedly", "said on Friday"); *saw_be when an auxiliary of the passive was among them.
int64_t ClaimFinder::SkipAdverbials(uint32_t lo, int64_t j, bool* saw_be) const {
  const auto& toks = doc_.toks;
  bool handed = false;  // a word that hands its subject on was passed ("were quick to")
  while (j >= static_cast<int64_t>(lo)) {
    const Tok& t = toks[static_cast<size_t>(j)];
    const WordInfo* w = IsWord(t) ? t.Info() : nullptr;
    // a verb that hands its subject on: "Green appeared to suggest", "she went on to say"
    if (t.lower == "to" && j - 1 >= static_cast<int64_t>(lo)) {
      int64_t r = j - 1;
      bool on = toks[static_cast<size_t>(r)].lower == "on" && r - 1 >= static_cast<int64_t>(lo);
      if (on) --r;  // "went on to"
      const Tok& v = toks[static_cast<size_t>(r)];
      if (TokIs(v, kRaising) && !v.cap && (!on || v.lower.substr(0, 2) == "go" || v.lower == "went")) {
        j = r - 1;
        handed = true;
        continue;
      }
    }
    // "no longer supports": the negation stands between subject and verb as "not" does
    if (t.lower == "longer" && j > static_cast<int64_t>(lo) &&
        toks[static_cast<size_t>(j - 1)].lower == "no") {
      j -= 2;
      continue;
    }
    // "Spalter in a statement praised", "Smith in a news conference said": where it was said
    if (w && (w->classes & kSetting) && !(w->classes & (kFunction | kDeterminer)) && !t.cap) {
      int64_t m = j - 1;
      if (m >= static_cast<int64_t>(lo) && TokIs(toks[static_cast<size_t>(m)], kSetting) &&
          !TokIs(toks[static_cast<size_t>(m)], kFunction | kDeterminer) && !toks[static_cast<size_t>(m)].cap)
        --m;
      // "Bush in a Medium post said", "Paul in a Fox News interview said": the outlet named
      for (int n = 0; n < 2 && m > static_cast<int64_t>(lo) && IsWord(toks[static_cast<size_t>(m)]) &&
                      toks[static_cast<size_t>(m)].cap && !TokIs(toks[static_cast<size_t>(m)], kFunction);
           ++n)
        --m;
      if (m - 1 >= static_cast<int64_t>(lo) && TokIs(toks[static_cast<size_t>(m)], kDeterminer) &&
          (toks[static_cast<size_t>(m - 1)].lower == "in" ||
           toks[static_cast<size_t>(m - 1)].lower == "during")) {
        j = m - 2;
        continue;
      }
    }
    bool adverb = IsLyAdverb(t) && !t.cap && !TokIs(t, kPersonNoun | kGroupNoun);
    if (adverb ||
        (t.lower == "and" && j > static_cast<int64_t>(lo) && IsLyAdverb(toks[static_cast<size_t>(j - 1)]))) {
      --j;
      continue;
    }
    if (w && (w->classes & kAux) && !(w->classes & kPronoun)) {
      std::string_view l = t.lower;
      // ("were quick to blame": the "be" of an adjective that hands its subject on, no passive)
      *saw_be |= !handed && (l == "is" || l == "was" || l == "were" || l == "are" || l == "been" ||
                             l == "being" || l == "be" || l == "got" || l == "get" || l == "gets");
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
    // "The EPA in January accused", "Smith in 2015 said": a month (a capitalized function word) or a
    // year after a preposition of time
    if (j - 1 >= static_cast<int64_t>(lo) && ((t.cap && w && (w->classes & kFunction)) || YearToken(t))) {
      std::string_view p = toks[static_cast<size_t>(j - 1)].lower;
      if (p == "in" || p == "since" || p == "until") {
        j -= 2;
        continue;
      }
    }
    // "Trump as a candidate repeatedly accused": the capacity the subject acted in
    if (IsWord(t) && !t.cap && j - 2 > static_cast<int64_t>(lo) &&
        TokIn(toks[static_cast<size_t>(j - 1)], kIndefinite) &&
        toks[static_cast<size_t>(j - 2)].lower == "as" && !TokIs(t, kFunction | kAux | kPronoun)) {
      j -= 3;
      continue;
    }
    if (t.lower == "week" || t.lower == "month" || t.lower == "night" || t.lower == "morning") {
      if (j - 1 >= static_cast<int64_t>(lo) && (toks[static_cast<size_t>(j - 1)].lower == "this" ||
                                                toks[static_cast<size_t>(j - 1)].lower == "last")) {
        j -= 2;
        continue;
      }
    }
    // "on Thursday evening", "Monday night": a time word after a weekday, and the "on" before it
    if (TokIs(t, kTimeWord) && !t.cap && j - 1 >= static_cast<int64_t>(lo) &&
        TokIs(toks[static_cast<size_t>(j - 1)], kWeekday)) {
      j -= 2;
      if (j >= static_cast<int64_t>(lo) && toks[static_cast<size_t>(j)].lower == "on") --j;
      continue;
    }
    break;
  }
  return j;
}

// 'Humphrey, who calls Trump a "sociopath," said': the comma inside the marks of a phrase quoted
// in the clause is the sentence's own (a quote of its own is attributed elsewhere). The comma's
// token when the phrase ending at j is such a phrase (a few words, its marks opened after a word
// of the clause); else j.
int64_t ClaimFinder::PastQuotedPhrase(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  auto at = [&](int64_t i) -> const Tok& { return toks[static_cast<size_t>(i)]; };
  if (j - 2 <= static_cast<int64_t>(lo) || at(j).kind != TokKind::kCloseQuote || !IsPunct(at(j - 1), ',') ||
      InStandalone(static_cast<uint32_t>(j - 2)))
    return j;
  int64_t o = j - 2;
  while (o > static_cast<int64_t>(lo) && j - o < 8 && at(o).kind != TokKind::kOpenQuote) --o;
  bool opened = at(o).kind == TokKind::kOpenQuote && o > static_cast<int64_t>(lo) && IsWord(at(o - 1));
  return opened ? j - 1 : j;
}

// "Paul Ryan and others criticized", "Mara and many other owners said": the one named speaks
// for the unnamed rest. The last token of the name when the phrase ending at j is so; else j.
int64_t ClaimFinder::NamedBeforeOthers(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  auto at = [&](int64_t i) -> const Tok& { return toks[static_cast<size_t>(i)]; };
  int64_t k = j;
  if (at(k).lower == "others") {
    --k;
  } else if (!at(k).cap && (PeopleNoun(at(k)) || TokIs(at(k), kPersonNoun | kGroupNoun))) {
    // "other owners", "other European countries", "its allies", "some of its Western allies"
    int64_t m = k - 1;
    while (m > static_cast<int64_t>(lo) && k - m <= 2 && IsWord(at(m)) && at(m).lower != "other" &&
           !TokIs(at(m), kFunction | kPronoun | kDeterminer))
      --m;
    std::string_view w = m >= static_cast<int64_t>(lo) ? at(m).lower : std::string_view();
    if (w != "other" && w != "its" && w != "his" && w != "her" && w != "their") return j;
    k = m - 1;
    if (w != "other" && k - 1 >= static_cast<int64_t>(lo) && at(k).lower == "of") k -= 1;  // "some of its"
  } else if (IsWord(at(k)) && !at(k).cap && !TokIs(at(k), kFunction | kDeterminer | kPronoun | kAux)) {
    // "Planned Parenthood and the abortion industry endorsed Y": the one named acts for the pair
    int64_t m = k - 1;
    while (m > static_cast<int64_t>(lo) && k - m <= 3 && IsWord(at(m)) && !at(m).cap &&
           !TokIs(at(m), kFunction | kDeterminer | kPronoun))
      --m;
    if (m - 2 < static_cast<int64_t>(lo) || at(m).lower != "the" || at(m - 1).lower != "and") return j;
    const Tok& name = at(m - 2);
    return IsWord(name) && name.cap && !TokIs(name, kPronoun | kFunction) ? m - 2 : j;
  } else {
    return j;
  }
  // "many other owners", "two others": a quantity
  if (k >= static_cast<int64_t>(lo) && (TokIs(at(k), kDeterminer) || at(k).kind == TokKind::kNumber) &&
      at(k).lower != "and")
    --k;
  if (k - 1 < static_cast<int64_t>(lo) || at(k).lower != "and") return j;
  const Tok& name = at(k - 1);
  return IsWord(name) && name.cap && !TokIs(name, kPronoun | kFunction) ? k - 1 : j;
}

}  // namespace claimgraph::extract::claims
