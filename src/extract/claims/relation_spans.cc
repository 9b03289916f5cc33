// Where the phrase a relation is about ends (relation_rules.h): ShortText and ShortEnd, the
// words that end the phrase before its clause does, and the reason after a stance's object.
#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

// "cut the fuel duty on Monday", "... yesterday", "... last Friday": a day the act or the saying
// fell on (lexicons/day_words.tsv) is no part of what it is about.
bool TimeAdjunct(const Doc& doc, uint32_t k, uint32_t last) {
  // not a name's word: "GMTV's Sunday Programme", "the Sunday Times"
  auto day = [&](uint32_t m) {
    return m < last && IsWord(doc.toks[m]) && TokIs(doc.toks[m], kWeekday | kRelDate) &&
           !(m + 1 < last && IsWord(doc.toks[m + 1]) && doc.toks[m + 1].cap);
  };
  if (day(k)) return true;
  std::string_view w = doc.toks[k].lower;
  return (w == "on" || w == "last" || w == "next" || w == "this") && day(k + 1);
}

// "praised Obama's remarks on Twitter", "attacked the plan on his website", "via Facebook": where
// it was said (lexicons/stance_words.tsv's medium class) is no part of what it is about; "the
// row on Facebook's data policy" goes on.
bool MediumAdjunct(const Doc& doc, uint32_t k, uint32_t last) {
  if (doc.toks[k].lower != "on" && doc.toks[k].lower != "via") return false;
  uint32_t m = k + 1;
  if (m < last && IsWord(doc.toks[m]) && (PossessiveWord(doc.toks[m]) || doc.toks[m].lower == "the")) ++m;
  if (m >= last || !IsWord(doc.toks[m]) || !MediumWord(doc.toks[m]) || EndsPossessive(doc.toks[m]))
    return false;
  while (m + 1 < last && IsWord(doc.toks[m + 1]) && MediumWord(doc.toks[m + 1])) ++m;  // "Twitter account"
  // (the medium ends the phrase: not "the rules on Facebook data", "on Facebook's policy")
  if (m + 1 >= last || !IsWord(doc.toks[m + 1])) return m + 1 >= last || doc.toks[m + 1].lower != "'s";
  const Tok& n = doc.toks[m + 1];
  return n.cap || TokIs(n, kFunction | kDeterminer | kPronoun | kAux | kTimeWord | kWeekday | kRelDate) ||
         (StanceClasses(n) & (kClosed | kFinite)) || IsLyAdverb(n) ||
         // a participle with an object of its own ("on Twitter saying the ..."), not a noun in
         // "-ing" ("a ban on TV advertising of junk food")
         (n.lower.ends_with("ing") && m + 2 < last && IsWord(doc.toks[m + 2]) &&
          (doc.toks[m + 2].cap || TokIs(doc.toks[m + 2], kDeterminer | kPronoun) ||
           doc.toks[m + 2].lower == "that"));
}

// "dismissed the research as complete rubbish": "as" opens what the thing is called, which is
// not part of it ("such as X", "as well as X" and "as fast as possible" go on).
bool AsPredicate(const Doc& doc, uint32_t k, uint32_t last) {
  if (doc.toks[k].lower != "as" || k == 0) return false;
  if (doc.toks[k - 1].lower == "such") return false;
  if (k >= 2 && doc.toks[k - 2].lower == "as") return false;  // "as fast as possible"
  return !(k + 1 < last && doc.toks[k + 1].lower == "well");
}

