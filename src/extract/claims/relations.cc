// Relations carried by claims and stance phrases (issue 4): said, denies, proposed,
// opposes, supports, spoke_to, met. Each relation keeps the text that shows it
// (evidence) and its byte span.
#include <algorithm>
#include <set>
#include <tuple>

#include "extract/claims/view.h"

namespace claimgraph::extract::claims {
namespace {

const char* TypeOf(CueClass c) {
  switch (c) {
    case kProposed:
      return "proposed";
    case kOpposes:
      return "opposes";
    case kSupports:
      return "supports";
    case kSpokeTo:
      return "spoke_to";
    case kMet:
      return "met";
    default:
      return "said";
  }
}

class RelationBuilder {
 public:
  RelationBuilder(const Doc& doc, SpeakerResolver* speakers, Extraction* out)
      : doc_(doc), speakers_(speakers), out_(out) {}

  // Words that end the phrase a relation is about once it has two words: a relative
  // clause or an adjunct of time or manner ("sending aid to Ukraine throughout his campaign").
  static bool EndsPhrase(std::string_view w) {
    static constexpr std::string_view kEnds[] = {"where",  "which",  "who",        "whom",     "whose",
                                                 "while",  "when",   "throughout", "during",   "amid",
                                                 "amidst", "since",  "because",    "although", "though",
                                                 "after",  "before", "until",      "unless",   "whereas"};
    for (std::string_view e : kEnds)
      if (w == e) return true;
    return false;
  }

  // Text of the phrase a relation is about: up to the first clause break, at most 10 words.
  std::string ShortText(uint32_t first, uint32_t last) const {
    uint32_t k = first;
    uint32_t words = 0;
    while (k < last) {
      const Tok& t = doc_.toks[k];
      if (t.kind == TokKind::kEnd || (t.kind == TokKind::kPunct && (t.lower == "," || t.lower == ";"))) break;
      if (words >= 2 && IsWord(t) && EndsPhrase(t.lower)) break;
      if (IsWord(t) && ++words > 10) break;
      ++k;
    }
    return SpanText(doc_, first, k, true);
  }

