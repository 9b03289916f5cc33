// Relations carried by claims (issue 4): what a speaker said or denied, whom they spoke to,
// and the stances (opposes, supports, proposed) of the cue and of the claim's content. Each
// relation keeps the text that shows it (evidence) and its byte span. The sentence pass
// (sentence_relations.cc) follows; both write through one RelationWriter.
#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "extract/claims/relation_rules.h"
#include "extract/claims/relation_writer.h"
#include "extract/claims/sentence_edges.h"
#include "extract/claims/stance.h"
#include "extract/claims/view.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {
namespace {

class ClaimRelations {
 public:
  ClaimRelations(const Doc& doc, SpeakerResolver* speakers, Extraction* out, RelationWriter* writer)
      : doc_(doc), speakers_(speakers), out_(out), w_(*writer) {}

  // Who takes the stances of a claim: its speaker; but a place takes no stance ("commercials in
  // New York criticizing Mrs. Clinton"): a participle's agent is then the sentence's subject.
  std::string StanceSource(const Claim& c, const ClaimSite& s) {
    if (!w_.Agent(c.speaker).empty()) return c.speaker;
    std::string_view cue_word = doc_.toks[s.cue_tok].lower;
    std::string subj = cue_word.size() > 4 && cue_word.compare(cue_word.size() - 3, 3, "ing") == 0
                           ? w_.Agent(speakers_->SentenceSubjectEntity(s.sent_first, s.cue_tok))
                           : std::string();
    return subj.empty() ? c.speaker : subj;
  }

  // A stance or proposal site whose claim has no speaker: an unnamed subject ("Mrs. Clinton's
  // advisers accused Y") still has a side, the entity in it or the sentence's subject.
  void FromUnnamedSite(const Claim& c, const ClaimSite& s) {
    if (s.cls != kStance && s.cls != kProposal) return;
    uint32_t lo = s.sent_first;
    std::string src = speakers_->HasSubject(lo, s.cue_tok) ? speakers_->EntityInSubject(lo, s.cue_tok)
                                                           : speakers_->NearestEntityBefore(lo, s.cue_tok);
    // "Google and other companies pushed back, criticizing X": a participle's agent is
    // the sentence's subject
    std::string_view cue_word = doc_.toks[s.cue_tok].lower;
    if (src.empty() && cue_word.size() > 4 && cue_word.compare(cue_word.size() - 3, 3, "ing") == 0)
      src = speakers_->SentenceSubjectEntity(lo, s.cue_tok);
    if (src.empty()) return;
    std::string target, text;
    w_.Object(s.first, s.last, &target, &text, s.cls == kProposal);
    if (SiteCueRefuses(doc_, s, target)) return;
    uint32_t ev_first = std::min(s.cue_tok, s.first);
    w_.Add(src, SiteRelation(doc_, s), target, text, c.id, ev_first, std::max(s.last, ev_first + 1));
  }

  void FromClaims(const std::vector<ClaimSite>& sites) {
    for (const ClaimSite& s : sites) {
      const Claim& c = out_->claims[s.claim];
      if (c.speaker.empty()) {
        FromUnnamedSite(c, s);
        continue;
      }
      // what was said is the claim itself: its whole text; a denial is no "said" (it would read
      // as the speaker asserting what was denied) but a "denies" edge to what the claim is about
      if (c.polarity == ClaimPolarity::kDenied) {
        std::string target, text;
        w_.Object(s.first, s.last, &target, &text);
        w_.Add(c.speaker, "denies", target, text, c.id, std::min(s.cue_tok, s.first), s.last);
        continue;
      }
      w_.Add(c.speaker, "said", "", c.text, c.id, s.first, s.last);
      SpokenTo(c, s);
      // "Hilaria, who was accused by a reporter of ...": a passive cue; the one after "by" is
      // the agent, so the claim's speaker takes no stance here
      if (s.cue_tok < s.first && s.first < s.last && s.first - s.cue_tok <= 2 &&
          doc_.toks[s.first].lower == "by")
        continue;
      std::string who = StanceSource(c, s);
      if (!CueStance(c, s, who)) continue;
      if (s.cls != kStance && s.cls != kProposal && !Negated(doc_, s.sent_first, s.cue_tok))
        SpokeFor(c, who, s);
      if (c.polarity != ClaimPolarity::kDenied) {
        Warning(c, who, s);
        Allocation(c, who, s);
      }
      // "Without X, Y": a condition; what it is without is called for when Y is bad, and no
      // stance word inside X is the speaker's ("Without action to support growth, ...")
      uint32_t without_end = Without(c, who, s);
      ContentStances(c, who, WithoutReason(s), std::max(s.first, without_end));
    }
  }

