// The cue and stance phrase matchers' slow paths (view.h's MatchCue and MatchStance check the
// first word's tag first): whether the phrase at a token is used as a verb, not a noun.
#include <string>
#include <string_view>

#include "extract/claims/stance.h"
#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

namespace {
// A word that is a verb and a noun read as the noun, or as an infinitive whose subject is another
// verb's object or purpose ("expected to support X", "funds to support X"): after a determiner, an
// adjective, a preposition or "to" ("her support", "strong support", "of support", "to support"),
// or before a preposition ("support for", "praise of"); after a determiner and a name ("an NBC
// show") or before a title ("talk show host"). A verb of speech or belief (`speech`) after "to" is
// a verb still.
bool NounUse(const Doc& doc, uint32_t i, size_t after, bool speech) {
  if (i > 0 && IsWord(doc.toks[i - 1])) {
    const Tok& p = doc.toks[i - 1];
    // (a verb of speech after "to" is one still: "polls continue to show that ..."; so is any verb
    // after a word that hands its subject on: "is ready to support X", "continues to support X")
    bool handed = i > 1 && TokIs(doc.toks[i - 2], kRaising) && !doc.toks[i - 2].cap;
    // (nor after a verb of going that ends in a particle or a place: "turned up to support X", "flew
    // to Paris to support X": the goer's own purpose)
    bool gone =
        i > 1 && (TokIn(doc.toks[i - 2], kMotion) ||
                  (doc.toks[i - 2].cap && i > 2 && doc.toks[i - 3].lower == "to" && i > 3 &&
                   IsWord(doc.toks[i - 4]) && !doc.toks[i - 4].cap && !TokIs(doc.toks[i - 4], kFunction)));
    if (TokIs(p, kDeterminer | kPostMod) || (p.lower == "to" && !speech && !handed && !gone) ||
        p.lower == "of" || p.lower == "for" || (!p.cap && AdjectiveWord(p) && !(StanceClasses(p) & kNegator)))
      return true;
    // "told him to drop out in the fall and support Rubio": an infinitive joined by "and"
    for (uint32_t j = i - 1; !speech && (p.lower == "and" || p.lower == "or") && j > 0 && i - j < 10; --j) {
      if (!IsWord(doc.toks[j - 1])) break;
      if (doc.toks[j - 1].lower == "to") return true;
    }
    // a name between a determiner, an adjective or a common noun's possessive and the word
    // modifies a noun: "an NBC show", "the controversial TV show", "children's TV shows" (not
    // after a "that" that opens a clause: "astounding that Trump demands accountability"; not
    // after a name's possessive: "Russia's Putin says")
    if (p.cap && i > 1 && IsWord(doc.toks[i - 2]) && !doc.toks[i - 2].cap) {
      const Tok& q = doc.toks[i - 2];
      if ((TokIs(q, kDeterminer) && !TokIn(q, kRelative)) || EndsPossessive(q) ||
          (AdjectiveWord(q) && !(StanceClasses(q) & kNegator)))
        return true;
    }
    // a verb of speech in its bare form after a name it does not agree with is a noun the name
    // modifies: "The Fox show proved a flop", "fellow ITV1 show Filthy Love", "X Factor show gets
    // a second series" (not after a plural, a pronoun or a name up to three words after a
    // preposition or a conjunction: "Democrats show", "We show", "data from regulator Ofcom show")
    if (speech && p.cap && !p.lower.ends_with('s') && !doc.toks[i].lower.ends_with('s') &&
        !TokIs(p, kPronoun | kPersonNoun | kGroupNoun | kDocumentNoun) && !PeopleNoun(p)) {
      uint32_t j = i - 1;  // the name's first word
      while (j > 0 && i - j < 6 && IsWord(doc.toks[j - 1]) && doc.toks[j - 1].cap &&
             doc.toks[j - 1].para == p.para)
        --j;
      bool phrase_end = false;
      for (uint32_t k = j; k > 0 && j - k < 3 && !phrase_end; --k) {
        const Tok& b = doc.toks[k - 1];
        if (!IsWord(b) || b.para != p.para) break;
        phrase_end =
            !b.cap && (StanceClasses(b) & kClosed) && !(TokIs(b, kDeterminer) && !TokIn(b, kRelative));
      }
      if (!phrase_end) return true;
    }
    // a programme's name after "the X's" modifies a noun too: "told the BBC's Breakfast with Frost
    // show the money ..." (not "Russia's Putin says", where no article opens the possessive)
    if (p.cap) {
      uint32_t j = i - 1;
      while (j > 0 && i - j < 6 && IsWord(doc.toks[j - 1]) && !EndsPossessive(doc.toks[j - 1]) &&
             (doc.toks[j - 1].cap || TokIs(doc.toks[j - 1], kParticle) || doc.toks[j - 1].lower == "with" ||
              doc.toks[j - 1].lower == "of"))
        --j;
      if (j > 1 && EndsPossessive(doc.toks[j - 1]) && doc.toks[j - 1].cap && IsWord(doc.toks[j - 2]) &&
          !doc.toks[j - 2].cap && TokIs(doc.toks[j - 2], kDeterminer) && !TokIn(doc.toks[j - 2], kRelative))
        return true;
    }
    // a compound before a title: "talk show host" (not "voters support president Obama")
    if (after < doc.toks.size() && TokIs(doc.toks[after], kTitle) && !doc.toks[after].cap && !p.cap &&
        !TokIs(p, kPronoun | kGroupNoun | kAux) && p.lower.back() != 's')
      return true;
  }
  if (after >= doc.toks.size()) return false;
  const Tok& n = doc.toks[after];
  // the subject of a verb that follows ("the show has won", "shows are remakes"), a noun before
  // its examples ("shows such as Friends") or, for a verb of speech, before another noun joined to
  // it ("TV shows and films", "claims and counter-claims")
  if (TokIn(n, kAuxVerb) || TokIs(n, kModal) || (speech && TokIn(n, kListJoin | kListOr))) return true;
  if (n.lower == "such" && after + 1 < doc.toks.size() && doc.toks[after + 1].lower == "as") return true;
  return TokIs(n, kPostMod) || n.lower == "for" || n.lower == "of";
}
}  // namespace

