// Relations read from every sentence, outside what any claim says (issue 4): a stance verb
// with its subject and object ("Hurd mocked Trump", "X was criticized by Y"), a stance phrase
// ("drew criticism from Y", "a critic of Y"), a role ("Trump ally Roger Stone") and a contact
// ("X met Y"). Runs after the claims' relations (relations.cc), through the same writer.
#include <algorithm>

#include "extract/claims/relation_rules.h"
#include "extract/claims/relation_writer.h"
#include "extract/claims/sentence_edges.h"
#include "extract/claims/stance.h"
#include "extract/claims/view.h"

namespace claimgraph::extract::claims {
namespace {

class SentenceRelations {
 public:
  SentenceRelations(const Doc& doc, SpeakerResolver* speakers, Extraction* out, RelationWriter* writer)
      : doc_(doc), speakers_(speakers), out_(out), w_(*writer) {}

  // Does a possessor stand before the noun at k, past up to two lower-case words ("his attacks",
  // "Cruz's repeated personal attacks")? *at = the possessor's last token.
  bool PossessorBefore(uint32_t lo, uint32_t k, uint32_t* at) const {
    uint32_t p = k;
    while (p > lo && k - p < 2 && IsWord(doc_.toks[p - 1]) && !doc_.toks[p - 1].cap &&
           !PossessiveWord(doc_.toks[p - 1]) && !EndsPossessive(doc_.toks[p - 1]) &&
           !TokIs(doc_.toks[p - 1], kFunction | kDeterminer | kPronoun))
      --p;
    if (p == lo) return false;
    const Tok& t = doc_.toks[p - 1];
    *at = p - 1;
    return PossessiveWord(t) || EndsPossessive(t) || t.lower == "'s";
  }

  // The participle after a preposition of an act ("after attacking X", "by attacking X") in a
  // claim's content whose clause opens with its own subject: that subject did the act ("the CPS
  // said [11 people had been prosecuted after attacking intruders]"). True, with *who the person
  // that subject names, or "" for people it does not name ("11 people", "two fans"); false when
  // the clause has no such subject, or its subject is a body or thing the speaker speaks for
  // ("Blair said Labour would set out plans for tackling X", "the money saved by cutting X").
  bool ContentClauseSubject(const std::vector<ClaimSite>& sites, uint32_t lo, uint32_t k,
                            std::string* who) const {
    if (k == 0 || !TokIn(doc_.toks[k - 1], kActPrep)) return false;
    for (const ClaimSite& s : sites) {
      if (s.first <= lo || k < s.first || k >= s.last) continue;
      uint32_t a = ClauseStart(doc_, s.first, k);
      while (a < k && (TokIn(doc_.toks[a], kSpeakerJoin | kClauseOpener) || IsLyAdverb(doc_.toks[a]))) ++a;
      if (a + 1 >= k) return false;
      const Tok& w = doc_.toks[a];
      if (TokIs(w, kPronoun | kAux | kModal) || TokIn(w, kSubjectPronoun | kActPrep)) return false;
      uint32_t end = a;
      std::string id = speakers_->EntityAt(a, k, &end);
      if (!id.empty()) {
        const Entity* e = out_->FindEntity(id);
        if (e == nullptr || e->type != EntityType::kPerson || (end < k && EndsPossessive(doc_.toks[end - 1])))
          return false;
        *who = w_.Agent(id);
        return true;
      }
      // people unnamed: a noun of persons or groups before the clause's verb
      for (uint32_t j = a; j < k && IsWord(doc_.toks[j]) && !TokIs(doc_.toks[j], kAux); ++j)
        if (TokIs(doc_.toks[j], kPersonNoun | kGroupNoun)) {
          who->clear();
          return true;
        }
      return false;
    }
    return false;
  }