  // The site without the reason a stance cue gives after its object: "attacked the Lib Dems for
  // wanting to abolish faith schools", "praised X for backing Y" judge the Lib Dems and X; what
  // the reason says they do or want ("abolish faith schools") is theirs, not the speaker's.
  ClaimSite WithoutReason(const ClaimSite& s) const {
    ClaimSite t = s;
    if (s.cls != kStance || s.cue_tok >= s.first) return t;
    uint32_t len = 0;
    const Cue* cue = SiteCue(doc_, s, &len);
    t.last = std::max(s.first + 1, ReasonStart(doc_, s.first, s.last, cue != nullptr && cue->obj));
    return t;
  }

  // "Schiff told Capital Download": the one told is spoken to, when named.
  void SpokenTo(const Claim& c, const ClaimSite& s) {
    uint32_t len = 0;
    const Cue* cue = SiteCue(doc_, s, &len);
    uint32_t after = s.cue_tok + len;
    if (cue != nullptr && cue->noinvert && after < s.sent_last && doc_.toks[after].cap &&
        !(after >= s.first && after < s.last)) {
      uint32_t hi = std::min<uint32_t>(s.sent_last, after + 8);
      if (s.first > after && s.first < hi) hi = s.first;
      w_.Targets(c.speaker, "spoke_to", after, hi, s.sent_first);
    }
  }

  // The stance of a stance or proposal cue toward its object ("X condemned Y: '...'"); false when
  // the cue refuses what it names, and nothing more is read from the site.
  bool CueStance(const Claim& c, const ClaimSite& s, const std::string& who) {
    // "has not endorsed Y": support withheld opposes Y
    bool withheld = s.cls == kStance && SiteRelation(doc_, s) == "supports" && s.cue_tok > s.sent_first + 1 &&
                    Negated(doc_, s.sent_first, s.cue_tok);
    // "has not endorsed any candidate": support withheld from no one in particular
    uint32_t cue_len = 0;
    if (withheld && SiteCue(doc_, s, &cue_len) != nullptr &&
        NoOneInParticular(doc_, s.cue_tok + cue_len, s.sent_last))
      withheld = false;
    if ((s.cls == kStance || s.cls == kProposal) && (withheld || !Negated(doc_, s.sent_first, s.cue_tok)) &&
        !AskedWhether(doc_, s.sent_first, s.cue_tok) && !AdjectivalParticiple(doc_, s.cue_tok)) {
      std::string target, text;
      // "condemned the Lowell assault in fierce terms: '...'": the object before the content
      uint32_t len = 0;
      const Cue* cue = SiteCue(doc_, s, &len);
      uint32_t from = s.first, to = s.last;
      if (s.cue_tok < s.first && cue != nullptr && s.cue_tok + len + 1 < s.first &&
          s.first - (s.cue_tok + len) <= 12 && IsWord(doc_.toks[s.cue_tok + len])) {
        from = s.cue_tok + len;
        to = s.first;
      }
      uint32_t ev_first =
          std::min(withheld ? NegationStart(doc_, s.sent_first, s.cue_tok) : s.cue_tok, s.first);
      const std::string type = withheld ? std::string("opposes") : SiteRelation(doc_, s);
      // ("one other minister" is no "one another")
      if (from + 1 < to && TokIn(doc_.toks[from], kMutual) && TokIn(doc_.toks[from + 1], kReciprocal) &&
          !(TokIn(doc_.toks[from], kNoPronoun) && TokIn(doc_.toks[from + 1], kNoPronoun))) {
        Reciprocal(c, s, who, type, ev_first);
        return true;
      }
      uint32_t oe = w_.Object(from, to, &target, &text, s.cls == kProposal, cue != nullptr && cue->obj);
      if (cue != nullptr) BlamedOn(doc_, speakers_, *cue, from, oe, &target, &text);
      if (SiteCueRefuses(doc_, s, target)) return false;
      w_.AddShared(who, type, target, text, c.id, s.sent_first, s.cue_tok, ev_first,
                   std::max(s.last, ev_first + 1));
      // "condemned Smith and Jones: '...'": each one named in the list
      if (!target.empty())
        for (const std::string& more : w_.MoreObjects(from, to))
          w_.AddShared(who, type, more, "", c.id, s.sent_first, s.cue_tok, ev_first,
                       std::max(s.last, ev_first + 1));
    }
    return true;
  }

