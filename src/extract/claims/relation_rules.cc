// Word-level rules of the relation builder (issue 4, 13). See relation_rules.h.
#include "extract/claims/relation_rules.h"

#include <algorithm>

#include "extract/claims/stance.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

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
bool RequestNoun(std::string_view w) { return Lex().Is(w, kRequestNoun); }

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
  // "is not ready to support Y", "was not quick to blame Y": the word that hands its subject on
  // is the one negated
  if (k >= lo + 3 && doc.toks[k - 1].lower == "to" && TokIs(doc.toks[k - 2], kRaising) &&
      !doc.toks[k - 2].cap)
    k -= 2;
  for (uint32_t j = k; j > lo && k - j < 2; --j) {
    std::string_view w = doc.toks[j - 1].lower;
    if ((StanceClasses(doc.toks[j - 1]) & kNegator) || w.find("n't") != std::string::npos ||
        w.find("n\xE2\x80\x99t") != std::string::npos)
      return true;
    // "no longer supports", "would no longer be supporting"
    if (w == "longer" && j > lo + 1 && doc.toks[j - 2].lower == "no") return true;
  }
  // "stopped supporting X", "opposed backing X": an act blocked or given up (stance_words.tsv's
  // blocking class) right before the verb's "-ing" form is not done
  return k > lo && doc.toks[k].lower.ends_with("ing") && IsWord(doc.toks[k - 1]) && !doc.toks[k - 1].cap &&
         BlockingWord(doc.toks[k - 1].lower);
}

bool UnderNegatedBelief(const Doc& doc, uint32_t lo, uint32_t k, bool verb_joined) {
  for (uint32_t j = k; j > lo && k - j < 8; --j) {
    const Tok& t = doc.toks[j - 1];
    // (a contrast opens a clause of its own: "he did not think so, but he wanted to X")
    if (t.kind == TokKind::kEnd || t.lower == "," || t.lower == ";" || t.lower == ":" ||
        (StanceClasses(t) & kContrast) || (verb_joined && TokIn(t, kSpeakerJoin)))
      return false;
    uint32_t len = 0;
    int ci = MatchCue(doc, j - 1, k, &len);
    if (ci < 0) continue;
    const Cue& cue = Lex().cues[static_cast<size_t>(ci)];
    // a doubt holds no stance in what it doubts, unless negated ("no doubt that ..."); what one
    // will not say or suggest is said by no one ("we will not suggest people support X")
    if (cue.cls == kBelief) return cue.doubting ? !Negated(doc, lo, j - 1) : Negated(doc, lo, j - 1);
    if (cue.cls == kSpeech && Negated(doc, lo, j - 1)) return true;
  }
  return false;
}

bool InQuestion(const Doc& doc, uint32_t k) {
  const uint32_t para = doc.toks[k].para;
  for (uint32_t j = k; j < doc.toks.size() && doc.toks[j].para == para; ++j) {
    const Tok& t = doc.toks[j];
    if (t.kind == TokKind::kEnd) return t.lower.find('?') != std::string_view::npos;
    // a question after a statement ("... failed to answer the question at the heart of this
    // election - which taxes will they put up?") leaves the statement one
    if (t.kind == TokKind::kDash || t.lower == "-" || t.lower == ":" || t.lower == ";") return false;
  }
  return false;
}

bool OthersNoun(const Doc& doc, const Extraction& out, const std::string& speaker, uint32_t first,
                uint32_t last, uint32_t k) {
  uint32_t len = 0;
  // "it failed to win the support of MEPs", "we have the support of X": support received (not "has a
  // great career": a judgement)
  bool noun = MatchStance(doc, k, last, 'n', &len) >= 0;
  if ((noun || StanceVerb(doc.toks[k])) && ReceivedBefore(doc, first, k) != 0) return true;
  if (!noun) return false;  // a judgement ("its failure") is said of it
  uint32_t j = k;
  while (j > first && k - j < 3 && IsWord(doc.toks[j - 1]) && !doc.toks[j - 1].cap &&
         AdjectiveWord(doc.toks[j - 1]) && !EndsPossessive(doc.toks[j - 1]))
    --j;
  if (j == first || !IsWord(doc.toks[j - 1])) return false;
  const Tok& p = doc.toks[j - 1];
  const Entity* e = out.FindEntity(speaker);
  // "its" and "their" may be an organization's or a country's own ("its attacks on X")
  if (p.lower == "its" || p.lower == "their") return e != nullptr && e->type == EntityType::kPerson;
  if (!EndsPossessive(p) || !p.cap) return false;
  std::string_view name = p.lower.substr(0, p.lower.size() - 2);
  if (e == nullptr) return true;
  if (text::Fold(e->name).find(name) != std::string::npos) return false;  // the speaker's own
  for (const auto& a : e->aliases)
    if (text::Fold(a).find(name) != std::string::npos) return false;
  return true;
}

