// Claims, stage 3a: what a speaker phrase refers back to: the entities the
// article named so far, their genders and offices; pronouns, descriptions, offices.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "extract/claims/finder.h"
#include "extract/entities_lexicon.h"
#include "extract/stages.h"

namespace claimgraph::extract::claims {

namespace {

// Is `name` a place of the gazetteers ("New Hampshire", "Philadelphia")?
bool GazetteerPlace(const std::string& name) {
  const Lexicon& lex = Lexicon::Get();
  text::Segmented seg = text::Segment(name);
  TokenView tv = MakeTokenView(name, seg.tokens);
  uint32_t entry = 0;
  const auto n = static_cast<uint32_t>(seg.tokens.size());
  return n > 0 && lex.names().MatchesExactly(tv, 0, n, &entry, PhraseSet::Case::kAny) &&
         lex.entries()[entry].type == EntityType::kPlace;
}

}  // namespace

// A place the model typed, not the gazetteers (a person's name the tagger took for one:
// "Juninho", "Burt Reynolds"), that says "I", "me" or "my" in its own quoted words is one person
// speaking of themselves: a person (a town, a region or a firm says "we"; a listed place that says
// "I" is one a description names, "a Philadelphia activist said"). ("I'd", "I've": the word before
// the apostrophe.)
void ClaimFinder::PlacesSayingI(const std::vector<ClaimSite>& sites) {
  for (const ClaimSite& cs : sites) {
    const Claim& c = out_->claims[cs.claim];
    if (c.kind != ClaimKind::kDirect || c.speaker.empty()) continue;
    auto e = std::find_if(out_->entities.begin(), out_->entities.end(),
                          [&](const Entity& x) { return x.id == c.speaker; });
    if (e == out_->entities.end() || e->type != EntityType::kPlace || GazetteerPlace(e->name)) continue;
    for (uint32_t k = cs.first; k < cs.last; ++k) {
      const Tok& t = doc_.toks[k];
      if (!IsWord(t)) continue;
      std::string_view stem = t.lower.substr(0, std::min(t.lower.find('\''), t.lower.find('\xE2')));
      const WordInfo* w = stem.size() == t.lower.size() ? t.Info() : Lex().Word(stem);
      if (w != nullptr && (w->grammar & kFirstSingular)) {
        e->type = EntityType::kPerson;
        ++subject_state_;  // (FindSubject reads the entities' types)
        break;
      }
    }
  }
}

// ---- entities

void ClaimFinder::AddMention(size_t ent, uint32_t tok_first, uint32_t tok_last, bool to_entity) {
  const auto& toks = doc_.toks;
  // (a mention the index held already changes no subject FindSubject finds)
  if (idx_.Add(toks[tok_first].start, ent)) ++subject_state_;
  // titles written before the mention: "Mayor Bill de Blasio", "Former President Bill Clinton"
  for (int64_t k = static_cast<int64_t>(tok_first) - 1; k >= 0 && tok_first - k <= 5; --k) {
    const Tok& t = toks[static_cast<size_t>(k)];
    const WordInfo* w = IsWord(t) ? t.Info() : nullptr;
    if (!w || !(w->classes & (kTitle | kModifier))) break;
    if (w->classes & kTitle) {
      idx_.AddRole(ent, std::string(t.lower));
      for (const auto& h : w->roleheads) idx_.AddRole(ent, h);
      if (w->gender && !ent_gender_[ent]) ent_gender_[ent] = w->gender;
    }
  }
  if (to_entity) {
    Span sp{toks[tok_first].start, toks[tok_last - 1].end};
    auto& ms = out_->entities[ent].mentions;  // sorted by start
    auto at = std::lower_bound(ms.begin(), ms.end(), sp.start,
                               [](const Span& x, uint32_t v) { return x.start < v; });
    bool known = false, tie = false;
    for (auto it = at; it != ms.end() && it->start == sp.start; ++it) {
      known |= *it == sp;
      tie = true;
    }
    if (!known && !tie && !tied_.count(ent)) {
      ms.insert(at, sp);  // distinct starts: the one order a sort would give
    } else if (!known) {
      // spans that share a start: a sort may reorder them, so they keep going through it
      tied_.insert(ent);
      ms.push_back(sp);
      std::sort(ms.begin(), ms.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    }
  }
}

void ClaimFinder::IndexEntities() {
  const auto& toks = doc_.toks;
  size_t n = out_->entities.size();
  ent_gender_.assign(n, 0);
  ent_mine_.assign(n, false);
  size_t mentions = 0, names = 0;
  for (const Entity& ent : out_->entities) {
    mentions += ent.mentions.size();
    names += 1 + ent.aliases.size();
  }
  idx_.Reserve(mentions);
  keys_.reserve(names + names / 4);  // (and the names found later: no rehash as they come)
  rec_spans_.reserve(mentions);
  for (size_t e = 0; e < n; ++e) {
    const Entity& ent = out_->entities[e];
    const std::string folded = Fold(ent.name);
    keys_.emplace(folded, e);
    NameEntity(e, &folded);
    for (const auto& a : ent.aliases) keys_.emplace(Fold(a), e);
    for (const auto& r : ent.roles) {
      std::string low;
      for (char c : r) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      size_t i = 0;
      while (i < low.size()) {
        size_t j = low.find(' ', i);
        if (j == std::string::npos) j = low.size();
        std::string w = low.substr(i, j - i);
        idx_.AddRole(e, w);
        if (const WordInfo* wi = lex_.Word(w)) {
          for (const auto& h : wi->roleheads) idx_.AddRole(e, h);
          if (wi->gender && !ent_gender_[e]) ent_gender_[e] = wi->gender;
        }
        i = j + 1;
      }
    }
    for (const Span& m : ent.mentions) {
      auto it = std::lower_bound(toks.begin(), toks.end(), m.start,
                                 [](const Tok& t, uint32_t v) { return t.start < v; });
      if (it == toks.end() || it->start != m.start) continue;
      uint32_t ti = static_cast<uint32_t>(it - toks.begin());
      if (InStandalone(ti)) continue;
      uint32_t te = ti;
      while (te < toks.size() && toks[te].end <= m.end) ++te;
      if (te == ti) te = ti + 1;
      AddMention(e, ti, te, false);
    }
    if (ent.type != EntityType::kPlace && ent.type != EntityType::kEvent)
      for (const Span& m : ent.mentions) {
        rec_spans_.emplace_back(m.start, m.end, e);
        rec_span_max_ = std::max(rec_span_max_, m.end - m.start);
      }
  }
  std::sort(rec_spans_.begin(), rec_spans_.end());
  idx_.Seal();
  ++subject_state_;
}

// Without recognized entities, names that are clearly people (a known first name
// or a title before them), organizations (ending in Committee, Fund, ...) and
// countries become entities, so that pronouns and descriptions can refer to them.
void ClaimFinder::PreScan() {
  const auto& toks = doc_.toks;
  for (const auto& [pf, pl] : doc_.paras) {
    uint32_t k = pf;
    while (k < pl) {
      if (!IsWord(toks[k]) || !toks[k].cap || InStandalone(k) ||
          TokIs(toks[k], kFunction | kPronoun | kTitle)) {
        ++k;
        continue;
      }
      uint32_t e = k;
      while (e < pl && e - k < 6 && IsWord(toks[e]) && !InStandalone(e) &&
             (toks[e].cap ||
              ((TokIs(toks[e], kParticle) || (toks[e].lower == "of" && TokIs(toks[e - 1], kOrgHead))) &&
               e + 1 < pl && toks[e + 1].cap)) &&
             !(e > k && TokIs(toks[e], kTitle) && !TokIs(toks[e], kOrgHead)))
        ++e;
      uint32_t b = e;
      while (b > k && TokIs(toks[b - 1], kFunction)) --b;
      // a trailing possessive belongs to the name: "Trump's"
      if (b > k) {
        const WordInfo* first = toks[k].Info();
        bool titled = k > pf && IsWord(toks[k - 1]) && TokIs(toks[k - 1], kTitle);
        bool person = b - k >= 2 && ((first && (first->classes & (kMale | kFemale))) || titled);
        bool org = b - k >= 2 && TokIs(toks[b - 1], kOrgHead) && !TokIs(toks[b - 1], kTitle);
        bool country = b - k == 1 && TokIs(toks[k], kCountry);
        if (person || org || country) FindOrCreate(k, b, toks[k].start);
      }
      k = e > k ? e : k + 1;
    }
  }
}

char ClaimFinder::Gender(size_t ent) const {
  if (ent_gender_[ent]) return ent_gender_[ent];
  const Entity& e = out_->entities[ent];
  if (e.type != EntityType::kPerson) return 'n';
  std::string first = e.name.substr(0, e.name.find(' '));
  std::string low;
  for (char c : first) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  const WordInfo* w = lex_.Word(low);
  if (w && (w->classes & kMale) && !(w->classes & kFemale)) return 'm';
  if (w && (w->classes & kFemale) && !(w->classes & kMale)) return 'f';
  if (w && !(w->classes & (kMale | kFemale)) && w->name_gender) return w->name_gender;
  return ent < ent_text_gender_.size() ? ent_text_gender_[ent] : 0;
}

// The article's own pronouns tell a person's gender: a he / she outside quotes whose
// sentence, and the one before it in the paragraph, name one person only votes for that
// person ("Melanie Smith was anxious. She said ..."). A person gets the gender that has
// at least twice the votes of the other.
void ClaimFinder::InferGenders() {
  const auto& toks = doc_.toks;
  size_t n = out_->entities.size();
  std::vector<std::pair<uint16_t, uint16_t>> votes(n, {0, 0});
  // "he" and "she" by their lexicon entries (a token's tag): one comparison of a number each
  // instead of the text's; a word's entry is the one of its lower-cased form, and none but
  // those words has theirs
  const uint32_t* he_entry = lex_.by_word.Find("he");
  const uint32_t* she_entry = lex_.by_word.Find("she");
  const uint32_t he = he_entry != nullptr ? *he_entry : 0, she = she_entry != nullptr ? *she_entry : 0;
  for (uint32_t k = 0; k < toks.size(); ++k) {
    const Tok& t = toks[k];
    // subjects only: an object ("shout at him") is as often someone the sentence did not name
    if (t.tag == 0 || (t.tag != he && t.tag != she) || !IsWord(t) || t.quote >= 0) continue;
    char g = t.Info()->gender;
    if (g != 'm' && g != 'f') continue;
    uint32_t si = sentence_of_[k];
    uint32_t from = sentences_[si].first;
    if (si > 0 && toks[sentences_[si - 1].first].para == t.para) from = sentences_[si - 1].first;
    auto it = idx_.AtOrAfter(toks[from].start);
    size_t who = n;
    bool one = true;
    for (; it != idx_.mentions().end() && it->pos < t.start && one; ++it) {
      if (it->ent >= n || out_->entities[it->ent].type != EntityType::kPerson) continue;
      if (who != n && who != it->ent) one = false;
      who = it->ent;
    }
    if (!one || who == n) continue;
    (g == 'm' ? votes[who].first : votes[who].second)++;
  }
  ent_text_gender_.assign(n, 0);
  // two people who share a name ("Scott" for Keith and Rakeyia Scott): a bare mention
  // could be either, so neither takes a gender from votes
  // (each person's aliases are folded and counted once; the count of each, in the order of the
  // loop below, is read through `count`: a map's values stay where they are)
  std::unordered_map<std::string, int> shared;
  std::vector<const int*> count;
  for (size_t e = 0; e < n; ++e)
    if (out_->entities[e].type == EntityType::kPerson)
      for (const auto& al : out_->entities[e].aliases) {
        int& c = shared[Fold(al)];
        ++c;
        count.push_back(&c);
      }
  size_t next = 0;
  for (size_t e = 0; e < n; ++e) {
    const Entity& en = out_->entities[e];
    bool ambiguous = false;
    if (en.type == EntityType::kPerson)
      for (size_t a = 0; a < en.aliases.size(); ++a) ambiguous |= *count[next++] > 1;
    if (ambiguous) continue;
    auto [m, f] = votes[e];
    if (m > 0 && m >= 2 * f)
      ent_text_gender_[e] = 'm';
    else if (f > 0 && f >= 2 * m)
      ent_text_gender_[e] = 'f';
  }
}

std::string ClaimFinder::ResolvePronoun(char gender, uint32_t pos, const std::string& exclude) const {
  uint32_t para = ParaAt(pos);
  if (gender == 'm' || gender == 'f') {
    // a person named before it in its own sentence ("Mr Blair contrasted ..., which he said")
    std::string subject;
    uint32_t subject_pos = 0;
    PersonOpeningSentence(gender, pos, exclude, &subject, &subject_pos);
    if (!subject.empty() && subject_pos == UINT32_MAX) return subject;
    // the last speaker, in this paragraph or the one before, unless the sentence before
    // opens with a person named after that speaker spoke ("Mr Brown also called for unity.
    // ..., he told delegates")
    for (auto s = said_.rbegin(); s != said_.rend(); ++s) {
      if (s->pos >= pos) continue;
      if (s->para + 1 < para) break;
      const Entity* e = out_->FindEntity(s->id);
      if (!e || e->type != EntityType::kPerson || s->id == exclude) continue;
      size_t idx = static_cast<size_t>(e - out_->entities.data());
      char g = Gender(idx);
      if (g && g != gender) continue;
      if (!subject.empty() && subject_pos > s->pos) return subject;
      return s->id;
    }
    if (!subject.empty()) return subject;
  }
  // The nearest mention before pos whose entity fits. A walk back costs what it skips, so
  // after kWalk mentions the answer comes per entity instead (each one's last mention before
  // pos, the same one the walk would reach): a pronoun that nothing fits ("he" in an article
  // of women) costs the article's entities, not its mentions.
  if (gender != 'm' && gender != 'f' && gender != 'n') return {};
  auto fits = [&](size_t ent) {
    const Entity& e = out_->entities[ent];
    if (e.id == exclude) return false;
    if (gender == 'n') return e.type == EntityType::kOrganization || e.type == EntityType::kCountry;
    if (e.type != EntityType::kPerson) return false;
    char g = Gender(ent);
    return !g || g == gender;
  };
  constexpr int kWalk = 64;
  int walked = 0;
  for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(pos)); it != idx_.mentions().rend(); ++it) {
    if (++walked > kWalk) {
      size_t best = kNone;
      std::pair<uint32_t, uint64_t> best_at{0, 0}, at;
      for (size_t ent = 0; ent < out_->entities.size(); ++ent)
        if (idx_.LastBefore(ent, pos, &at) && (best == kNone || at > best_at) && fits(ent) &&
            !(out_->entities[ent].type == EntityType::kCountry && PossessorOfName(at.first))) {
          best = ent;
          best_at = at;
        }
      return best == kNone ? std::string() : out_->entities[best].id;
    }
    // "bought all of Germany's Hexal. It also offered ...": a country that owns a name places
    // it ("Spain's Iberia"); it is not what "it" goes on about ("Microsoft's Windows" may be)
    if (fits(it->ent) && !(out_->entities[it->ent].type == EntityType::kCountry && PossessorOfName(it->pos)))
      return out_->entities[it->ent].id;
  }
  return {};
}