  // "Airbus and Boeing accuse each other of ...": each of the subjects takes the stance toward
  // each of the others (a reciprocal pronoun with one subject names no one).
  void Reciprocal(const Claim& c, const ClaimSite& s, const std::string& who, const std::string& type,
                  uint32_t ev_first) {
    std::vector<std::string> side = {who};
    if (s.cue_tok > s.sent_first)
      for (const std::string& co : CoSubjects(doc_, speakers_, s.sent_first, s.cue_tok, who))
        if (!w_.Agent(co).empty()) side.push_back(co);
    for (const std::string& a : side)
      for (const std::string& b : side)
        if (a != b) w_.Add(a, type, b, "", c.id, ev_first, std::max(s.last, ev_first + 1));
  }

  // Stance words inside the content from token `from` on: "... is unrealistic", "We want ...";
  // what comes before "..., but" is conceded ("We want X, but we must start by Y").
  void ContentStances(const Claim& c, const std::string& who, const ClaimSite& s, uint32_t from) {
    const Lexicons& lex = Lex();
    uint32_t conceded = from;
    for (uint32_t k = s.first + 1; k < s.last; ++k)
      if ((StanceClasses(doc_.toks[k]) & kContrast) &&
          (doc_.toks[k - 1].kind == TokKind::kEnd || doc_.toks[k - 1].lower == "," ||
           doc_.toks[k - 1].lower == ";") &&
          !Corrects(doc_, k, s.last))
        conceded = k;
    std::set<std::string> done;
    w_.SetContent(c.text);
    Naming(c, who, s, done);
    for (uint32_t k = conceded; k < s.last; ++k) {
      uint32_t len = 0;
      int si = MatchStance(doc_, k, s.last, 'c', &len);
      if (si < 0) continue;
      const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
      if (done.count(p.relation) || InQuestion(doc_, k) || UnderNegatedBelief(doc_, s.first, k)) continue;
      // "profits despite the failure of X": what a concessive preposition grants is no stance (a
      // concessive clause, "although we will challenge X we will ...", has no end but a comma here)
      bool granted = false;
      for (uint32_t j = k; j > s.first && !granted; --j) {
        const Tok& t = doc_.toks[j - 1];
        if (t.kind == TokKind::kEnd || t.lower == "," || t.lower == ";" || t.lower == ":") break;
        granted = (StanceClasses(t) & kConcessive) && !SubordinatorWord(t.lower) && !TokIn(t, kClauseOpener);
      }
      if (granted) continue;
      // "The tackle on Heinze was terrible": a word of play after a determiner is its noun, no act
      if (len == 1 && GameWord(doc_.toks[k].lower) && NounAfterDeterminer(doc_, s.first, k)) continue;
      // "a great mistake": a word of the other sign right after it says what is judged
      if (len == 1 && k + 1 < s.last && OppositeDegree(doc_.toks[k], doc_.toks[k + 1])) continue;
      // "broadcasters should make the decision": a recommendation only when an agent is told what
      // to do ("products should appear by 2010" is a forecast; NoProposal: "If we can beat them")
      if (p.relation == "proposed" && ((!AgentBefore(doc_, speakers_, *out_, s.first, k) &&
                                        (p.words[0] == "should" || p.words[0] == "ought")) ||
                                       NoProposal(doc_, s.first, k, len, s.last))) {
        k += len - 1;
        continue;
      }
      // "vowed to veto any bid to reduce the rebate": opposing a reduction of X is no stance
      // against X
      // "ONGC would be able to reduce its dependence on Gulf states": a doer cutting its own (what
      // the speaker asks of it is the speaker's: "urged the court to overturn its decision")
      // ("Tony Blair must scrap his ID cards plan": what the speaker says a doer must do to its
      // own is asked of it, as a proposal's is)
      auto obliged = [&] {
        for (uint32_t j = k; j > s.first && k - j < 6 && IsWord(doc_.toks[j - 1]); --j)
          if (TokIn(doc_.toks[j - 1], kObligation)) return true;
        return false;
      };
      if (p.relation == "opposes" &&
          (BlockedAct(doc_, std::min(s.cue_tok, s.first), k) ||
           (s.cls != kProposal && OwnHolding(doc_, k + len, s.last) && !obliged()))) {
        k += len - 1;
        continue;
      }
      // ("users say they would stop using X": another's words, and their stance)
      if (ReportedBefore(doc_, s.first, k, s.last) || NegatedStance(c, who, s, p, k, len, done) ||
          (StanceVerbAt(doc_, k) && CommonNounRelative(doc_, s.first, k)) ||
          (p.relation != "proposed" && s.cls != kProposal && OthersAct(doc_, speakers_, s.first, k, who)))
        continue;
      // "the best prospect lies in the spread of democracy": a one-word judgement used as a
      // verb of place ("lies in", "lies with") judges nothing
      if (len == 1 && p.relation != "proposed" && k + 1 < s.last &&
          PlacePreposition(doc_.toks[k + 1].lower) && k > s.first &&
          !TokIs(doc_.toks[k - 1], kDeterminer | kAux) && !LinkingVerb(doc_.toks[k - 1]))
        continue;
      // "we will not raise taxes": no proposal of what follows
      if ((p.relation != "proposed" && Negated(doc_, s.first, k)) ||
          (p.relation == "proposed" && k + len < s.last && Negated(doc_, s.first, k + len + 1)) ||
          // "everything we can to support X": the modal stands for a verb said before
          (p.relation == "proposed" && (StanceClasses(p.words.back()) & kFinite) && k + len < s.last &&
           doc_.toks[k + len].lower == "to")) {
        k += len - 1;
        continue;
      }
      // what it is about: the noun phrase the phrase is said of ("NATO membership for
      // Ukraine is not realistic"), the one after it ("does not believe that X is ...",
      // "time to stop X", "we want X"), else the clause around it
      // (a phrase it cannot name gives no edge: the clause around it is no target)
      std::string about;
      // a judgement word of the sentiment lexicon in a named subject's predicate ("Trump lied
      // about X", "Trump had made false claims") judges the subject, not what follows
      // (a milder word judges it after a light verb: "Jones made false claims"; a verb of
      // taking a side is the subject's own stance: "Britain must continue to support Ukraine")
      if (p.relation != "proposed" && len == 1 && !PredicateOfBe(doc_, s.first, k) &&
          !StanceVerbAt(doc_, k)) {
        std::string subj = std::abs(Valence(doc_.toks[k])) >= 2 ? ClauseSubjectEntity(s.first, k, who)
                                                                : LightVerbSubject(s.first, k, who);
        if (!subj.empty() && w_.Add(who, p.relation, subj, "", c.id, s.first, s.last)) {
          done.insert(p.relation);
          continue;
        }
      }
      // "Yukos had manufactured a case to stop the sale": what a named other does to its object
      // is that one's aim, not the speaker's side
      if (p.relation != "proposed" && s.cls != kProposal &&
          OthersAct(doc_, speakers_, s.first, k, who, true, out_)) {
        k += len - 1;
        continue;
      }
      about = AboutPhrase(doc_, s.first, s.last, k, k + len, p.relation != "proposed");
      if (about.empty()) {
        // "Trump had made false claims": what is judged is the named subject's
        std::string subj = p.relation != "proposed" && !StanceVerbAt(doc_, k)
                               ? ClauseSubjectEntity(s.first, k, who)
                               : std::string();
        if (!subj.empty() && w_.Add(who, p.relation, subj, "", c.id, s.first, s.last))
          done.insert(p.relation);
        k += len - 1;
        continue;
      }
      // the phrase is a name the article knows: the entity is the target
      std::string target = KnownEntity(TrimTarget(about));
      if (w_.Add(who, p.relation, target, about, c.id, s.first, s.last)) done.insert(p.relation);
      k += len - 1;
    }
    FromContent(c, who, s, done);
    if (c.polarity != ClaimPolarity::kDenied) Verdict(c, who, s, done);
    w_.SetContent({});
  }