  // The one a possessive pronoun at `at` stands for: the last one named before it in the
  // sentence ("... when Sanders will have to tone down his attacks on Clinton"), a person for
  // "his" / "her"; "" for a name's possessive or when none is named (the phrase's subject then).
  std::string PronounPossessor(uint32_t lo, uint32_t at) const {
    const Tok& t = doc_.toks[at];
    if (!PossessiveWord(t)) return {};
    bool person = t.lower == "his" || t.lower == "her";
    std::string seen;
    for (uint32_t b = at; b > lo; --b) {  // (a body or country named after the person is passed over)
      std::string id = speakers_->NearestEntityBefore(lo, b);
      if (id.empty()) return {};
      if (id == seen) continue;
      seen = id;
      const Entity* e = out_->FindEntity(id);
      if (e != nullptr && (!person || e->type == EntityType::kPerson)) return w_.Agent(id);
    }
    return {};
  }

  // The subject of the verb at k; after "and" the sentence's last one, *last_src ("... and blamed Y").
  std::string Subject(uint32_t lo, uint32_t k, bool verb, std::string* last_src) {
    std::string src =
        w_.Agent(verb ? StanceSubjectBefore(doc_, speakers_, lo, k) : speakers_->SubjectBefore(lo, k, verb));
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
    if (!src.empty()) w_.Targets(src, cue.relation, k + len, sl, sf);
  }