bool ClaimFinder::PossessorOfName(uint32_t pos) const {
  const auto& toks = doc_.toks;
  uint32_t k = TokAt(pos);
  // the name's words, the last one ending in "'s" ("Germany's") or before a lone "'s" / "'"
  uint32_t j = k;
  while (j < toks.size() && j < k + 6 && toks[j].cap && IsWord(toks[j]) && !EndsPossessive(toks[j])) ++j;
  if (j < toks.size() && j < k + 6 && toks[j].cap && EndsPossessive(toks[j])) {
    ++j;
  } else {
    if (j == k || j >= toks.size() || (toks[j].lower != "'s" && toks[j].lower != "'")) return false;
    ++j;
  }
  return j < toks.size() && toks[j].cap && toks[j].kind == TokKind::kWord;
}

// The person (of `gender`, never `exclude`) a pronoun at byte `pos` most plainly refers to
// by position: the first one named outside quotes earlier in its own sentence (*at set to
// UINT32_MAX), else the one the sentence before, in the same paragraph, opens with (*at its byte).
void ClaimFinder::PersonOpeningSentence(char gender, uint32_t pos, const std::string& exclude,
                                        std::string* id, uint32_t* at) const {
  const auto& toks = doc_.toks;
  uint32_t k = TokAt(pos);
  if (k >= toks.size() || sentence_of_.size() != toks.size()) return;
  // a lower-case word of a role before a name that opens a sentence ("shadow home secretary")
  auto role_word = [&](const Tok& t) {
    const WordInfo* w = t.Info();
    return IsWord(t) && !t.cap && t.kind != TokKind::kNumber &&
           (w == nullptr || (w->grammar == 0 && (w->classes & ~(kTitle | kModifier | kPersonNoun)) == 0));
  };
  auto person = [&](uint32_t from, uint32_t to, uint32_t opening_toks) -> bool {
    for (auto it = idx_.AtOrAfter(from); it != idx_.mentions().end() && it->pos < to; ++it) {
      uint32_t mt = TokAt(it->pos);
      if (mt >= toks.size() || toks[mt].quote >= 0) continue;
      if (opening_toks && mt >= TokAt(from) + opening_toks) return false;
      // a subject opens its clause: "Campaigning against Mitt Romney, he ..." is not Romney
      uint32_t b = mt;
      while (b > 0 && IsWord(toks[b - 1]) && (toks[b - 1].cap || TokIs(toks[b - 1], kTitle)) &&
             toks[b - 1].start >= from)
        --b;
      // (before the sentence's subject, its role's words: "Tory shadow home secretary David Davis")
      if (opening_toks && b < mt && !toks[b].cap && TokIs(toks[b], kTitle))
        while (b > 0 && toks[b - 1].start >= from && (role_word(toks[b - 1]) || toks[b - 1].cap)) --b;
      if (b > 0 && toks[b - 1].start >= from) {
        const Tok& pv = toks[b - 1];
        bool opens = IsPunct(pv, ',') || pv.kind == TokKind::kEnd || TokIn(pv, kClauseOpener);
        if (!opens) continue;
      }
      const Entity& e = out_->entities[it->ent];
      if (e.type != EntityType::kPerson || e.id == exclude) continue;
      char g = Gender(it->ent);
      if (g && g != gender) continue;
      *id = e.id;
      *at = it->pos;
      return true;
    }
    return false;
  };
  uint32_t si = sentence_of_[k];
  uint32_t first = ReachBack(sentences_[si].first, k);
  if (person(toks[first].start, pos, 0)) {
    *at = UINT32_MAX;
    return;
  }
  if (si == 0 || toks[sentences_[si - 1].first].para != toks[k].para) return;
  // the subject: among the sentence's first words ("Mr Brown also ...", "On Sunday, Mr Brown ...",
  // "Tory shadow home secretary David Davis warned ...")
  person(toks[sentences_[si - 1].first].start, toks[sentences_[si].first].start, 6);
}