  // The noun phrase a stance phrase at [p, q) inside content [first, last) is about, or "".
  // Before it when a form of "be" joins them ("Russia ceding territory, such as Crimea, is
  // unrealistic"); else after it, past "that" ("does not believe that X is realistic").
  std::string AboutPhrase(uint32_t first, uint32_t last, uint32_t p, uint32_t q) const {
    auto is_be = [&](uint32_t k) {
      std::string_view l = doc_.toks[k].lower;
      return l == "is" || l == "are" || l == "was" || l == "were" || l == "be" || l == "seems" ||
             l == "remains";
    };
    auto np = [&](uint32_t a, uint32_t b) -> std::string {
      // drop an appositive set off by commas and a leading "that"
      while (a < b && (doc_.toks[a].lower == "that" || doc_.toks[a].kind == TokKind::kPunct)) ++a;
      std::string out;
      uint32_t words = 0;
      bool skip = false;
      uint32_t seg = a;
      for (uint32_t k = a; k < b; ++k) {
        const Tok& t = doc_.toks[k];
        if (t.kind == TokKind::kPunct && t.lower == ",") {
          if (!skip && k > seg) {
            out += (out.empty() ? "" : " ") + SpanText(doc_, seg, k, true);
          }
          skip = !skip;
          seg = k + 1;
          continue;
        }
        if (!skip) words += IsWord(t);
      }
      if (!skip && seg < b) out += (out.empty() ? "" : " ") + SpanText(doc_, seg, b, true);
      // a lone word says too little ("It", "goal"), unless it is a name ("Iran")
      if (words == 1) {
        uint32_t w = a;
        while (w < b && !IsWord(doc_.toks[w])) ++w;
        if (w < b && doc_.toks[w].cap && !TokIs(doc_.toks[w], kPronoun | kFunction | kDeterminer)) return out;
      }
      if (words < 2 || words > 10) return {};
      return out;
    };
    // before: X is [not] PHRASE
    uint32_t v = p;
    auto degree = [](std::string_view w) {
      static const char* kWords[] = {
          "not",          "a",       "an",           "simply",     "very",    "so",   "too",   "extremely",
          "increasingly", "deeply",  "highly",       "really",     "most",    "more", "truly", "utterly",
          "completely",   "totally", "particularly", "especially", "clearly", "just", "also",  "still"};
      for (const char* k : kWords)
        if (w == k) return true;
      return false;
    };
    while (v > first && (degree(doc_.toks[v - 1].lower) || doc_.toks[v - 1].kind == TokKind::kOpenQuote ||
                         doc_.toks[v - 1].kind == TokKind::kCloseQuote))
      --v;
    if (v > first && is_be(v - 1)) {
      uint32_t a = v - 1;
      while (a > first && doc_.toks[a - 1].lower != "that" && doc_.toks[a - 1].kind != TokKind::kEnd &&
             doc_.toks[a - 1].lower != ";" && v - a < 16)
        --a;
      std::string before = np(a, v - 1);
      if (!before.empty()) return before;
    }
    // "X is a realistic outcome" after "does not believe": the phrase opens the clause
    if (p < q && is_be(q - 1)) return {};  // "must be backed by ...": the clause, not a phrase
    uint32_t a = q;
    // an aside: "We want, like you, a sovereign Ukraine"
    if (a < last && doc_.toks[a].lower == ",") {
      uint32_t c = a + 1;
      while (c < last && c - a < 6 && doc_.toks[c].lower != ",") ++c;
      if (c < last && doc_.toks[c].lower == ",") a = c + 1;
    }
    if (a < last && doc_.toks[a].lower == "that") ++a;
    uint32_t b = a;
    while (b < last && b - a < 12 && IsWord(doc_.toks[b]) && !is_be(b) && !TokIs(doc_.toks[b], kAux)) ++b;
    if (b == a) return {};
    if (b < last && (is_be(b) || TokIs(doc_.toks[b], kAux))) return np(a, b);
    // "time to stop this ridiculous War": up to the clause's end
    uint32_t e = a;
    while (e < last && doc_.toks[e].kind != TokKind::kEnd && doc_.toks[e].lower != "," &&
           doc_.toks[e].lower != "where" && doc_.toks[e].lower != "which" && doc_.toks[e].lower != "who")
      ++e;
    return e > a ? np(a, e) : std::string();
  }

  // A source that can take a stance: a person, organization or country, not a place or event.
  std::string Agent(const std::string& id) const {
    if (id.empty()) return id;
    const Entity* e = out_->FindEntity(id);
    if (!e || e->type == EntityType::kPlace || e->type == EntityType::kEvent) return {};
    return id;
  }

  void Add(const std::string& source, const std::string& type, const std::string& target,
           const std::string& target_text, const std::string& claim, uint32_t ev_first, uint32_t ev_last) {
    if (source.empty() || ev_first >= ev_last) return;
    // "blamed himself for ...": no stance toward another
    if (target.empty() && type != "said") {
      for (uint32_t m = ev_first; m < ev_last && m < ev_first + 4; ++m) {
        std::string_view x = doc_.toks[m].lower;
        if (x == "himself" || x == "herself" || x == "themselves" || x == "itself") return;
      }
    }
    if (!target.empty() && target == source) return;
    std::string tt = target_text;
    if (!target.empty())
      if (const Entity* e = out_->FindEntity(target)) tt = e->name;
    if (target.empty() && tt.empty()) return;
    auto key = std::make_tuple(source, type, target.empty() ? tt : target);
    if (!seen_.insert(key).second) return;
    Relation r;
    r.id = "r" + std::to_string(out_->relations.size() + 1);
    r.source = source;
    r.type = type;
    r.target = target;
    r.target_text = tt;
    r.claim = claim;
    r.evidence = SpanText(doc_, ev_first, ev_last, false);
    r.evidence_span = {doc_.toks[ev_first].start, doc_.toks[ev_last - 1].end};
    out_->relations.push_back(std::move(r));
  }

