// Stance edges read from a sentence's own words (issue 13). See sentence_edges.h.
#include "extract/claims/sentence_edges.h"

#include <algorithm>

#include "extract/claims/relation_rules.h"
#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {
namespace {

// The entity id when it can take a side (a person, organization or country), else "".
std::string AgentId(const Extraction& out, const std::string& id) {
  const Entity* e = id.empty() ? nullptr : out.FindEntity(id);
  if (e == nullptr || e->type == EntityType::kPlace || e->type == EntityType::kEvent) return {};
  return id;
}

// A lower-case word that grades a role ("longtime", "vocal", "former"), or a party or
// nationality word ("Democratic rival").
bool GradesRole(const Tok& t) {
  if (!IsWord(t) || EndsPossessive(t)) return false;
  if (t.cap) return TokIs(t, kModifier);
  // (not a verb between two names: "Henman beats rival Rusedski", "Johnson edged rival Sotherton")
  if ((t.lower.ends_with("s") && !t.lower.ends_with("ous") && !t.lower.ends_with("ss")) ||
      t.lower.ends_with("ed"))
    return false;
  return !TokIs(t, kFunction | kDeterminer | kPronoun | kAux) &&
         !(StanceClasses(t) & (kFinite | kClosed | kNegator));
}

// "Norway's peace negotiator": a word right after an owner's "'s" is a noun of the owner's,
// no verb; but "'s" stands for "is" or "has" before a form in "-ing" or "-ed" ("Blair's backing
// Brown"); nor a noun before a clause of its own ("Michael Howard's accusation that Tony Blair
// misled Parliament": the owner's stance).
bool AfterPossessive(const Doc& doc, uint32_t lo, uint32_t k, uint32_t sl) {
  const Tok& t = doc.toks[k];
  if (k + 1 < sl && TokIn(doc.toks[k + 1], kRelative)) return false;
  return k > lo && (EndsPossessive(doc.toks[k - 1]) || doc.toks[k - 1].lower == "'s") &&
         !t.lower.ends_with("ing") && !t.lower.ends_with("ed");
}

}  // namespace

std::string StanceSubjectBefore(const Doc& doc, SpeakerResolver* speakers, uint32_t lo, uint32_t k) {
  std::string src = speakers->SubjectBefore(lo, k, true);
  // "didn't praise", "doesn't trust": the contracted auxiliary is one word, no auxiliary of the
  // subject finder's; the subject is that of the auxiliary
  if (src.empty() && k > lo + 1 && NegatedAux(doc.toks[k - 1].lower))
    src = speakers->SubjectBefore(lo, k - 1, true);
  return src;
}

