// Constructions of a claim's content that carry a stance or a proposal without a sentiment word
// (issue 13): a warning about a named one, money the speaker says will go somewhere, a
// condition "without X, <something bad>", a verb whose subject is the speaker. See stance.h.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {
namespace {

bool NegatedWord(std::string_view w) {
  return w.find("n't") != std::string_view::npos || w.find("n\xE2\x80\x99t") != std::string_view::npos;
}

// The first content token past a leading "that".
uint32_t ContentStart(const Doc& doc, uint32_t first, uint32_t last) {
  uint32_t a = first;
  while (a < last && (doc.toks[a].lower == "that" || !IsWord(doc.toks[a]))) ++a;
  return a;
}

// The subject phrase that opens the content at a, up to its finite or negated verb (at most `most`
// tokens): the verb's index, or a when there is none.
uint32_t SubjectEnd(const Doc& doc, uint32_t a, uint32_t last, uint32_t most) {
  uint32_t e = a;
  while (e < last && e - a < most) {
    const Tok& t = doc.toks[e];
    bool part = IsWord(t) || t.lower == "'s" ||
                (!ClauseBreak(t) && t.kind != TokKind::kOpenQuote && t.kind != TokKind::kCloseQuote &&
                 t.lower != "." && t.lower != "?");
    if (!part || (StanceClasses(t) & kFinite) || NegatedWord(t.lower)) break;
    ++e;
  }
  // the verb: finite ("were", "had") or negated ("can't")
  bool verb = e < last && ((StanceClasses(doc.toks[e]) & kFinite) || NegatedWord(doc.toks[e].lower));
  return e > a && verb ? e : a;
}

}  // namespace

bool StanceVerb(const Tok& t) {
  const Lexicons& lex = Lex();
  const PhraseSteps* bucket = lex.entries[t.tag].cues;
  if (bucket == nullptr) return false;
  for (const PhraseStep& step : bucket->steps)
    if (lex.cues[step.phrase].cls == kStance && step.len == 1 && !lex.cues[step.phrase].wrong) return true;
  return false;
}

bool StanceVerbAt(const Doc& doc, uint32_t k) {
  if (!StanceVerb(doc.toks[k])) return false;
  if (k == 0 || !IsWord(doc.toks[k - 1])) return true;
  const Tok& p = doc.toks[k - 1];
  return !(TokIs(p, kDeterminer) || p.lower == "for" || p.lower == "of" || EndsPossessive(p) ||
           (!p.cap && AdjectiveWord(p)));
}

bool NoProposal(const Doc& doc, uint32_t first, uint32_t k, uint32_t len, uint32_t last) {
  for (uint32_t a = k; a > first && k - a < 10 && !ClauseBreak(doc.toks[a - 1]);) {
    --a;
    // ("you have to start": "you" in general as the pledge's own subject, not "I promise you we will")
    if (ConditionWord(doc.toks[a].lower) ||
        (doc.toks[a].lower == "you" && a + 2 >= k && !(StanceClasses(doc.toks[k]) & kSelf)))
      return true;
  }
  // "we have to say right at the outset that ...", "I must admit": a verb of saying or believing
  // after the need is the speaker's manner of speaking, nothing to be done (not a verb that is an
  // act as well, "we must see as many players as possible", "show our proper game", nor a verb of
  // knowing: "we need to know the facts")
  if (uint32_t cue_len = 0; k + len < last) {
    int ci = MatchCue(doc, k + len, last, &cue_len);
    // (the speaker's own need only: "Tony Blair should tell voters the truth" proposes it)
    bool own = false;
    for (uint32_t j = k > first + 3 ? k - 3 : first; j < k + len && !own; ++j)
      own = IsWord(doc.toks[j]) && (StanceClasses(doc.toks[j]) & kSelf);
    if (ci >= 0 && own) {
      const Cue& cue = Lex().cues[static_cast<size_t>(ci)];
      if ((cue.cls == kSpeech || cue.cls == kBelief) && !cue.as && !cue.notspeech && !cue.clause) return true;
    }
  }
  // a forecast follows a pledge of the future or of ability ("we will", "we are going to", "we
  // can"), not a need ("important to find a solution", "let's wait")
  std::string_view end = doc.toks[k + len - 1].lower;
  bool future = end == "will" || end == "can" || end == "shall" || end == "would" || end.ends_with("ll") ||
                (end == "to" && len > 1 && doc.toks[k + len - 2].lower == "going");
  return future && k + len < last && IsWord(doc.toks[k + len]) && ForecastWord(doc.toks[k + len].lower);
}