// "Gordon Brown has addressed the conference. The Chancellor said ...": a definite description
// of one person ("the Chancellor", "the prime minister", "the Tory leader") that no role the
// article gave resolves is the person the sentence before opens with, unless the article gave
// that person other roles.
std::string ClaimFinder::DescribedSubjectBefore(uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  if (a >= b || toks[a].lower != "the" || b - a > 4 || sentence_of_.size() != toks.size()) return {};
  const Tok& head = toks[b - 1];
  if (!TokIs(head, kTitle | kPersonNoun) || TokIs(head, kGroupNoun)) return {};
  for (uint32_t k = a + 1; k + 1 < b; ++k)
    if (!TokIs(toks[k], kTitle | kModifier | kParty | kPersonNoun)) return {};
  uint32_t si = sentence_of_[a];
  if (si == 0 || sentences_[si].first + 3 < a) return {};  // the description opens its sentence
  auto [sf, sl] = sentences_[si - 1];
  if (toks[sf].para + 1 < toks[a].para) return {};
  uint32_t x, y;
  if (!SentenceSubject(sf, sl, &x, &y)) return {};
  for (auto it = idx_.AtOrAfter(toks[x].start); it != idx_.mentions().end() && it->pos < toks[y - 1].end;
       ++it) {
    const Entity& e = out_->entities[it->ent];
    if (e.type != EntityType::kPerson) return {};
    if (e.roles.empty()) return e.id;
    std::string h = Fold(head.lower);
    for (const auto& r : e.roles)
      if (Fold(r).find(h) != std::string::npos) return e.id;
    return {};
  }
  return {};
}

