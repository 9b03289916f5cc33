// Stance from a claim's content (issue 13): AFINN-165 valence, negation, intensifiers and
// contrast, and the noun phrase each evaluation is about. See stance.h.
#include "extract/claims/stance.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>

#include "common/lexicon_file.h"
#include "extract/claims/relation_rules.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {
namespace {

using internal::ReadLexicon;

// Looked up for most words of a claim's content: flat tables (common/word_table.h).
struct StanceLexicon {
  internal::WordTable<uint8_t> words;          // stance_words.tsv
  internal::WordTable<ShapeSet> shape;         // stance_words.tsv: kLinkingVerb, kAdjectiveWord
  std::vector<std::string> adjective_endings;  // stance_words.tsv: "ful", "ous", ...
  bool ending_last[256] = {};                  // the last byte of an adjective ending
  bool empty_ending = false;                   // an ending of no byte (the table then says nothing)
  internal::WordTable<int> valence;     // sentiment.tsv (single words; phrases are read as their words)
  std::vector<std::string> keys;        // the keys of words and valence, in file order (repeats possible)
  std::vector<std::string> shape_keys;  // the keys of shape (repeats possible)
};

struct StanceClassName {
  std::string_view name;
  uint8_t bit;
};
constexpr StanceClassName kStanceClasses[] = {
    {"negator", kNegator},       {"intensifier", kIntensifier},
    {"diminisher", kDiminisher}, {"contrast", kContrast},
    {"concessive", kConcessive}, {"closed", kClosed},
    {"finite", kFinite},         {"self", kSelf},
};

// The shape classes of stance_words.tsv: words that tell how a sentiment word is used
// (a linking verb before it, an adjective before a noun), not how it is valued.
constexpr ShapeSet kLinkingVerb = ShapeSet{1} << 0;
constexpr ShapeSet kAdjectiveWord = ShapeSet{1} << 1;
constexpr ShapeSet kCorrectionWord = ShapeSet{1} << 2;
constexpr ShapeSet kExperiencerWord = ShapeSet{1} << 3;
constexpr ShapeSet kOutcomeWord = ShapeSet{1} << 4;
constexpr ShapeSet kVerdictWord = ShapeSet{1} << 5;
constexpr ShapeSet kPeriodWord = ShapeSet{1} << 6;
constexpr ShapeSet kSubordinatorWord = ShapeSet{1} << 7;
constexpr ShapeSet kPhraseEndWord = ShapeSet{1} << 8;
constexpr ShapeSet kPlacePrepWord = ShapeSet{1} << 9;
constexpr ShapeSet kPossessiveWord = ShapeSet{1} << 10;
constexpr ShapeSet kLightVerbWord = ShapeSet{1} << 11;
constexpr ShapeSet kReceivingWord = ShapeSet{1} << 12;
constexpr ShapeSet kLosingWord = ShapeSet{1} << 13;
constexpr ShapeSet kScantWord = ShapeSet{1} << 14;
constexpr ShapeSet kNoObjectWord = ShapeSet{1} << 15;
constexpr ShapeSet kDegreeWord = ShapeSet{1} << 16;
constexpr ShapeSet kMoneyWord = ShapeSet{1} << 17;
constexpr ShapeSet kSequenceWord = ShapeSet{1} << 18;
constexpr ShapeSet kRouteWord = ShapeSet{1} << 19;
constexpr ShapeSet kForecastWord = ShapeSet{1} << 20;
constexpr ShapeSet kGenericWord = ShapeSet{1} << 21;
constexpr ShapeSet kConditionWord = ShapeSet{1} << 22;
constexpr ShapeSet kObjectWord = ShapeSet{1} << 23;
constexpr ShapeSet kGameWord = ShapeSet{1} << 24;
constexpr ShapeSet kTallyWord = ShapeSet{1} << 25;
constexpr ShapeSet kNamingWord = ShapeSet{1} << 26;
constexpr ShapeSet kChargeWord = ShapeSet{1} << 27;
constexpr ShapeSet kIssueWord = ShapeSet{1} << 28;
constexpr ShapeSet kPerformanceWord = ShapeSet{1} << 29;
constexpr ShapeSet kFocusWord = ShapeSet{1} << 30;
constexpr ShapeSet kBlockingWord = ShapeSet{1} << 31;
constexpr ShapeSet kQuantityWord = ShapeSet{1} << 32;
constexpr ShapeSet kMediumWord = ShapeSet{1} << 33;
constexpr ShapeSet kContractionHeadWord = ShapeSet{1} << 34;
constexpr ShapeSet kReflexiveWord = ShapeSet{1} << 35;
constexpr ShapeSet kTransferWord = ShapeSet{1} << 36;
constexpr std::string_view kAdjectiveEnding = "adjective_ending";
struct ShapeClassName {
  std::string_view name;
  ShapeSet bit;
};
constexpr ShapeClassName kShapeClasses[] = {
    {"linking", kLinkingVerb},
    {"adjective", kAdjectiveWord},
    {"correction", kCorrectionWord},
    {"experiencer", kExperiencerWord},
    {"outcome", kOutcomeWord},
    {"verdict", kVerdictWord},
    {"period", kPeriodWord},
    {"subordinator", kSubordinatorWord},
    {"phrase_end", kPhraseEndWord},
    {"place_preposition", kPlacePrepWord},
    {"possessive", kPossessiveWord},
    {"light", kLightVerbWord},
    {"receiving", kReceivingWord},
    {"losing", kLosingWord},
    {"scant", kScantWord},
    {"no_object", kNoObjectWord},
    {"degree", kDegreeWord},
    {"money", kMoneyWord},
    {"sequence", kSequenceWord},
    {"route", kRouteWord},
    {"forecast", kForecastWord},
    {"generic", kGenericWord},
    {"condition", kConditionWord},
    {"object", kObjectWord},
    {"game", kGameWord},
    {"tally", kTallyWord},
    {"naming", kNamingWord},
    {"charge", kChargeWord},
    {"issue", kIssueWord},
    {"performance", kPerformanceWord},
    {"focus", kFocusWord},
    {"blocking", kBlockingWord},
    {"quantity", kQuantityWord},
    {"medium", kMediumWord},
    {"contraction_head", kContractionHeadWord},
    {"reflexive", kReflexiveWord},
    {"transfer", kTransferWord},
};
// A new class takes the next bit: ShapeSet has one for each.
static_assert(std::size(kShapeClasses) <= 8 * sizeof(ShapeSet), "a shape class without a bit");

const StanceLexicon& Lexicon() {
  static const StanceLexicon* lex = [] {
    auto* l = new StanceLexicon();
    internal::LexiconSpec spec{2, 2, {}};
    for (const StanceClassName& c : kStanceClasses) spec.classes.push_back(c.name);
    for (const ShapeClassName& c : kShapeClasses) spec.classes.push_back(c.name);
    spec.classes.push_back(kAdjectiveEnding);
    for (const auto& row : ReadLexicon("lexicons/stance_words.tsv", spec)) {
      for (const ShapeClassName& c : kShapeClasses)
        if (row[1] == c.name) {
          l->shape_keys.push_back(text::Fold(row[0]));
          l->shape[l->shape_keys.back()] |= c.bit;
        }
      if (row[1] == kAdjectiveEnding) {
        const std::string& e = l->adjective_endings.emplace_back(text::Fold(row[0]));
        if (e.empty())
          l->empty_ending = true;
        else
          l->ending_last[static_cast<unsigned char>(e.back())] = true;
      }
      for (const StanceClassName& c : kStanceClasses)
        if (c.name == row[1]) {
          l->keys.push_back(text::Fold(row[0]));
          l->words[l->keys.back()] |= c.bit;
        }
    }
    for (const auto& row : ReadLexicon("lexicons/sentiment.tsv", {2, 2, {}})) {
      if (row[0].find(' ') != std::string_view::npos) continue;
      int v = std::atoi(std::string(row[1]).c_str());
      if (v == 0) continue;
      l->keys.push_back(text::Fold(row[0]));
      l->valence[l->keys.back()] = v;
    }
    return l;
  }();
  return *lex;
}

bool EndsWith(std::string_view w, std::string_view end) { return w.ends_with(end); }

}  // namespace