bool WarningSubject(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* subject) {
  uint32_t a = ContentStart(doc, first, last);
  uint32_t v = SubjectEnd(doc, a, last, 8);
  if (v == a) return false;
  // "that Smith had been fired": what is done to the one named is no act of theirs (a negated
  // passive still judges them: "Iran can't be trusted")
  bool negated = false;
  for (uint32_t k = v; k < last && k < v + 5 && IsWord(doc.toks[k]); ++k) {
    std::string_view w = doc.toks[k].lower;
    negated |= (StanceClasses(w) & kNegator) || NegatedWord(w);
    if (LinkingVerb(doc.toks[k]) && k + 1 < last && IsWord(doc.toks[k + 1])) {
      std::string_view n = doc.toks[k + 1].lower;
      bool participle =
          n.size() > 4 && (n.compare(n.size() - 2, 2, "ed") == 0 || n.compare(n.size() - 2, 2, "en") == 0);
      if (participle && !negated) return false;
    }
    if (!(StanceClasses(w) & (kFinite | kNegator)) && !NegatedWord(w) && !LinkingVerb(doc.toks[k])) break;
  }
  bool named = false;
  for (uint32_t k = a; k < v; ++k)
    named |= doc.toks[k].cap && !TokIs(doc.toks[k], kDeterminer | kFunction | kPronoun);
  if (!named) return false;
  // "warned Jones: 'Gavin is ridiculously talented'": praise of the one named ("is" and a good
  // word) is a warning to others, not about them
  if (LinkingVerb(doc.toks[v]))
    for (uint32_t k = v + 1; k < last && k < v + 4 && IsWord(doc.toks[k]); ++k) {
      if ((StanceClasses(doc.toks[k]) & kNegator) || NegatedWord(doc.toks[k].lower)) break;
      if (Valence(doc.toks[k]) >= 2) return false;
    }
  subject->first = a;
  subject->last = v;
  return true;
}

uint32_t AllocationTarget(const Doc& doc, uint32_t first, uint32_t last) {
  uint32_t a = ContentStart(doc, first, last);
  uint32_t v = SubjectEnd(doc, a, last, 14);
  if (v == a || (doc.toks[v].lower != "will" && doc.toks[v].lower != "would")) return 0;
  bool money = false;
  for (uint32_t k = a; k < v; ++k) {
    std::string_view w = doc.toks[k].lower;
    money |= w.find("\xC2\xA3") != std::string_view::npos || w.find('$') != std::string_view::npos ||
             w.find("\xE2\x82\xAC") != std::string_view::npos || MoneyWord(w);
  }
  if (!money) return 0;
  // past the modal, "be", the verb of moving money and its particle: "will go back into X",
  // "would then be spent on X", "will be available for X"
  uint32_t k = v + 1;
  if (k < last && SequenceWord(doc.toks[k].lower)) ++k;
  if (k < last && doc.toks[k].lower == "be") ++k;
  if (k < last && IsWord(doc.toks[k]) && !TokIs(doc.toks[k], kFunction)) ++k;
  while (k < last && RouteWord(doc.toks[k].lower)) ++k;
  return k < last && IsWord(doc.toks[k]) ? k : 0;
}

