// Relations carried by claims and stance phrases (issue 4): said, denies, proposed,
// opposes, supports, spoke_to, met. Each relation keeps the text that shows it
// (evidence) and its byte span.
#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/claims/relation_rules.h"
#include "extract/claims/sentence_edges.h"
#include "extract/claims/stance.h"
#include "extract/claims/view.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {
namespace {

class RelationBuilder {
 public:
  RelationBuilder(const Doc& doc, SpeakerResolver* speakers, Extraction* out,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sentences)
      : doc_(doc), speakers_(speakers), out_(out), sentences_(sentences) {}

  // A source that can take a stance: a person, organization or country, not a place or event.
  std::string Agent(const std::string& id) const {
    if (id.empty()) return id;
    const Entity* e = out_->FindEntity(id);
    if (!e || e->type == EntityType::kPlace || e->type == EntityType::kEvent) return {};
    return id;
  }

  // Adds the edge, and the same edge for each other one named in a coordinated subject that ends
  // before the verb at v ("Gordon Brown and Tony Blair mocked Y"); nothing more when v is lo.
  void AddShared(const std::string& source, const std::string& type, const std::string& target,
                 const std::string& target_text, const std::string& claim, uint32_t lo, uint32_t v,
                 uint32_t ev_first, uint32_t ev_last) {
    if (!Add(source, type, target, target_text, claim, ev_first, ev_last) || v <= lo) return;
    for (const std::string& co : CoSubjects(doc_, speakers_, lo, v, source))
      if (!Agent(co).empty()) Add(co, type, target, target_text, claim, ev_first, ev_last);
  }

  bool Add(const std::string& source, const std::string& type, const std::string& target,
           const std::string& target_text, const std::string& claim, uint32_t ev_first, uint32_t ev_last) {
    if (source.empty() || ev_first >= ev_last) return false;
    const bool stance = IsStanceType(type);
    // a stance read inside a quote is the quoted speaker's own, or it is only what they claim
    // of another ("He, like President Putin, wants to make PEACE")
    if (stance && quoted_tok_ != kNoTok && doc_.toks[quoted_tok_].quote >= 0) {
      std::string quoted_by = speakers_->QuoteSpeaker(quoted_tok_);
      if (!quoted_by.empty() && source != quoted_by) return false;
    }
    // "blamed himself for ...": no stance toward another
    if (target.empty() && type != "said") {
      for (uint32_t m = ev_first; m < ev_last && m < ev_first + 4; ++m) {
        std::string_view x = doc_.toks[m].lower;
        if (x == "himself" || x == "herself" || x == "themselves" || x == "itself") return false;
      }
    }
    if (!target.empty() && target == source) return false;
    if ((type == "opposes" || type == "supports") &&
        NamedPollster(doc_, speakers_, sentences_, source, ev_first))
      return false;
    std::string tt = target_text;
    if (!target.empty()) {
      const Entity* e = out_->FindEntity(target);
      // "offered Donald Trump a tepid endorsement": a person is never what is proposed
      if (type == "proposed" && e != nullptr && e->type == EntityType::kPerson) return false;
      if (e != nullptr) tt = e->name;
    } else if (stance) {
      // a stance is toward a thing: never a fragment, a clause or the speaker's own words;
      // a proposal may be an act ("proposed to cut taxes")
      // "called on them not to turn the election into ...": what is asked is that it not be done;
      // read as a proposal it would say the opposite
      if (type == "proposed" && (tt.compare(0, 4, "not ") == 0 || tt.compare(0, 6, "never ") == 0))
        return false;
      if (type == "proposed" && tt.compare(0, 3, "to ") == 0) tt.erase(0, 3);
      // "let's be realistic": a manner, not a thing proposed
      if (type == "proposed" && (tt == "be" || tt.compare(0, 3, "be ") == 0)) return false;
      const bool refused = !TrimAndRefuse(&tt, claim_words_).empty();
      // one word proposes nothing a reader could check ("wanted to play", "sought help")
      if (refused || (type == "proposed" && tt.find(' ') == std::string::npos)) return false;
      if (NamesEntity(*out_, source, tt)) return false;
      // "opposes my team": the speaker's own side is not what they oppose
      if (type == "opposes" && !tt.empty()) {
        size_t sp = tt.find(' ');
        if (StanceClasses(text::Fold(tt.substr(0, sp))) & kSelf) return false;
      }
    }
    if (target.empty() && tt.empty()) return false;
    // (source, type, target) once: ids and types hold no NUL, so the joined key is unique
    const std::string& object = target.empty() ? tt : target;
    std::string key;
    key.reserve(source.size() + type.size() + object.size() + 2);
    key += source;
    key.push_back('\0');
    key += type;
    key.push_back('\0');
    key += object;
    if (!seen_.insert(std::move(key)).second) return false;
    Relation r;
    r.id = "r" + std::to_string(out_->relations.size() + 1);
    r.source = source;
    r.type = type;
    r.target = target;
    r.target_text = std::move(tt);
    r.claim = claim;
    r.evidence = SpanText(doc_, ev_first, ev_last, false);
    r.evidence_span = {doc_.toks[ev_first].start, doc_.toks[ev_last - 1].end};
    out_->relations.push_back(std::move(r));
    return true;
  }