namespace {

ShapeSet Shape(std::string_view lower) {
  // the lexicon's keys are folded ("isn’t" as "isn't"); a token's lower case keeps its mark
  std::string folded;
  if (lower.find('\xE2') != std::string_view::npos) {
    folded = text::Fold(lower);
    lower = folded;
  }
  const ShapeSet* c = Lexicon().shape.Find(lower);
  return c ? *c : 0;
}

// The same for a token of the article: its lexicon entry's (ShapeWords are entries).
ShapeSet Shape(const Tok& t) { return TokLex().entries[t.tag].shape; }
// ShapeClasses of an article's token, as Shape(t.lower): its entry's, unless no entry holds the
// word and a typographic mark folds it to one that has a shape ("isn’t" is "isn't").
ShapeSet TokenShape(const Tok& t) {
  bool folds = t.tag == 0 && t.lower.find('\xE2') != std::string_view::npos;
  return folds ? Shape(t.lower) : TokLex().entries[t.tag].shape;
}

// A linking verb ("is", "seems", "remains", "isn't"): what follows is said of its subject.
bool IsBe(std::string_view w) { return Shape(w) & kLinkingVerb; }
bool IsBe(const Tok& t) { return Shape(t) & kLinkingVerb; }

// The shape of an adjective: what may stand before a noun it judges ("unfair taxes",
// "wasteful spending", "crazy system", "bad deal"): an adjective's ending, or an adjective of
// the lexicon without one.
// Does w end in an adjective ending with more than two bytes before it? (Most words end in
// a byte no ending ends with: no ending is compared.)
bool AdjectiveEnding(std::string_view w) {
  const StanceLexicon& l = Lexicon();
  if (w.empty() || (!l.ending_last[static_cast<unsigned char>(w.back())] && !l.empty_ending)) return false;
  for (const std::string& e : l.adjective_endings)
    if (w.size() > e.size() + 2 && EndsWith(w, e)) return true;
  return false;
}
bool AdjectiveShape(std::string_view w) { return AdjectiveEnding(w) || (Shape(w) & kAdjectiveWord); }
bool AdjectiveShape(const Tok& t) { return (Shape(t) & kAdjectiveWord) || AdjectiveEnding(t.lower); }

// An adjective that, before a noun, is the speaker's verdict on it ("unfair taxes"), not a
// description ("poor countries"): the verdict class of stance_words.tsv.
bool Verdict(const Tok& t) { return Shape(t) & kVerdictWord; }

// A word that may stand inside a noun phrase.
bool NounPhraseWord(const Tok& t) {
  if (!IsWord(t)) return false;
  uint8_t c = StanceClasses(t);
  if (c & (kFinite | kNegator | kContrast | kConcessive)) return false;
  if ((c & kClosed) && !TokIs(t, kDeterminer) && t.lower != "of") return false;
  if (NegatedAux(t.lower) || Contracted(t.lower)) return false;
  return !TokIs(t, kAux) || TokIs(t, kDeterminer);
}

class ContentReader {
 public:
  ContentReader(const Doc& doc, uint32_t first, uint32_t last, bool proposal)
      : doc_(doc), first_(first), last_(last), proposal_(proposal) {}

