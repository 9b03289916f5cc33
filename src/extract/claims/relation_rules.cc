// Word-level rules of the relation builder (issue 4, 13). See relation_rules.h.
#include "extract/claims/relation_rules.h"

#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {

// Words that end the phrase a relation is about once it has two words: a relative
// clause or an adjunct of time or manner ("sending aid to Ukraine throughout his campaign").
bool EndsPhrase(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"where",   "which",      "who",    "whom",  "whose",  "while",
                                               "when",    "throughout", "during", "amid",  "amidst", "since",
                                               "because", "although",   "though", "after", "before", "until",
                                               "unless",  "whereas",    "but"};
  for (std::string_view e : kEnds)
    if (w == e) return true;
  return false;
}

// "endorsed Cruz and has spoken for him": a conjunction at k that joins a second verb, not a
// second noun; the phrase ends before it.
bool VerbJoined(const Doc& doc, uint32_t k, uint32_t last) {
  if (k + 1 >= last || (doc.toks[k].lower != "and" && doc.toks[k].lower != "but")) return false;
  std::string_view n = doc.toks[k + 1].lower;
  return IsWord(doc.toks[k + 1]) &&
         ((StanceClasses(n) & kFinite) || n.find("n't") != std::string_view::npos ||
          n.find("n\xE2\x80\x99t") != std::string_view::npos);
}

// Text of the phrase a relation is about: up to the first clause break, at most 10 words.
std::string ShortText(const Doc& doc, uint32_t first, uint32_t last) {
  uint32_t k = first;
  uint32_t words = 0;
  while (k < last) {
    const Tok& t = doc.toks[k];
    if (t.kind == TokKind::kEnd || (t.kind == TokKind::kPunct && (t.lower == "," || t.lower == ";"))) break;
    if (words >= 2 && IsWord(t) && EndsPhrase(t.lower)) break;
    if (words >= 1 && VerbJoined(doc, k, last)) break;
    if (IsWord(t) && ++words > 10) break;
    ++k;
  }
  return SpanText(doc, first, k, true);
}

uint32_t ShortEnd(const Doc& doc, uint32_t first, uint32_t last) {
  uint32_t k = first, words = 0;
  while (k < last) {
    const Tok& t = doc.toks[k];
    if (t.kind == TokKind::kEnd || (t.kind == TokKind::kPunct && (t.lower == "," || t.lower == ";"))) break;
    if (words >= 2 && IsWord(t) && EndsPhrase(t.lower)) break;
    if (words >= 1 && VerbJoined(doc, k, last)) break;
    if (IsWord(t) && ++words > 14) break;
    ++k;
  }
  return k;
}

// Is the word at k said of the subject through a form of "be" ("X is [very] corrupt")?
bool PredicateOfBe(const Doc& doc, uint32_t first, uint32_t k) {
  uint32_t v = k;
  while (v > first && (IsLyAdverb(doc.toks[v - 1]) || !IsWord(doc.toks[v - 1]) ||
                       (StanceClasses(doc.toks[v - 1]) & (kIntensifier | kNegator)) ||
                       TokIs(doc.toks[v - 1], kDeterminer)))
    --v;
  if (v == first) return false;
  std::string_view w = doc.toks[v - 1].lower;
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been";
}

// A noun for what one asks or plans ("request", "proposal", "bid").
bool RequestNoun(std::string_view w) {
  for (std::string_view n : {"request", "requests", "proposal", "proposals", "plan", "plans", "bid",
                             "application", "demand", "demands", "offer", "call", "appeal"})
    if (w == n) return true;
  return false;
}

// "both candidates have opposed": a common noun (lower case, no name) is the verb's subject,
// past auxiliaries and adverbs.
bool CommonNounBefore(const Doc& doc, uint32_t lo, uint32_t k) {
  uint32_t j = k;
  while (j > lo && IsWord(doc.toks[j - 1]) &&
         ((StanceClasses(doc.toks[j - 1]) & (kFinite | kNegator)) || IsLyAdverb(doc.toks[j - 1]) ||
          TokIs(doc.toks[j - 1], kAux)))
    --j;
  if (j == lo) return false;
  const Tok& p = doc.toks[j - 1];
  return IsWord(p) && !p.cap && !TokIs(p, kFunction | kTimeWord | kWeekday | kRelDate | kPronoun) &&
         !(StanceClasses(p) & kClosed);
}

// "did not want to", "never backed": a negated verb takes no stance of its own.
bool Negated(const Doc& doc, uint32_t lo, uint32_t k) {
  for (uint32_t j = k; j > lo && k - j < 2; --j) {
    std::string_view w = doc.toks[j - 1].lower;
    if ((StanceClasses(w) & kNegator) || w.find("n't") != std::string::npos ||
        w.find("n\xE2\x80\x99t") != std::string::npos)
      return true;
  }
  return false;
}

// Does a verb stand before the noun at k, past a determiner and one or two modifiers?
bool AfterVerb(const Doc& doc, uint32_t lo, uint32_t k) {
  for (uint32_t j = k; j > lo && k - j < 3; --j) {
    const Tok& p = doc.toks[j - 1];
    if (!IsWord(p)) return false;
    if (TokIs(p, kDeterminer)) continue;
    return !TokIs(p, kFunction | kPronoun) && !(StanceClasses(p) & kClosed);
  }
  return false;
}

}  // namespace claimgraph::extract::claims
