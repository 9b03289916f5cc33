// A role phrase that takes a side (issue 13): "X, a prominent Trump critic", "one of Russia's
// strongest critics", "a close ally of Trump". See relation_rules.h.
#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

bool RolePhrase(const Doc& doc, uint32_t lo, uint32_t k, uint32_t hi, RoleSpans* out) {
  const auto& toks = doc.toks;
  // up to two words that grade the role: "strongest", "most vocal", "staunchest", "close"
  auto grades = [&](uint32_t j) {
    const Tok& t = toks[j];
    // (not a verb: "Henman beats rival Rusedski", "Johnson edges out rival Sotherton")
    return IsWord(t) && !t.cap && !EndsPossessive(t) &&
           !(t.lower.ends_with("s") && !t.lower.ends_with("ous") && !t.lower.ends_with("ss")) &&
           !t.lower.ends_with("ed") && !TokIs(t, kFunction | kDeterminer | kPronoun | kAux) &&
           !(StanceClasses(t) & (kFinite | kClosed | kNegator));
  };
  uint32_t m = k;
  while (m > lo && k - m < 2 && grades(m - 1)) --m;
  uint32_t first = m;
  if (m > lo && (toks[m - 1].cap || EndsPossessive(toks[m - 1]) || toks[m - 1].lower == "'s")) {
    // "Russia's strongest critics", "a prominent Trump critic": the one named before it
    uint32_t e = m, b = m;
    if (toks[b - 1].lower == "'s") --b;
    while (b > lo && IsWord(toks[b - 1]) && toks[b - 1].cap && !TokIs(toks[b - 1], kDeterminer | kFunction))
      --b;
    if (b == m || (b == e - 1 && toks[b].lower == "'s")) return false;
    out->target_first = b;
    out->target_last = toks[e - 1].lower == "'s" ? e - 1 : e;
    first = b;
    // "a vocal Trump critic", "an ardent Hillary Clinton supporter": the grading words stand
    // before the name that the role is toward (not before a possessive: "the former Trump's")
    for (uint32_t g = 0;
         g < 2 && out->target_last == e && !EndsPossessive(toks[e - 1]) && first > lo && grades(first - 1);
         ++g)
      --first;
  } else if (k + 2 < hi && toks[k + 1].lower == "of") {
    // "a close ally of Trump", "one of the fiercest critics of the plan"
    out->target_first = k + 2;
    out->target_last = hi;
  } else {
    return false;
  }
  // "one of", "a", "the", "most" before it
  while (first > lo && IsWord(toks[first - 1]) &&
         (TokIs(toks[first - 1], kDeterminer) || toks[first - 1].lower == "of" ||
          toks[first - 1].lower == "one" || (StanceClasses(toks[first - 1]) & kIntensifier)))
    --first;
  first = JoinedDescription(doc, lo, first);  // "X, a vegan and Peta supporter,"
  if (first <= lo) return false;
  // its holder: "X, a Trump critic," or "X is / has been / became / emerged as one of ..."
  uint32_t h = first;
  const Tok& p = toks[h - 1];
  if (p.lower == ",") {
    out->holder_end = h - 1;
  } else if (LinkingVerb(p) || p.lower == "became" || p.lower == "become" || p.lower == "as") {
    --h;
    if (p.lower == "as" && h > lo && IsWord(toks[h - 1])) --h;  // "emerged as", "served as"
    while (h > lo && IsWord(toks[h - 1]) &&
           ((StanceClasses(toks[h - 1]) & kFinite) || LinkingVerb(toks[h - 1]) || IsLyAdverb(toks[h - 1]) ||
            toks[h - 1].lower == "also" || toks[h - 1].lower == "long"))
      --h;
    out->holder_end = h;
  } else {
    return false;
  }
  out->phrase_first = first;
  return out->holder_end > lo;
}

}  // namespace claimgraph::extract::claims