  std::vector<ContentStance> Read() {
    std::vector<ContentStance> out;
    // the words of the lexicon's own stance phrases ("responsible for", "critical to support")
    // are read there, not as sentiment words
    thread_local std::vector<bool> phrase;  // (the thread's: no vector per claim)
    phrase.assign(last_ - first_, false);
    const Lexicons& lex = Lex();
    for (uint32_t k = first_; k < last_; ++k) {
      if (!lex.entries[doc_.toks[k].tag].stances) continue;  // most words start no phrase
      for (char mode : {'c', 'a', 'n'}) {
        uint32_t len = 0;
        if (MatchStance(doc_, k, last_, mode, &len) >= 0)
          for (uint32_t m = k; m < k + len && m < last_; ++m) phrase[m - first_] = true;
      }
    }
    uint32_t conceded_until = Conceded();
    for (uint32_t k = first_; k < last_; ++k) {
      const Tok& t = doc_.toks[k];
      if (!IsWord(t) || k < conceded_until) continue;
      if (Valence(t) == 0 && t.lower != "against") continue;  // most words: nothing below reads them
      // "Without X, Y", "although X, Y", "if X, Y": X is no stance
      if (InConcession(doc_, first_, k)) continue;
      uint8_t cls = StanceClasses(t);
      // "retaliate against Russia", "we will fight against X": an act against X, the speaker's
      // own or the one proposed, opposes X
      if (t.lower == "against" && k > first_ && IsWord(doc_.toks[k - 1]) &&
          !(StanceClasses(doc_.toks[k - 1]) & (kClosed | kFinite)) && !TokIs(doc_.toks[k - 1], kDeterminer) &&
          !OutcomeWord(doc_.toks[k - 1]) &&  // "play against X", "won against X": a contest
          !GameBefore(k)) {                  // "the play we saw against Wales": a contest too
        uint32_t cs = k - 1;
        while (cs > first_ && !ClauseBreak(doc_.toks[cs - 1])) --cs;
        uint32_t e = NounPhrase(k + 1);
        if (e > k + 1 && (proposal_ || SpeakersVerb(cs, k - 1))) {
          ContentStance s;
          s.relation = "opposes";
          s.first = k + 1;
          s.last = e;
          s.valence = -2;
          s.word = k;
          out.push_back(s);
        }
        continue;
      }
      int v = Valence(t);
      if (v == 0 || phrase[k - first_] || (cls & (kNegator | kIntensifier | kDiminisher))) continue;
      if (TokIs(t, kFunction | kDeterminer | kAux | kPronoun | kTitle)) continue;  // "like", "no", "please"
      if (OutcomeWord(t)) continue;              // "won the seat", "defeated X": a result, no judgement
      if (t.cap && !SentenceStart(k)) continue;  // a name: "Hope", "Joy"
      // a name opening a sentence: "Victor Conte was here", "Hope Solo said"
      if (t.cap && k + 1 < last_ && IsWord(doc_.toks[k + 1]) && doc_.toks[k + 1].cap) continue;
      // "a great mistake", "a fine mess": a word right before one of the other sign is its
      // degree (Modifiers reads it so), no judgement of its own
      if (k + 1 < last_ && OppositeDegree(t, doc_.toks[k + 1])) continue;
      // "ridiculously talented", "awfully good": an adverb of degree, no judgement of its own
      if (IsLyAdverb(t) && k + 1 < last_ && IsWord(doc_.toks[k + 1]) &&
          (AdjectiveShape(doc_.toks[k + 1]) || Valence(doc_.toks[k + 1]) != 0))
        continue;
      // a weak word (AFINN +-1: "growth", "uncertain") says too little to be a stance
      if (std::abs(v) < 2) continue;
      int mag = std::abs(v);
      bool neg = false;
      uint32_t j = Modifiers(k, &mag, &neg);
      if (mag < 2) continue;
      if (NegatedBefore(j)) neg = !neg;
      // "he was not ready to endorse X", "refused to praise X": an act withheld judges nothing
      if (j == k && k >= first_ + 2 && doc_.toks[k - 1].lower == "to" && Negated(doc_, first_, k)) continue;
      // "wasn't worried about the opposition": a fear denied is no support
      if (neg && v < 0 && (Shape(t) & kExperiencerWord)) continue;
      int val = (v < 0) != neg ? -mag : mag;
      uint32_t tf = 0, tl = 0;
      if (!Target(j, k, &tf, &tl)) {
        // no phrase of its own: the caller may still find the clause's named subject
        // ("Trump had made unfair claims"), when the word judges something in its clause
        if (Verdict(t) && k + 1 < last_ && NounPhraseWord(doc_.toks[k + 1])) {
          ContentStance s;
          s.relation = val < 0 ? "opposes" : "supports";
          s.first = k;
          s.last = k;  // empty: no phrase
          s.valence = val;
          s.word = k;
          out.push_back(s);
        } else if (v < 0 && !neg && NamedVerb(j, k)) {
          // "Monsanto lacked controls", "the Tories have failed": a wrong the content says a
          // named one does judges its doer (the caller finds the clause's named subject)
          ContentStance s;
          s.relation = "opposes";
          s.first = k;
          s.last = k;
          s.valence = val;
          s.word = k;
          out.push_back(s);
        }
        continue;
      }
      // (praise in an adjective after a light verb is praise of its subject: "Downing is making a
      // great season", "Lomu did a great job"; the caller finds the named subject)
      // (not negated: "did not have his best game")
      if (tf == k && !JudgesNoun(k, tl, val)) {
        uint32_t light = val > 0 ? LightVerbAt(doc_, first_, j) : j;
        if (light == j || Negated(doc_, first_, light)) continue;
      }
      // "she had not endorsed any candidate": praise withheld from no one in particular
      if (neg && v > 0 && NoOneInParticular(doc_, tf, last_)) continue;
      ContentStance s;
      s.relation = val < 0 ? "opposes" : "supports";
      s.first = tf;
      s.last = tl;
      s.valence = val;
      s.word = k;
      out.push_back(s);
    }
    return out;
  }

