// Claims, stage 1 (sites): the object of an act or a stance ("sued a woman", "parents seeking
// access to their children") and what in it is no part of it: a relative clause of its own, the
// subject's participle after a comma, and the sentence's verb after a participle's object.
#include "extract/claims/finder.h"

namespace claimgraph::extract::claims {

// A participle of an act or a stance with no auxiliary before it (nor one a few words of time or
// manner away: "is now seeking", "was on Monday demanding", "were last night urging") is no finite
// verb: "parents seeking access to their children are disadvantaged", "the only player offering a
// real threat was O'Driscoll".
bool ClaimFinder::BareActParticiple(const Site& s) const {
  const auto& toks = doc_.toks;
  const uint32_t cf = s.cue_first;
  if (cf == kNone || s.cue_len != 1 || (s.cls != kProposed && s.cls != kStance)) return false;
  if (!toks[cf].lower.ends_with("ing")) return false;
  for (uint32_t k = cf; k > 0 && k + 4 >= cf; --k) {
    if (!IsWord(toks[k - 1])) return true;
    if (AuxVerb(toks[k - 1])) return false;
  }
  return true;
}

// Is the content of act site s a clause after "that" ("demanding that Mr Blair should admit the war
// was a mistake")? Then its auxiliaries and verbs are the clause's own.
bool ClaimFinder::ThatClauseObject(const Site& s) const {
  const auto& toks = doc_.toks;
  return s.first < toks.size() &&
         (TokIn(toks[s.first], kComplement) || (s.first > 0 && TokIn(toks[s.first - 1], kComplement)));
}

// Is the cue at c, inside the content of site `host` of an act or a stance, no part of the act's
// object? 1 when it is the sentence's own, its subject found as any cue's: in a relative clause
// ("sued a woman who claimed they tried to blackmail him"), after a comma ("defended the incident,
// calling the protester ..."), or past either after a participle's object ("seeking to embrace
// activists who have demanded that", "By offering Kasich the second spot, Trump would show
// voters"). 2 when it is the verb of the act's own subject: right after an auxiliary after "and"
// or "but" ("supported more visas but has since said he ..."), or after a participle's object
// ("Republicans supporting the bill said the plan will work", "have said they think ..."). Else 0.
int ClaimFinder::OutsideActObject(const Site& host, uint32_t c) const {
  const auto& toks = doc_.toks;
  if (TokIn(toks[c - 1], kRelative) || IsPunct(toks[c - 1], ',')) return 1;
  // (a cue inside a that-clause is the clause's: "Campaigners demanding that the BBC must explain why")
  const bool participle = BareActParticiple(host) && !ThatClauseObject(host);
  // (a verb of speech with a clause after it is a finite one: "Republicans supporting the bill said
  // the plan will work", not "offering a beer called Swing State")
  if (participle && !toks[c].lower.ends_with("ing")) {
    uint32_t len = 0;
    int ci = MatchCue(doc_, c, host.last, &len);
    CueClass cls = ci >= 0 ? lex_.cues[static_cast<size_t>(ci)].cls : kContact;
    bool clear = (cls == kSpeech || cls == kBelief) && HasOwnVerb(c + len, host.last);
    for (uint32_t k = host.first; k < c && clear; ++k)
      clear = !IsPunct(toks[k], ',') && !(IsWord(toks[k]) && TokIn(toks[k], kRelative));
    if (clear) return 2;
  }
  for (uint32_t k = host.first; k <= c; ++k) {
    if (IsPunct(toks[k], ',') || (IsWord(toks[k]) && TokIn(toks[k], kRelative))) return participle ? 1 : 0;
    if (!IsWord(toks[k]) || !AuxVerb(toks[k]) || c > k + 2) continue;
    if (k > host.first && TokIn(toks[k - 1], kCoord) && !ThatClauseObject(host)) return 2;
    if (participle && !(k > host.first && TokIn(toks[k - 1], kInfinitive))) return 2;
  }
  return 0;
}

// Where the content that holds the cue at c opens when the cue is inside another's speech (the
// host site's class in *host), else sf. A cue inside the content of an act or a stance is the
// sentence's own when OutsideActObject says so, and with the act's subject (*np_first, *np_last)
// when it is that subject's verb; the act's object then ends before it (*cut: the caller cuts it
// at cut->second once the cue's site is kept, so that a cue tried and dropped, "have" before "have
// warned that", leaves the act's object whole for the next). A cue right after a relative pronoun
// is the verb of the noun before it ("criticised a union leader who said ..."): what it says is
// that one's, and the object of an act or a stance ends before the pronoun ("a union leader").
uint32_t ClaimFinder::HostOf(uint32_t sf, uint32_t c, size_t first_site, CueClass* host, uint32_t* np_first,
                             uint32_t* np_last, std::pair<size_t, uint32_t>* cut) const {
  *cut = {SIZE_MAX, c};
  uint32_t lo = sf;
  size_t host_site = 0;
  for (size_t x = first_site; x < sites_.size() && lo == sf; ++x)
    if (sites_[x].quote < 0 && c >= sites_[x].first && c < sites_[x].last) {
      lo = sites_[x].first;
      *host = sites_[x].cls;
      host_site = x;
    }
  if (*host == kSpeech || *host == kBelief || c <= lo + 1) return lo;
  const Site& act = sites_[host_site];
  // after a participle that opens the sentence, alone or after a preposition ("Despite praising
  // the Irish he claimed the Welsh had ...", "After attacking the plan they said ..."), a subject
  // pronoun right before the cue, after a noun of the object, opens the sentence's own clause: the
  // object ends before it (not after "that" or "and"; after a subject, "Blair dismissed reports he
  // told Brown ...", the pronoun opens a relative clause of the object)
  const Tok& own = doc_.toks[c - 1];
  const Tok& before = doc_.toks[c - 2];
  if (act.cue_first <= act.sent_first + 1 && BareActParticiple(act) && c > act.first + 1 &&
      TokIs(own, kPronoun) && TokIn(own, kSubjectPronoun) && TokIn(own, kThirdPerson) && IsWord(before) &&
      !TokIs(before, kFunction | kAux | kPronoun | kDeterminer) &&
      !TokIn(before, kComplement | kCoord | kRelative | kWhRelative)) {
    *cut = {host_site, c - 1};
    *host = kSpeech;
    return sf;
  }
  int outside = OutsideActObject(act, c);
  if (outside == 0) return lo;
  // (a stance's object, and one noun phrase: no comma before the pronoun, "decried testing,
  // conservatives who wanted ..."; not a participle of speech's content, "claiming he had a source
  // who told him", nor a proposal's, whose infinitive may come after the relative clause: "urged
  // voters who believe the war was illegal to back the Liberal Democrats")
  if (outside == 1 && act.cls == kStance && c > act.first + 1 &&
      TokIn(doc_.toks[c - 1], kRelative | kWhRelative) && IsWord(doc_.toks[c - 2])) {
    bool one_phrase = true;
    for (uint32_t k = act.first; k < c - 1 && one_phrase; ++k) one_phrase = !IsPunct(doc_.toks[k], ',');
    if (one_phrase) *cut = {host_site, c - 1};
  }
  if (outside == 2) {
    *np_first = act.np_first;
    *np_last = act.np_last;
    if (BareActParticiple(act)) cut->first = host_site;
  }
  *host = kSpeech;
  return sf;
}

}  // namespace claimgraph::extract::claims