bool SentimentVerbEdge(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t lo,
                       uint32_t sl, uint32_t k, EdgeRead* e) {
  const Tok& t = doc.toks[k];
  int v = Valence(t);
  if (v > -2 && v < 2) return false;
  if (t.cap || IsLyAdverb(t) || TokIs(t, kFunction | kDeterminer | kAux | kPronoun | kTitle)) return false;
  if (StanceClasses(t) & (kNegator | kIntensifier | kDiminisher)) return false;
  // "Koubek defeated Rusedski", "won the seat", "champion Agassi": a result, not a side taken;
  // "has the backing of Y": a noun, no verb
  if (OutcomeWord(t) || NounAfterDeterminer(doc, lo, k) || AfterPossessive(doc, lo, k, sl)) return false;
  // "is making him deeply frustrated", "seemed angry": after an object pronoun or a linking verb
  // (past its adverbs) the word is an adjective, no verb with an object; a form in "-ing" after
  // "be" is a progressive verb ("is betraying Tony Blair")
  uint32_t b = k;
  while (b > lo && (IsLyAdverb(doc.toks[b - 1]) || (StanceClasses(doc.toks[b - 1]) & kIntensifier))) --b;
  if (b > lo && IsWord(doc.toks[b - 1])) {
    const Tok& p = doc.toks[b - 1];
    bool progressive = LinkingVerb(p) && t.lower.size() > 4 && t.lower.ends_with("ing");
    if (ObjectWord(p) || (LinkingVerb(p) && !progressive)) return false;
  }
  // a passive: "X was outraged by Y" is X's feeling, "X was mocked by Y" Y's act; neither is
  // read here (the stance cues read theirs)
  if (PassiveAgentBy(doc, k + 1, sl) != 0) return false;
  // "did not endorse Y", "refused to back Y": withheld support opposes; a criticism withheld
  // says nothing
  bool negated = Negated(doc, lo, k);
  if ((negated && v < 0) || AskedWhether(doc, lo, k)) return false;
  std::string src = AgentId(out, StanceSubjectBefore(doc, speakers, lo, k));
  if (src.empty()) return false;
  uint32_t i = k + 1;
  if (i < sl && (doc.toks[i].lower == "at" || doc.toks[i].lower == "on" || doc.toks[i].lower == "with" ||
                 doc.toks[i].lower == "against" || doc.toks[i].lower == "into"))
    ++i;
  uint32_t end = i;
  std::string target = i < sl ? AgentId(out, speakers->EntityAt(i, sl, &end)) : std::string();
  if (target.empty() || target == src || end <= i) return false;
  // "woo Bernie Sanders supporters", "mocked Trump voters": the name modifies the people acted on
  if (end < sl && IsWord(doc.toks[end]) && !doc.toks[end].cap &&
      TokIs(doc.toks[end], kGroupNoun | kPersonNoun))
    return false;
  // the evidence runs to the end of the object's phrase ("approved Sri Lanka's request for a
  // freeze on loan repayments"); an act on another's request or plan is a stance toward the
  // request, not its maker
  e->ev_last = std::max(end, ShortEnd(doc, i, sl));
  e->target_text.clear();
  uint32_t n = end < sl && doc.toks[end].lower == "'s" ? end + 1 : end;
  if ((EndsPossessive(doc.toks[end - 1]) || n > end) && n < sl && RequestNoun(doc.toks[n].lower)) {
    target.clear();
    e->target_text = ShortText(doc, i, sl);
  }
  e->source = src;
  e->type = v < 0 || negated ? "opposes" : "supports";
  e->target = target;
  e->ev_first = negated ? k - 1 : k;
  e->verb = k;
  return true;
}

bool AppositiveRole(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t lo, uint32_t k,
                    uint32_t sl, const std::string& relation, EdgeRead* e) {
  const auto& toks = doc.toks;
  if (toks[k].cap || k + 1 >= sl || !IsWord(toks[k + 1]) || !toks[k + 1].cap) return false;
  // the holder: a person named right after the noun ("Google rival Microsoft" is a market's
  // rivalry, not a side taken)
  uint32_t hend = k + 1;
  std::string holder = AgentId(out, speakers->EntityAt(k + 1, sl, &hend));
  const Entity* he = holder.empty() ? nullptr : out.FindEntity(holder);
  if (he == nullptr || he->type != EntityType::kPerson || hend <= k + 1) return false;
  // the name before the noun, past up to two words that grade the role
  uint32_t m = k;
  while (m > lo && k - m < 2 && GradesRole(toks[m - 1])) --m;
  uint32_t e2 = m;
  if (e2 > lo && toks[e2 - 1].lower == "'s") --e2;
  if (e2 == lo) return false;
  const Tok& last = toks[e2 - 1];
  if (!IsWord(last) || !last.cap || TokIs(last, kFunction | kDeterminer | kPronoun | kTitle | kModifier))
    return false;
  uint32_t b = e2;
  while (b > lo && IsWord(toks[b - 1]) && toks[b - 1].cap &&
         !TokIs(toks[b - 1], kDeterminer | kFunction | kTitle))
    --b;
  // the one before is a person: "Arsenal defender Ashley Cole", "the Guardian's film critic Peter
  // Bradshaw" name a post at a team or paper, not a side
  uint32_t tend = b;
  std::string target = AgentId(out, speakers->EntityAt(b, e2, &tend));
  const Entity* te = target.empty() ? nullptr : out.FindEntity(target);
  if (te == nullptr || te->type != EntityType::kPerson || tend != e2 || target == holder) return false;
  e->source = holder;
  e->type = relation;
  e->target = target;
  e->target_text.clear();
  e->ev_first = b;
  e->ev_last = hend;
  e->verb = b;
  return true;
}

