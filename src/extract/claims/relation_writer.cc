// RelationWriter: the checks every relation passes, and the readers of what it is toward.
#include "extract/claims/relation_writer.h"

#include <algorithm>

#include "extract/claims/relation_rules.h"
#include "extract/claims/sentence_edges.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

std::string RelationWriter::Agent(const std::string& id) const {
  if (id.empty()) return id;
  const Entity* e = out_->FindEntity(id);
  if (!e || e->type == EntityType::kPlace || e->type == EntityType::kEvent) return {};
  return id;
}

void RelationWriter::AddShared(const std::string& source, const std::string& type, const std::string& target,
                               const std::string& target_text, const std::string& claim, uint32_t lo,
                               uint32_t v, uint32_t ev_first, uint32_t ev_last) {
  if (!Add(source, type, target, target_text, claim, ev_first, ev_last) || v <= lo) return;
  for (const std::string& co : CoSubjects(doc_, speakers_, lo, v, source))
    if (!Agent(co).empty()) Add(co, type, target, target_text, claim, ev_first, ev_last);
}

bool RelationWriter::Add(const std::string& source, const std::string& type, const std::string& target,
                         const std::string& target_text, const std::string& claim, uint32_t ev_first,
                         uint32_t ev_last) {
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
    for (uint32_t m = ev_first; m < ev_last && m < ev_first + 4; ++m)
      if (ReflexiveWord(doc_.toks[m])) return false;
  }
  if (!target.empty() && target == source)
    return target == owner_ && Add(source, type, "", target_text, claim, ev_first, ev_last);
  if ((type == "opposes" || type == "supports") &&
      NamedPollster(doc_, speakers_, sentences_, source, ev_first))
    return false;
  std::string tt = target_text;
  if (!target.empty()) {
    const Entity* e = out_->FindEntity(target);
    // "offered Donald Trump a tepid endorsement": a person is never what is proposed
    if (type == "proposed" && e != nullptr && e->type == EntityType::kPerson) return false;
    // "calls for EU reform", "demanded the IAAF investigate the affair": nor is an organization, a
    // country or a place; what is proposed is the phrase that names one
    if (type == "proposed" && e != nullptr)
      return !target_text.empty() && target_text != e->name &&
             Add(source, type, "", target_text, claim, ev_first, ev_last);
    if (e != nullptr) tt = e->name;
  } else if (stance) {
    // a stance is toward a thing: never a fragment, a clause or the speaker's own words;
    // a proposal may be an act ("proposed to cut taxes")
    // "called on them not to turn the election into ...": what is asked is that it not be done;
    // read as a proposal it would say the opposite
    if (type == "proposed" && (tt.compare(0, 4, "not ") == 0 || tt.compare(0, 6, "never ") == 0))
      return false;
    if (type == "proposed" && tt.compare(0, 3, "to ") == 0) tt.erase(0, 3);
    // "demanded that users share files": what is proposed is the clause, without its "that"
    if (type == "proposed" && tt.compare(0, 5, "that ") == 0) tt.erase(0, 5);
    // "let's be realistic": a manner, not a thing proposed
    if (type == "proposed" && (tt == "be" || tt.compare(0, 3, "be ") == 0)) return false;
    const bool refused = !TrimAndRefuse(&tt, claim_words_, type != "proposed").empty();
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
  if (TwoSides(source, type, object, claim)) return false;
  if (!seen_.insert(std::move(key)).second) return false;
  Relation r;
  r.id = "r" + std::to_string(out_->relations.size() + 1);
  r.source = source;
  r.type = type;
  r.target = target;
  r.target_text = std::move(tt);
  r.claim = claim;
  // (one read from a sentence, not a claim, at most the 2 * kSentenceReach tokens that end it: in
  // a run-on "sentence" of 100,000 words, text with no full stops, every relation read in it had
  // the whole text as its evidence; a claim's relations keep its span, as long as the claim)
  const uint32_t ev_from =
      claim.empty() && ev_last - ev_first > 2 * kSentenceReach ? ev_last - 2 * kSentenceReach : ev_first;
  r.evidence = SpanText(doc_, ev_from, ev_last, false);
  r.evidence_span = {doc_.toks[ev_from].start, doc_.toks[ev_last - 1].end};
  out_->relations.push_back(std::move(r));
  return true;
}