// "endorsed Cruz and has spoken for him": a conjunction at k that joins a second verb, not a
// second noun; the phrase ends before it.
bool VerbJoined(const Doc& doc, uint32_t k, uint32_t last) {
  if (k + 1 >= last || (doc.toks[k].lower != "and" && doc.toks[k].lower != "but")) return false;
  std::string_view n = doc.toks[k + 1].lower;
  if (!IsWord(doc.toks[k + 1])) return false;
  // "oppose house arrests and questioned the implications", "hammered its share price and led to":
  // a past tense before its object (not "the failed and discredited policies"), or a present one
  // ("supports gang culture and fuels the rivalry"); not "and indeed the whole budget": an
  // adverb; not "and committed to": a participle
  bool tensed =
      (n.size() >= 3 && n.ends_with("ed")) || (n.size() >= 4 && n.ends_with("s") && !n.ends_with("ss"));
  if (tensed && !doc.toks[k + 1].cap && !TokIs(doc.toks[k + 1], kFunction) && k + 2 < last &&
      IsWord(doc.toks[k + 2]) && TokIs(doc.toks[k + 2], kDeterminer) &&
      !(StanceClasses(n) & (kIntensifier | kDiminisher)))
    return true;
  // "praising his victory and conveying an invitation": a participle before its object, as the
  // tensed verb above (not "the hiring and firing of staff": a noun)
  if (n.size() >= 5 && n.ends_with("ing") && !doc.toks[k + 1].cap && k + 2 < last &&
      IsWord(doc.toks[k + 2]) && (TokIs(doc.toks[k + 2], kDeterminer) || PossessiveWord(doc.toks[k + 2])))
    return true;
  // "defended Sessions and attacked Democrats", "praised the plan and thanked Smith": a cue in the
  // past tense is a second verb whatever its object
  uint32_t cue_len = 0;
  if (n.size() >= 4 && n.ends_with("ed") && !doc.toks[k + 1].cap && MatchCue(doc, k + 1, last, &cue_len) >= 0)
    return true;
  return (StanceClasses(n) & kFinite) || n.find("n't") != std::string_view::npos ||
         n.find("n\xE2\x80\x99t") != std::string_view::npos;
}

// Where the phrase at `first` ends: at the first clause break, or after `max_words` words (then
// *cut is set: the end is the limit's, not the phrase's).
static uint32_t PhraseEnd(const Doc& doc, uint32_t first, uint32_t last, uint32_t max_words, bool* cut) {
  uint32_t k = first, words = 0;
  *cut = false;
  while (k < last) {
    const Tok& t = doc.toks[k];
    if (t.kind == TokKind::kEnd ||
        (t.kind == TokKind::kPunct && ((t.lower == "," && !NumberComma(doc, k, last)) || t.lower == ";")))
      break;
    if (words >= 2 && IsWord(t) &&
        (PhraseEndWord(t) || AsPredicate(doc, k, last) || TimeAdjunct(doc, k, last) ||
         MediumAdjunct(doc, k, last)))
      break;
    if (words >= 1 && VerbJoined(doc, k, last)) break;
    if (IsWord(t) && ++words > max_words) {
      *cut = true;
      break;
    }
    ++k;
  }
  return k;
}

// Text of the phrase a relation is about: up to the first clause break, at most 10 words.
std::string ShortText(const Doc& doc, uint32_t first, uint32_t last) {
  bool cut = false;
  uint32_t k = PhraseEnd(doc, first, last, 10, &cut);
  if (cut) {
    // cut at the length limit: not inside a name ("asylum seekers under the United"), and
    // before a phrase the cut leaves unfinished ("a public debate on party funding to find")
    while (k > first + 3 && doc.toks[k].cap && doc.toks[k - 1].cap && IsWord(doc.toks[k - 1])) --k;
    // (not to leave a time phrase at the end: "a deal agreed earlier this month")
    for (uint32_t j = k; j > first + 3 && k - j < 4; --j)
      if (IsWord(doc.toks[j - 1]) && (StanceClasses(doc.toks[j - 1]) & kClosed) &&
          !TokIs(doc.toks[j - 1], kDeterminer) && !PeriodWord(doc.toks[j - 2].lower)) {
        k = j - 1;
        break;
      }
  }
  // a cut phrase ends in no function word ("doctoring the books at", "the move was"), nor in the
  // determiner of a noun the cut leaves out ("not to release any [of the stars]")
  while (k > first + 1 && IsWord(doc.toks[k - 1]) &&
         ((StanceClasses(doc.toks[k - 1]) & (kClosed | kFinite)) ||
          (cut && TokIs(doc.toks[k - 1], kDeterminer))))
    --k;
  return SpanText(doc, first, k, true);
}

uint32_t ShortEnd(const Doc& doc, uint32_t first, uint32_t last) {
  bool cut = false;
  return PhraseEnd(doc, first, last, 14, &cut);
}