  // A cue at [k, k + len) in the sentence [sf, sl) (lo: where its quote opens, else sf): a
  // contact ("X met Y"), or a stance verb that no claim has read, with its subject and object.
  void FromCue(const std::vector<ClaimSite>& sites, const std::vector<uint32_t>& used, const Cue& cue,
               uint32_t sf, uint32_t sl, uint32_t lo, uint32_t k, uint32_t len, std::string* last_src) {
    if (cue.cls == kContact) {
      Contact(sites, cue, sf, sl, lo, k, len, last_src);
    } else if (std::binary_search(used.begin(), used.end(), k) ||
               (cue.cls != kStance && cue.cls != kProposal) || NoStanceAt(doc_, speakers_, cue, lo, k)) {
      Subject(lo, k, true, last_src);  // keeps the sentence's subject for a following "and VERB"
    } else if (uint32_t by = PassiveAgentBy(doc_, k + len, sl); by != 0) {
      // "the Khans, criticized strongly by John McCain": the one after "by" takes the
      // stance toward the one before the verb
      uint32_t end = by + 1;
      std::string agent = AgentNamedAt(doc_, speakers_, *out_, by + 1, sl, &end);
      // "denounced by the Russian authorities": the one a group acts for, as for a subject
      if (agent.empty() && cue.cls == kStance) agent = w_.Agent(speakers_->GroupAt(by + 1, sl, &end));
      std::string patient = PassivePatient(lo, k, true);
      // the subject phrase before the verb: [pa, pb)
      uint32_t pa = 0, pb = 0;
      const bool subject_span = PassiveSubjectSpan(doc_, lo, k, &pa, &pb);
      // "The US court's jurisdiction had been challenged by X": a country before a noun modifies
      // it; the thing named is the subject phrase
      if (!patient.empty() && subject_span) {
        uint32_t a = pa;
        while (a < pb && TokIs(doc_.toks[a], kDeterminer)) ++a;
        uint32_t end = a;
        if (a < pb && speakers_->EntityAt(a, pb, &end) == patient && end > a &&
            w_.CountryModifier(patient, end, pb))
          patient.clear();
      }
      if (!agent.empty() && !patient.empty() && agent != patient) {
        w_.Add(agent, cue.relation, patient, "", "", lo, std::max(end, k + len));
        for (const std::string& more :
             ListedNames(doc_, speakers_, *out_, agent, &end, sl, true))  // "by A and B"
          if (more != patient) w_.Add(more, cue.relation, patient, "", "", lo, end);
      } else if (!agent.empty() && patient.empty() && subject_span) {
        // "The plan was criticized by X", "Kerry's speech was praised by X": the thing named
        std::string what = SpanText(doc_, pa, pb, true);
        w_.Add(agent, cue.relation, "", what, "", pa, std::max(end, k + len));
        for (const std::string& more : ListedNames(doc_, speakers_, *out_, agent, &end, sl, true))
          w_.Add(more, cue.relation, "", what, "", pa, end);
      }
    } else if (NoObject(doc_, k, len, sl) || PassiveBe(doc_, lo, k, sl, len) ||
               ExpletiveInfinitive(doc_, lo, k)) {
      Subject(lo, k, true, last_src);  // "rejected in a 2-1 decision", "which was blamed on X"
    } else {
      std::string src = Subject(lo, k, true, last_src);
      // "used a radio show to praise X", "took to Twitter to defend X": an infinitive of purpose
      // after its clause's object is the clause subject's act, not the object's nor a place's
      if (cue.cls == kStance && PurposeInfinitive(lo, k, src))
        if (std::string s = w_.Agent(speakers_->SentenceSubjectEntity(lo, k - 1)); !s.empty() && s != src)
          src = s;
      // "..., attacking X", "... while more recently proposing X": a participle's
      // agent is the sentence's subject, not the last name before it
      if (src.empty() && doc_.toks[k].lower.size() > 4 && doc_.toks[k].lower.ends_with("ing")) {
        // (inside what someone said, it is the reported clause's subject's: "the CPS said 11
        // people had been prosecuted after attacking intruders" names no one who attacked)
        if (std::string who; ContentClauseSubject(sites, lo, k, &who)) {
          if (who.empty()) return;
          src = who;
        } else {
          src = speakers_->SentenceSubjectEntity(lo, k);
        }
      }
      if (src.empty() && speakers_->PassiveAt(lo, k)) {
        // "X was criticized by Y": Y takes the stance toward X
        uint32_t by = k + len;
        if (by + 1 < sl && doc_.toks[by].lower == "by") {
          uint32_t end = by + 1;
          std::string agent = AgentNamedAt(doc_, speakers_, *out_, by + 1, sl, &end);
          if (agent.empty() && cue.cls == kStance) agent = w_.Agent(speakers_->GroupAt(by + 1, sl, &end));
          std::string patient = PassivePatient(lo, k, false);
          if (!agent.empty() && !patient.empty()) {
            w_.Add(agent, cue.relation, patient, "", "", lo, std::max(end, k + len));
            for (const std::string& more : ListedNames(doc_, speakers_, *out_, agent, &end, sl, true))
              if (more != patient) w_.Add(more, cue.relation, patient, "", "", lo, end);
          }
        }
        return;
      }
      // "Michael Moore, Gloria Steinem and other speakers attacked X": the first named of a list
      if (src.empty()) {
        std::vector<std::string> all = CoSubjects(doc_, speakers_, lo, k, "");
        if (!all.empty()) src = w_.Agent(all[0]);
      }
      // otherwise the entity named last before the verb in its sentence
      if (src.empty()) {
        // a subject that names no one ("in the United States, both candidates have opposed
        // X") is unnamed, not the entity before it
        bool subject = speakers_->HasSubject(lo, k) || CommonNounBefore(doc_, lo, k);
        src = w_.Agent(subject ? speakers_->EntityInSubject(lo, k) : std::string());
        if (src.empty() && !subject && !PronounSubject(lo, k)) src = speakers_->NearestEntityBefore(lo, k);
      }
      if (!src.empty()) {
        std::string target, text;
        uint32_t oe = w_.Object(k + len, sl, &target, &text, cue.cls == kProposal, cue.obj);
        BlamedOn(doc_, speakers_, cue, k + len, oe, &target, &text);  // "blamed the attack on X"
        if (claims::CueRefuses(doc_, cue, k, len, target)) return;
        // the subject found is one the object names: no subject of this verb ("she would not
        // support either Tony Blair or Gordon Brown", with "she" read as Gordon Brown)
        if (w_.ListNames(src, k + len, oe)) return;
        bool withheld = Withheld(doc_, speakers_, cue, lo, k);
        const std::string type = withheld ? "opposes" : cue.relation;
        uint32_t ev = withheld ? NegationStart(doc_, lo, k) : k;
        w_.AddShared(src, type, target, text, "", lo, k, ev, std::max(oe, k + len));
        // "criticized Michael Howard and Charles Kennedy": each one named in the list
        if (!target.empty())
          for (const std::string& more : w_.MoreObjects(k + len, sl))
            w_.AddShared(src, type, more, "", "", lo, k, ev, std::max(oe, k + len));
      }
    }
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
        w_.SetQuotedTok(k);
        uint32_t lo = sf;
        if (t.quote >= 0) lo = std::max(lo, doc_.quotes[static_cast<size_t>(t.quote)].first);
        uint32_t len = 0;
        int ci = MatchCue(doc_, k, sl, &len);
        if (ci >= 0 && !std::binary_search(used.begin(), used.end(), k) && NounAfterDeterminer(doc_, lo, k))
          ci = -1;  // "has the backing of Y": a noun (its phrase is read below)
        if (ci >= 0) {
          FromCue(sites, used, lex.cues[static_cast<size_t>(ci)], sf, sl, lo, k, len, &last_src);
          k += len - 1;
          continue;
        }
        // the modes of the stance phrases the word starts, read once (most words here start none)
        const uint32_t modes = lex.entries[t.tag].stance_modes;
        if (int si = modes & StanceModeBit('f') ? MatchStance(doc_, k, sl, 'f', &len) : -1; si >= 0) {
          FromPhrase(lex.stance[static_cast<size_t>(si)], lo, sl, k, len);
          k += len - 1;
          continue;
        }
        bool matched = false;
        for (char mode : {'a', 'n', 'p'}) {
          if (!(modes & StanceModeBit(mode))) continue;
          int si = MatchStance(doc_, k, sl, mode, &len);
          if (si < 0) continue;
          std::string possessor;
          if (mode == 'p') {  // "his attacks on Y": a noun with its possessor, read as a noun
            uint32_t at = 0;
            if (!PossessorBefore(lo, k, &at)) break;
            possessor = PronounPossessor(lo, at);
            mode = 'n';
          }
          if (mode == 'n' && TitlePhrase(doc_, sf, k)) break;                    // "Assault on Precinct 13"
          if (mode == 'n' && OthersNounInContent(doc_, *out_, sites, k)) break;  // "said their criticism"
          // "has been ruled out of the Six Nations", "ruled out for eight weeks": a phrase that ends
          // in its verb, then a preposition, has no object (an injured player, no side)
          // "for Ireland against Samoa", "the League Against Cruel Sports": a one-word side is
          // taken only after a linking verb (LoneSideLinked)
          if ((mode == 'a' && k + len < sl && !(StanceClasses(doc_.toks[k + len - 1]) & kClosed) &&
               NoObjectWord(doc_.toks[k + len])) ||
              (mode == 'a' && len == 1 && !LoneSideLinked(lo, k))) {
            matched = true;
            k += len - 1;
            break;
          }
          matched = true;
          const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
          std::string src = possessor.empty() ? Subject(lo, k, false, &last_src) : possessor;
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
          uint32_t oe = w_.Object(k + len, sl, &target, &text, proposal);
          // "X won the backing of Y": Y's stance toward X; "X lost the backing of Y": none
          int received = mode == 'n' && !proposal ? ReceivedBefore(doc_, lo, k) : 0;
          if (received > 0 && !w_.Agent(target).empty())
            w_.Add(target, p.relation, src, "", "", k, std::max(oe, k + len));
          // "showed little respect for Y": support withheld; "is not critical of Y": no stance
          bool denied = !proposal && DeniedPhrase(doc_, lo, k);
          // "Turkey and Qatar provided support for Y", "X and Z are critical of Y": each named
          // before the verb (for a noun, the verb that gives it)
          uint32_t verb = mode == 'n' ? LightVerbAt(doc_, lo, k) : k;
          if (received == 0 && !(denied && p.relation == "opposes"))
            w_.AddShared(src, denied ? "opposes" : p.relation, target, text, "", lo,
                         verb < k || mode == 'a' ? verb : lo, denied ? k - 1 : k, std::max(oe, k + len));
          if (proposal && p.words.back() == "with") {  // the one worked with shares the effort
            uint32_t end = k + len;
            std::string partner = w_.Agent(speakers_->EntityAt(k + len, sl, &end));
            if (!partner.empty() && partner != src)
              w_.Add(partner, p.relation, "", text, "", k, std::max(oe, k + len));
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
    if (agent.empty()) agent = w_.Agent(speakers_->GroupAt(k + len, sl, &end));  // "from Russian officials"
    std::string target = speakers_->SentenceSubjectEntity(lo, k);
    if (target.empty()) target = speakers_->NearestEntityBefore(lo, k);
    if (agent.empty() || target.empty()) return;
    w_.Add(agent, p.relation, target, "", "", k, std::max(end, k + len));
    // "from John McCain and Lindsey Graham": each one named; "from Republicans, including
    // Senator John McCain": the ones named among them too
    std::vector<std::string> more = ListedNames(doc_, speakers_, *out_, agent, &end, sl, true);
    if (end + 2 < sl && IsPunct(doc_.toks[end], ',') && doc_.toks[end + 1].lower == "including") {
      uint32_t e = end + 2;
      std::string named = AgentNamedAt(doc_, speakers_, *out_, end + 2, sl, &e);
      if (!named.empty() && e > end + 2) {
        more.push_back(named);
        for (const std::string& m : ListedNames(doc_, speakers_, *out_, named, &e, sl, true))
          more.push_back(m);
        end = e;
      }
    }
    for (const std::string& m : more)
      if (m != target) w_.Add(m, p.relation, target, "", "", k, std::max(end, k + len));
  }

  // Is `id` the name that ends at token e (past time words: "took to Twitter Monday to ..."), in the
  // phrase of a preposition ("to Twitter", "at Harvard")?
  bool NamedAfterPreposition(uint32_t lo, uint32_t e, const std::string& id) const {
    while (e > lo && IsWord(doc_.toks[e - 1]) && TokIs(doc_.toks[e - 1], kTimeWord)) --e;
    uint32_t a = e;
    while (a > lo && IsWord(doc_.toks[a - 1]) && doc_.toks[a - 1].cap) --a;
    if (a == e || a == lo) return false;
    const Tok& p = doc_.toks[a - 1];
    uint32_t end = a;
    return IsWord(p) && !p.cap && (TokIn(p, kSettingPrep) || p.lower == "to") &&
           speakers_->EntityAt(a, e, &end) == id && end == e && !IsPerson(id);
  }

  // A person after the preposition is the one who does the act ("turned to Rudy Giuliani to defend
  // the policy", "relied on Joe Biden to criticise"); a channel or a place is not ("took to Twitter").
  bool IsPerson(const std::string& id) const {
    const Entity* ent = id.empty() ? nullptr : out_->FindEntity(id);
    return ent != nullptr && ent->type == EntityType::kPerson;
  }

  // Is the verb at k an infinitive of purpose after its clause's object: the subject found for it,
  // `src`, named in a preposition's phrase ("took to Twitter to defend X"), or none found and a
  // noun of a plan right before "to" (claims_words.tsv's plan and request nouns: "defended the
  // decision to attack X"; not a name, "prompted Mr. Trump to attack", nor a noun after "for",
  // "for lawmakers to oppose")?
  bool PurposeInfinitive(uint32_t lo, uint32_t k, const std::string& src) const {
    if (k < lo + 3 || doc_.toks[k - 1].lower != "to") return false;
    if (!src.empty()) return NamedAfterPreposition(lo, k - 1, src);
    uint32_t e = k - 1;
    while (e > lo + 1 && IsWord(doc_.toks[e - 1]) && TokIs(doc_.toks[e - 1], kTimeWord)) --e;
    const Tok& b = doc_.toks[e - 1];
    if (IsWord(b) && b.cap) {  // a name in a preposition's phrase ("took to Twitter Monday to ...")
      uint32_t a = e - 1;
      while (a > lo && IsWord(doc_.toks[a - 1]) && doc_.toks[a - 1].cap) --a;
      const Tok& p = doc_.toks[a > lo ? a - 1 : a];
      uint32_t end = a;
      return a > lo && IsWord(p) && !p.cap && (TokIn(p, kSettingPrep) || p.lower == "to") &&
             !IsPerson(speakers_->EntityAt(a, e, &end));
    }
    // a noun of a plan or a request ("the decision to attack X", "our determination to defend
    // X"), not the object of a verb that makes another act ("cause the public to blame him")
    if (!IsWord(b) || !TokIs(b, kPlanNoun | kRequestNoun)) return false;
    for (uint32_t j = e - 1; j > lo && j + 5 > e; --j)
      if (doc_.toks[j - 1].lower == "for" || !IsWord(doc_.toks[j - 1]))
        return doc_.toks[j - 1].lower != "for";
    return true;
  }

  // "Though I like Franz Ferdinand, I have to criticise X", "we must back Y": a subject pronoun
  // right before the verb at k, past auxiliaries, modals, negations, adverbs and "to": the one
  // who takes the stance is that pronoun's, not a name before it.
  bool PronounSubject(uint32_t lo, uint32_t k) const {
    for (uint32_t j = k; j > lo && k - j < 5; --j) {
      const Tok& t = doc_.toks[j - 1];
      if (!IsWord(t)) return false;
      if (TokIn(t, kSubjectPronoun)) return true;
      bool aux = TokIn(t, kAuxVerb | kClauseModal | kObligation) || TokIs(t, kModal) || IsLyAdverb(t) ||
                 (StanceClasses(t) & kNegator) || t.lower.find("n't") != std::string::npos ||
                 t.lower.find("n\xE2\x80\x99t") != std::string::npos || t.lower == "to";
      if (!aux) return false;
    }
    return false;
  }

  // "The Australian government is against the deal", "We are firmly against it": a one-word side
  // phrase at k after a linking verb, past "-ly" adverbs and negators; written in lower case.
  bool LoneSideLinked(uint32_t lo, uint32_t k) const {
    if (doc_.toks[k].cap) return false;
    uint32_t j = k;
    while (j > lo && (IsLyAdverb(doc_.toks[j - 1]) || (StanceClasses(doc_.toks[j - 1]) & kNegator))) --j;
    return j > lo && (LinkingVerb(doc_.toks[j - 1]) || ContractedBe(doc_.toks[j - 1].lower));
  }

  // "The scheme - which is an extension of BMR's campaign - is backed by X": an aside opened by
  // a relative pronoun that closes before the verb at k; a name inside it is not its subject.
  bool AsideBefore(uint32_t lo, uint32_t k) const {
    auto mark = [&](uint32_t t) {
      return doc_.toks[t].kind == TokKind::kDash || IsPunct(doc_.toks[t], ',') || IsPunct(doc_.toks[t], '-');
    };
    for (uint32_t r = lo + 1; r < k; ++r) {
      if (!TokIn(doc_.toks[r], kRelative) || !mark(r - 1)) continue;
      for (uint32_t c = r + 1; c < k; ++c)
        if (mark(c)) return true;
    }
    return false;
  }

  // The one acted on by a passive stance verb at k ("X was criticized by Y"): its subject, or
  // when `nearest` the entity named last before it (not inside an aside, AsideBefore); after "and" or "but"
  // the one of the sentence's previous passive ("X was backed by A and opposed by B": B opposes X, not A).
  std::string PassivePatient(uint32_t lo, uint32_t k, bool nearest) {
    uint32_t j = k;
    while (j > lo && IsLyAdverb(doc_.toks[j - 1])) --j;
    if (passive_seen_ && j > lo && (doc_.toks[j - 1].lower == "and" || doc_.toks[j - 1].lower == "but"))
      return last_patient_;
    std::string p = speakers_->SubjectBefore(lo, k, false);
    // (after a passive before it, the entity before is likely that one's agent: "condemned by
    // Democrats, yet praised by X")
    // ("a law backed by Mr Bush", "plans, backed by the UK": a common noun right before the
    // participle is what is acted on, not the last name before it; "X was rejected by",
    // "who was criticised by" are passives of the one before)
    uint32_t b = j;
    if (b > lo && IsPunct(doc_.toks[b - 1], ',')) --b;
    const Tok* before = b > lo ? &doc_.toks[b - 1] : nullptr;
    const bool noun_before = before != nullptr && IsWord(*before) && !before->cap && !ClauseVerb(*before) &&
                             !TokIn(*before, kRelative | kAuxVerb) && before->lower != "being" &&
                             before->lower != "been";
    if (p.empty() && nearest && !passive_seen_ && !AsideBefore(lo, k) && !noun_before)
      p = speakers_->NearestEntityBefore(lo, k);
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
        w_.Add(e.source, e.type, e.target, e.target_text, "", e.ev_first, e.ev_last);
      return true;
    }
    std::string holder = w_.Agent(speakers_->SubjectBefore(lo, r.holder_end, false));
    if (holder.empty()) return true;
    std::string target, text;
    uint32_t end = r.target_first;
    if (r.target_last <= k) {  // named before the noun: that name, whole
      target = w_.Agent(speakers_->EntityAt(r.target_first, r.target_last, &end));
      if (target.empty() || end != r.target_last) {  // a name not met as an entity: as written
        if (TokIs(doc_.toks[r.target_first], kModifier)) return true;  // "a Republican critic"
        target.clear();
        text = SpanText(doc_, r.target_first, r.target_last, true);
      }
      end = k + 1;
    } else {
      end = w_.Object(r.target_first, sl, &target, &text);
    }
    w_.Add(holder, relation, target, text, "", r.phrase_first, std::max(end, k + 1));
    return true;
  }

  // The source of a stance phrase at k with no subject right before it: the name before an
  // appositive or a relative clause, or for a noun the sentence's subject; "" when none.
  std::string PhraseSource(uint32_t lo, uint32_t k, char mode) {
    std::string src;
    // "Mr. Carter, an outspoken critic of the invasion, ...": the name before the comma
    if (src.empty() && mode == 'a' && k > lo + 1 && doc_.toks[k - 1].lower == ",")
      src = w_.Agent(speakers_->SubjectBefore(lo, k - 1, false));
    // "Lord Holme, who has campaigned for Y,": the name before the relative clause
    if (src.empty() && mode == 'a') {
      uint32_t w = k;
      while (w > lo + 1 && IsWord(doc_.toks[w - 1]) &&
             ((StanceClasses(doc_.toks[w - 1]) & kFinite) || IsLyAdverb(doc_.toks[w - 1]) ||
              doc_.toks[w - 1].lower == "long"))
        --w;
      if (w > lo + 2 && doc_.toks[w - 1].lower == "who" && doc_.toks[w - 2].lower == ",")
        src = w_.Agent(speakers_->SubjectBefore(lo, w - 2, false));
    }
    // "after King expressed support for Y": the light verb's own subject; else the sentence's
    // ("Macron leveled a sharp criticism of Y")
    if (uint32_t j = mode == 'n' ? LightVerbAt(doc_, lo, k) : k; src.empty() && j < k && j > lo)
      src = w_.Agent(speakers_->SubjectBefore(lo, j, false));
    if (src.empty() && mode == 'n' && !CircumstanceNoun(doc_, lo, k))
      src = speakers_->SentenceSubjectEntity(lo, k);
    return src;
  }

  // "Hurd mocked Trump": a sentiment verb between two names (SentimentVerbEdge).
  void SentimentVerb(uint32_t lo, uint32_t sl, uint32_t k) {
    EdgeRead e;
    // (most words have no strong valence, SentimentVerbEdge's first test: nothing else is read)
    if (int v = Valence(doc_.toks[k]); v > -2 && v < 2) return;
    if (AdjectivalParticiple(doc_, k)) return;  // "her supporting role"
    if (SentimentVerbEdge(doc_, speakers_, *out_, lo, sl, k, &e))
      w_.AddShared(e.source, e.type, e.target, e.target_text, "", lo, e.verb, e.ev_first, e.ev_last);
  }

 private:
  const Doc& doc_;
  SpeakerResolver* speakers_;
  Extraction* out_;
  RelationWriter& w_;
  std::string last_patient_;   // FromSentences: the patient of the sentence's last passive
  bool passive_seen_ = false;  // FromSentences: a passive stance verb was read in the sentence
};

}  // namespace

void AddSentenceRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                          const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                          SpeakerResolver* speakers, Extraction* out, RelationWriter* writer) {
  SentenceRelations(doc, speakers, out, writer).FromSentences(sentences, sites);
}

}  // namespace claimgraph::extract::claims