const std::vector<std::pair<std::string, std::string>>& Offices() {
  static const std::vector<std::pair<std::string, std::string>>* offices = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>;
    for (const auto& row : internal::ReadLexicon("lexicons/offices.tsv", {2, 2, {}}))
      v->emplace_back(std::string(row[0]), std::string(row[1]));
    return v;
  }();
  return *offices;
}

// Is the seat written before a title of this person at mention m ("FBI Director James Comey")?
bool ClaimFinder::SeatBefore(const MentionRec& m, const std::string& seat) const {
  for (const auto& r : out_->entities[m.ent].roles) {
    std::string want = seat + " " + Fold(r) + " ";
    uint32_t from = m.pos > want.size() + 8 ? m.pos - static_cast<uint32_t>(want.size()) - 8 : 0;
    std::string before = Fold(doc_.text.substr(from, m.pos - from));
    if (before.size() >= want.size() && before.compare(before.size() - want.size(), want.size(), want) == 0)
      return true;
  }
  return false;
}

// Indexes what ResolveOffice looks for: people whose title names a seat ("FBI director" is
// the FBI's), once; and each new mention with one of its titles written right before it, by
// every ending of the word before that title (a seat ends there), or as "long" when that
// word is too long to index.
void ClaimFinder::UpdateOffices() const {
  OfficeIndex& o = office_;
  if (!o.built) {
    o.built = true;
    for (size_t e = 0; e < out_->entities.size(); ++e)
      for (const auto& r : out_->entities[e].roles) {
        std::string role = Fold(r);
        for (size_t p = role.find(' '); p != std::string::npos; p = role.find(' ', p + 1))
          o.seat_holders[role.substr(0, p)].push_back(e);
        for (const auto& [seat, title] : Offices())
          if (role == title) o.seat_holders[seat].push_back(e);
      }
  }
  const auto& log = idx_.log();
  for (; o.seen < log.size(); ++o.seen) {
    const MentionRec& m = log[o.seen];
    for (const auto& r : out_->entities[m.ent].roles) {
      std::string tail = " " + Fold(r) + " ";
      size_t k = tail.size() * 3 + 80;
      std::string before;
      uint32_t from;
      for (;; k *= 2) {  // enough folded text for the title and 70 characters before it
        from = m.pos > k ? m.pos - static_cast<uint32_t>(k) : 0;
        before = Fold(doc_.text.substr(from, m.pos - from));
        if (from == 0 || before.size() >= tail.size() + 70) break;
      }
      if (before.size() < tail.size() || before.compare(before.size() - tail.size(), tail.size(), tail) != 0)
        continue;
      std::string q = before.substr(0, before.size() - tail.size());
      size_t sp = q.rfind(' ');
      std::string word = sp == std::string::npos ? q : q.substr(sp + 1);
      if ((sp == std::string::npos && from > 0) || word.size() > 64) {
        o.long_titled.push_back(m);
        break;
      }
      for (size_t i = 0; i <= word.size(); ++i) o.titled[word.substr(i)].push_back(m);
      break;
    }
  }
}