 private:
  bool SentenceStart(uint32_t k) const {
    if (k == first_) return true;
    const Tok& p = doc_.toks[k - 1];
    return p.kind == TokKind::kEnd || p.kind == TokKind::kOpenQuote || p.lower == ":";
  }

  // Is the word at k (its modifiers start at j) the verb of a capitalized name just before it,
  // over auxiliaries only ("Monsanto lacked", "Smith has repeatedly failed")? Not an adjective,
  // a feeling ("Smith feared", "worried") or a result ("Labour lost"): those judge no doer.
  bool NamedVerb(uint32_t j, uint32_t k) const {
    std::string_view w = doc_.toks[k].lower;
    if (!EndsWith(w, "ed") && !EndsWith(w, "s")) return false;  // a finite verb: "lacked", "lies"
    if (Shape(doc_.toks[k]) & (kExperiencerWord | kOutcomeWord)) return false;
    if (StanceVerb(doc_.toks[k])) return false;  // "Jones criticized X": Jones's stance, no wrong
    if (k + 1 < last_ && (doc_.toks[k + 1].lower == "by" || doc_.toks[k + 1].lower == "of")) return false;
    uint32_t b = j;
    while (b > first_ && (StanceClasses(doc_.toks[b - 1]) & kFinite) && !IsBe(doc_.toks[b - 1])) --b;
    if (b == first_) return false;
    const Tok& n = doc_.toks[b - 1];
    return IsWord(n) && n.cap && !TokIs(n, kFunction | kDeterminer | kPronoun | kTitle);
  }

  // An adjective at k before the noun phrase up to tl ("unfair taxes"): does it judge the noun?
  // Not when a word of the noun has the other valence ("the greatest concern", "great anguish":
  // the adjective measures it); and praise in an adjective is mostly description ("strong
  // ties", "prominent reporters", "a methodical approach"): only a bad one is read.
  bool JudgesNoun(uint32_t k, uint32_t tl, int val) const {
    if (val > 0) return false;
    for (uint32_t m = k + 1; m < tl; ++m)
      if (Valence(doc_.toks[m].lower) > 0) return false;
    return true;
  }

  // Everything before the last contrast word that opens a clause ("..., but Y", "X. But Y")
  // is conceded: the claim's stance is what follows.
  uint32_t Conceded() const {
    uint32_t until = first_;
    for (uint32_t k = first_ + 1; k < last_; ++k) {
      if (!IsWord(doc_.toks[k]) || !(StanceClasses(doc_.toks[k]) & kContrast)) continue;
      const Tok& p = doc_.toks[k - 1];
      if ((ClauseBreak(p) || p.kind == TokKind::kEnd) && !Corrects(doc_, k, last_)) until = k;
    }
    return until;
  }

  // Walks back over the words that modify the sentiment word at k: intensifiers, diminishers,
  // negators, "a"/"an", "-ly" adverbs. Returns the first of them.
  uint32_t Modifiers(uint32_t k, int* mag, bool* neg) const {
    uint32_t j = k;
    for (int steps = 0; j > first_ && steps < 4; ++steps) {
      const Tok& p = doc_.toks[j - 1];
      if (p.kind == TokKind::kOpenQuote || p.kind == TokKind::kCloseQuote) {  // a "ludicrous improbability"
        --j;
        continue;
      }
      if (!IsWord(p) || IsBe(p)) break;  // "isn't fair": NegatedBefore reads the verb
      if (NegatedAux(p.lower)) {         // "don't trust": the verb stays out of the phrase
        *neg = !*neg;
        break;
      }
      uint8_t c = StanceClasses(p);
      if ((c & kIntensifier) || (j == k && OppositeDegree(p, doc_.toks[k])))  // "a great mistake"
        ++*mag;
      else if (c & kDiminisher)
        --*mag;
      else if (c & kNegator)
        *neg = !*neg;
      else if (!(TokIn(p, kIndefinite) || IsLyAdverb(p)))
        break;
      --j;
    }
    return j;
  }