int SubjectVerdict(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* subject) {
  uint32_t a = ContentStart(doc, first, last);
  uint32_t e = a;
  if (e < last && TokIs(doc.toks[e], kDeterminer) && !EndsPossessive(doc.toks[e])) ++e;
  // the name: capitalized words ("Mr Oppenheimer", "the Obama administration" ends before its
  // common noun, and is no name of its own)
  while (e < last && e - a < 6 && IsWord(doc.toks[e]) && doc.toks[e].cap && !EndsPossessive(doc.toks[e]) &&
         !TokIs(doc.toks[e], kPronoun | kFunction))
    ++e;
  if (e == a || e >= last || (TokIs(doc.toks[a], kDeterminer) && e == a + 1)) return 0;
  // past adverbs and auxiliaries ("has repeatedly", "had"): a negated verb says nothing here,
  // and a linking verb is read as "X is ADJ" elsewhere (or is a passive: "X was attacked")
  uint32_t k = e;
  while (k < last && k - e < 3 && IsWord(doc.toks[k]) &&
         (IsLyAdverb(doc.toks[k]) || (StanceClasses(doc.toks[k]) & (kFinite | kNegator)) ||
          NegatedWord(doc.toks[k].lower))) {
    if ((StanceClasses(doc.toks[k]) & kNegator) || NegatedWord(doc.toks[k].lower) || LinkingVerb(doc.toks[k]))
      return 0;
    ++k;
  }
  if (k >= last || !IsWord(doc.toks[k])) return 0;
  const Tok& v = doc.toks[k];
  if (v.cap || TokIs(v, kFunction | kDeterminer | kPronoun | kAux) || LinkingVerb(v)) return 0;
  std::string_view w = v.lower;
  // a verb by its place (after an auxiliary or adverb) or its form: "failed", "cheats"; not the
  // noun of a longer name ("the Iraq war had hit ...")
  if (k == e && !(w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.back() == 's'))) return 0;
  int val = Valence(v);
  // "spoils", "invokes": a present tense read as its stem
  if (val == 0 && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's')
    val = Valence(w.substr(0, w.size() - 1));
  // a judgement is of a wrong done: "Smith is leading" describes, "Smith should fire" proposes
  if (OutcomeWord(w) || ExperiencerWord(w) || val > -2) return 0;
  if (StanceVerb(v)) return 0;  // "Jones criticized the plan": Jones's stance, not a wrong done
  // "Goldsmith warned Blair that ...": a verb of saying tells, it does no wrong
  uint32_t cue_len = 0;
  if (int ci = MatchCue(doc, k, last, &cue_len); ci >= 0) {
    CueClass cls = Lex().cues[static_cast<size_t>(ci)].cls;
    if (cls == kSpeech || cls == kBelief) return 0;
  }
  // a wrong done to someone or something, or a failure to act ("cheated its customers", "lied
  // about", "failed to supervise"); not a fall ("had fallen from fourth", "fell to 11th")
  if (k + 1 >= last || !IsWord(doc.toks[k + 1])) return 0;
  const Tok& n = doc.toks[k + 1];
  bool object = (n.cap && !TokIs(n, kFunction)) || TokIs(n, kDeterminer | kPronoun) || n.lower == "about";
  bool to_act = n.lower == "to" && k + 2 < last && IsWord(doc.toks[k + 2]) && !doc.toks[k + 2].cap &&
                !TokIs(doc.toks[k + 2], kDeterminer);
  if (!object && !to_act) return 0;
  for (uint32_t m = e; m < k; ++m)
    if (doc.toks[m].lower == "should" || doc.toks[m].lower == "must") return 0;
  subject->first = a;
  subject->last = e;
  return val;
}

uint32_t WithoutCondition(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* called_for) {
  uint32_t a = ContentStart(doc, first, last);
  if (a >= last || doc.toks[a].lower != "without") return first;
  uint32_t comma = a + 1;
  while (comma < last && doc.toks[comma].lower != "," && doc.toks[comma].kind != TokKind::kEnd) ++comma;
  if (comma >= last || doc.toks[comma].lower != ",") return first;
  bool bad = false;
  for (uint32_t k = comma + 1; k < last && doc.toks[k].kind != TokKind::kEnd; ++k)
    bad |= IsWord(doc.toks[k]) && Valence(doc.toks[k]) <= -2;
  uint32_t np = a + 1;
  while (np < comma && doc.toks[np].lower != "to" && doc.toks[np].lower != "for") ++np;
  if (bad && np > a + 1) {
    called_for->first = a + 1;
    called_for->last = np;
  }
  return comma + 1;
}