std::string ClaimFinder::ResolveOffice(const std::string& seat, uint32_t pos) const {
  UpdateOffices();
  size_t found = kNone;
  // the one person named before pos whose title names the seat ("FBI Director James Comey"
  // is "the FBI chief"), or with the seat written before a title at a mention before pos
  if (auto it = office_.seat_holders.find(seat); it != office_.seat_holders.end())
    for (size_t e : it->second) {
      if (e == found || out_->entities[e].type != EntityType::kPerson || idx_.FirstPos(e) >= pos) continue;
      if (found != kNone) return {};  // two of them: never guess
      found = e;
    }
  std::string last = seat.substr(seat.rfind(' ') + 1);
  static const std::vector<MentionRec> kNoMentions;
  auto it = office_.titled.find(last);
  const std::vector<MentionRec>* titled = it == office_.titled.end() ? &kNoMentions : &it->second;
  const std::vector<MentionRec>* lists[] = {titled, &office_.long_titled};
  for (const std::vector<MentionRec>* ms : lists)
    for (const MentionRec& m : *ms) {
      if (m.pos >= pos || m.ent == found || out_->entities[m.ent].type != EntityType::kPerson) continue;
      if (!SeatBefore(m, seat)) continue;
      if (found != kNone) return {};
      found = m.ent;
    }
  return found == kNone ? std::string() : out_->entities[found].id;
}