  // "does not think X is fair", "never been fair": a negator just before the modifiers.
  bool NegatedBefore(uint32_t j) const {
    if (j <= first_) return false;
    const Tok& p = doc_.toks[j - 1];
    if (NegatedAux(p.lower) && IsBe(p)) return true;  // "isn't fair"
    if (IsBe(p) && j >= first_ + 2) {
      const Tok& q = doc_.toks[j - 2];
      return (StanceClasses(q) & kNegator) || NegatedAux(q.lower);  // "not be fair", "won't be"
    }
    return false;
  }

  // The noun phrase at a: an optional determiner, then words of a noun phrase, at most 6;
  // trailing closed-class words left out. Returns its end (== a when there is none).
  uint32_t NounPhrase(uint32_t a) const {
    uint32_t e = a, words = 0;
    while (e < last_ && words < 6 && NounPhraseWord(doc_.toks[e])) {
      ++words;
      ++e;
    }
    while (e > a && (StanceClasses(doc_.toks[e - 1]) & kClosed)) --e;
    return e;
  }

  // The target of the sentiment word at k (its modifiers start at j): [*tf, *tl).
  bool Target(uint32_t j, uint32_t k, uint32_t* tf, uint32_t* tl) const {
    uint32_t cs = j;
    while (cs > first_ && !ClauseBreak(doc_.toks[cs - 1])) --cs;
    uint32_t after = k + 1;  // past a closing quote mark: "extremely disappointed" with X
    while (after < last_ && doc_.toks[after].kind == TokKind::kCloseQuote) ++after;
    // "critical of X", "proud of X", "angry about X", "disappointed with X"
    // ("accused of", "charged with": a participle with "of" is a passive, not a feeling)
    std::string_view w = doc_.toks[k].lower;
    std::string_view prep = after < last_ ? doc_.toks[after].lower : w;
    bool feeling = EndsWith(w, "ed") && (prep == "with" || prep == "about" || prep == "at");
    if (after < last_ && (AdjectiveShape(doc_.toks[k]) || feeling) &&
        (prep == "of" || prep == "about" || prep == "with" || prep == "towards" || prep == "toward" ||
         prep == "at")) {
      // "nervous about meeting Dame Julie": a feeling about one's own act judges no one in it
      // ("concerned about spending cuts": an "-ing" word modifying a plain noun after it)
      const Tok* n2 = after + 2 < last_ ? &doc_.toks[after + 2] : nullptr;
      bool modifier = n2 && IsWord(*n2) && !n2->cap && !TokIs(*n2, kDeterminer | kPronoun | kFunction);
      if ((Shape(doc_.toks[k]) & kExperiencerWord) && after + 1 < last_ && !doc_.toks[after + 1].cap &&
          doc_.toks[after + 1].lower.size() > 5 && EndsWith(doc_.toks[after + 1].lower, "ing") && !modifier)
        return false;
      // "Werner Seifert is becoming impatient with X", "voters are unhappy with X": a feeling of
      // the clause's subject; the speaker's only when the subject is a pronoun ("I am unhappy
      // with X", "he said he was angry at X")
      // ("people should be concerned about X": what the speaker says one ought to feel is theirs)
      if (Shape(doc_.toks[k]) & kExperiencerWord) {
        uint32_t b = k;
        bool ought = false, linked = false;
        while (b > cs && (IsWord(doc_.toks[b - 1]) || doc_.toks[b - 1].kind == TokKind::kOpenQuote)) {
          const Tok& t = doc_.toks[b - 1];
          if (t.kind == TokKind::kOpenQuote) {  // ("were "highly sceptical" about X")
            --b;
            continue;
          }
          if (IsBe(t)) {
            linked = true;
          } else if (!((StanceClasses(t) & (kFinite | kNegator | kIntensifier | kDiminisher)) ||
                       IsLyAdverb(t) || (Shape(t) & kDegreeWord) || TokIn(t, kObligation))) {
            break;
          }
          ought = ought || TokIn(t, kObligation);
          --b;
        }
        const Tok* subject = linked && b > cs ? &doc_.toks[b - 1] : nullptr;
        if (subject != nullptr && IsWord(*subject) && !ought && !TokIs(*subject, kPronoun) &&
            !(StanceClasses(*subject) & kSelf) && !Contracted(subject->lower))
          return false;
      }
      uint32_t e = NounPhrase(after + 1);
      if (e == after + 1) return false;
      *tf = after + 1;
      *tl = e;
      return true;
    }
    // "X is ADJ", "X was a disaster", "X is the worst deal": the subject of the clause
    uint32_t d = j;
    while (d > cs && ((TokIs(doc_.toks[d - 1], kDeterminer) && !(StanceClasses(doc_.toks[d - 1]) & kSelf)) ||
                      doc_.toks[d - 1].kind == TokKind::kOpenQuote))
      --d;
    if (d > cs && Contracted(doc_.toks[d - 1].lower)) return false;  // "it's the craziest thing": a pronoun
    if (d > cs && IsBe(doc_.toks[d - 1])) {
      // "many Britons are unhappy", "the party was not afraid": a feeling of the subject's,
      // not the speaker's judgement of it
      if (Shape(doc_.toks[k]) & kExperiencerWord) return false;
      // "The primary factor is the weak dollar": "the" and a noun name what it is; the adjective
      // describes the noun (a verdict or a superlative still judges: "X is the worst deal")
      if (d < j && doc_.toks[d].lower == "the" && k + 1 < last_ && NounPhraseWord(doc_.toks[k + 1]) &&
          doc_.toks[k + 1].lower != "of" && !doc_.toks[k + 1].cap && !Verdict(doc_.toks[k]) &&
          !EndsWith(w, "est") && w != "worst" && w != "best")
        return false;
      std::string_view be = doc_.toks[d - 1].lower;
      // a passive ("has not been determined", "was praised by"): no judgement of the speaker's
      // ("the fall was blamed on Christmas", "was criticised for", "was accused of")
      std::string_view after_w = k + 1 < last_ ? doc_.toks[k + 1].lower : std::string_view();
      // (but not what one "can't be" or "must be": ModalVerdict)
      if (EndsWith(w, "ed") && !(after_w != "by" && ModalVerdict(doc_, cs, d - 1, k)) &&
          (be == "been" || be == "being" || be == "be" || after_w == "by" || after_w == "on" ||
           after_w == "for" || after_w == "of" || after_w == "in"))
        return false;
      uint32_t b = d - 1;
      if (b > cs && (StanceClasses(doc_.toks[b - 1]) & kNegator)) --b;  // "X is not"
      // "X will be", "X has been", "X won't be"
      while (b > cs && ((StanceClasses(doc_.toks[b - 1]) & kFinite) || NegatedAux(doc_.toks[b - 1].lower)))
        --b;
      uint32_t a = cs;
      while (a < b && (StanceClasses(doc_.toks[a]) & kClosed) && !TokIs(doc_.toks[a], kDeterminer)) ++a;
      if (a < b && (doc_.toks[a].lower == "that" || doc_.toks[a].lower == "this")) {
        // "that is wrong", "this is a disaster": a pronoun, nothing to name
        if (a + 1 == b) return false;
      }
      uint32_t e = a;
      while (e < b && NounPhraseWord(doc_.toks[e])) ++e;
      if (e != b || b - a > 8 || b == a) return false;
      if (TokIs(doc_.toks[a], kPronoun) || (StanceClasses(doc_.toks[a]) & kSelf)) return false;
      *tf = a;
      *tl = b;
      return true;
    }
    if (k + 1 >= last_) return false;  // the word ends the content: nothing after it
    const Tok& n = doc_.toks[k + 1];
    if (!IsWord(n)) return false;
    // "support the first responders", "praised Clinton's record": a verb and its object
    if (TokIs(n, kDeterminer) || (n.cap && !TokIs(n, kFunction)) || EndsPossessive(n)) {
      if (StanceClasses(n) & (kSelf | kFinite)) return false;
      if (n.lower == "that" && k + 2 < last_ && !NounPhraseWord(doc_.toks[k + 2])) return false;
      if (!SpeakersVerb(cs, j)) return false;
      uint32_t e = NounPhrase(k + 1);
      if (e == k + 1) return false;
      *tf = k + 1;
      *tl = e;
      return true;
    }
    // "unfair taxes", "this crazy system": an adjective and the noun it judges; after a light
    // verb any adjective is a verdict on the verb's subject ("has a poor record")
    if ((Verdict(doc_.toks[k]) || AfterLightVerb(j)) && NounPhraseWord(n) && !n.cap &&
        !TokIs(n, kDeterminer) && !IsLyAdverb(n)) {
      uint32_t e = k + 1;
      while (e < last_ && e - k <= 3 && NounPhraseWord(doc_.toks[e]) && doc_.toks[e].lower != "of" &&
             !TokIs(doc_.toks[e], kDeterminer))
        ++e;
      // "negative economic and political forces": a coordination this reading would cut
      if (e < last_ && (doc_.toks[e].lower == "and" || doc_.toks[e].lower == "or")) return false;
      *tf = k;
      *tl = e;
      return true;
    }
    return false;
  }