  // "Trump called Clinton a liar", "described Bellamy's behaviour as unacceptable": what a verb of
  // naming calls the one named right after it is the speaker's verdict on that one (NamedVerdict).
  // Only a named one: "called the plan a disaster" is read as content.
  void Naming(const Claim& c, const std::string& who, const ClaimSite& s, std::set<std::string>& done) {
    if (s.first != s.cue_tok + 1 || !NamingWord(doc_.toks[s.cue_tok])) return;
    uint32_t end = s.first;
    std::string target = w_.Agent(speakers_->EntityAt(s.first, s.last, &end));
    if (target.empty() || end <= s.first) return;
    int v = NamedVerdict(doc_, end, s.last);
    const char* relation = v < 0 ? "opposes" : "supports";
    if (v != 0 && w_.Add(who, relation, target, "", c.id, s.first, s.last)) done.insert(relation);
  }

  // "X warned that the Tories were planning ...", "alleged that the Democratic Party is
  // attempting ...", "lamented that Clinton had not done enough": a cue of claims_stance.tsv's
  // subject mode says what a named one does is wrong, and takes that stance toward it.
  void Warning(const Claim& c, const std::string& who, const ClaimSite& s) {
    uint32_t len = 0;
    int si = s.cue_tok < s.sent_last ? MatchStance(doc_, s.cue_tok, s.sent_last, 's', &len) : -1;
    if (si < 0) return;
    ContentSpan subj;
    if (!WarningSubject(doc_, s.first, s.last, &subj)) return;
    std::string target = SubjectTarget(subj);
    // "warned demand for Opec's crude would outstrip supply": a forecast of a market quantity
    if (target.empty() && QuantityPhrase(doc_, subj.first, subj.last)) return;
    w_.Add(who, Lex().stance[static_cast<size_t>(si)].relation, target,
           SpanText(doc_, subj.first, subj.last, true), c.id, s.first, s.last);
  }