std::vector<std::string> ListedNames(const Doc& doc, SpeakerResolver* speakers, const Extraction& out,
                                     const std::string& first, uint32_t* end, uint32_t hi, bool agents) {
  const auto& toks = doc.toks;
  hi = std::min<uint32_t>(hi, static_cast<uint32_t>(toks.size()));
  std::vector<std::string> more;
  bool closed = false;  // the last item came after a listjoin word
  uint32_t items = 0;   // items after the first
  uint32_t k = *end;
  while (k < hi && !closed && items < 8) {
    uint32_t m = k;
    const bool comma = IsPunct(toks[m], ',');
    bool apposition = false;
    if (comma) {
      ++m;
      // "by Mary Landrieu, a Democrat, and Jeffrey Wiley": an apposition describes the one
      // before it; the list goes on after it
      if (m < hi && IsWord(toks[m]) && !toks[m].cap && TokIs(toks[m], kDeterminer)) {
        uint32_t c = m;
        while (c < hi && c < m + 8 && !IsPunct(toks[c], ',') && toks[c].kind != TokKind::kEnd) ++c;
        if (c >= hi || !IsPunct(toks[c], ',')) return {};
        m = c + 1;
        apposition = true;
      }
    }
    if (m < hi && TokIn(toks[m], kListJoin)) {
      // (", and B" right after the first: the comma closes something else, "Lord Sainsbury, who
      // has backed Tony Blair, and Paul Drayson")
      if (comma && !apposition && items == 0) return {};
      closed = true;
      ++m;
      if (m < hi && TokIn(toks[m], kListMore)) ++m;  // "and other B"
    } else if (m == k) {
      break;  // neither a comma nor a conjunction: the list ends
    }
    uint32_t e = m;
    std::string id;
    if (m < hi) id = agents ? AgentNamedAt(doc, speakers, out, m, hi, &e) : speakers->EntityAt(m, hi, &e);
    if (id.empty() || e <= m) return {};  // an item that names no one: no list of names
    if (id != first && std::find(more.begin(), more.end(), id) == more.end()) more.push_back(id);
    ++items;
    k = e;
  }
  if (!closed) return {};
  // "criticized Howard and Kennedy said ...", "not endorsed Trump and Mark Kirk withdrew ...":
  // the last name opens a clause of its own (a word after the list is a preposition or none)
  if (k < hi && IsWord(toks[k]) && !toks[k].cap && !(StanceClasses(toks[k]) & kClosed)) return {};
  *end = k;
  return more;
}

bool BlamedOn(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t i, uint32_t oe,
              std::string* target, std::string* text) {
  // a one-word cue whose own "on" phrase ("blamed on") is listed
  if (cue.words.size() != 1 || cue.relation.empty() || !cue.on_phrase) return false;
  for (uint32_t m = i + 1; m + 1 < oe; ++m) {
    const Tok& t = doc.toks[m];
    if (!IsWord(t) || (t.kind == TokKind::kPunct && t.lower == ",")) break;
    if (t.lower != "on") continue;
    uint32_t n = m + 1;
    while (n + 1 < oe && IsWord(doc.toks[n]) && !doc.toks[n].cap && TokIs(doc.toks[n], kDeterminer)) ++n;
    if (!IsWord(doc.toks[n]) || !doc.toks[n].cap) return false;  // "blamed the cuts on falling sales"
    uint32_t end = n;
    std::string id = speakers->EntityAt(n, oe, &end);
    *text = ShortText(doc, m + 1, oe);
    *target = !id.empty() && end > n && (end >= oe || !IsWord(doc.toks[end])) ? id : std::string();
    return true;
  }
  return false;
}