bool RelationWriter::TwoSides(const std::string& source, const std::string& type, const std::string& object,
                              const std::string& claim) {
  if (claim.empty() || (type != "opposes" && type != "supports")) return false;
  if (!torn_.empty() && torn_.count(claim + '\0' + source)) return true;  // (mostly empty: no key built)
  const char* other = type == "opposes" ? "supports" : "opposes";
  // every written edge has its key in seen_: without the other side's key there is nothing to
  // take back, and the scan of the article's relations (a stance per claim, each scanning all
  // relations: quadratic in a long article) is skipped
  std::string& other_key = key_;  // (the writer's buffer: no string per call)
  other_key.assign(source).push_back('\0');
  other_key.append(other).push_back('\0');
  other_key.append(object);
  if (!seen_.count(other_key)) return false;
  for (size_t i = out_->relations.size(); i-- > 0;) {
    const Relation& r = out_->relations[i];
    if (r.claim != claim) continue;
    if (r.source != source || r.type != other || (r.target.empty() ? r.target_text : r.target) != object)
      continue;
    seen_.erase(other_key);
    out_->relations.erase(out_->relations.begin() + static_cast<std::ptrdiff_t>(i));
    for (size_t j = i; j < out_->relations.size(); ++j) out_->relations[j].id = "r" + std::to_string(j + 1);
    torn_.insert(claim + '\0' + source);
    return true;
  }
  return false;
}

bool RelationWriter::OfficeOfName(const std::string& id, uint32_t end) const {
  const Entity* e = out_->FindEntity(id);
  if (e == nullptr || e->type == EntityType::kPerson) return false;
  const Tok& n = doc_.toks[end];
  return IsWord(n) && !n.cap && !EndsPossessive(doc_.toks[end - 1]) && TokIs(n, kTitle | kPersonNoun);
}

bool RelationWriter::CountryModifier(const std::string& id, uint32_t end, uint32_t hi) const {
  const Entity* e = out_->FindEntity(id);
  if (e == nullptr || e->type != EntityType::kCountry || end >= hi) return false;
  // ("applauded Ireland's introduction of lower taxes": what a country does is the country's)
  if (EndsPossessive(doc_.toks[end - 1]) || doc_.toks[end].lower == "'s") return false;
  const Tok& n = doc_.toks[end];
  // a lower-case word that is no function word, verb, adverb or time ("Iran to", "Britain
  // joining", "Iran strongly", "Russia last week")
  if (!IsWord(n) || n.cap || n.kind == TokKind::kNumber ||
      TokIs(n, kFunction | kPronoun | kAux | kDeterminer) || TokIs(n, kModal) ||
      (StanceClasses(n) & (kClosed | kFinite | kNegator)) || IsLyAdverb(n))
    return false;
  if (PeriodWord(n.lower) || SubordinatorWord(n.lower) || ObjectWord(n)) return false;
  return !n.lower.ends_with("ing") && !n.lower.ends_with("ed") && !TokIs(n, kTimeWord);
}