  // The entity the subject span names whole, or "" ("the Brexit vote": the vote, not Brexit).
  std::string SubjectTarget(const ContentSpan& subj) {
    uint32_t b = subj.first;
    while (b < subj.last && TokIs(doc_.toks[b], kDeterminer)) ++b;
    uint32_t end = b;
    std::string target = w_.Agent(speakers_->EntityAt(b, subj.last, &end));
    return end == subj.last ? target : std::string();
  }

  // Any cue, when nothing else in the content opposed anyone: "alleged that Oppenheimer failed
  // to supervise", "told reporters that Blair lied": a wrong done by the one named.
  void Verdict(const Claim& c, const std::string& who, const ClaimSite& s,
               const std::set<std::string>& done) {
    ContentSpan subj;
    if (done.count("opposes") || SubjectVerdict(doc_, s.first, s.last, &subj) >= 0) return;
    std::string target = SubjectTarget(subj);
    if (!target.empty()) w_.Add(who, "opposes", target, "", c.id, s.first, s.last);
  }

  // "argued against the merger", "testified against Y", "spoke in favour of Y": a speech verb whose
  // content opens with a stance phrase of lexicons/claims_stance.tsv's adj mode, right after the cue.
  void SpokeFor(const Claim& c, const std::string& who, const ClaimSite& s) {
    uint32_t cue_len = 0, len = 0;
    if (MatchCue(doc_, s.cue_tok, s.sent_last, &cue_len) < 0 || s.cue_tok + cue_len != s.first) return;
    int si = MatchStance(doc_, s.first, s.last, 'a', &len);
    if (si < 0 || s.first + len >= s.last) return;
    if (StanceClasses(doc_.toks[s.first + len]) & kSelf) return;  // "against my team": the speaker's own side
    std::string target, text;
    w_.Object(s.first + len, s.last, &target, &text);
    w_.Add(who, Lex().stance[static_cast<size_t>(si)].relation, target, text, c.id, s.cue_tok, s.last);
  }