  // The object of a stance phrase at token i: an entity when one is named there, else its text.
  // Returns the end of the object phrase (exclusive).
  uint32_t Object(uint32_t i, uint32_t hi, std::string* target, std::string* text, bool proposal = false,
                  bool charge = false) {
    const uint32_t evidence_end = ShortEnd(doc_, i, hi);  // the reason stays in the evidence
    if (!proposal) hi = ReasonStart(doc_, i, hi, charge);
    uint32_t end = i;
    *target = speakers_->EntityAt(i, hi, &end);
    if (!target->empty() && end > i) PersonOfOffice(doc_, speakers_, *out_, end, hi, target);
    if (target->empty()) *target = DescribedPerson(doc_, speakers_, *out_, i, hi);
    if (target->empty() && !proposal) *target = RelativeClauseDoer(doc_, speakers_, *out_, i, hi);
    // "called for Tony Blair's resignation": what is proposed is the resignation, not Blair
    if (proposal && !target->empty() && end > i &&
        (EndsPossessive(doc_.toks[end - 1]) || (end < hi && doc_.toks[end].lower == "'s")))
      target->clear();
    if (proposal) {
      // "called on Obama to retaliate", "urged the administration to call out Russia": the one
      // asked is no target, what they are asked to do is
      uint32_t to = i;
      while (to < hi && to < i + 6 && IsWord(doc_.toks[to]) && doc_.toks[to].lower != "to" &&
             !(StanceClasses(doc_.toks[to]) & kFinite))
        ++to;
      if (to > i && to + 1 < hi && doc_.toks[to].lower == "to") {
        target->clear();
        // "called on them not to turn ...": what is asked is that it not be done; the text
        // keeps the "not", and no proposal is read from it (Add)
        i = (StanceClasses(doc_.toks[to - 1]) & kNegator) ? to - 1 : to + 1;
      }
    }
    *text = ShortText(doc_, i, hi);
    return std::max(ShortEnd(doc_, i, hi), evidence_end);
  }

  // Who takes the stances of a claim: its speaker; but a place takes no stance ("commercials in
  // New York criticizing Mrs. Clinton"): a participle's agent is then the sentence's subject.
  std::string StanceSource(const Claim& c, const ClaimSite& s) {
    if (!Agent(c.speaker).empty()) return c.speaker;
    std::string_view cue_word = doc_.toks[s.cue_tok].lower;
    std::string subj = cue_word.size() > 4 && cue_word.compare(cue_word.size() - 3, 3, "ing") == 0
                           ? Agent(speakers_->SentenceSubjectEntity(s.sent_first, s.cue_tok))
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
    Object(s.first, s.last, &target, &text, s.cls == kProposal);
    if (SiteCueRefuses(doc_, s, target)) return;
    uint32_t ev_first = std::min(s.cue_tok, s.first);
    Add(src, SiteRelation(doc_, s), target, text, c.id, ev_first, std::max(s.last, ev_first + 1));
  }