  // The object of a stance phrase at token i: an entity when one is named there, else its text.
  // Returns the end of the object phrase (exclusive).
  uint32_t Object(uint32_t i, uint32_t hi, std::string* target, std::string* text) {
    uint32_t end = i;
    *target = speakers_->EntityAt(i, hi, &end);
    *text = ShortText(i, hi);
    return ShortEnd(i, hi);
  }

  uint32_t ShortEnd(uint32_t first, uint32_t last) const {
    uint32_t k = first, words = 0;
    while (k < last) {
      const Tok& t = doc_.toks[k];
      if (t.kind == TokKind::kEnd || (t.kind == TokKind::kPunct && (t.lower == "," || t.lower == ";"))) break;
      if (words >= 2 && IsWord(t) && EndsPhrase(t.lower)) break;
      if (IsWord(t) && ++words > 14) break;
      ++k;
    }
    return k;
  }

  void FromClaims(const std::vector<ClaimSite>& sites) {
    const Lexicons& lex = Lex();
    for (const ClaimSite& s : sites) {
      const Claim& c = out_->claims[s.claim];
      if (c.speaker.empty()) {
        // an unnamed subject ("Mrs. Clinton's advisers accused Y"): the stance still has a side
        if (s.cls != kOpposes && s.cls != kSupports && s.cls != kProposed) continue;
        uint32_t lo = s.sent_first;
        std::string src = speakers_->HasSubject(lo, s.cue_tok)
                              ? speakers_->EntityInSubject(lo, s.cue_tok)
                              : speakers_->NearestEntityBefore(lo, s.cue_tok);
        // "Google and other companies pushed back, criticizing X": a participle's agent is
        // the sentence's subject
        std::string_view cue_word = doc_.toks[s.cue_tok].lower;
        if (src.empty() && cue_word.size() > 4 && cue_word.compare(cue_word.size() - 3, 3, "ing") == 0)
          src = speakers_->SentenceSubjectEntity(lo, s.cue_tok);
        if (src.empty()) continue;
        std::string target, text;
        Object(s.first, s.last, &target, &text);
        uint32_t ev_first = std::min(s.cue_tok, s.first);
        Add(src, TypeOf(s.cls), target, text, c.id, ev_first, std::max(s.last, ev_first + 1));
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
        int ci = s.cue_tok < s.sent_last ? MatchCue(doc_, s.cue_tok, s.sent_last, &len) : -1;
        uint32_t after = s.cue_tok + len;
        if (ci >= 0 && lex.cues[static_cast<size_t>(ci)].noinvert && after < s.sent_last &&
            doc_.toks[after].cap && !(after >= s.first && after < s.last)) {
          uint32_t hi = std::min<uint32_t>(s.sent_last, after + 8);
          if (s.first > after && s.first < hi) hi = s.first;
          Targets(c.speaker, "spoke_to", after, hi, s.sent_first);
        }
      }
      if (s.cls == kOpposes || s.cls == kSupports || s.cls == kProposed) {
        std::string target, text;
        Object(s.first, s.last, &target, &text);
        uint32_t ev_first = std::min(s.cue_tok, s.first);
        Add(c.speaker, TypeOf(s.cls), target, text, c.id, ev_first, std::max(s.last, ev_first + 1));
      }
      // stance words inside the content: "... is unrealistic", "We want ..."
      std::set<std::string> done;
      for (uint32_t k = s.first; k < s.last; ++k) {
        uint32_t len = 0;
        int si = MatchStance(doc_, k, s.last, 'c', &len);
        if (si < 0) continue;
        const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
        if (!done.insert(p.relation).second) continue;
        // what it is about: the noun phrase the phrase is said of ("NATO membership for
        // Ukraine is not realistic"), the one after it ("does not believe that X is ...",
        // "time to stop X", "we want X"), else the clause around it
        std::string about = AboutPhrase(s.first, s.last, k, k + len);
        if (about.empty()) {
          uint32_t a = k, b = k + len;
          if (p.relation == "proposed") {
            a = k + len;
          } else {
            while (a > s.first &&
                   !(doc_.toks[a - 1].kind == TokKind::kPunct && doc_.toks[a - 1].lower == ","))
              --a;
          }
          while (b < s.last && !(doc_.toks[b].kind == TokKind::kPunct && doc_.toks[b].lower == ",") &&
                 doc_.toks[b].kind != TokKind::kEnd)
            ++b;
          if (a >= b) {
            a = s.first;
            b = s.last;
          }
          about = SpanText(doc_, a, b, true);
        }
        // the phrase is a name the article knows: the entity is the target
        std::string target;
        for (const Entity& e : out_->entities) {
          bool same = e.name == about;
          for (const auto& al : e.aliases) same |= al == about;
          if (same && e.type != EntityType::kEvent) {
            target = e.id;
            break;
          }
        }
        Add(c.speaker, p.relation, target, about, c.id, s.first, s.last);
        k += len - 1;
      }
    }
  }