int MatchCueSlow(const Doc& doc, uint32_t i, uint32_t end, uint32_t* len) {
  const Lexicons& lex = Lex();
  if (i >= end || !IsWord(doc.toks[i])) return -1;
  const PhraseSteps* bucket = lex.entries[doc.toks[i].tag].cues;
  if (!bucket) return -1;
  // a capitalized cue only opens a sentence or stands in a title ("Trump Says"), never "United States"
  if (doc.toks[i].cap && doc.toks[i].para != 0 && i > 0 && doc.toks[i - 1].para == doc.toks[i].para &&
      IsWord(doc.toks[i - 1]))
    return -1;
  // after a possessive the word is a noun: "Friday's tweets", "Trump's claims"
  // (not after a contraction: "it's said", "he's claimed": claims_words.tsv's contraction set)
  if (i > 0 && IsWord(doc.toks[i - 1])) {
    std::string_view p = doc.toks[i - 1].lower;
    if (p.size() > 2 && p.ends_with("'s") && !TokIn(doc.toks[i - 1], kContraction)) return -1;
  }
  // the entry of the next word in the range; 0 (no entry) matches no phrase's second word
  const uint32_t next = i + 1 < end ? doc.toks[i + 1].tag : 0;
  const std::vector<PhraseStep>& steps = bucket->steps;
  for (size_t s = bucket->From(next); s < steps.size(); ++s) {
    const PhraseStep& step = steps[s];
    if (step.len > 1 && step.second != next) continue;
    if (i + step.len > end) continue;
    if (step.noun && NounUse(doc, i, i + step.len, step.speech)) continue;
    const std::vector<uint32_t>& ids = lex.cues[step.phrase].ids;
    bool ok = true;
    for (size_t k = 2; k < step.len && ok; ++k) ok = doc.toks[i + k].tag == ids[k];
    if (ok) {
      *len = step.len;
      return static_cast<int>(step.phrase);
    }
  }
  return -1;
}

int MatchStanceSlow(const Doc& doc, uint32_t i, uint32_t end, char mode, uint32_t* len) {
  const Lexicons& lex = Lex();
  if (i >= end) return -1;
  const PhraseSteps* bucket = lex.entries[doc.toks[i].tag].stances;
  if (!bucket) return -1;
  const uint32_t next = i + 1 < end ? doc.toks[i + 1].tag : 0;
  const std::vector<PhraseStep>& steps = bucket->steps;
  for (size_t s = bucket->From(next); s < steps.size(); ++s) {
    const PhraseStep& step = steps[s];
    if (step.mode != mode || (step.len > 1 && step.second != next) || i + step.len > end) continue;
    const std::vector<uint32_t>& ids = lex.stance[step.phrase].ids;
    bool ok = true;
    for (size_t k = 2; k < step.len && ok; ++k) ok = doc.toks[i + k].tag == ids[k];
    if (ok) {
      *len = step.len;
      return static_cast<int>(step.phrase);
    }
  }
  return -1;
}

}  // namespace claimgraph::extract::claims