  void FromClaims(const std::vector<ClaimSite>& sites) {
    const Lexicons& lex = Lex();
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
        Object(s.first, s.last, &target, &text);
        Add(c.speaker, "denies", target, text, c.id, std::min(s.cue_tok, s.first), s.last);
        continue;
      }
      Add(c.speaker, "said", "", c.text, c.id, s.first, s.last);
      // "Schiff told Capital Download": the one told is spoken to, when named
      {
        uint32_t len = 0;
        const Cue* cue = SiteCue(doc_, s, &len);
        uint32_t after = s.cue_tok + len;
        if (cue != nullptr && cue->noinvert && after < s.sent_last && doc_.toks[after].cap &&
            !(after >= s.first && after < s.last)) {
          uint32_t hi = std::min<uint32_t>(s.sent_last, after + 8);
          if (s.first > after && s.first < hi) hi = s.first;
          Targets(c.speaker, "spoke_to", after, hi, s.sent_first);
        }
      }
      // "Hilaria, who was accused by a reporter of ...": a passive cue; the one after "by" is
      // the agent, so the claim's speaker takes no stance here
      if (s.cue_tok < s.first && s.first < s.last && s.first - s.cue_tok <= 2 &&
          doc_.toks[s.first].lower == "by")
        continue;
      std::string who = StanceSource(c, s);
      // "has not endorsed Y": support withheld opposes Y
      bool withheld = s.cls == kStance && SiteRelation(doc_, s) == "supports" &&
                      s.cue_tok > s.sent_first + 1 && Negated(doc_, s.sent_first, s.cue_tok);
      if ((s.cls == kStance || s.cls == kProposal) && (withheld || !Negated(doc_, s.sent_first, s.cue_tok)) &&
          !AskedWhether(doc_, s.sent_first, s.cue_tok)) {
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
        uint32_t oe = Object(from, to, &target, &text, s.cls == kProposal, cue != nullptr && cue->obj);
        if (cue != nullptr) BlamedOn(doc_, speakers_, *cue, from, oe, &target, &text);
        if (SiteCueRefuses(doc_, s, target)) continue;
        uint32_t ev_first =
            std::min(withheld ? NegationStart(doc_, s.sent_first, s.cue_tok) : s.cue_tok, s.first);
        const std::string type = withheld ? std::string("opposes") : SiteRelation(doc_, s);
        AddShared(who, type, target, text, c.id, s.sent_first, s.cue_tok, ev_first,
                  std::max(s.last, ev_first + 1));
      }
      if (s.cls != kStance && s.cls != kProposal && !Negated(doc_, s.sent_first, s.cue_tok))
        SpokeFor(c, who, s);
      if (c.polarity != ClaimPolarity::kDenied) {
        Warning(c, who, s);
        Allocation(c, who, s);
      }
      // "Without X, Y": a condition; what it is without is called for when Y is bad, and no
      // stance word inside X is the speaker's ("Without action to support growth, ...")
      uint32_t without_end = Without(c, who, s);
      // stance words inside the content: "... is unrealistic", "We want ..."; what comes
      // before "..., but" is conceded ("We want X, but we must start by Y")
      uint32_t conceded = std::max(s.first, without_end);
      for (uint32_t k = s.first + 1; k < s.last; ++k)
        if ((StanceClasses(doc_.toks[k]) & kContrast) &&
            (doc_.toks[k - 1].kind == TokKind::kEnd || doc_.toks[k - 1].lower == "," ||
             doc_.toks[k - 1].lower == ";") &&
            !Corrects(doc_, k, s.last))
          conceded = k;
      std::set<std::string> done;
      SetContent(c.text);
      for (uint32_t k = conceded; k < s.last; ++k) {
        uint32_t len = 0;
        int si = MatchStance(doc_, k, s.last, 'c', &len);
        if (si < 0) continue;
        const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
        if (done.count(p.relation)) continue;
        // "broadcasters should make the decision": a recommendation only when an agent is told what
        // to do ("products should appear by 2010" is a forecast; NoProposal: "If we can beat them")
        if (p.relation == "proposed" && ((!AgentBefore(doc_, speakers_, *out_, s.first, k) &&
                                          (p.words[0] == "should" || p.words[0] == "ought")) ||
                                         NoProposal(doc_, s.first, k, len, s.last))) {
          k += len - 1;
          continue;
        }
        if (NegatedStance(c, who, s, p, k, len, done) ||
            (StanceVerbAt(doc_, k) && CommonNounRelative(doc_, s.first, k)) ||
            (p.relation != "proposed" && s.cls != kProposal && OthersAct(doc_, speakers_, s.first, k, who)))
          continue;
        // "the best prospect lies in the spread of democracy": a one-word judgement used as a
        // verb of place ("lies in", "lies with") judges nothing
        if (len == 1 && p.relation != "proposed" && k + 1 < s.last &&
            PlacePreposition(doc_.toks[k + 1].lower) && k > s.first &&
            !TokIs(doc_.toks[k - 1], kDeterminer | kAux) && !LinkingVerb(doc_.toks[k - 1].lower))
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
          if (!subj.empty() && Add(who, p.relation, subj, "", c.id, s.first, s.last)) {
            done.insert(p.relation);
            continue;
          }
        }
        about = AboutPhrase(doc_, s.first, s.last, k, k + len);
        if (about.empty()) {
          // "Trump had made false claims": what is judged is the named subject's
          std::string subj = p.relation != "proposed" && !StanceVerbAt(doc_, k)
                                 ? ClauseSubjectEntity(s.first, k, who)
                                 : std::string();
          if (!subj.empty() && Add(who, p.relation, subj, "", c.id, s.first, s.last)) done.insert(p.relation);
          k += len - 1;
          continue;
        }
        // the phrase is a name the article knows: the entity is the target
        std::string target = KnownEntity(TrimTarget(about));
        if (Add(who, p.relation, target, about, c.id, s.first, s.last)) done.insert(p.relation);
        k += len - 1;
      }
      FromContent(c, who, s, done);
      if (c.polarity != ClaimPolarity::kDenied) Verdict(c, who, s, done);
      SetContent({});
    }
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
    Add(who, Lex().stance[static_cast<size_t>(si)].relation, SubjectTarget(subj),
        SpanText(doc_, subj.first, subj.last, true), c.id, s.first, s.last);
  }

  // The entity the subject span names whole, or "" ("the Brexit vote": the vote, not Brexit).
  std::string SubjectTarget(const ContentSpan& subj) {
    uint32_t b = subj.first;
    while (b < subj.last && TokIs(doc_.toks[b], kDeterminer)) ++b;
    uint32_t end = b;
    std::string target = Agent(speakers_->EntityAt(b, subj.last, &end));
    return end == subj.last ? target : std::string();
  }

  // Any cue, when nothing else in the content opposed anyone: "alleged that Oppenheimer failed
  // to supervise", "told reporters that Blair lied": a wrong done by the one named.
  void Verdict(const Claim& c, const std::string& who, const ClaimSite& s,
               const std::set<std::string>& done) {
    ContentSpan subj;
    if (done.count("opposes") || SubjectVerdict(doc_, s.first, s.last, &subj) >= 0) return;
    std::string target = SubjectTarget(subj);
    if (!target.empty()) Add(who, "opposes", target, "", c.id, s.first, s.last);
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
    Object(s.first + len, s.last, &target, &text);
    Add(who, Lex().stance[static_cast<size_t>(si)].relation, target, text, c.id, s.cue_tok, s.last);
  }

  // "The £12bn left over would then be spent on reducing borrowing": where the speaker says
  // money will go is the speaker's proposal.
  void Allocation(const Claim& c, const std::string& who, const ClaimSite& s) {
    uint32_t k = AllocationTarget(doc_, s.first, s.last);
    if (k != 0) Add(who, "proposed", "", ShortText(doc_, k, s.last), c.id, s.first, s.last);
  }

  // "Without determined policy action to support X, growth risks ...": the action is called for;
  // returns the token after the condition (s.first when there is none).
  uint32_t Without(const Claim& c, const std::string& who, const ClaimSite& s) {
    ContentSpan called;
    uint32_t end = WithoutCondition(doc_, s.first, s.last, &called);
    if (called.first < called.last && c.polarity != ClaimPolarity::kDenied)
      Add(who, "proposed", "", SpanText(doc_, called.first, called.last, true), c.id, s.first, s.last);
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
      std::string about = AboutPhrase(doc_, s.first, s.last, k, k + len);
      std::string target = KnownEntity(about);
      if (!about.empty() && Add(who, "opposes", target, about, c.id, s.first, s.last)) done.insert("opposes");
      return true;
    }
    // "prime ministers should not have the right of veto": what an agent should not have or
    // do is opposed ("should not be" is a judgement, read elsewhere)
    if (p.relation == "proposed" && len == 1 && (p.words[0] == "should" || p.words[0] == "must") &&
        k + 3 < s.last && (doc_.toks[k + 1].lower == "not" || doc_.toks[k + 1].lower == "never") &&
        doc_.toks[k + 2].lower != "be" && AgentBefore(doc_, speakers_, *out_, s.first, k)) {
      std::string text = ShortText(doc_, k + 3, s.last);
      if (Add(who, "opposes", KnownEntity(text), text, c.id, s.first, s.last)) done.insert("opposes");
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
      // "X made false claims", "X has a sad record": the verdict on a light verb's object is one on X
      // (an unnamed subject leaves no target: "the company has a poor record" is not against a
      // "poor record")
      bool light = false;
      if (std::string subj = LightVerbSubject(s.first, cs.first, who, &light); light) {
        if (!subj.empty() && Add(who, cs.relation, subj, "", c.id, s.first, s.last)) done.insert(cs.relation);
        continue;
      }
      uint32_t end = cs.first;
      std::string target = cs.first < cs.last ? speakers_->EntityAt(cs.first, cs.last, &end) : std::string();
      if (end < cs.last) target.clear();  // "Labour's plans": the plans, not Labour
      if (cs.first < cs.last &&
          Add(who, cs.relation, target, SpanText(doc_, cs.first, cs.last, true), c.id, s.first, s.last)) {
        done.insert(cs.relation);
        continue;
      }
      // "X made unfair claims": the named subject of the clause judged
      std::string subj = ClauseSubjectEntity(s.first, cs.first, who);
      if (!subj.empty() && Add(who, cs.relation, subj, "", c.id, s.first, s.last)) done.insert(cs.relation);
    }
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
    std::string e = a < k ? Agent(speakers_->EntityAt(a, k, &end)) : std::string();
    if (e.empty() || e == speaker || end > k || end <= a) return {};
    const Tok& v = doc_.toks[end];
    bool verb = IsWord(v) && !v.cap &&
                ((StanceClasses(v) & kFinite) ||
                 (!TokIs(v, kFunction | kDeterminer | kPronoun) && !(StanceClasses(v) & kClosed)));
    return verb ? e : std::string();
  }

  // The subject of the verb at k; after "and" the sentence's last one, *last_src ("... and blamed Y").
  std::string Subject(uint32_t lo, uint32_t k, bool verb, std::string* last_src) {
    std::string src = Agent(speakers_->SubjectBefore(lo, k, verb));
    if (src.empty() && k > lo && doc_.toks[k - 1].lower == "and") {
      src = *last_src;
      if (src.empty()) src = speakers_->SentenceSubjectEntity(lo, k);
    }
    if (!src.empty()) *last_src = src;
    return src;
  }

  // "X met Y", "X spoke to Y": one edge per person named after the cue.
  void Contact(const std::vector<ClaimSite>& sites, const Cue& cue, uint32_t sf, uint32_t sl, uint32_t lo,
               uint32_t k, uint32_t len, std::string* last_src) {
    std::string src = Subject(lo, k, true, last_src);
    // "..., Obama said after meeting with Putin": the one who said it
    if (src.empty())
      for (const ClaimSite& cs : sites)
        if (cs.cue_tok >= sf && cs.cue_tok < k && cs.sent_first == sf &&
            !out_->claims[cs.claim].speaker.empty() && k - cs.cue_tok <= 4)
          src = out_->claims[cs.claim].speaker;
    if (!src.empty()) Targets(src, cue.relation, k + len, sl, sf);
  }

  void FromSentences(const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                     const std::vector<ClaimSite>& sites) {
    const Lexicons& lex = Lex();
    const std::vector<uint32_t> used = CueTokens(sites);
    for (const auto& [sf, sl] : sentences) {
      std::string last_src;  // the subject of the sentence's last stance verb, for "... and blamed Y"
      passive_seen_ = false;
      for (uint32_t k = sf; k < sl; ++k) {
        const Tok& t = doc_.toks[k];
        if (!IsWord(t) || Inert(lex.entries[t.tag])) continue;  // most words: nothing below reads them
        quoted_tok_ = k;
        uint32_t lo = sf;
        if (t.quote >= 0) lo = std::max(lo, doc_.quotes[static_cast<size_t>(t.quote)].first);
        uint32_t len = 0;
        int ci = MatchCue(doc_, k, sl, &len);
        if (ci >= 0 && !std::binary_search(used.begin(), used.end(), k) && NounAfterDeterminer(doc_, lo, k))
          ci = -1;  // "has the backing of Y": a noun (its phrase is read below)
        if (ci >= 0) {
          const Cue& cue = lex.cues[static_cast<size_t>(ci)];
          if (cue.cls == kContact) {
            Contact(sites, cue, sf, sl, lo, k, len, &last_src);
          } else if (std::binary_search(used.begin(), used.end(), k) ||
                     (cue.cls != kStance && cue.cls != kProposal) ||
                     NoStanceAt(doc_, speakers_, cue, lo, k)) {
            Subject(lo, k, true, &last_src);  // keeps the sentence's subject for a following "and VERB"
          } else if (uint32_t by = PassiveAgentBy(doc_, k + len, sl); by != 0) {
            // "the Khans, criticized strongly by John McCain": the one after "by" takes the
            // stance toward the one before the verb
            uint32_t end = by + 1;
            std::string agent = AgentNamedAt(doc_, speakers_, *out_, by + 1, sl, &end);
            std::string patient = PassivePatient(lo, k, true);
            uint32_t pa = 0, pb = 0;
            if (!agent.empty() && !patient.empty() && agent != patient) {
              Add(agent, cue.relation, patient, "", "", lo, std::max(end, k + len));
              for (const std::string& more : MoreAgents(doc_, speakers_, *out_, &end, sl))  // "by A and B"
                if (more != patient) Add(more, cue.relation, patient, "", "", lo, end);
            } else if (!agent.empty() && patient.empty() && PassiveSubjectSpan(doc_, lo, k, &pa, &pb)) {
              // "The plan was criticized by X", "Kerry's speech was praised by X": the thing named
              std::string what = SpanText(doc_, pa, pb, true);
              Add(agent, cue.relation, "", what, "", pa, std::max(end, k + len));
              for (const std::string& more : MoreAgents(doc_, speakers_, *out_, &end, sl))
                Add(more, cue.relation, "", what, "", pa, end);
            }
          } else if (NoObject(doc_, k, len, sl) || PassiveBe(doc_, lo, k, sl) ||
                     ExpletiveInfinitive(doc_, lo, k)) {
            Subject(lo, k, true, &last_src);  // "rejected in a 2-1 decision", "which was blamed on X"
          } else {
            std::string src = Subject(lo, k, true, &last_src);
            // "..., attacking X", "... while more recently proposing X": a participle's
            // agent is the sentence's subject, not the last name before it
            if (src.empty() && doc_.toks[k].lower.size() > 4 && doc_.toks[k].lower.ends_with("ing"))
              src = speakers_->SentenceSubjectEntity(lo, k);
            if (src.empty() && speakers_->PassiveAt(lo, k)) {
              // "X was criticized by Y": Y takes the stance toward X
              uint32_t by = k + len;
              if (by + 1 < sl && doc_.toks[by].lower == "by") {
                uint32_t end = by + 1;
                std::string agent = AgentNamedAt(doc_, speakers_, *out_, by + 1, sl, &end);
                std::string patient = PassivePatient(lo, k, false);
                if (!agent.empty() && !patient.empty()) {
                  Add(agent, cue.relation, patient, "", "", lo, std::max(end, k + len));
                  for (const std::string& more : MoreAgents(doc_, speakers_, *out_, &end, sl))
                    if (more != patient) Add(more, cue.relation, patient, "", "", lo, end);
                }
              }
              k += len - 1;
              continue;
            }
            // "Michael Moore, Gloria Steinem and other speakers attacked X": the first named of a list
            if (src.empty()) {
              std::vector<std::string> all = CoSubjects(doc_, speakers_, lo, k, "");
              if (!all.empty()) src = Agent(all[0]);
            }
            // otherwise the entity named last before the verb in its sentence
            if (src.empty()) {
              // a subject that names no one ("in the United States, both candidates have opposed
              // X") is unnamed, not the entity before it
              bool subject = speakers_->HasSubject(lo, k) || CommonNounBefore(doc_, lo, k);
              src = Agent(subject ? speakers_->EntityInSubject(lo, k) : std::string());
              if (src.empty() && !subject) src = speakers_->NearestEntityBefore(lo, k);
            }
            if (!src.empty()) {
              std::string target, text;
              uint32_t oe = Object(k + len, sl, &target, &text, cue.cls == kProposal, cue.obj);
              BlamedOn(doc_, speakers_, cue, k + len, oe, &target, &text);  // "blamed the attack on X"
              if (claims::CueRefuses(doc_, cue, k, len, target)) {
                k += len - 1;
                continue;
              }
              bool withheld = Withheld(doc_, speakers_, cue, lo, k);
              const std::string type = withheld ? "opposes" : cue.relation;
              uint32_t ev = withheld ? NegationStart(doc_, lo, k) : k;
              AddShared(src, type, target, text, "", lo, k, ev, std::max(oe, k + len));
            }
          }
          k += len - 1;
          continue;
        }
        if (int si = MatchStance(doc_, k, sl, 'f', &len); si >= 0) {
          FromPhrase(lex.stance[static_cast<size_t>(si)], lo, sl, k, len);
          k += len - 1;
          continue;
        }
        bool matched = false;
        for (char mode : {'a', 'n'}) {
          int si = MatchStance(doc_, k, sl, mode, &len);
          if (si < 0) continue;
          if (mode == 'n' && TitlePhrase(doc_, sf, k)) break;                    // "Assault on Precinct 13"
          if (mode == 'n' && OthersNounInContent(doc_, *out_, sites, k)) break;  // "said their criticism"
          matched = true;
          const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
          std::string src = Subject(lo, k, false, &last_src);
          if (src.empty()) src = PhraseSource(lo, k, mode);
          if (src.empty()) continue;
          std::string target, text;
          bool proposal = p.relation == "proposed";
          // "X worked with Y to overhaul Z": a joint effort, when what it is for follows
          if (proposal && p.words.back() == "with") {
            uint32_t to = k + len;
            while (to < sl && to < k + len + 6 && doc_.toks[to].lower != "to") ++to;
            if (to + 1 >= sl || doc_.toks[to].lower != "to") continue;
          }
          uint32_t oe = Object(k + len, sl, &target, &text, proposal);
          // "X won the backing of Y": Y's stance toward X; "X lost the backing of Y": none
          int received = mode == 'n' && !proposal ? ReceivedBefore(doc_, lo, k) : 0;
          if (received > 0 && !Agent(target).empty())
            Add(target, p.relation, src, "", "", k, std::max(oe, k + len));
          // "showed little respect for Y": support withheld; "is not critical of Y": no stance
          bool denied = !proposal && DeniedPhrase(doc_, lo, k);
          // "Turkey and Qatar provided support for Y", "X and Z are critical of Y": each named
          // before the verb (for a noun, the verb that gives it)
          uint32_t verb = mode == 'n' ? LightVerbAt(doc_, lo, k) : k;
          if (received == 0 && !(denied && p.relation == "opposes"))
            AddShared(src, denied ? "opposes" : p.relation, target, text, "", lo,
                      verb < k || mode == 'a' ? verb : lo, denied ? k - 1 : k, std::max(oe, k + len));
          if (proposal && p.words.back() == "with") {  // the one worked with shares the effort
            uint32_t end = k + len;
            std::string partner = Agent(speakers_->EntityAt(k + len, sl, &end));
            if (!partner.empty() && partner != src)
              Add(partner, p.relation, "", text, "", k, std::max(oe, k + len));
          }
          k += len - 1;
          break;
        }
        if (!matched && !Role(lo, sl, k)) SentimentVerb(lo, sl, k);
      }
    }
  }

  // "drew criticism from Democrats": the agent follows the phrase at [k, k + len); what it is
  // toward came before. Only after a verb that gives it ("drew sharp criticism from"), not "amid
  // opposition by X" nor one that takes it away ("pulled her support from X").
  void FromPhrase(const StancePhrase& p, uint32_t lo, uint32_t sl, uint32_t k, uint32_t len) {
    if (!AfterVerb(doc_, lo, k) || ReceivedBefore(doc_, lo, k) < 0) return;
    uint32_t end = k + len;
    std::string agent = speakers_->EntityAt(k + len, sl, &end);
    std::string target = speakers_->SentenceSubjectEntity(lo, k);
    if (target.empty()) target = speakers_->NearestEntityBefore(lo, k);
    if (!agent.empty() && !target.empty()) Add(agent, p.relation, target, "", "", k, std::max(end, k + len));
  }

  // The one acted on by a passive stance verb at k ("X was criticized by Y"): its subject, or
  // when `nearest` the entity named last before it; after "and" or "but" the one of the
  // sentence's previous passive ("X was backed by A and opposed by B": B opposes X, not A).
  std::string PassivePatient(uint32_t lo, uint32_t k, bool nearest) {
    uint32_t j = k;
    while (j > lo && IsLyAdverb(doc_.toks[j - 1])) --j;
    if (passive_seen_ && j > lo && (doc_.toks[j - 1].lower == "and" || doc_.toks[j - 1].lower == "but"))
      return last_patient_;
    std::string p = speakers_->SubjectBefore(lo, k, false);
    if (p.empty() && nearest) p = speakers_->NearestEntityBefore(lo, k);
    passive_seen_ = true;
    last_patient_ = p;
    return p;
  }

  // "X has been one of Russia's strongest critics", "X, a prominent Trump critic,", "X is a close
  // ally of Trump": a role noun of claims_stance.tsv's role mode; true when one stands at k.
  bool Role(uint32_t lo, uint32_t sl, uint32_t k) {
    uint32_t len = 0;
    int si = MatchStance(doc_, k, sl, 'r', &len);
    RoleSpans r;
    if (si < 0 || len != 1) return si >= 0;
    const std::string& relation = Lex().stance[static_cast<size_t>(si)].relation;
    if (EdgeRead e; !RolePhrase(doc_, lo, k, sl, &r)) {  // "Trump ally Roger Stone"
      if (AppositiveRole(doc_, speakers_, *out_, lo, k, sl, relation, &e))
        Add(e.source, e.type, e.target, e.target_text, "", e.ev_first, e.ev_last);
      return true;
    }
    std::string holder = Agent(speakers_->SubjectBefore(lo, r.holder_end, false));
    if (holder.empty()) return true;
    std::string target, text;
    uint32_t end = r.target_first;
    if (r.target_last <= k) {  // named before the noun: that name, whole
      target = Agent(speakers_->EntityAt(r.target_first, r.target_last, &end));
      if (target.empty() || end != r.target_last) {  // a name not met as an entity: as written
        if (TokIs(doc_.toks[r.target_first], kModifier)) return true;  // "a Republican critic"
        target.clear();
        text = SpanText(doc_, r.target_first, r.target_last, true);
      }
      end = k + 1;
    } else {
      end = Object(r.target_first, sl, &target, &text);
    }
    Add(holder, relation, target, text, "", r.phrase_first, std::max(end, k + 1));
    return true;
  }

  // The source of a stance phrase at k with no subject right before it: the name before an
  // appositive or a relative clause, or for a noun the sentence's subject; "" when none.
  std::string PhraseSource(uint32_t lo, uint32_t k, char mode) {
    std::string src;
    // "Mr. Carter, an outspoken critic of the invasion, ...": the name before the comma
    if (src.empty() && mode == 'a' && k > lo + 1 && doc_.toks[k - 1].lower == ",")
      src = Agent(speakers_->SubjectBefore(lo, k - 1, false));
    // "Lord Holme, who has campaigned for Y,": the name before the relative clause
    if (src.empty() && mode == 'a') {
      uint32_t w = k;
      while (w > lo + 1 && IsWord(doc_.toks[w - 1]) &&
             ((StanceClasses(doc_.toks[w - 1]) & kFinite) || IsLyAdverb(doc_.toks[w - 1]) ||
              doc_.toks[w - 1].lower == "long"))
        --w;
      if (w > lo + 2 && doc_.toks[w - 1].lower == "who" && doc_.toks[w - 2].lower == ",")
        src = Agent(speakers_->SubjectBefore(lo, w - 2, false));
    }
    // "after King expressed support for Y": the light verb's own subject; else the sentence's
    // ("Macron leveled a sharp criticism of Y")
    if (uint32_t j = mode == 'n' ? LightVerbAt(doc_, lo, k) : k; src.empty() && j < k && j > lo)
      src = Agent(speakers_->SubjectBefore(lo, j, false));
    if (src.empty() && mode == 'n') src = speakers_->SentenceSubjectEntity(lo, k);
    return src;
  }

  // "Hurd mocked Trump": a sentiment verb between two names (SentimentVerbEdge).
  void SentimentVerb(uint32_t lo, uint32_t sl, uint32_t k) {
    EdgeRead e;
    if (SentimentVerbEdge(doc_, speakers_, *out_, lo, sl, k, &e))
      AddShared(e.source, e.type, e.target, e.target_text, "", lo, e.verb, e.ev_first, e.ev_last);
  }

  // "spoke to both Putin and Zelensky": one edge per person named.
  void Targets(const std::string& src, const std::string& type, uint32_t i, uint32_t hi, uint32_t sf) {
    uint32_t k = i;
    while (k < hi) {
      const Tok& t = doc_.toks[k];
      if (t.lower == "both" || t.lower == "and" || t.lower == "with" || t.lower == "," || t.lower == "to") {
        ++k;
        continue;
      }
      uint32_t end = k;
      std::string target = speakers_->EntityAt(k, hi, &end);
      if (end == k) break;
      if (!target.empty()) Add(src, type, target, "", "", sf, hi);
      k = end;
    }
  }

 private:
  const Doc& doc_;
  SpeakerResolver* speakers_;
  Extraction* out_;
  const std::vector<std::pair<uint32_t, uint32_t>>& sentences_;
  std::unordered_set<std::string> seen_;  // relations added, as source NUL type NUL target
  static constexpr uint32_t kNoTok = UINT32_MAX;
  uint32_t quoted_tok_ = kNoTok;  // FromSentences: the token being read, for Add's quote check
  ClaimWordsCache claim_words_;   // FromClaims: the text of the claim giving the stance, for Add's refusals
  void SetContent(std::string_view claim_text) { claim_words_ = ClaimWordsCache(claim_text); }
  std::string last_patient_;   // FromSentences: the patient of the sentence's last passive
  bool passive_seen_ = false;  // FromSentences: a passive stance verb was read in the sentence
};

}  // namespace

void AddRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sentences, SpeakerResolver* speakers,
                  Extraction* out) {
  RelationBuilder b(doc, speakers, out, sentences);
  b.FromClaims(sites);
  b.FromSentences(sentences, sites);
}

}  // namespace claimgraph::extract::claims