bool OthersNounInContent(const Doc& doc, const Extraction& out, const std::vector<ClaimSite>& sites,
                         uint32_t k) {
  if (k == 0 || (doc.toks[k - 1].lower != "its" && doc.toks[k - 1].lower != "their")) return false;
  for (const ClaimSite& s : sites)
    if (s.first <= k && k < s.last && s.claim < out.claims.size() &&
        OthersNoun(doc, out, out.claims[s.claim].speaker, s.first, s.last, k))
      return true;
  return false;
}

bool NamesEntity(const Extraction& out, const std::string& id, const std::string& text) {
  const Entity* e = out.FindEntity(id);
  if (!e) return false;
  if (text == e->name) return true;
  for (const auto& a : e->aliases)
    if (text == a) return true;
  return false;
}

bool Credit(const Doc& doc, const StancePhrase& p, uint32_t i, uint32_t last) {
  if (p.relation != "opposes" || p.words.size() < 2 || !Lex().Is(p.words.back(), kFunction)) return false;
  int good = 0, bad = 0;
  for (uint32_t j = i; j < last && j < i + 6 && IsWord(doc.toks[j]); ++j) {
    int v = Valence(doc.toks[j]);
    good += v > 0;
    bad += v < 0;
  }
  return good > 0 && bad == 0;
}

uint32_t NegationStart(const Doc& doc, uint32_t lo, uint32_t k) {
  for (uint32_t j = k; j > lo && k - j < 2; --j) {
    std::string_view w = doc.toks[j - 1].lower;
    if (w == "longer" && j > lo + 1 && doc.toks[j - 2].lower == "no") return j - 2;
    if (Negated(doc, j - 1, j)) return j - 1;
  }
  return k;
}

void PersonOfOffice(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t end,
                    uint32_t hi, std::string* target) {
  const Entity* org = out.FindEntity(*target);
  for (uint32_t j = end; org && org->type != EntityType::kPerson && j < hi && j < end + 4; ++j) {
    const Tok& t = doc.toks[j];
    if (!IsWord(t)) break;
    uint32_t pe = j;
    std::string person = speakers->EntityAt(j, hi, &pe);
    const Entity* e = person.empty() ? nullptr : out.FindEntity(person);
    if (e && e->type == EntityType::kPerson && pe > j) {
      *target = person;
      return;
    }
    if (t.cap || !(TokIs(t, kTitle) || EndsPossessive(t) || !TokIs(t, kFunction | kDeterminer | kPronoun)))
      return;
  }
}

std::vector<uint32_t> CueTokens(const std::vector<ClaimSite>& sites) {
  std::vector<uint32_t> used;
  used.reserve(sites.size());
  for (const ClaimSite& s : sites) used.push_back(s.cue_tok);
  std::sort(used.begin(), used.end());
  return used;
}