std::string AboutPhrase(const Doc& doc, uint32_t first, uint32_t last, uint32_t p, uint32_t q, bool object) {
  auto is_be = [&](uint32_t k) {
    std::string_view l = doc.toks[k].lower;
    return l == "is" || l == "are" || l == "was" || l == "were" || l == "be" || l == "been" || l == "seems" ||
           l == "remains";
  };
  auto np = [&](uint32_t a, uint32_t b) -> std::string {
    // drop an appositive set off by commas and a leading "that"
    while (a < b && (doc.toks[a].lower == "that" || doc.toks[a].kind == TokKind::kPunct)) ++a;
    std::string out;
    uint32_t words = 0;
    bool skip = false;
    uint32_t seg = a;
    for (uint32_t k = a; k < b; ++k) {
      const Tok& t = doc.toks[k];
      if (t.kind == TokKind::kPunct && t.lower == ",") {
        if (!skip && k > seg) {
          out += (out.empty() ? "" : " ") + SpanText(doc, seg, k, true);
        }
        skip = !skip;
        seg = k + 1;
        continue;
      }
      if (!skip) words += IsWord(t);
    }
    if (!skip && seg < b) out += (out.empty() ? "" : " ") + SpanText(doc, seg, b, true);
    // a lone word says too little ("It", "goal"), unless it is a name ("Iran")
    if (words == 1) {
      uint32_t w = a;
      while (w < b && !IsWord(doc.toks[w])) ++w;
      if (w < b && doc.toks[w].cap && !TokIs(doc.toks[w], kPronoun | kFunction | kDeterminer)) return out;
    }
    if (words < 2 || words > 10) return {};
    return out;
  };
  // before: X is [not] PHRASE
  uint32_t v = p;
  bool nominal = false;  // "X is a great guy": a noun phrase said of X
  while (v > first && (DegreeWord(doc.toks[v - 1]) || doc.toks[v - 1].kind == TokKind::kOpenQuote ||
                       doc.toks[v - 1].kind == TokKind::kCloseQuote || doc.toks[v - 1].lower == "the" ||
                       TokIn(doc.toks[v - 1], kIndefinite))) {
    nominal |= TokIn(doc.toks[v - 1], kIndefinite);
    --v;
  }
  // "it's the craziest thing": said of a pronoun, nothing to name
  if (v > first && v < p && ContractedBe(doc.toks[v - 1].lower)) return {};
  // "there will not be X": X
  if (doc.toks[p].lower == "there" && p < q && is_be(q - 1)) {
    uint32_t e = q;
    while (e < last && doc.toks[e].kind != TokKind::kEnd && doc.toks[e].lower != "," && e - q < 10) ++e;
    return e > q ? np(q, e) : std::string();
  }
  if (v > first && is_be(v - 1)) {
    // "Labour had been responsible for": the subject is before the auxiliaries
    while (v - 1 > first && (StanceClasses(doc.toks[v - 2]) & kFinite)) --v;
    uint32_t a = v - 1;
    while (a > first && doc.toks[a - 1].lower != "that" && doc.toks[a - 1].kind != TokKind::kEnd &&
           doc.toks[a - 1].lower != ";" && !(StanceClasses(doc.toks[a - 1]) & (kContrast | kConcessive)) &&
           v - a < 16)
      --a;
    // a walk cut short inside an aside ("The deal, struck at the European Council last week, also
    // proved claims of ... were wrong" from "European"): an odd comma count would keep the aside's
    // tail and drop the rest as the aside; the subject is not known, and what the phrase is said
    // of is that subject, not what follows it
    uint32_t commas = 0;
    for (uint32_t m = a; m + 1 < v; ++m) commas += doc.toks[m].lower == ",";
    if (v - a >= 16 && a > first && doc.toks[a - 1].kind != TokKind::kEnd && commas % 2 == 1) return {};
    std::string before = np(a, v - 1);
    // ("He is a great guy": said of the subject, which names no one here; not of "guy")
    if (!before.empty() || nominal) return before;
  }
  // "X is a realistic outcome" after "does not believe": the phrase opens the clause
  if (p < q && is_be(q - 1)) return {};  // "must be backed by ...": the clause, not a phrase
  uint32_t a = q;
  // an aside: "We want, like you, a sovereign Ukraine"
  if (a < last && doc.toks[a].lower == ",") {
    uint32_t c = a + 1;
    while (c < last && c - a < 6 && doc.toks[c].lower != ",") ++c;
    if (c < last && doc.toks[c].lower == ",") a = c + 1;
  }
  if (a < last && doc.toks[a].lower == "that") ++a;
  // "I want so badly someday to have his dignity": adverbs between a proposal's verb and its "to"
  if (!object) {
    uint32_t x = a;
    // (a short word in "-ly" only after another: "so badly", not the verb of "apply to")
    while (x < last && x - a < 4 && IsWord(doc.toks[x]) &&
           ((IsLyAdverb(doc.toks[x]) && (doc.toks[x].lower.size() >= 7 || x > a)) ||
            DegreeWord(doc.toks[x]) ||
            (TokIs(doc.toks[x], kTimeWord) && !TokIs(doc.toks[x], kFunction | kDeterminer))))
      ++x;
    if (x > a && x + 1 < last && doc.toks[x].lower == "to" && IsWord(doc.toks[x + 1])) a = x + 1;
  }
  uint32_t b = a;
  // up to a verb ("X is realistic", "X will work"): StanceClasses' finite verbs, not the
  // adverbs of the aux class ("first", "only")
  auto finite = [&](uint32_t k) { return is_be(k) || (StanceClasses(doc.toks[k]) & kFinite); };
  while (b < last && b - a < 12 && IsWord(doc.toks[b]) && !finite(b)) ++b;
  if (b == a) return {};
  if (b < last && finite(b)) {
    // "do away with those labels and people will say ...": after a verb's object, "and" before
    // a one-word subject of a verb of its own opens a clause
    // (a common noun or a pronoun: "Mr Magnier and Mr McManus was" is one subject; one noun before
    // the "and" is the object: "reduce poverty and there is no need")
    if (const uint32_t k = b - 1;
        object && k > a + 1 && TokIn(doc.toks[k - 1], kListJoin | kListOr) && !doc.toks[k].cap) {
      if (k - 1 == a + 1 && IsWord(doc.toks[a]) && !TokIs(doc.toks[a], kPronoun | kFunction | kDeterminer))
        return SpanText(doc, a, a + 1, true);
      return np(a, k - 1);
    }
    return np(a, b);
  }
  // "time to stop this ridiculous War": up to the clause's end; an object not into a clause of its
  // own, with a subject pronoun ("tackle obscene poverty they need deliver") or a second verb and its
  // object ("reduce their poverty and reduce their illiteracy", "stop the game and get the decision
  // right"); a proposal's act keeps its second verb ("go there and get the win")
  auto next_clause = [&](uint32_t k) {
    if (!object) return false;
    const Tok& t = doc.toks[k];
    if (k > a && TokIn(t, kSubjectPronoun) && TokIs(t, kPronoun)) return true;
    return k > a && (TokIn(t, kListJoin) || TokIn(t, kListOr)) && k + 2 < last && IsWord(doc.toks[k + 1]) &&
           !doc.toks[k + 1].cap && !TokIs(doc.toks[k + 1], kDeterminer) &&
           TokIs(doc.toks[k + 2], kDeterminer);
  };
  uint32_t e = a, words = 0;
  while (e < last && doc.toks[e].kind != TokKind::kEnd && doc.toks[e].lower != "," &&
         doc.toks[e].lower != "where" && doc.toks[e].lower != "which" && doc.toks[e].lower != "who" &&
         !next_clause(e) && !(IsWord(doc.toks[e]) && ++words > 10))
    ++e;
  // (one noun before the next clause is the object: "tackle waste and reduce the borrowing")
  // (not a verb: "willingness to support and develop the game", "stop doing it as we grow up")
  if (e == a + 1 && e < last && next_clause(e) && IsWord(doc.toks[a]) &&
      !TokIs(doc.toks[a], kPronoun | kFunction | kDeterminer) && !StanceVerb(doc.toks[a]) &&
      !doc.toks[a].lower.ends_with("ing"))
    return SpanText(doc, a, e, true);
  return e > a ? np(a, e) : std::string();
}