  // Does a light verb ("has", "made") stand before the noun phrase whose modifiers start at j,
  // past its determiner ("has a poor record", "showed poor judgment")?
  bool AfterLightVerb(uint32_t j) const {
    if (StanceClasses(doc_.toks[j]) & kNegator) return false;  // "did not help": an auxiliary
    uint32_t b = j;
    if (b > first_ && TokIs(doc_.toks[b - 1], kDeterminer)) --b;
    return b > first_ && IsWord(doc_.toks[b - 1]) && LightVerb(doc_.toks[b - 1].lower);
  }

  // Is the verb whose modifiers start at j the speaker's own: "we support", "I will defend",
  // "to support", an imperative? Not "God bless X", "they attacked X": another's act.
  bool SpeakersVerb(uint32_t cs, uint32_t j) const {
    uint32_t b = j;
    while (b > cs && b + 4 > j) {
      const Tok& p = doc_.toks[b - 1];
      // ("Trump continues to support X": the act of the one named before the verb, not the speaker's)
      if (p.lower == "to") return !NamedBeforeVerb(cs, b - 1);
      if (StanceClasses(p) & kSelf) return true;
      // "X said he would not support Y": the reported clause's own subject pronoun is the speaker
      if (b - 1 == first_ && TokIn(p, kThirdPerson)) return true;
      if (!IsWord(p)) return false;
      if (!((StanceClasses(p) & (kFinite | kNegator | kIntensifier)) || NegatedAux(p.lower) || IsLyAdverb(p)))
        return false;
      --b;
    }
    return b == cs && (b == first_ || doc_.toks[b - 1].kind == TokKind::kEnd);
  }