std::string RelativeClauseDoer(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                               uint32_t hi) {
  const auto& toks = doc.toks;
  if (i >= hi || !IsWord(toks[i]) || toks[i].cap || !TokIs(toks[i], kDeterminer) || TokIs(toks[i], kPronoun))
    return {};
  // the noun (and up to two words before it): "the job", "the tough stance"
  uint32_t head = i + 1, j = head;
  while (j < hi && j < head + 3 && IsWord(toks[j]) && !toks[j].cap &&
         !TokIs(toks[j], kFunction | kPronoun | kAux | kDeterminer) &&
         !(StanceClasses(toks[j]) & (kFinite | kClosed)))
    ++j;
  // "rejected the allegation that Brown had ...": what a claim noun says is no doer's act
  if (j == head || TokIs(toks[j - 1], kClaimNoun)) return {};
  if (j < hi && toks[j].lower == "that") ++j;
  uint32_t end = j;
  std::string id = j < hi ? AgentId(out, speakers->EntityAt(j, hi, &end)) : std::string();
  if (id.empty() || end <= j || end >= hi) return {};
  // the doer's verb: an auxiliary or a past tense ("has done", "carried out"); not a passive ("the
  // plan Smith was given")
  for (uint32_t m = end; m < hi && m < end + 3 && IsWord(toks[m]) && TokIs(toks[m], kAux); ++m)
    if (LinkingVerb(toks[m])) return {};
  const Tok& v = toks[end];
  bool verb =
      IsWord(v) && !v.cap && (TokIs(v, kAux) || (StanceClasses(v) & kFinite) || v.lower.ends_with("ed"));
  return verb ? id : std::string();
}

bool NamedPollster(const Doc& doc, SpeakerResolver* speakers,
                   const std::vector<std::pair<uint32_t, uint32_t>>& sentences, const std::string& source,
                   uint32_t k) {
  auto s = std::upper_bound(sentences.begin(), sentences.end(), std::make_pair(k, UINT32_MAX));
  if (s == sentences.begin() || (--s)->second <= k) return false;
  const uint32_t first = s->first, last = ReachAhead(s->second, k);
  for (uint32_t m = std::max(first + 1, ReachBack(first, k)); m < last; ++m) {
    const Tok& t = doc.toks[m];
    if (!IsWord(t) || t.cap || !TallyWord(t)) continue;
    uint32_t a = m;  // the capitalized words right before it: the name, maybe after "The"
    while (a > first && IsWord(doc.toks[a - 1]) && doc.toks[a - 1].cap) --a;
    for (uint32_t b = a; b < m; ++b) {
      uint32_t end = b;
      if (speakers->EntityAt(b, m, &end) == source && end == m) return true;
    }
  }
  return false;
}

bool CircumstanceNoun(const Doc& doc, uint32_t lo, uint32_t k) {
  const auto& toks = doc.toks;
  uint32_t j = k;
  // the noun's modifiers ("the latest verbal attack on")
  while (j > lo && k - j < 3 && IsWord(toks[j - 1]) && !toks[j - 1].cap &&
         !TokIs(toks[j - 1], kFunction | kDeterminer | kPronoun | kAux))
    --j;
  if (j < lo + 2 || toks[j - 1].lower != "the") return false;
  // (a list's item, "ID cards, the plan to charge for road use", and the object of another side
  // taken, "their stand against the war on Iraq", are no act of the sentence's subject either)
  const Tok& before = toks[j - 2];
  uint32_t len = 0;
  return TokIn(before, kSettingPrep | kCircumstance | kActPrep) || IsPunct(before, ',') ||
         (MatchStance(doc, j - 2, k, 'a', &len) >= 0 && len == 1);
}

}  // namespace claimgraph::extract::claims