bool OwnSubject(const Doc& doc, uint32_t first, uint32_t k) {
  uint32_t j = k;
  while (j > first && IsWord(doc.toks[j - 1]) &&
         ((StanceClasses(doc.toks[j - 1]) & (kFinite | kNegator)) || IsLyAdverb(doc.toks[j - 1]) ||
          NegatedWord(doc.toks[j - 1].lower)))
    --j;
  if (j == first) return false;
  std::string_view w = doc.toks[j - 1].lower;
  if (StanceClasses(w) & kSelf) return true;
  return j - 1 == first && TokIn(doc.toks[j - 1], kThirdPerson);
}

bool ModalVerdict(const Doc& doc, uint32_t cs, uint32_t b, uint32_t k) {
  if (b <= cs || doc.toks[b].lower != "be" || !StanceVerb(doc.toks[k])) return false;
  // a modal of what ought to be ("must be condemned", "should be praised", "can't be trusted"), or
  // any modal negated ("will not be tolerated"); a forecast is no verdict ("the budget would be
  // criticised", "the deal will be welcomed", "the plan might be criticised": others' acts)
  auto modal = [&](const Tok& t) {
    return TokIs(t, kModal) || NegatedAux(t.lower) || t.lower == "will" || t.lower == "would";
  };
  auto deontic = [&](const Tok& t) { return TokIn(t, kObligation) || NegatedAux(t.lower); };
  uint32_t m = b;
  bool negated = false;
  while (m > cs + 1 && !modal(doc.toks[m - 1]) &&
         ((StanceClasses(doc.toks[m - 1]) & kNegator) || IsLyAdverb(doc.toks[m - 1]))) {
    negated = negated || (StanceClasses(doc.toks[m - 1]) & kNegator);
    --m;
  }
  const Tok& t = doc.toks[m - 1];
  return modal(t) && (deontic(t) || negated || (StanceClasses(t) & kNegator));
}