  // Does a verb stand before "to" at `to` with a name as its subject ("Trump continues to",
  // "Smith has vowed to")?
  bool NamedBeforeVerb(uint32_t cs, uint32_t to) const {
    if (to < cs + 2) return false;
    const Tok& v = doc_.toks[to - 1];
    if (!IsWord(v) || v.cap || (StanceClasses(v) & kSelf) || TokIs(v, kFunction | kDeterminer | kPronoun))
      return false;
    uint32_t b = to - 1;
    while (b > cs && (StanceClasses(doc_.toks[b - 1]) & kFinite) && !doc_.toks[b - 1].cap) --b;
    if (b == cs) return false;
    const Tok& n = doc_.toks[b - 1];
    if (!IsWord(n) || TokIs(n, kFunction | kDeterminer | kPronoun | kTitle)) return false;
    // ("the markets are starting to fear X": a common noun too, past an auxiliary of its own)
    return n.cap ||
           (b < to - 1 && !(StanceClasses(n) & (kSelf | kClosed | kFinite | kNegator)) && !IsLyAdverb(n));
  }

  const Doc& doc_;
  uint32_t first_;
  uint32_t last_;
  // Does the content before k name a game or its play ("For this game, we ... exploit against
  // Italy", "the sort of play we saw against Wales")? Then "against X" is a contest, no act
  // against X.
  bool GameBefore(uint32_t k) const {
    for (uint32_t j = first_; j < k; ++j)
      if (IsWord(doc_.toks[j]) && !doc_.toks[j].cap && GameWord(doc_.toks[j].lower)) return true;
    return false;
  }

  bool proposal_;  // the content is what the speaker proposes ("called on X to retaliate against Y")
};

}  // namespace

uint8_t StanceClasses(std::string_view lower) {
  const uint8_t* c = Lexicon().words.Find(lower);
  return c ? *c : 0;
}

int Valence(std::string_view lower) {
  const auto& m = Lexicon().valence;
  if (const int* v = m.Find(lower)) return *v;
  // AFINN lists some forms of a verb only ("slam", "thank", "ridicule"): the others are read as
  // their stem ("slammed", "thanked", "ridiculed", "denounced"); never a short word ("was", "is")
  if (lower.size() < 6 || !EndsWith(lower, "ed")) return 0;
  const std::string_view stem = lower.substr(0, lower.size() - 2);
  // Each candidate is the stem's bytes less the last `drop` and then `add` (if any): the stem,
  // the stem + "e", the stem less a doubled last letter, "i" read as "y". They are made in a
  // buffer on the stack (in a string for a stem longer than any word of the lexicons).
  char small[48];
  std::string large;
  char* bytes = small;
  if (stem.size() + 1 > sizeof(small)) {
    large.resize(stem.size() + 1);
    bytes = large.data();
  }
  std::memcpy(bytes, stem.data(), stem.size());
  auto look = [&](size_t drop, char add) -> const int* {
    const size_t kept = stem.size() - drop;
    if (add != 0) bytes[kept] = add;
    const size_t n = kept + (add != 0 ? 1 : 0);
    return n < 3 ? nullptr : m.Find(std::string_view(bytes, n));
  };
  if (const int* v = look(0, 0)) return *v;
  if (const int* v = look(0, 'e')) return *v;
  if (stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2])
    if (const int* v = look(1, 0)) return *v;
  if (EndsWith(stem, "i"))
    if (const int* v = look(1, 'y')) return *v;
  return 0;
}

std::vector<std::string> ShapeWords() { return Lexicon().shape_keys; }

ShapeSet ShapeClasses(std::string_view lower) { return Shape(lower); }

const std::vector<std::string>& StanceKeys() { return Lexicon().keys; }

bool LinkingVerb(std::string_view lower) { return IsBe(lower); }

bool OutcomeWord(std::string_view lower) { return Shape(lower) & kOutcomeWord; }
bool OutcomeWord(const Tok& t) { return Shape(t) & kOutcomeWord; }

bool ExperiencerWord(std::string_view lower) { return Shape(lower) & kExperiencerWord; }

bool ScantWord(std::string_view lower) { return Shape(lower) & kScantWord; }

bool NoObjectWord(std::string_view lower) { return Shape(lower) & kNoObjectWord; }

bool DegreeWord(std::string_view lower) { return Shape(lower) & kDegreeWord; }

bool MoneyWord(std::string_view lower) { return Shape(lower) & kMoneyWord; }

bool SequenceWord(std::string_view lower) { return Shape(lower) & kSequenceWord; }
bool RouteWord(std::string_view lower) { return Shape(lower) & kRouteWord; }
bool TransferWord(std::string_view lower) { return Shape(lower) & kTransferWord; }
bool ForecastWord(std::string_view lower) { return Shape(lower) & kForecastWord; }
bool ConditionWord(std::string_view lower) { return Shape(lower) & kConditionWord; }

bool SubordinatorWord(std::string_view lower) { return Shape(lower) & kSubordinatorWord; }

bool PeriodWord(std::string_view lower) { return Shape(lower) & kPeriodWord; }

bool GenericWord(std::string_view lower) { return Shape(lower) & kGenericWord; }

bool ObjectWord(std::string_view lower) { return Shape(lower) & kObjectWord; }