  // "The £12bn left over would then be spent on reducing borrowing": where the speaker says
  // money will go is the speaker's proposal.
  void Allocation(const Claim& c, const std::string& who, const ClaimSite& s) {
    uint32_t k = AllocationTarget(doc_, s.first, s.last);
    if (k != 0) w_.Add(who, "proposed", "", ShortText(doc_, k, s.last), c.id, s.first, s.last);
  }

  // "Without determined policy action to support X, growth risks ...": the action is called for;
  // returns the token after the condition (s.first when there is none).
  uint32_t Without(const Claim& c, const std::string& who, const ClaimSite& s) {
    ContentSpan called;
    uint32_t end = WithoutCondition(doc_, s.first, s.last, &called);
    if (called.first < called.last && c.polarity != ClaimPolarity::kDenied)
      w_.Add(who, "proposed", "", SpanText(doc_, called.first, called.last, true), c.id, s.first, s.last);
    return end;
  }

  // A stance phrase of the content at [k, k + len) negated: the speaker's own support withheld
  // ("he wouldn't support Y") or what an agent should not do opposes; true when read here.
  bool NegatedStance(const Claim& c, const std::string& who, const ClaimSite& s, const StancePhrase& p,
                     uint32_t k, uint32_t len, std::set<std::string>& done) {
    // "its support for X": not the speaker's; "responsible for the turnaround": credit, no blame;
    // "to rule on whether his detentions were politically motivated": asked, not said
    if (OthersNoun(doc_, *out_, who, s.first, s.last, k) || Credit(doc_, p, k + len, s.last) ||
        AskedWhether(doc_, s.first, k))
      return true;
    // "he wouldn't support Y", "we will never back Y": the speaker's own support withheld
    if (p.relation == "supports" && len == 1 && Negated(doc_, s.first, k) && OwnSubject(doc_, s.first, k)) {
      // "she had not endorsed any candidate": support withheld from no one in particular
      if (NoOneInParticular(doc_, k + len, s.last)) return true;
      std::string about = AboutPhrase(doc_, s.first, s.last, k, k + len, p.relation != "proposed");
      std::string target = KnownEntity(about);
      if (!about.empty() && w_.Add(who, "opposes", target, about, c.id, s.first, s.last))
        done.insert("opposes");
      return true;
    }
    // "prime ministers should not have the right of veto": what an agent should not have or
    // do is opposed ("should not be" is a judgement, read elsewhere)
    if (p.relation == "proposed" && len == 1 && (p.words[0] == "should" || p.words[0] == "must") &&
        k + 3 < s.last && (doc_.toks[k + 1].lower == "not" || doc_.toks[k + 1].lower == "never") &&
        doc_.toks[k + 2].lower != "be" && AgentBefore(doc_, speakers_, *out_, s.first, k)) {
      // "should not ignore the need to reform X": not doing a wrong opposes nothing
      if (Valence(doc_.toks[k + 2]) < 0) return true;
      std::string text = ShortText(doc_, k + 3, s.last);
      if (w_.Add(who, "opposes", KnownEntity(text), text, c.id, s.first, s.last)) done.insert("opposes");
      return true;
    }
    return false;
  }