std::string ClaimFinder::PreviousSubject(uint32_t i, uint32_t* at) {
  uint32_t si = sentence_of_[i];
  if (si == 0 || doc_.toks[sentences_[si - 1].first].para + 1 < doc_.toks[i].para) return {};
  auto [pf, pl] = sentences_[si - 1];
  uint32_t a, b;
  if (!SentenceSubject(pf, pl, &a, &b)) return {};
  std::string id = NearestEntityBefore(a, b);
  const Entity* e = out_->FindEntity(id);
  if (!e || (e->type != EntityType::kOrganization && e->type != EntityType::kCountry)) return {};
  // (where it starts counts only when the subject is the body itself or its document, "the
  // NIESR report"; "The US firm" is about something else, and so is "The NEM approach is ...",
  // where the word before the auxiliary is the head)
  const auto& toks = doc_.toks;
  bool head = toks[b - 1].cap || TokIs(toks[b - 1], kDocumentNoun);
  if (b + 1 < pl && IsWord(toks[b]) && !toks[b].cap && !TokIs(toks[b], kAux) && AuxVerb(toks[b + 1]))
    head = false;
  if (at != nullptr) *at = head ? toks[a].start : 0;
  return id;
}

std::string ClaimFinder::ResolveThey(uint32_t pos, uint32_t* at, bool plural) const {
  // only the last speaker, in this paragraph or the one before, and only when it is a
  // body that speaks as "they" (the committee, the government); people are left alone, and
  // unnamed ones ("Analysts said") are who a plural is
  uint32_t para = ParaAt(pos);
  for (auto s = said_.rbegin(); s != said_.rend(); ++s) {
    if (s->pos >= pos) continue;
    if (s->para + 1 < para) break;
    if (s->id.empty()) {
      if (plural) return {};
      continue;
    }
    const Entity* e = out_->FindEntity(s->id);
    if (!e) return {};
    if (e->type != EntityType::kOrganization && e->type != EntityType::kCountry) return {};
    if (at != nullptr) *at = s->pos;
    return s->id;
  }
  return {};
}