bool DeniedPhrase(const Doc& doc, uint32_t lo, uint32_t k) {
  if (Negated(doc, lo, k)) return true;
  // "little respect", not "a little respect"
  return k > lo && ScantWord(doc.toks[k - 1].lower) && !(k - 1 > lo && TokIs(doc.toks[k - 2], kDeterminer));
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

namespace claimgraph::extract::claims {
namespace {

// Is [j, v) the people a list's last conjunct names no one among ("Gordon Brown and the
// ministers", "Brown and his aides", "Brown and Labour ministers" after "Labour")? Up to four
// lower-case words, no verb, the last a noun for people (claims_words.tsv's group and person
// words).
bool UnnamedPeople(const Doc& doc, uint32_t j, uint32_t v) {
  if (j >= v || v - j > 4) return false;
  for (uint32_t m = j; m < v; ++m) {
    const Tok& t = doc.toks[m];
    if (!IsWord(t) || t.cap || (TokIs(t, kPronoun) && !TokIs(t, kDeterminer)) || TokIs(t, kAux) ||
        (StanceClasses(t) & (kFinite | kNegator)))
      return false;
  }
  return TokIs(doc.toks[v - 1], kGroupNoun | kPersonNoun);
}

// Does [a, v) read as a list of named ones ("Labour and the Liberal Democrats", "filmmaker
// Michael Moore, feminist icon Gloria Steinem, musician Alicia Keys and other speakers")?
// Their entities in *items.
bool NamedList(const Doc& doc, SpeakerResolver* speakers, uint32_t a, uint32_t v,
               std::vector<std::string>* items) {
  bool need = true;
  uint32_t j = a, item_first = a;
  while (j < v) {
    const Tok& t = doc.toks[j];
    if (t.lower == "," || t.lower == "and" || t.lower == "&") {
      if (need && !(t.lower == "and" && j > a && doc.toks[j - 1].lower == ",")) return false;
      need = true;
      ++j;
      continue;
    }
    // "Gordon Brown and Labour ministers": the people of the name just read end the list
    if (!need)
      return items->size() >= 2 && item_first > a && doc.toks[item_first - 1].lower == "and" &&
             UnnamedPeople(doc, j, v);
    // "Gordon Brown and the ministers": a last conjunct that names no one ends it too
    if (j > a && doc.toks[j - 1].lower == "and" && !items->empty() && UnnamedPeople(doc, j, v)) return true;
    // "and other speakers", "and many other owners": a tail that names no one ends the list
    if (t.lower == "other" || (t.lower == "many" && j + 1 < v && doc.toks[j + 1].lower == "other")) {
      for (uint32_t m = j; m < v; ++m)
        if (!IsWord(doc.toks[m]) || doc.toks[m].cap) return false;
      return items->size() >= 2;
    }
    // a name, or up to three lower-case words that describe the one named after them
    uint32_t d = j, end = j;
    std::string e = speakers->EntityAt(j, v, &end);
    while (e.empty() && d < v && d < j + 3 && IsWord(doc.toks[d]) && !doc.toks[d].cap &&
           !TokIs(doc.toks[d], kPronoun) && !(StanceClasses(doc.toks[d]) & (kFinite | kNegator)) &&
           (!TokIs(doc.toks[d], kFunction) || TokIs(doc.toks[d], kDeterminer))) {
      ++d;
      end = d;
      e = d < v ? speakers->EntityAt(d, v, &end) : std::string();
    }
    if (e.empty() || end <= d || end > v) return false;
    items->push_back(e);
    item_first = j;
    need = false;
    j = end;
  }
  // "Alexander Gray and Peter Navarro, ..." closes with the comma of an appositive
  return items->size() >= 2 && (!need || (v > a && doc.toks[v - 1].lower == ","));
}

}  // namespace

std::vector<std::string> CoSubjects(const Doc& doc, SpeakerResolver* speakers, uint32_t lo, uint32_t k,
                                    const std::string& source) {
  lo = ReachBack(lo, k);
  uint32_t v = k;
  while (v > lo && IsWord(doc.toks[v - 1]) &&
         ((StanceClasses(doc.toks[v - 1]) & (kFinite | kNegator)) || IsLyAdverb(doc.toks[v - 1]) ||
          TokIs(doc.toks[v - 1], kAux)))
    --v;
  for (uint32_t a = lo; a + 2 < v; ++a) {
    // a list opens its clause
    if (a > lo && doc.toks[a - 1].lower != "," && doc.toks[a - 1].lower != ":" &&
        doc.toks[a - 1].kind != TokKind::kEnd)
      continue;
    std::vector<std::string> items;
    if (!NamedList(doc, speakers, a, v, &items)) continue;
    if (source.empty()) return items;  // no source yet: all of them
    if (std::find(items.begin(), items.end(), source) == items.end()) return {};
    std::vector<std::string> others;
    for (const std::string& e : items)
      if (e != source && std::find(others.begin(), others.end(), e) == others.end()) others.push_back(e);
    return others;
  }
  return {};
}

}  // namespace claimgraph::extract::claims

namespace claimgraph::extract::claims {

// "a familiar supporting actor", "the opposing team": a participle inside a noun phrase that a
// determiner opens describes the noun after it; nobody supports or opposes anything.
bool ParticipleInPhrase(const Doc& doc, uint32_t k, uint32_t len) {
  std::string_view w = doc.toks[k].lower;
  if (len != 1 || w.size() < 6 || w.compare(w.size() - 3, 3, "ing") != 0) return false;
  if (k + 1 >= doc.toks.size()) return false;
  const Tok& n = doc.toks[k + 1];
  if (!IsWord(n) || n.cap || TokIs(n, kDeterminer | kPronoun | kFunction | kAux)) return false;
  // "beat defending champion Venus Williams": the participle and its noun are a title
  if (k + 2 < doc.toks.size() && IsWord(doc.toks[k + 2]) && doc.toks[k + 2].cap &&
      !TokIs(doc.toks[k + 2], kFunction))
    return true;
  for (uint32_t b = k; b > 0 && k - b < 3;) {
    const Tok& p = doc.toks[--b];
    if (!IsWord(p) || p.cap) return false;
    if (TokIs(p, kDeterminer)) return !TokIs(p, kPronoun);
    if (TokIs(p, kFunction | kAux | kPronoun)) return false;
  }
  return false;
}

bool CueRefuses(const Doc& doc, const Cue& cue, uint32_t k, uint32_t len, const std::string& target) {
  if (cue.named && target.empty()) return true;
  if (ParticipleInPhrase(doc, k, len)) return true;
  // "did not support any candidate", "refused to endorse anyone": support withheld from no one
  // in particular opposes no one
  if (cue.withheld && NoOneInParticular(doc, k + len, static_cast<uint32_t>(doc.toks.size()))) return true;
  return cue.act && !(k + len < doc.toks.size() && doc.toks[k + len].lower == "to");
}

const Cue* SiteCue(const Doc& doc, const ClaimSite& s, uint32_t* len) {
  *len = 0;
  int ci = s.cue_tok < s.sent_last ? MatchCue(doc, s.cue_tok, s.sent_last, len) : -1;
  return ci < 0 ? nullptr : &Lex().cues[static_cast<size_t>(ci)];
}

bool SiteCueRefuses(const Doc& doc, const ClaimSite& s, const std::string& target) {
  uint32_t len = 0;
  const Cue* cue = SiteCue(doc, s, &len);
  if (cue == nullptr) return false;
  return CueRefuses(doc, *cue, s.cue_tok, len, target) ||
         (cue->cls == kStance && NoObject(doc, s.cue_tok, len, s.sent_last));
}

bool TitlePhrase(const Doc& doc, uint32_t sf, uint32_t k) {
  return doc.toks[k].cap && k > sf && doc.toks[k - 1].kind != TokKind::kEnd &&
         doc.toks[k - 1].kind != TokKind::kOpenQuote;
}

namespace {
// A stance phrase of its own at k ("an attack on X", "opposed to X"), with its object after it.
bool OwnStancePhrase(const Doc& doc, uint32_t k, uint32_t sl) {
  uint32_t len = 0;
  return MatchStance(doc, k, sl, 'a', &len) >= 0 || MatchStance(doc, k, sl, 'n', &len) >= 0;
}
}  // namespace

bool NoObject(const Doc& doc, uint32_t k, uint32_t len, uint32_t sl) {
  if (len == 0 || k + len >= sl) return false;
  // a phrase that ends in its verb is read as the verb alone ("would not back down"); one that
  // ends in its own preposition has its object after it ("hit back at X")
  if (len > 1 && (StanceClasses(doc.toks[k + len - 1]) & kClosed)) return false;
  if (OwnStancePhrase(doc, k, sl)) return false;
  return NoObjectWord(doc.toks[k + len]);
}

bool ExpletiveInfinitive(const Doc& doc, uint32_t lo, uint32_t k) {
  if (k < lo + 3 || doc.toks[k - 1].lower != "to") return false;
  // back over the adjective and its adverbs and negators ("not entirely fair") to "be"
  for (uint32_t j = k - 1; j > lo && k - j <= 5;) {
    const Tok& t = doc.toks[--j];
    if (!IsWord(t) || t.cap) return false;
    if (ContractedBe(t.lower)) return t.lower.rfind("it", 0) == 0;  // "it's"
    if (LinkingVerb(t) || t.lower == "'s" || t.lower == "\xE2\x80\x99s")
      return j > lo && doc.toks[j - 1].lower == "it";
  }
  return false;
}

bool PassiveBe(const Doc& doc, uint32_t lo, uint32_t k, uint32_t sl, uint32_t len) {
  std::string_view v = doc.toks[k].lower;
  if (v.size() > 3 && v.compare(v.size() - 3, 3, "ing") == 0) return false;
  if (OwnStancePhrase(doc, k, sl)) return false;
  // "sued by his employers": a participle with its agent after "by" (a named agent is read
  // before this, PassiveAgentBy), also after the cue's particle ("voted for by club members")
  if (k + len < sl && doc.toks[k + len].lower == "by" && v.size() > 3 &&
      v.compare(v.size() - 2, 2, "ed") == 0)
    return true;
  uint32_t b = k;
  while (b > lo && IsLyAdverb(doc.toks[b - 1])) --b;
  // "was suspended and sued": the auxiliary before the first participle
  if (b >= lo + 2 && doc.toks[b - 1].lower == "and") {
    std::string_view p = doc.toks[b - 2].lower;
    if (p.size() > 3 && p.compare(p.size() - 2, 2, "ed") == 0) b -= 2;
  }
  if (b == lo) return false;
  std::string_view w = doc.toks[b - 1].lower;
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be";
}

uint32_t PassiveAgentBy(const Doc& doc, uint32_t i, uint32_t end) {
  if (i < end && IsLyAdverb(doc.toks[i])) ++i;
  if (i + 1 >= end || doc.toks[i].lower != "by") return 0;
  uint32_t n = i + 1;
  if (TokIs(doc.toks[n], kDeterminer) && n + 1 < end) ++n;
  // "by former Senator Mary Landrieu", "by the former minister Clare Short": lower-case titles
  // and their modifiers before the one named (not "by a female Breitbart reporter", "by evidence
  // Republicans ...", "by the island's Government Development Bank")
  for (uint32_t m = 0; m < 3 && n + 1 < end && IsWord(doc.toks[n]) && !doc.toks[n].cap &&
                       TokIs(doc.toks[n], kTitle | kModifier) && !EndsPossessive(doc.toks[n]);
       ++m)
    ++n;
  return doc.toks[n].cap && IsWord(doc.toks[n]) ? i : 0;
}

bool AgentNounBefore(const Doc& doc, uint32_t first, uint32_t k) {
  if (k == first) return false;
  const Tok& p = doc.toks[k - 1];
  if (!IsWord(p)) return false;
  if (TokIs(p, kPersonNoun | kGroupNoun | kOrgNoun | kTitle | kParty)) return true;
  std::string_view w = p.lower;
  // (a person's pronoun: "it should go with the knee", "there should be" propose nothing)
  if (TokIn(p, kAgentPronoun)) return true;
  if (w.size() <= 5 || !Lex().plural_person_last[static_cast<unsigned char>(w.back())]) return false;
  for (const std::string& end : Lex().plural_person_endings)
    if (w.ends_with(end)) return true;
  return false;
}

uint32_t ClauseStart(const Doc& doc, uint32_t first, uint32_t k) {
  uint32_t a = k;
  while (a > first && doc.toks[a - 1].kind != TokKind::kEnd && doc.toks[a - 1].lower != "," &&
         doc.toks[a - 1].lower != ";" && doc.toks[a - 1].lower != ":" &&
         !(StanceClasses(doc.toks[a - 1]) & (kContrast | kConcessive)) && doc.toks[a - 1].lower != "that")
    --a;
  while (a < k && !IsWord(doc.toks[a])) ++a;
  return a;
}

bool PassiveSubjectSpan(const Doc& doc, uint32_t first, uint32_t k, uint32_t* a, uint32_t* b) {
  uint32_t j = k;
  while (j > first && IsLyAdverb(doc.toks[j - 1])) --j;
  const uint32_t verb = j;
  // its form of "be" and the auxiliaries before it ("has been", "will be")
  while (j > first && IsWord(doc.toks[j - 1]) &&
         (LinkingVerb(doc.toks[j - 1]) || (j < verb && (StanceClasses(doc.toks[j - 1]) & kFinite))))
    --j;
  if (j == verb) return false;
  // "European parties (which are supported by X)": what the relative pronoun stands for, the
  // noun phrase before it, up to a function word ("his affection for")
  if (j > first + 1 && TokIn(doc.toks[j - 1], kRelative)) {
    uint32_t e = j - 1;
    if (e > first && (IsPunct(doc.toks[e - 1], ',') || IsPunct(doc.toks[e - 1], '('))) --e;
    uint32_t s = e;
    while (s > first && e - s < 6 && IsWord(doc.toks[s - 1]) && !TokIs(doc.toks[s - 1], kFunction | kPronoun))
      --s;
    *a = s;
    *b = e;
    return s < e;
  }
  uint32_t s = ClauseStart(doc, first, j);
  if (s >= j || j - s > 8) return false;
  *a = s;
  *b = j;
  return true;
}

int ReceivedBefore(const Doc& doc, uint32_t lo, uint32_t k) {
  // only the phrase's determiner and adjectives lie between ("has reignited his feud" has none)
  for (uint32_t j = k; j > lo && k - j < 4;) {
    const Tok& t = doc.toks[--j];
    if (!IsWord(t)) return 0;
    // (right before it, a noun: "received support from", not "has backed")
    if (int r = ReceivingVerb(t.lower); r != 0)
      return j + 1 < k || (!TokIs(t, kAux) && !doc.toks[k].lower.ends_with("ed")) ? r : 0;
    if (!TokIs(t, kDeterminer) && (t.cap || !AdjectiveWord(t))) return 0;
  }
  return 0;
}

bool NounAfterDeterminer(const Doc& doc, uint32_t lo, uint32_t k) {
  uint32_t j = k;  // past one adjective: "the unanimous backing of" (not "a statement praising Y")
  if (j > lo + 1 && IsWord(doc.toks[j - 1]) && !doc.toks[j - 1].cap && AdjectiveWord(doc.toks[j - 1]) &&
      !TokIs(doc.toks[j - 1], kDocumentNoun))
    --j;
  return j > lo && TokIs(doc.toks[j - 1], kDeterminer) && doc.toks[j - 1].lower != "that";
}

bool AskedWhether(const Doc& doc, uint32_t lo, uint32_t k) {
  for (uint32_t a = k; a > lo && k - a < 8;) {
    const Tok& t = doc.toks[--a];
    if (t.kind == TokKind::kEnd || IsPunct(t, ',') || IsPunct(t, ';') || IsPunct(t, ':')) return false;
    // (a condition before its verb is read with the clause: "If Labour backs Y, ...")
    if (t.lower == "whether" || (t.lower == "if" && a > lo && doc.toks[a - 1].lower.starts_with("ask")))
      return true;
  }
  return false;
}

// "the voters that backed Labour", "problems which hammered its share price": the verb at k opens
// a relative clause about a common noun, so no one named takes that side (not the one named
// before it: "Shell ... after problems that hammered its share price")
bool CommonNounRelative(const Doc& doc, uint32_t lo, uint32_t k) {
  uint32_t j = k;
  while (j > lo && k - j < 3 && (TokIs(doc.toks[j - 1], kAux) || IsLyAdverb(doc.toks[j - 1]))) --j;
  if (j < lo + 2 || doc.toks[j - 1].cap) return false;
  std::string_view rel = doc.toks[j - 1].lower;
  const Tok& n = doc.toks[j - 2];
  // "those who supported Ron Paul", "people who back Labour", "anyone who supports X": unnamed
  // (not "one who opposes X", which may describe a named one as "the senator who" does)
  if (rel == "who" && IsWord(n) && !n.cap &&
      (TokIs(n, kGroupNoun) || (TokIs(n, kDeterminer) && (StanceClasses(n) & kClosed))))
    return true;
  if (!IsWord(n) || n.cap || TokIs(n, kFunction | kPronoun | kAux | kDeterminer | kDocumentNoun))
    return false;
  // ("the Mercer family that supports Bannon": a name in the noun phrase is the side; "a reply
  // that assailed X": a document is its author's)
  for (uint32_t m = j - 2; m > lo && j - 2 - m < 4;) {
    const Tok& t = doc.toks[--m];
    if (!IsWord(t) || TokIs(t, kFunction | kDeterminer)) break;
    if (t.cap) return false;
  }
  // ("X is supporting forces on the ground that are battling Y": the side of those one backs is
  // one's own)
  const Lexicons& lex = Lex();
  for (uint32_t m = j - 1; m > lo && j - 1 - m < 8;) {
    const PhraseSteps* bucket = lex.entries[doc.toks[--m].tag].cues;
    for (size_t q = 0; bucket != nullptr && q < bucket->steps.size(); ++q) {
      const Cue& c = lex.cues[bucket->steps[q].phrase];
      if (c.cls == kStance && c.relation == "supports" && bucket->steps[q].len == 1) return false;
    }
  }
  // ("the senator who backed X" may be a named one's description; "voters who backed X" are many)
  return rel == "that" || rel == "which" ||
         (rel == "who" && n.lower.ends_with("s") && !n.lower.ends_with("ss"));
}

bool RelativeWithoutPronoun(const Doc& doc, uint32_t lo, uint32_t k) {
  uint32_t j = k;  // past "has", "also", "recently"
  while (j > lo && k - j < 3 && !doc.toks[j - 1].cap &&
         (TokIs(doc.toks[j - 1], kAux) || IsLyAdverb(doc.toks[j - 1])))
    --j;
  uint32_t name = j;
  while (name > lo && j - name < 5 && IsWord(doc.toks[name - 1]) && doc.toks[name - 1].cap) {
    if (TokIs(doc.toks[name - 1], kWeekday | kRelDate | kTimeWord)) return false;  // "the polls Tuesday say"
    --name;
  }
  if (name == j || name <= lo) return false;
  const Tok& noun = doc.toks[name - 1];
  // (not "I", nor "The" after a sentence that lost its full stop: "the regional centers The S.E.C. said")
  if (TokIs(doc.toks[name], kPronoun | kDeterminer) || !IsWord(noun) || noun.cap ||
      TokIs(noun, kPersonNoun | kTimeWord))
    return false;
  const WordInfo* w = noun.Info();
  bool plural = noun.lower.ends_with('s') || (w && w->plural);
  if (!PeopleNoun(noun) && !(plural && TokIs(noun, kGroupNoun))) return false;
  // an article opens the noun's phrase ("the Japanese people"): without one the noun describes the
  // name ("market analysts Panlogic predicts", "by analysts Jupiter Research")
  for (uint32_t m = name - 1; m > lo && name - 1 - m < 3;) {
    const Tok& t = doc.toks[--m];
    if (!IsWord(t)) return false;
    if (TokIs(t, kDeterminer) && !t.cap) return !TokIn(t, kRelative);
    if (!t.cap && (StanceClasses(t) & kClosed)) return false;
  }
  return false;
}

bool NoStanceAt(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t lo, uint32_t k) {
  return (Negated(doc, lo, k) && !Withheld(doc, speakers, cue, lo, k)) || AskedWhether(doc, lo, k) ||
         CommonNounRelative(doc, lo, k) || RelativeWithoutPronoun(doc, lo, k) || ChargedAct(doc, lo, k) ||
         AdjectivalParticiple(doc, k) || UnderNegatedBelief(doc, lo, k, true);
}

bool Withheld(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t lo, uint32_t k) {
  // the verb's own subject, named ("a foe who has not endorsed Y" names no one)
  // "has not endorsed any candidate", "won't back anyone": no one in particular
  uint32_t after = k + static_cast<uint32_t>(cue.words.size());
  if (NoOneInParticular(doc, after, static_cast<uint32_t>(doc.toks.size()))) return false;
  return cue.cls == kStance && cue.relation == "supports" && k > lo + 1 && Negated(doc, lo, k) &&
         !StanceSubjectBefore(doc, speakers, lo, k).empty();
}

namespace {

// Is the word at k a verb by what stands before it, past adverbs ("-ly", "already", "still"):
// "to" ("to stop the sale") or an auxiliary verb or modal that is no form of "be" ("will
// strengthen", "had manufactured"; "was already responsible for" says what someone is)?
bool VerbByAuxiliary(const Doc& doc, uint32_t first, uint32_t k) {
  uint32_t v = k;
  while (v > first &&
         (IsLyAdverb(doc.toks[v - 1]) || (TokIs(doc.toks[v - 1], kAux) && !AuxVerb(doc.toks[v - 1]))))
    --v;
  if (v == first) return false;
  const Tok& p = doc.toks[v - 1];
  return IsWord(p) && !p.cap && (p.lower == "to" || (AuxVerb(p) && !LinkingVerb(p)));
}

// The one named as the subject of the clause [a, k): a name right before the clause's first
// verb, past "-ly" adverbs ("Ex-Downing Street media chief Alastair Campbell will return ...");
// "" when a verb comes before any such name, or the name is an infinitive's ("warned Avon to
// stop advertising": what the speaker asks of Avon).
std::string ClauseDoer(const Doc& doc, SpeakerResolver* speakers, uint32_t a, uint32_t k) {
  for (uint32_t m = a; m < k;) {
    uint32_t end = m;
    std::string id = speakers->EntityAt(m, k, &end);
    if (!id.empty() && end > m) {
      uint32_t j = end;
      while (j < k && IsLyAdverb(doc.toks[j])) ++j;
      if (j == k) return {};
      const Tok& v = doc.toks[j];
      if (IsWord(v) && !v.cap && (ClauseVerb(v) || (StanceClasses(v) & kFinite) || v.lower.ends_with("ed")))
        return id;
      m = end;
      continue;
    }
    const Tok& t = doc.toks[m];
    if (!IsWord(t) || (!t.cap && (ClauseVerb(t) || (StanceClasses(t) & kFinite)))) return {};
    ++m;
  }
  return {};
}

}  // namespace

bool OthersAct(const Doc& doc, SpeakerResolver* speakers, uint32_t first, uint32_t k,
               const std::string& speaker, bool any_verb, const Extraction* out) {
  const bool stance_verb = StanceVerbAt(doc, k);
  if (!stance_verb && !(any_verb && VerbByAuxiliary(doc, first, k))) return false;
  uint32_t a = ClauseStart(doc, first, k);
  while (a < k && (TokIn(doc.toks[a], kSpeakerJoin | kClauseOpener) || IsLyAdverb(doc.toks[a]))) ++a;
  if (a >= k) return false;
  const Tok& w = doc.toks[a];
  if (TokIs(w, kPronoun | kAux | kModal) || TokIn(w, kSubjectPronoun | kObligation) ||
      (StanceClasses(w) & kSelf) || w.lower == "to" || IsLyAdverb(w))
    return false;
  // ("I'm going to support ...", "we're")
  const WordInfo* stem = Lex().Word(w.lower.substr(0, w.lower.find_first_of("'\xE2")));
  if (stem != nullptr && (stem->grammar & kSubjectPronoun)) return false;
  // (one lower-case word is no subject: "..., continued support for X")
  if (k == a + 1 && !w.cap && !TokIs(w, kDeterminer)) return false;
  // the word at k is a verb after its subject or an auxiliary, not a noun ("in support of X",
  // "declaring support for X", "a concert in support of X": no subject of its own)
  uint32_t v = k - 1;
  while (v > a && IsLyAdverb(doc.toks[v])) --v;
  const Tok& pv = doc.toks[v];
  bool after_subject = ClauseVerb(pv) || TokIn(pv, kClauseModal | kSpeakerJoin) || pv.lower == "to" ||
                       pv.cap || (pv.lower.ends_with("s") && !TokIs(pv, kFunction | kPronoun | kAux));
  if (!after_subject) return false;
  for (uint32_t m = a; m < k; ++m)
    if (TokIn(doc.toks[m], kObligation) ||
        (m + 1 < k && TokIs(doc.toks[m], kAux) && doc.toks[m + 1].lower == "to"))
      return false;
  if (!stance_verb) {
    // any other verb is another's act only when its doer is named ("Yukos had manufactured a
    // case to stop the sale": Yukos's aim, not the speaker's; "the best thing is to repeal it"
    // names no doer)
    // (a person speaking of what a party, a country or an organization does speaks for a side:
    // "Gordon Brown said Labour would spend more to tackle child poverty", "the Conservatives
    // would act to stop illegal immigration" are the speaker's aims too)
    std::string doer = ClauseDoer(doc, speakers, a, k);
    if (out != nullptr && !doer.empty()) {
      const Entity* d = out->FindEntity(doer);
      const Entity* sp = out->FindEntity(speaker);
      if (d != nullptr && sp != nullptr && sp->type == EntityType::kPerson && d->type != EntityType::kPerson)
        return false;
    }
    return !doer.empty() && doer != speaker;
  }
  uint32_t end = a;
  return speakers->EntityAt(a, k, &end) != speaker;
}

bool AgentBefore(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t first,
                 uint32_t k) {
  if (AgentNounBefore(doc, first, k)) return true;
  if (k == first || !IsWord(doc.toks[k - 1]) || !doc.toks[k - 1].cap) return false;
  uint32_t a = k - 1;
  while (a > first && doc.toks[a - 1].cap && IsWord(doc.toks[a - 1])) --a;
  uint32_t end = a;
  std::string id = speakers->EntityAt(a, k, &end);
  const Entity* e = id.empty() ? nullptr : out.FindEntity(id);
  return e != nullptr && e->type != EntityType::kPlace && e->type != EntityType::kEvent && end == k;
}

uint32_t LightVerbAt(const Doc& doc, uint32_t first, uint32_t k) {
  for (uint32_t j = k; j > first && k - j < 5;) {
    const Tok& t = doc.toks[--j];
    if (IsWord(t) && LightVerb(t.lower)) return j;
    // only the object's determiner and modifiers lie between ("made a very false claim"):
    // "had argued against X" is no light verb's object
    bool modifier =
        IsWord(t) && !(StanceClasses(t) & kNegator) &&
        (TokIs(t, kDeterminer) || Valence(t) != 0 || (StanceClasses(t) & (kIntensifier | kDiminisher)));
    if (!modifier && t.kind != TokKind::kOpenQuote && t.kind != TokKind::kCloseQuote) return k;
  }
  return k;
}

std::string AgentNamedAt(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                         uint32_t end_of, uint32_t* end) {
  auto agent = [&](const std::string& id) {
    const Entity* e = id.empty() ? nullptr : out.FindEntity(id);
    return e != nullptr && e->type != EntityType::kPlace && e->type != EntityType::kEvent;
  };
  for (uint32_t j = i; j < end_of && j < i + 4; ++j) {
    if (!IsWord(doc.toks[j])) break;
    *end = j;
    std::string e = speakers->EntityAt(j, end_of, end);
    if (agent(e) && *end > j) return e;
    if (!doc.toks[j].cap && TokIs(doc.toks[j], kFunction | kPronoun) && !TokIs(doc.toks[j], kDeterminer))
      break;
  }
  return {};
}

// A person named after a description of them that opens the object at i: "outgoing CIA chief
// John Brennan", "the ailing media mogul's daughter, Shari Redstone, of ...": the word before
// the name is an office or a noun for a person; or an organization in apposition to the noun
// phrase ("the largest landlord, Metro Property Management,"). "" when the object is no such phrase.
std::string DescribedPerson(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                            uint32_t hi) {
  for (uint32_t j = i; j < hi && j < i + 8; ++j) {
    const Tok& t = doc.toks[j];
    bool comma = t.kind == TokKind::kPunct && t.lower == ",";
    if (!comma && !IsWord(t)) return {};
    if (comma || t.cap) {
      uint32_t n = comma ? j + 1 : j;
      uint32_t pe = n;
      std::string e = n < hi ? speakers->EntityAt(n, hi, &pe) : std::string();
      const Entity* ent = e.empty() ? nullptr : out.FindEntity(e);
      if (ent && ent->type == EntityType::kPerson && pe > n && j > i) {
        const Tok& d = doc.toks[j - 1];
        bool described = TokIs(d, kTitle | kPersonNoun);
        // an apposition closes: "daughter, Shari Redstone, of" / "daughter, Shari Redstone."
        bool closed = !comma || pe >= hi || !IsWord(doc.toks[pe]);
        return described && closed ? e : std::string();
      }
      // an organization in apposition to a noun phrase: "the state's largest landlord, Metro
      // Property Management, alleging ..."
      if (ent && ent->type == EntityType::kOrganization && comma && pe > n && j > i) {
        const Tok& d = doc.toks[j - 1];
        bool described = IsWord(d) && !d.cap && !TokIs(d, kFunction | kPronoun | kAux | kDeterminer);
        bool closed = pe >= hi || !IsWord(doc.toks[pe]);
        return described && closed ? e : std::string();
      }
      if (comma || !ent || pe <= n) return {};
      j = pe - 1;  // "CIA" in "outgoing CIA chief": an organization naming the office
      continue;
    }
    if (TokIs(t, kFunction | kPronoun | kAux) && !TokIs(t, kDeterminer)) return {};
    if (StanceClasses(t) & kFinite) return {};
  }
  return {};
}

bool IsStanceType(const std::string& type) {
  const auto& rel = Lex().relations;
  auto it = rel.find(type);
  return it != rel.end() && (it->second == kStance || it->second == kProposal);
}

const std::string& SiteRelation(const Doc& doc, const ClaimSite& s) {
  uint32_t len = 0;
  const Cue* cue = SiteCue(doc, s, &len);
  return cue != nullptr && !cue->relation.empty() ? cue->relation : Lex().plan_relation;
}

}  // namespace claimgraph::extract::claims
