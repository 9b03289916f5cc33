// Word-level predicates of stance reading that need no shape class (see stance.h): negated
// and contracted auxiliaries, a degree word before a word of the other sign, a quantifier that
// names no one in particular; the words the claim lexicon stores stance values for.
#include <cctype>

#include "common/word_table.h"
#include "extract/claims/stance.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

bool NegatedAux(std::string_view w) {
  // "didnt", "doesnt": web copy's negated auxiliaries without the apostrophe (negators of
  // stance_words.tsv)
  return w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t") ||
         (w.ends_with("nt") && (StanceClasses(w) & kNegator));
}

// "it's", "that’s", "we're": a pronoun with a contracted verb.
bool Contracted(std::string_view w) {
  size_t a = w.find('\'');
  if (a == std::string_view::npos) a = w.find("\xE2\x80\x99");
  if (a == std::string_view::npos || a == 0) return false;
  std::string_view head = w.substr(0, a);
  return StanceClasses(head) & (kClosed | kSelf) || ContractionHead(head);
}

bool ContractedBe(std::string_view lower) {
  if (!Contracted(lower)) return false;
  for (std::string_view p : {"it", "that", "this", "there", "what"})
    if (lower.size() > p.size() && lower.compare(0, p.size(), p) == 0 && !std::isalpha(lower[p.size()]))
      return true;
  return false;
}

bool OppositeDegree(const Tok& a, const Tok& b) {
  if (!IsWord(a) || !IsWord(b) || a.cap) return false;
  int va = Valence(a), vb = Valence(b);
  // (only praise before blame: "a wasted opportunity", "losing strength" judge by their first word)
  return va > 0 && vb <= -2 && !IsLyAdverb(a) && !TokIs(a, kFunction | kDeterminer | kAux | kPronoun);
}

bool NoOneInParticular(const Doc& doc, uint32_t k, uint32_t end) {
  if (k >= end || k >= doc.toks.size() || !TokIn(doc.toks[k], kUnspecific)) return false;
  // alone ("would not support anyone", "anyone in the race") or before a noun for people ("any
  // candidate", "a candidate"); not before a thing or a name ("any carbon tax", "either Tony
  // Blair or Gordon Brown": review)
  if (k + 1 >= end || !IsWord(doc.toks[k + 1])) return true;
  const Tok& n = doc.toks[k + 1];
  if (!n.cap && (TokIs(n, kPostMod | kFunction | kPronoun | kAux) || TokIn(n, kRelative))) return true;
  // the noun, past up to two words that qualify it ("any Republican candidate")
  for (uint32_t j = k + 1; j < end && j < k + 4 && IsWord(doc.toks[j]); ++j) {
    if (TokIs(doc.toks[j], kPersonNoun | kGroupNoun)) return true;
    if ((doc.toks[j].cap && !TokIs(doc.toks[j], kModifier)) ||
        TokIs(doc.toks[j], kPostMod | kFunction | kAux))
      return false;
  }
  return false;
}

bool QuantityPhrase(const Doc& doc, uint32_t first, uint32_t last) {
  const Tok* head = nullptr;
  for (uint32_t k = first; k < last && k < doc.toks.size(); ++k) {
    const Tok& t = doc.toks[k];
    if (!IsWord(t)) continue;
    if (head != nullptr && (StanceClasses(t) & kClosed) && !TokIs(t, kDeterminer)) {
      if (TransferWord(t.lower)) return false;  // "arms sales to Taiwan": a transaction
      break;
    }
    head = &t;
  }
  return head != nullptr && QuantityWord(*head);
}

bool InConcession(const Doc& doc, uint32_t first, uint32_t k) {
  for (uint32_t m = k + 1; m > first; --m) {
    const Tok& t = doc.toks[m - 1];
    if (ClauseBreak(t)) return false;
    if (!IsWord(t)) continue;
    if ((StanceClasses(t) & kConcessive) || ConditionWord(t) ||
        (t.lower == "without" && (m - 1 == first || ClauseBreak(doc.toks[m - 2]))))
      return true;
  }
  return false;
}

StanceWordList StanceWords() {
  const std::vector<std::string>& keys = StanceKeys();
  StanceWordList out;
  // the "-ed" forms of a key of n bytes take at most 4n + 8 bytes: reserved once, so that the
  // views into `forms` stay valid
  size_t bytes = 0;
  for (const std::string& k : keys) bytes += 4 * k.size() + 8;
  out.forms.reserve(bytes);
  internal::WordTable<bool> seen;
  seen.Reserve(4 * keys.size());
  auto add = [&](std::string_view w) {
    bool& s = seen[w];
    if (s) return;
    s = true;
    const StanceEntry sw{w, StanceClasses(w), Valence(w)};
    if (sw.classes != 0 || sw.valence != 0) out.words.push_back(sw);
  };
  auto form = [&](std::string_view stem, std::string_view end) {
    const size_t at = out.forms.size();
    out.forms.append(stem);
    out.forms.append(end);
    add(std::string_view(out.forms).substr(at));
  };
  for (const std::string& k : keys) {
    add(k);
    // the "-ed" forms Valence reads as the stem k, by each of its rules (stem, stem + "e",
    // a doubled last letter, "i" for "y"); Valence itself decides what each one is worth
    if (k.size() < 3) continue;
    const std::string_view kv = k;
    const std::string_view less = kv.substr(0, kv.size() - 1);
    form(kv, "ed");
    if (kv.back() == 'e') form(less, "ed");
    const char doubled[3] = {kv.back(), 'e', 'd'};
    form(kv, std::string_view(doubled, 3));
    if (kv.back() == 'y') form(less, "ied");
  }
  return out;
}

}  // namespace claimgraph::extract::claims