std::string ClaimFinder::OnlyOrganizationBefore(uint32_t pos) const {
  size_t found = kNone;
  uint32_t from = pos > 300 ? pos - 300 : 0;
  for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(pos)); it != idx_.mentions().rend(); ++it) {
    if (it->pos < from) break;
    if (out_->entities[it->ent].type != EntityType::kOrganization || it->ent == found) continue;
    if (found != kNone) return {};
    found = it->ent;
  }
  return found == kNone ? std::string() : out_->entities[found].id;
}

std::string ClaimFinder::ResolveDescription(const std::string& head, uint32_t pos) const {
  // the one person given that role, or organization with that word in its name, named before pos
  size_t found = kNone;
  for (const EntityIndex::Entities* cands : {&idx_.RoleHolders(head), &idx_.WithWord(head)})
    for (size_t c : *cands) {
      if (c == found || idx_.FirstPos(c) >= pos || !DescribedAs(c, head)) continue;
      if (found != kNone) return {};  // ambiguous: never guess
      found = c;
    }
  return found == kNone ? std::string() : out_->entities[found].id;
}

bool ClaimFinder::RoleNamesBody(const std::string& id, uint32_t first, uint32_t last) {
  const Entity* person = out_->FindEntity(id);
  if (person == nullptr) return false;
  const Entity* body = nullptr;
  uint32_t end = first;
  for (uint32_t k = first; k < last && body == nullptr; ++k) body = out_->FindEntity(EntityAt(k, last, &end));
  // a place ("the MP for Sittingbourne"): the one who holds that role in the article
  if (body == nullptr || body->type != EntityType::kOrganization) return true;
  std::vector<std::string> names;  // the body's capitalized words, name and aliases, folded
  for (uint32_t k = first; k < last; ++k)
    if (IsWord(doc_.toks[k]) && doc_.toks[k].cap && doc_.toks[k].lower.size() >= 3 &&
        !TokIs(doc_.toks[k], kFunction))
      names.emplace_back(doc_.toks[k].lower);
  names.push_back(Fold(body->name));
  for (const std::string& al : body->aliases) names.push_back(Fold(al));
  std::vector<std::string> described = person->roles;  // "chairman", "Fed chairman Alan Greenspan"
  described.insert(described.end(), person->aliases.begin(), person->aliases.end());
  for (const std::string& role : described) {
    std::string r = " " + Fold(role) + " ";
    for (const std::string& n : names)
      if (r.find(" " + n + " ") != std::string::npos) return true;
  }
  return false;
}