int NamedVerdict(const Doc& doc, uint32_t j, uint32_t last) {
  const auto& toks = doc.toks;
  auto quote = [&](uint32_t k) {
    return k < last && (toks[k].kind == TokKind::kOpenQuote || toks[k].kind == TokKind::kCloseQuote);
  };
  // "Bellamy's behaviour", "Mr Clarke's new proposals": the thing of the one named
  if (j < last && toks[j].lower == "'s") ++j;
  if (j > 0 && (EndsPossessive(toks[j - 1]) || toks[j - 1].lower == "'s"))
    for (uint32_t n = 0; n < 3 && j < last && IsWord(toks[j]) && toks[j].lower != "as" &&
                         !TokIs(toks[j], kFunction | kDeterminer | kAux | kPronoun) &&
                         // "called Speier's bill offensive": a judging adjective after the thing
                         !(n > 0 && Valence(toks[j]) != 0 && AdjectiveWord(toks[j]) && !OutcomeWord(toks[j]));
         ++n, ++j)
      if (OutcomeWord(toks[j])) return 0;  // "Spain's Davis Cup victory": a result, not an act judged
  while (quote(j)) ++j;
  bool as = j < last && toks[j].lower == "as";
  if (as) ++j;
  bool quoted = quote(j);
  while (quote(j)) ++j;
  if (j >= last || !IsWord(toks[j]) || toks[j].cap) return 0;
  // "called Smith a week later": no phrase said of the one named unless it opens as one, or
  // with an adjective ("called Trump dishonest"; "Spain's Davis Cup victory" is the name's noun)
  if (!as && !quoted && !TokIs(toks[j], kDeterminer) && !(StanceClasses(toks[j]) & kNegator) &&
      (Valence(toks[j]) == 0 || OutcomeWord(toks[j]) || !AdjectiveWord(toks[j])))
    return 0;
  int sum = 0;
  bool negated = false;
  for (uint32_t k = j, words = 0; k < last && words < 8; ++k) {
    const Tok& t = toks[k];
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kDash || IsPunct(t, ',') || IsPunct(t, ';') ||
        IsPunct(t, ':') || IsPunct(t, '('))
      break;
    if (!IsWord(t)) continue;
    ++words;
    // "a man who ...", "a risk because ...": what follows says more than the name
    if (k > j && (PhraseEndWord(t) || SubordinatorWord(t.lower) || TokIn(t, kRelative))) break;
    if (StanceClasses(t) & (kNegator | kContrast)) {
      negated = (StanceClasses(t) & kNegator) != 0;  // "not a liar but a good man"
      continue;
    }
    uint32_t len = 0;
    int si = MatchStance(doc, k, last, 'c', &len);
    int v = 0;
    if (si >= 0 && Lex().stance[static_cast<size_t>(si)].relation != "proposed") {
      v = Lex().stance[static_cast<size_t>(si)].relation == "opposes" ? -3 : 3;
      k += len - 1;
    } else if (!OutcomeWord(t) && !ExperiencerWord(t.lower)) {
      v = Valence(t);
    }
    sum += negated ? -v : v;
  }
  return sum >= 2 || sum <= -2 ? sum : 0;
}