bool GameWord(std::string_view lower) { return Shape(lower) & kGameWord; }
bool IssueWord(const Tok& t) { return TokLex().entries[t.tag].shape & kIssueWord; }
// (the condition words are ASCII: the token's entry answers for them without scanning its text
// for a typographic mark as ShapeClasses would fold)
bool ConditionWord(const Tok& t) { return TokLex().entries[t.tag].shape & kConditionWord; }
bool QuantityWord(const Tok& t) { return TokLex().entries[t.tag].shape & kQuantityWord; }
bool MediumWord(const Tok& t) { return TokLex().entries[t.tag].shape & kMediumWord; }
bool ContractionHead(std::string_view lower) { return Shape(lower) & kContractionHeadWord; }
bool ReflexiveWord(const Tok& t) { return Shape(t) & kReflexiveWord; }

WordFacts FactsOf(std::string_view folded) {
  const Lexicons& lex = Lex();
  const uint32_t* e = lex.by_word.Find(folded);
  if (e == nullptr) return {};
  const Lexicons::WordEntry& entry = lex.entries[*e];
  return {entry.stance, entry.shape, entry.classes};
}
bool WordFacts::Subordinator() const { return shape & kSubordinatorWord; }
bool WordFacts::Period() const { return shape & kPeriodWord; }
bool WordFacts::Generic() const { return shape & kGenericWord; }
bool WordFacts::Object() const { return shape & kObjectWord; }
bool WordFacts::Game() const { return shape & kGameWord; }
bool WordFacts::Quantity() const { return shape & kQuantityWord; }
bool WordFacts::Transfer() const { return shape & kTransferWord; }
bool TallyWord(std::string_view lower) { return Shape(lower) & kTallyWord; }
bool TallyWord(const Tok& t) { return Shape(t) & kTallyWord; }
bool NamingWord(std::string_view lower) { return Shape(lower) & kNamingWord; }
bool ChargeWord(std::string_view lower) { return Shape(lower) & kChargeWord; }
bool PerformanceWord(std::string_view lower) { return Shape(lower) & kPerformanceWord; }

bool FocusWord(std::string_view lower) { return Shape(lower) & kFocusWord; }

bool OwnHolding(const Doc& doc, uint32_t i, uint32_t last) {
  if (i >= last || !(Shape(doc.toks[i].lower) & kPossessiveWord) || (StanceClasses(doc.toks[i]) & kSelf))
    return false;
  uint32_t e = i + 1;
  for (; e < last && e < i + 7 && NounPhraseWord(doc.toks[e]); ++e)
    if (Valence(doc.toks[e]) < 0) return false;  // "reduce their poverty": a wrong, opposed
  return e > i + 1;
}

bool BlockedAct(const Doc& doc, uint32_t first, uint32_t k) {
  // an act: "to reduce", "cutting"; a judgement ("the fraud", "could be illegal") is no act
  if (k <= first || (doc.toks[k - 1].lower != "to" && !doc.toks[k].lower.ends_with("ing"))) return false;
  for (uint32_t j = k, words = 0; j > first && words < 8; --j) {
    const Tok& t = doc.toks[j - 1];
    if (ClauseBreak(t) || TokIn(t, kListJoin) || TokIn(t, kListOr) || (StanceClasses(t) & kContrast))
      return false;
    if (!IsWord(t)) continue;
    ++words;
    if (Shape(t.lower) & kBlockingWord) return true;
  }
  return false;
}
bool BlockingWord(std::string_view lower) { return Shape(lower) & kBlockingWord; }

bool PhraseEndWord(std::string_view lower) { return Shape(lower) & kPhraseEndWord; }
bool PhraseEndWord(const Tok& t) { return Shape(t) & kPhraseEndWord; }

bool PlacePreposition(std::string_view lower) { return Shape(lower) & kPlacePrepWord; }

bool PossessiveWord(std::string_view lower) { return Shape(lower) & kPossessiveWord; }
bool LinkingVerb(const Tok& t) { return TokenShape(t) & kLinkingVerb; }
bool ObjectWord(const Tok& t) { return TokenShape(t) & kObjectWord; }
bool NoObjectWord(const Tok& t) { return TokenShape(t) & kNoObjectWord; }
bool DegreeWord(const Tok& t) { return TokenShape(t) & kDegreeWord; }
bool NamingWord(const Tok& t) { return TokenShape(t) & kNamingWord; }
bool PerformanceWord(const Tok& t) { return TokenShape(t) & kPerformanceWord; }
bool PossessiveWord(const Tok& t) { return TokenShape(t) & kPossessiveWord; }

bool LightVerb(std::string_view lower) { return Shape(lower) & kLightVerbWord; }

bool AdjectiveWord(std::string_view lower) { return AdjectiveShape(lower); }
bool AdjectiveWord(const Tok& t) { return AdjectiveShape(t); }

int ReceivingVerb(std::string_view lower) {
  ShapeSet sh = Shape(lower);
  return (sh & kReceivingWord) ? 1 : (sh & kLosingWord) ? -1 : 0;
}

bool Corrects(const Doc& doc, uint32_t k, uint32_t last) {
  return k + 1 < last && IsWord(doc.toks[k + 1]) && (Shape(doc.toks[k + 1].lower) & kCorrectionWord);
}

std::vector<ContentStance> StanceOfContent(const Doc& doc, uint32_t first, uint32_t last, bool proposal) {
  if (first >= last || last > doc.toks.size()) return {};
  return ContentReader(doc, first, last, proposal).Read();
}

}  // namespace claimgraph::extract::claims