  // The entity (not an event) whose name or alias is the text, or "".
  std::string KnownEntity(const std::string& text) const {
    // the first entity (not an event) with this name or alias, through an index of the
    // entities read so far (entities are only appended while relations are built)
    for (; known_upto_ < out_->entities.size(); ++known_upto_) {
      const Entity& e = out_->entities[known_upto_];
      if (e.type == EntityType::kEvent) continue;
      known_.emplace(e.name, known_upto_);
      for (const auto& al : e.aliases) known_.emplace(al, known_upto_);
    }
    auto it = known_.find(text);
    return it == known_.end() ? std::string() : out_->entities[it->second].id;
  }
  mutable std::unordered_map<std::string, size_t> known_;  // name or alias -> entity index
  mutable size_t known_upto_ = 0;

  // Stance carried by the claim's content: its sentiment words and what they judge.
  // One stance of each kind per claim: a stance phrase of the lexicon ("is unrealistic") that
  // named its target comes first.
  void FromContent(const Claim& c, const std::string& who, const ClaimSite& s, std::set<std::string>& done) {
    if (c.polarity == ClaimPolarity::kDenied) return;
    for (const ContentStance& cs : StanceOfContent(doc_, s.first, s.last, s.cls == kProposal)) {
      if (done.count(cs.relation) || ReportedBefore(doc_, s.first, cs.first, s.last)) continue;
      // "Yukos had manufactured a case to stop the sale": a verb's object judged by another
      // named one's act is that one's aim, not the speaker's side
      if (cs.word < cs.first && s.cls != kProposal &&
          OthersAct(doc_, speakers_, s.first, cs.word, who, true, out_))
        continue;
      // "X made false claims", "X has a sad record": the verdict on a light verb's object is one on X
      // (an unnamed subject leaves no target: "the company has a poor record" is not against a
      // "poor record")
      bool light = false;
      if (std::string subj = LightVerbSubject(s.first, cs.first, who, &light); light) {
        // "Ireland will not make the mistake of ...": a verdict the light verb denies is none
        if (Negated(doc_, s.first, LightVerbAt(doc_, s.first, cs.first))) continue;
        if (!subj.empty() && w_.Add(who, cs.relation, subj, "", c.id, s.first, s.last))
          done.insert(cs.relation);
        continue;
      }
      uint32_t end = cs.first;
      std::string target = cs.first < cs.last ? speakers_->EntityAt(cs.first, cs.last, &end) : std::string();
      if (end < cs.last) target.clear();  // "Labour's plans": the plans, not Labour
      // "demand was strong", "inflation won't be a problem": a market quantity measured, no side
      if (target.empty() && cs.first < cs.last && QuantityPhrase(doc_, cs.first, cs.last)) continue;
      // "The outlook is very favourable", "the atmosphere was great": a judged phrase that names
      // no side is no stance
      if (target.empty() && !SideIn(cs.first, cs.last)) continue;
      if (cs.first < cs.last &&
          w_.Add(who, cs.relation, target, SpanText(doc_, cs.first, cs.last, true), c.id, s.first, s.last)) {
        done.insert(cs.relation);
        continue;
      }
      // "X made unfair claims": the named subject of the clause judged
      std::string subj = ClauseSubjectEntity(s.first, cs.first, who);
      if (!subj.empty() && w_.Add(who, cs.relation, subj, "", c.id, s.first, s.last))
        done.insert(cs.relation);
    }
  }