// Is entity `ent` a person the article gave the role `head`, or an organization with that word in its name?
bool ClaimFinder::DescribedAs(size_t ent, const std::string& head) const {
  const Entity& e = out_->entities[ent];
  bool match = false;
  {
    if (e.type == EntityType::kPerson) {
      match = HasRole(ent, head);
    } else if (e.type == EntityType::kOrganization) {
      std::string low = Fold(e.name);
      size_t i = 0;
      while (i <= low.size() && !match) {
        size_t j = low.find(' ', i);
        if (j == std::string::npos) j = low.size();
        match = low.compare(i, j - i, head) == 0 && j - i == head.size();
        i = j + 1;
      }
    }
  }
  return match;
}

std::string ClaimFinder::ResolveHeadlineDescription(const std::string& head, uint32_t pos) const {
  // the lede's one such person, or else the article's only one: the person given the role
  // who is mentioned first after pos, unless another one is mentioned after pos too (in
  // the lede, when the first is): two lawmakers and nothing to tell them apart, never guess
  uint32_t lede_end = ParaAt(pos) + 2;
  const EntityIndex::Entities& holders = idx_.RoleHolders(head);
  auto first_after = [&](size_t ent, std::pair<uint32_t, uint64_t>* at) {
    return out_->entities[ent].type == EntityType::kPerson && idx_.FirstAfter(ent, pos, at);
  };
  size_t found = kNone;
  std::pair<uint32_t, uint64_t> found_at{0, 0}, at;
  for (size_t c : holders)
    if (first_after(c, &at) && (found == kNone || at < found_at)) {
      found = c;
      found_at = at;
    }
  if (found == kNone) return {};
  const std::string& id = out_->entities[found].id;
  bool in_lede = ParaAt(found_at.first) <= lede_end;
  for (size_t c : holders)
    if (c != found && out_->entities[c].id != id && first_after(c, &at) &&
        (!in_lede || ParaAt(at.first) <= lede_end))
      return {};
  return id;
}

// Is entity `cand` the one a lone surname, surname or acronym `key` (last word `last`) names?
bool ClaimFinder::NameMatches(size_t cand, const std::string& key, const std::string& last,
                              bool single) const {
  const Entity& en = out_->entities[cand];
  std::string full = Fold(en.name);
  if (en.type == EntityType::kPerson) {
    size_t sp = full.rfind(' ');
    std::string sur = sp == std::string::npos ? full : full.substr(sp + 1);
    if (single && sur == key) return true;
    if (!single && sur == last && sp == std::string::npos) return true;  // "Hegseth" then "Pete Hegseth"
    return !single && sur == last && full.substr(0, full.find(' ')) == key.substr(0, key.find(' '));
  }
  if (!single) return false;
  std::string acro;
  size_t i = 0;
  while (i < en.name.size()) {
    if (en.name[i] >= 'A' && en.name[i] <= 'Z') acro.push_back(static_cast<char>(en.name[i] - 'A' + 'a'));
    size_t j = en.name.find(' ', i);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (acro.size() >= 2 && acro == key) return true;
  // "the Post", "the Times": the last word of an organization named before
  if (en.type == EntityType::kOrganization && lex_.Is(key, kOrgHead)) {
    size_t sp = full.rfind(' ');
    if (sp != std::string::npos && full.compare(sp + 1, std::string::npos, key) == 0) return true;
  }
  return false;
}

}  // namespace claimgraph::extract::claims

namespace claimgraph::extract {
void LoadOfficeLexicon() { claims::Offices(); }
}  // namespace claimgraph::extract