bool ChargedAct(const Doc& doc, uint32_t lo, uint32_t k) {
  const auto& toks = doc.toks;
  if (k < lo + 2 || toks[k].lower.size() < 5 || !toks[k].lower.ends_with("ing")) return false;
  uint32_t j = k - 1;
  while (j > lo && IsLyAdverb(toks[j])) --j;  // "accused of secretly backing Y"
  // "accused X of repressing dissent, ... and supporting Y": the last act of a list whose first
  // is charged is charged too
  if (toks[j].lower == "and" || toks[j].lower == "or") {
    for (uint32_t m = j; m > lo + 2 && j - m < 14; --m) {
      const Tok& t = toks[m - 1];
      if (t.kind == TokKind::kEnd || IsPunct(t, ';') || IsPunct(t, ':')) return false;
      if (IsWord(t) && !t.cap && ChargedAct(doc, lo, m - 1)) return true;
    }
    return false;
  }
  if (toks[j].lower != "of" && toks[j].lower != "with") return false;
  // the charge, right before or before its object ("accused Doha of", "suspected of")
  for (uint32_t m = j; m > lo && j - m < 6;) {
    const Tok& t = toks[--m];
    if (t.kind == TokKind::kEnd || IsPunct(t, ';') || IsPunct(t, ':')) return false;
    if (IsWord(t) && ChargeWord(t.lower)) return true;
  }
  return false;
}

bool AdjectivalParticiple(const Doc& doc, uint32_t k) {
  const Tok& t = doc.toks[k];
  if (t.lower.size() < 5 || !t.lower.ends_with("ing") || k + 1 >= doc.toks.size()) return false;
  const Tok& n = doc.toks[k + 1];
  return IsWord(n) && !n.cap && PerformanceWord(n);
}

namespace {

// "I", "we" and their contractions ("we're", "I've"): the speaker of a quote as a subject.
bool FirstPersonSubject(const Tok& t) {
  std::string_view w = t.lower;
  std::string_view stem = w.substr(0, std::min(w.find('\''), w.find('\xE2')));
  const WordInfo* info = Lex().Word(stem);
  return info != nullptr && (info->grammar & kSubjectPronoun) && (StanceClasses(stem) & kSelf);
}

// A lower-case noun that may report words of its own: people ("voters", "analysts"), a group, an
// organization, a document ("the report"), or a plural ("users", "firms").
bool ReportingNoun(const Tok& t) {
  if (!IsWord(t) || t.cap || t.kind == TokKind::kNumber || IsLyAdverb(t) ||
      TokIs(t, kFunction | kPronoun | kAux | kModal | kDeterminer) || TokIn(t, kRelative | kSubjectPronoun))
    return false;
  std::string_view w = t.lower;
  return PeopleNoun(t) || TokIs(t, kPersonNoun | kGroupNoun | kOrgNoun | kDocumentNoun | kOrgKind | kTitle) ||
         (w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us"));
}

}  // namespace

bool ReportedBefore(const Doc& doc, uint32_t first, uint32_t k, uint32_t last) {
  const Lexicons& lex = Lex();
  bool reported = false;
  for (uint32_t m = first + 1; m <= k && m < last; ++m) {
    const Tok& t = doc.toks[m];
    // a clause of the speaker's own: after a break ("As far as content is concerned, I will talk
    // about X"), or with "I" or "we" as its subject ("Eddie told me ... and I will take on board
    // their opinions")
    if (IsPunct(t, ',') || IsPunct(t, ';') || IsPunct(t, ':') || FirstPersonSubject(t)) {
      reported = false;
      continue;
    }
    uint32_t len = 0;
    int ci = IsWord(t) && !t.cap ? MatchCue(doc, m, last, &len) : -1;
    if (ci < 0) continue;
    const Cue& cue = lex.cues[static_cast<size_t>(ci)];
    if ((cue.cls != kSpeech && cue.cls != kBelief) || cue.notspeech) continue;
    // its subject is a name ("Mr Blunkett had complained") or a noun ("half of all users say"),
    // not the speaker's own pronoun ("we are concerned about X", "he had argued against X")
    // (past auxiliaries, adverbs and the linking verb of a belief adjective: "I am confident")
    uint32_t j = m;
    while (j > first + 1 && IsWord(doc.toks[j - 1]) &&
           (TokIs(doc.toks[j - 1], kAux | kModal) || TokIn(doc.toks[j - 1], kAuxVerb | kClauseModal) ||
            IsLyAdverb(doc.toks[j - 1]) || LinkingVerb(doc.toks[j - 1])))
      --j;
    const Tok& subj = doc.toks[j - 1];
    if (IsWord(subj) &&
        ((subj.cap && !TokIs(subj, kDeterminer | kPronoun | kFunction)) || ReportingNoun(subj)))
      reported = true;
  }
  return reported;
}

}  // namespace claimgraph::extract::claims