  void FromSentences(const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                     const std::vector<ClaimSite>& sites) {
    const Lexicons& lex = Lex();
    std::vector<uint32_t> used;  // the claims' cue tokens, sorted
    used.reserve(sites.size());
    for (const ClaimSite& s : sites) used.push_back(s.cue_tok);
    std::sort(used.begin(), used.end());
    for (const auto& [sf, sl] : sentences) {
      std::string last_src;  // the subject of the sentence's last stance verb, for "... and blamed Y"
      auto subject = [&](uint32_t lo, uint32_t k, bool verb) {
        std::string src = Agent(speakers_->SubjectBefore(lo, k, verb));
        if (src.empty() && k > lo && doc_.toks[k - 1].lower == "and") {
          src = last_src;
          if (src.empty()) src = speakers_->SentenceSubjectEntity(lo, k);
        }
        if (!src.empty()) last_src = src;
        return src;
      };
      for (uint32_t k = sf; k < sl; ++k) {
        const Tok& t = doc_.toks[k];
        if (!IsWord(t)) continue;
        uint32_t lo = sf;
        if (t.quote >= 0) lo = std::max(lo, doc_.quotes[static_cast<size_t>(t.quote)].first);
        uint32_t len = 0;
        int ci = MatchCue(doc_, k, sl, &len);
        if (ci >= 0) {
          const Cue& cue = lex.cues[static_cast<size_t>(ci)];
          if (cue.cls == kSpokeTo || cue.cls == kMet) {
            std::string src = subject(lo, k, true);
            // "..., Obama said after meeting with Putin": the one who said it
            if (src.empty())
              for (const ClaimSite& cs : sites)
                if (cs.cue_tok >= sf && cs.cue_tok < k && cs.sent_first == sf &&
                    !out_->claims[cs.claim].speaker.empty() && k - cs.cue_tok <= 4)
                  src = out_->claims[cs.claim].speaker;
            if (!src.empty()) Targets(src, TypeOf(cue.cls), k + len, sl, sf);
          } else if (std::binary_search(used.begin(), used.end(), k) ||
                     (cue.cls != kOpposes && cue.cls != kSupports && cue.cls != kProposed)) {
            subject(lo, k, true);  // keeps the sentence's subject for a following "and VERB"
          } else if (uint32_t by = PassiveBy(doc_, k + len, sl); by != 0) {
            // "the Khans, criticized strongly by John McCain": the one after "by" takes the
            // stance toward the one before the verb
            uint32_t end = by + 1;
            std::string agent = speakers_->EntityAt(by + 1, sl, &end);
            std::string patient = speakers_->SubjectBefore(lo, k, false);
            if (patient.empty()) patient = speakers_->NearestEntityBefore(lo, k);
            if (!agent.empty() && !patient.empty() && agent != patient)
              Add(agent, TypeOf(cue.cls), patient, "", "", lo, std::max(end, k + len));
          } else {
            std::string src = subject(lo, k, true);
            // "..., attacking X", "... while more recently proposing X": a participle's
            // agent is the sentence's subject, not the last name before it
            if (src.empty() && doc_.toks[k].lower.size() > 4 &&
                doc_.toks[k].lower.compare(doc_.toks[k].lower.size() - 3, 3, "ing") == 0)
              src = speakers_->SentenceSubjectEntity(lo, k);
            if (src.empty() && speakers_->PassiveAt(lo, k)) {
              // "X was criticized by Y": Y takes the stance toward X
              uint32_t by = k + len;
              if (by + 1 < sl && doc_.toks[by].lower == "by") {
                uint32_t end = by + 1;
                std::string agent = speakers_->EntityAt(by + 1, sl, &end);
                std::string patient = speakers_->SubjectBefore(lo, k, false);
                if (!agent.empty() && !patient.empty())
                  Add(agent, TypeOf(cue.cls), patient, "", "", lo, std::max(end, k + len));
              }
              k += len - 1;
              continue;
            }
            // otherwise the entity named last before the verb in its sentence
            if (src.empty()) {
              src = Agent(speakers_->HasSubject(lo, k) ? speakers_->EntityInSubject(lo, k) : std::string());
              if (src.empty()) src = speakers_->NearestEntityBefore(lo, k);
            }
            if (!src.empty()) {
              std::string target, text;
              uint32_t oe = Object(k + len, sl, &target, &text);
              Add(src, TypeOf(cue.cls), target, text, "", k, std::max(oe, k + len));
            }
          }
          k += len - 1;
          continue;
        }
        {
          int si = MatchStance(doc_, k, sl, 'f', &len);
          if (si >= 0) {
            // "drew criticism from Democrats": the agent follows; the target is what came before
            const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
            uint32_t end = k + len;
            std::string agent = speakers_->EntityAt(k + len, sl, &end);
            std::string target = speakers_->SentenceSubjectEntity(lo, k);
            if (target.empty()) target = speakers_->NearestEntityBefore(lo, k);
            if (!agent.empty() && !target.empty())
              Add(agent, p.relation, target, "", "", k, std::max(end, k + len));
            k += len - 1;
            continue;
          }
        }
        for (char mode : {'a', 'n'}) {
          int si = MatchStance(doc_, k, sl, mode, &len);
          if (si < 0) continue;
          const StancePhrase& p = lex.stance[static_cast<size_t>(si)];
          std::string src = subject(lo, k, false);
          // "Mr. Carter, an outspoken critic of the invasion, ...": the name before the comma
          if (src.empty() && mode == 'a' && k > lo + 1 && doc_.toks[k - 1].lower == ",")
            src = Agent(speakers_->SubjectBefore(lo, k - 1, false));
          // "Macron leveled a sharp criticism of Y": the sentence's subject
          if (src.empty() && mode == 'n') src = speakers_->SentenceSubjectEntity(lo, k);
          if (src.empty()) continue;
          std::string target, text;
          uint32_t oe = Object(k + len, sl, &target, &text);
          Add(src, p.relation, target, text, "", k, std::max(oe, k + len));
          k += len - 1;
          break;
        }
      }
    }
  }

  // "spoke to both Putin and Zelensky": one edge per person named.
  void Targets(const std::string& src, const char* type, uint32_t i, uint32_t hi, uint32_t sf) {
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
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
};

}  // namespace

void AddRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sentences, SpeakerResolver* speakers,
                  Extraction* out) {
  RelationBuilder b(doc, speakers, out);
  b.FromClaims(sites);
  b.FromSentences(sentences, sites);
}

}  // namespace claimgraph::extract::claims