uint32_t RelationWriter::Object(uint32_t i, uint32_t hi, std::string* target, std::string* text,
                                bool proposal, bool charge) {
  const uint32_t evidence_end = ShortEnd(doc_, i, hi);  // the reason stays in the evidence
  if (!proposal) hi = ReasonStart(doc_, i, hi, charge);
  if (!proposal) i = PastFreeRelative(doc_, i, hi);
  uint32_t end = i;
  // "praised both A and B": the list's first name (MoreObjects reads the others)
  const uint32_t at = i + 1 < hi && TokIn(doc_.toks[i], kListOpen) ? i + 1 : i;
  *target = speakers_->EntityAt(at, hi, &end);
  if (!target->empty() && end > i) PersonOfOffice(doc_, speakers_, *out_, end, hi, target);
  // "backing UK rap band X", "challenged the US court's jurisdiction": a country before a noun
  // modifies it; the thing is the noun phrase
  if (!target->empty() && end > i && CountryModifier(*target, end, hi)) target->clear();
  // "praised the Labour leader", "the former MTV VJ": a name before a noun for a person names whom
  // the person is of; the one praised is the person, whom the phrase describes (PersonOfOffice
  // found no name for them)
  if (!target->empty() && end > i && end < hi && OfficeOfName(*target, end)) target->clear();
  if (target->empty()) *target = DescribedPerson(doc_, speakers_, *out_, i, hi);
  if (target->empty() && !proposal) *target = RelativeClauseDoer(doc_, speakers_, *out_, i, hi);
  // "endorsed his nuclear deal": a stance on what another owns is one toward its owner, as
  // "applauded Ireland's introduction of ..." is; on one's own ("defended his decision") it is
  // toward the thing (Add)
  owner_.clear();
  if (target->empty() && !proposal && at + 1 < hi && IsWord(doc_.toks[at + 1])) {
    *target = speakers_->PossessiveOwner(at);
    owner_ = *target;
  }
  // "called for Tony Blair's resignation": what is proposed is the resignation, not Blair
  if (proposal && !target->empty() && end > i &&
      (EndsPossessive(doc_.toks[end - 1]) || (end < hi && doc_.toks[end].lower == "'s")))
    target->clear();
  if (proposal) {
    // "called on Obama to retaliate", "urged the administration to call out Russia": the one
    // asked is no target, what they are asked to do is
    uint32_t to = i;
    // ("urging telecoms regulator, Ofcom, to reduce the cost": past a name in apposition)
    auto apposition_end = [&](uint32_t c) {
      if (!IsPunct(doc_.toks[c], ',')) return c;
      uint32_t n = c + 1;
      while (n < hi && n < c + 5 && IsWord(doc_.toks[n]) && doc_.toks[n].cap) ++n;
      return n > c + 1 && n < hi && IsPunct(doc_.toks[n], ',') ? n + 1 : c;
    };
    while (to < hi && to < i + 6) {
      if (uint32_t past = apposition_end(to); past != to) {
        to = past;
        continue;
      }
      if (!IsWord(doc_.toks[to]) || doc_.toks[to].lower == "to" || (StanceClasses(doc_.toks[to]) & kFinite))
        break;
      ++to;
    }
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

std::vector<std::string> RelationWriter::MoreObjects(uint32_t i, uint32_t hi) const {
  hi = std::min<uint32_t>(hi, static_cast<uint32_t>(doc_.toks.size()));
  uint32_t k = i;
  if (k < hi && TokIn(doc_.toks[k], kListOpen)) ++k;  // "both A and B"
  uint32_t end = k;
  std::string first = k < hi ? speakers_->EntityAt(k, hi, &end) : std::string();
  if (first.empty() || end == k) return {};
  return ListedNames(doc_, speakers_, *out_, first, &end, hi, false);
}

bool RelationWriter::ListNames(const std::string& id, uint32_t i, uint32_t hi) const {
  if (id.empty()) return false;
  hi = std::min<uint32_t>(hi, static_cast<uint32_t>(doc_.toks.size()));
  for (uint32_t k = i; k < hi;) {
    const Tok& t = doc_.toks[k];
    if (IsPunct(t, ',') || TokIn(t, kListJoin | kListOr | kListOpen)) {
      ++k;
      continue;
    }
    // (a name, not a pronoun: "want the job - I make no bones about it" is the speaker's own)
    uint32_t end = k;
    std::string named = IsWord(t) && t.cap && !TokIs(t, kPronoun) ? speakers_->EntityAt(k, hi, &end) : "";
    if (named.empty() || end <= k) return false;  // the list ends ("for his actions in ...")
    if (named == id) return true;
    k = end;
  }
  return false;
}

void RelationWriter::Targets(const std::string& src, const std::string& type, uint32_t i, uint32_t hi,
                             uint32_t sf) {
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

}  // namespace claimgraph::extract::claims