// Where the reason for a stance begins after its object: "criticised X for failing to act",
// "praised X for his work", "charged X with helping Y inflate earnings", "sued X for $28bn", and
// after a cue of a charge, "accused the government of 'dragging its feet'", "accused Titan of
// illegally paying", "accused officials of a collective failure", "blamed high fuel prices for a
// drop in sales": the object is X, not X with its reason. hi when there is none.
uint32_t ReasonStart(const Doc& doc, uint32_t i, uint32_t hi, bool charge) {
  // the word that opens what follows the preposition at m (past a quote mark and a manner: "of
  // illegally paying")
  auto opening = [&](uint32_t m) {
    uint32_t n = m + 1;
    if (doc.toks[n].kind == TokKind::kOpenQuote && n + 1 < hi) ++n;
    if (IsLyAdverb(doc.toks[n]) && n + 1 < hi) ++n;
    return n;
  };
  uint32_t indefinite = hi;  // after a charge, the first "of a ..." / "of '...'" (read last)
  for (uint32_t m = i + 1; m + 1 < hi && m < i + 12; ++m) {
    const Tok& t = doc.toks[m];
    if (t.kind == TokKind::kEnd) break;
    const bool of = charge && t.lower == "of";
    if (t.lower != "for" && t.lower != "with" && !of) continue;
    const uint32_t n = opening(m);
    const Tok& o = doc.toks[n];
    std::string_view w = o.lower;
    // (an act in lower case: "with helping", not "the deal with Boeing", "for Reading")
    bool gerund = IsWord(o) && !o.cap && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    if (gerund) return m;
    if (t.lower == "with") continue;
    // ("for $28.3bn", "for £15bn"): a sum is what is claimed, no part of the one sued ("the bid for
    // 2012 Olympics", "the plan for 10,000 new homes" are things)
    if (t.lower == "for" && (w == "$" || w == "\xC2\xA3" || w == "\xE2\x82\xAC")) return m;
    if (t.lower == "for" && PossessiveWord(w)) return m;
    // a charge's own reason opens with a quote or an indefinite article ("of a failure", "for a
    // drop"), unless an act follows later ("accused the head of a rival airline of lying");
    // "accused the director of the film" names one person
    if (charge && indefinite == hi && (n > m + 1 || w == "a" || w == "an")) indefinite = m;
  }
  return indefinite;
}

}  // namespace claimgraph::extract::claims

namespace claimgraph::extract::claims {

uint32_t PastFreeRelative(const Doc& doc, uint32_t i, uint32_t hi) {
  const auto& toks = doc.toks;
  if (i + 3 >= hi || toks[i].lower != "what" || !TokIn(toks[i + 1], kSubjectPronoun) ||
      !TokIs(toks[i + 1], kPronoun))
    return i;
  uint32_t v = i + 2;
  if (TokIs(toks[v], kAux) && v + 2 < hi) ++v;  // "what he has called"
  if (!IsWord(toks[v])) return i;
  bool naming = NamingWord(toks[v]);
  if (!naming) {
    uint32_t len = 0;
    int ci = MatchCue(doc, v, hi, &len);
    naming = ci >= 0 && len == 1 && Lex().cues[static_cast<size_t>(ci)].as;
  }
  if (!naming) return i;
  uint32_t x = v + 1;
  if (x < hi && toks[x].lower == "as") ++x;
  return x < hi && IsWord(toks[x]) ? x : i;
}

}  // namespace claimgraph::extract::claims

namespace claimgraph::extract::claims {

uint32_t JoinedDescription(const Doc& doc, uint32_t lo, uint32_t first) {
  const auto& toks = doc.toks;
  if (first <= lo + 3 || toks[first - 1].lower != "and") return first;
  uint32_t d = first - 1;
  while (d > lo && first - 1 - d < 2 && IsWord(toks[d - 1]) && !toks[d - 1].cap &&
         !TokIs(toks[d - 1], kDeterminer | kFunction | kPronoun | kAux))
    --d;
  if (d < first - 1 && d > lo + 1 && TokIn(toks[d - 1], kIndefinite) && toks[d - 2].lower == ",")
    return d - 1;
  return first;
}

}  // namespace claimgraph::extract::claims