  // Does a judged phrase hold a side one can be for or against: someone named in it, people, an
  // organization, or an issue ("Turkey's economy", "the first responders", "the council tax",
  // "Labour's plans"; not "the outlook", "2.4 billion", "a number of features")? The issues are
  // stance_words.tsv's issue class and the plan, claim and request nouns of claims_words.tsv.
  bool SideIn(uint32_t first, uint32_t last) {
    constexpr uint32_t kSide = kTitle | kPersonNoun | kGroupNoun | kOrgNoun | kOrgHead | kOrgKind | kCountry |
                               kParty | kPlanNoun | kClaimNoun | kRequestNoun;
    for (uint32_t k = first; k < last; ++k) {
      const Tok& t = doc_.toks[k];
      if (!IsWord(t)) continue;
      if (TokIs(t, kSide) || PeopleNoun(t) || IssueWord(t)) return true;
      // a name the entities missed: a capital after a word ("to ban Muslims")
      if (t.cap && k > 0 && IsWord(doc_.toks[k - 1])) return true;
      // (an event is no side by itself: "the outlook", "the meeting")
      uint32_t end = k;
      std::string id = speakers_->EntityAt(k, last, &end);
      const Entity* e = id.empty() || end <= k ? nullptr : out_->FindEntity(id);
      if (e != nullptr && e->type != EntityType::kEvent) return true;
    }
    return false;
  }

  // The named subject of a light verb ("made", "did") whose object starts near k: "Trump had
  // made false claims" is Trump; "" when there is none (*light: whether such a verb stands there).
  std::string LightVerbSubject(uint32_t first, uint32_t k, const std::string& speaker,
                               bool* light = nullptr) {
    uint32_t v = LightVerbAt(doc_, first, k);
    if (light != nullptr) *light = v != k;
    return v != k ? ClauseSubjectEntity(first, v, speaker) : std::string();
  }

  // The named entity that opens the clause holding token k, as its subject ("Trump had made
  // false claims"): a name followed by a verb, not the speaker; "" otherwise.
  std::string ClauseSubjectEntity(uint32_t first, uint32_t k, const std::string& speaker) {
    uint32_t a = ClauseStart(doc_, first, k);
    // "It doesn't make any sense": a pronoun names no one here
    if (a < k && (TokIs(doc_.toks[a], kPronoun) || (StanceClasses(doc_.toks[a]) & (kSelf | kClosed))) &&
        !TokIs(doc_.toks[a], kDeterminer))
      return {};
    uint32_t end = a;
    std::string e = a < k ? w_.Agent(speakers_->EntityAt(a, k, &end)) : std::string();
    if (e.empty() || e == speaker || end > k || end <= a) return {};
    const Tok& v = doc_.toks[end];
    bool verb = IsWord(v) && !v.cap &&
                ((StanceClasses(v) & kFinite) ||
                 (!TokIs(v, kFunction | kDeterminer | kPronoun) && !(StanceClasses(v) & kClosed)));
    return verb ? e : std::string();
  }

 private:
  const Doc& doc_;
  SpeakerResolver* speakers_;
  Extraction* out_;
  RelationWriter& w_;
};

}  // namespace

void AddRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sentences, SpeakerResolver* speakers,
                  Extraction* out) {
  RelationWriter writer(doc, speakers, out, sentences);
  ClaimRelations(doc, speakers, out, &writer).FromClaims(sites);
  AddSentenceRelations(doc, sites, sentences, speakers, out, &writer);
}

}  // namespace claimgraph::extract::claims
