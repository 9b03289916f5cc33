// Organizations that name shapes alone miss (entity recognition, after the model):
// - acronyms an article defines: "the Committee to Protect Journalists (CPJ)" is one
//   organization, and every later "CPJ" is it;
// - names a word around them makes an organization (schema/gazetteers/org_context.tsv):
//   "the band Coldplay", "carmaker Kia", "a Scotland Yard spokesman";
// - a name with a digit in it is no person's ("O2", "3M");
// - teams in results tables and score lines ("Shrewsbury 4 2 1 1 6 6", "Fulham 1 Carlisle 0");
// - places that speak ("Halifax said", "according to Gartner"): a firm, a club, a bank.
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "extract/claims/stance.h"
#include "extract/entities_internal.h"
#include "extract/stages.h"

namespace claimgraph::extract {
namespace {

using text::Token;

struct OrgContext {
  std::unordered_set<std::string_view, WordHash> before, after;
  std::unordered_set<std::string_view, WordHash>
      initial;  // "before" words that count capitalized first in a sentence
  std::unordered_set<std::string_view, WordHash> apposition;  // heads of "X, the largest oil company,"

  static const OrgContext& Get() {
    static const OrgContext* context = [] {
      auto* c = new OrgContext();
      for (const auto& row : internal::ReadLexicon("gazetteers/org_context.tsv",
                                                   {2, 3, {"before", "after", "apposition"}, {"initial"}})) {
        (row[1] == "before" ? c->before : row[1] == "after" ? c->after : c->apposition).insert(row[0]);
        if (row[2] == "initial") c->initial.insert(row[0]);
      }
      return c;
    }();
    return *context;
  }
};

bool IsWord(const TokenView& tv, uint32_t t) { return tv.tok(t).kind == text::kWord; }
bool IsCapital(const TokenView& tv, uint32_t t) {
  return IsWord(tv, t) && (tv.tok(t).capitalized || tv.tok(t).all_caps);
}

// People the rules are sure of: a title, Mr./Ms., a gazetteer entry or a given name made them
// persons; a lone word is one when it ends such a name in the article ("Putin spokesman").
class SurePeople {
 public:
  SurePeople(const TokenView& tv, const std::vector<Mention>& mentions) : tv_(tv) {
    for (const Mention& m : mentions) Add(m);
  }
  bool operator()(const Mention& m) const {
    if (m.type != EntityType::kPerson) return false;
    return Sure(m) || (m.e - m.b == 1 && surnames_.count(tv_.folded[m.b]) > 0) ||
           Lexicon::Get().PersonBySurname(tv_.folded[m.e - 1]) >= 0;
  }
  // A mention joins or leaves the article's mentions (or is about to change).
  void Add(const Mention& m) {
    if (m.type == EntityType::kPerson && Sure(m)) ++surnames_[tv_.folded[m.e - 1]];
  }
  void Remove(const Mention& m) {
    if (m.type != EntityType::kPerson || !Sure(m)) return;
    auto it = surnames_.find(tv_.folded[m.e - 1]);
    if (--it->second == 0) surnames_.erase(it);
  }

 private:
  bool Sure(const Mention& m) const {
    return m.titled || m.courtesy || m.gaz >= 0 ||
           (m.e - m.b >= 2 && (tv_.info[m.b].first_name || Initial(m.b)));
  }
  bool Initial(uint32_t t) const {  // "C." of "C. Lewis"
    std::string_view w = tv_.Text(t);
    return w.size() == 2 && w[1] == '.';
  }
  const TokenView& tv_;
  std::unordered_map<std::string_view, int, WordHash> surnames_;  // -> how many sure people end so
};

// Index of the mention covering token t in `mentions`, or -1.
std::vector<int32_t> CoverMap(const TokenView& tv, const std::vector<Mention>& mentions) {
  std::vector<int32_t> at(tv.tokens->size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t t = mentions[i].b; t < mentions[i].e; ++t) at[t] = static_cast<int32_t>(i);
  }
  return at;
}

void MakeOrganization(Mention* m) {
  m->type = EntityType::kOrganization;
  m->org_by_rule = true;
  m->org_described = false;
  m->gaz = -1;
  m->deferred = m->guessed = m->has_fallback = false;
  m->role_b = m->role_e = m->role2_b = m->role2_e = 0;
  m->country_gaz = -1;
}

Mention NewOrganization(uint32_t b, uint32_t e) {
  Mention m;
  m.b = b;
  m.e = e;
  m.type = EntityType::kOrganization;
  return m;
}

// Lower-case words an acronym skips ("Committee to Protect Journalists", "Bank of England").
bool Skippable(const TokenView& tv, uint32_t t) {
  return IsWord(tv, t) && !tv.tok(t).capitalized && (tv.info[t].classes & (kConnector | kFunction));
}

// "Long Name (ACR)": the first token of the long name whose capitalized words' initials spell
// the acronym, or `open` when none does. With `small_words`, a small word may give a letter too
// ("Transport for London (TfL)", "Department for International Development (DFID)"); callers
// try without first, so that "Organization of the Petroleum Exporting Countries (OPEC)" spends
// no letter on "of".
uint32_t DefinedBy(const TokenView& tv, uint32_t open, std::string_view acronym, bool small_words) {
  std::string letters;
  for (char c : acronym) {
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  }
  if (letters.size() < 2 || letters.size() > 8) return open;
  size_t need = letters.size();
  uint32_t t = open;
  while (t > 0 && need > 0) {
    uint32_t p = t - 1;
    if (IsWord(tv, p) && tv.tok(p).capitalized && !tv.tok(p).all_caps) {
      if (tv.folded[p][0] != letters[need - 1]) return open;
      --need;
      t = p;
    } else if (small_words && need < letters.size() && Skippable(tv, p) &&
               tv.folded[p][0] == letters[need - 1]) {
      --need;
      t = p;
    } else if (Skippable(tv, p) && need < letters.size()) {
      t = p;
    } else {
      return open;
    }
  }
  return need == 0 ? t : open;
}

// The article's mentions while definitions change them: removed ones stay as holes (so
// indices hold) until Take(); which mention covers each token (the last one, as CoverMap
// says) and where mentions start are kept up to date.
class LiveMentions {
 public:
  LiveMentions(const TokenView& tv, std::vector<Mention>&& ms) : ms_(std::move(ms)), alive_(ms_.size(), 1) {
    at_ = CoverMap(tv, ms_);
    for (size_t i = 0; i < ms_.size(); ++i) Index(static_cast<int32_t>(i));
  }
  Mention& operator[](int32_t i) { return ms_[static_cast<size_t>(i)]; }
  int32_t At(uint32_t t) const { return at_[t]; }
  int32_t Push(const Mention& m) {
    ms_.push_back(m);
    alive_.push_back(1);
    auto i = static_cast<int32_t>(ms_.size() - 1);
    Index(i);
    for (uint32_t t = m.b; t < m.e; ++t) at_[t] = i;
    return i;
  }
  // The mentions that overlap tokens [b, e), in order.
  std::vector<int32_t> Overlapping(uint32_t b, uint32_t e) const {
    std::vector<int32_t> out;
    for (uint32_t s = b > max_len_ ? b - max_len_ : 0; s < e; ++s) {
      auto it = by_start_.find(s);
      if (it == by_start_.end()) continue;
      for (int32_t i : it->second)
        if (alive_[static_cast<size_t>(i)] && !(ms_[static_cast<size_t>(i)].e <= b || s >= e))
          out.push_back(i);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  void Remove(const std::vector<int32_t>& gone) {
    for (int32_t i : gone) alive_[static_cast<size_t>(i)] = 0;
    for (int32_t i : gone)
      for (uint32_t t = ms_[static_cast<size_t>(i)].b; t < ms_[static_cast<size_t>(i)].e; ++t)
        if (at_[t] == i) at_[t] = LastCovering(t);
  }
  std::vector<Mention> Take() {
    std::vector<Mention> out;
    for (size_t i = 0; i < ms_.size(); ++i)
      if (alive_[i]) out.push_back(std::move(ms_[i]));
    return out;
  }
  const std::vector<Mention>& All() const { return ms_; }  // holes included

 private:
  void Index(int32_t i) {
    const Mention& m = ms_[static_cast<size_t>(i)];
    by_start_[m.b].push_back(i);
    if (m.e > m.b) max_len_ = std::max(max_len_, m.e - m.b);
  }
  int32_t LastCovering(uint32_t t) const {
    int32_t last = -1;
    for (int32_t i : Overlapping(t, t + 1))
      if (ms_[static_cast<size_t>(i)].b <= t && t < ms_[static_cast<size_t>(i)].e) last = i;
    return last;
  }
  std::vector<Mention> ms_;
  std::vector<uint8_t> alive_;
  std::vector<int32_t> at_;
  std::unordered_map<uint32_t, std::vector<int32_t>> by_start_;
  uint32_t max_len_ = 1;
};

void DefinedAcronyms(const TokenView& tv, std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  struct Definition {
    uint32_t b, e, acronym;
  };
  std::vector<Definition> defs;
  // the tokens "(" found by the text's brackets (most articles have none), in order
  const char* const text = tv.text.data();
  for (const char* p = text; (p = static_cast<const char*>(std::memchr(p, '(', tv.text.size() - (p - text))));
       ++p) {
    const uint32_t offset = static_cast<uint32_t>(p - text);
    auto it = std::lower_bound(toks.begin(), toks.end(), offset,
                               [](const text::Token& t, uint32_t o) { return t.start < o; });
    if (it == toks.end() || it->start != offset) continue;
    const uint32_t i = static_cast<uint32_t>(it - toks.begin());
    if (i < 1 || i + 2 >= toks.size()) continue;
    // "(CPJ)", or as British papers write them, "(Sepa)", "(Apec)"
    if (!(toks[i + 1].all_caps || toks[i + 1].capitalized) || tv.Text(i) != "(" || tv.Text(i + 2) != ")" ||
        !IsWord(tv, i + 1))
      continue;
    uint32_t b = DefinedBy(tv, i, tv.folded[i + 1], false);
    if (b == i) b = DefinedBy(tv, i, tv.folded[i + 1], true);
    if (b == i || (tv.info[i - 1].classes & kThingHead)) continue;
    defs.push_back({b, i, i + 1});
  }
  if (defs.empty()) return;
  std::unordered_map<std::string_view, std::vector<uint32_t>> caps_at;  // folded word -> its tokens
  for (uint32_t t = 0; t < toks.size(); ++t)                            // in capitals or capitalized
    if (toks[t].all_caps || toks[t].capitalized) caps_at[tv.folded[t]].push_back(t);
  LiveMentions ms(tv, std::move(*mentions));
  SurePeople sure(tv, ms.All());
  for (const Definition& d : defs) {
    // The long name as one mention: kept when it is one already, else an organization over
    // whatever pieces were found inside it ("Protect Journalists").
    EntityType type = EntityType::kOrganization;
    int32_t whole = ms.At(d.b);
    if (whole >= 0 && ms[whole].b == d.b && ms[whole].e == d.e) {
      type = ms[whole].type;
      if (type == EntityType::kPerson) continue;
    } else {
      bool sure_person = false;
      for (uint32_t t = d.b; t < d.e; ++t) sure_person = sure_person || (ms.At(t) >= 0 && sure(ms[ms.At(t)]));
      if (sure_person) continue;
      std::vector<int32_t> gone = ms.Overlapping(d.b, d.e);
      for (int32_t i : gone) sure.Remove(ms[i]);
      ms.Remove(gone);
      ms.Push(NewOrganization(d.b, d.e));
    }
    // The acronym, there and wherever else the article writes it, is the same thing.
    const std::vector<uint32_t>& places = caps_at[tv.folded[d.acronym]];
    for (auto it = std::lower_bound(places.begin(), places.end(), d.acronym); it != places.end(); ++it) {
      uint32_t t = *it;
      if (ms.At(t) < 0) {
        Mention m = NewOrganization(t, t + 1);
        m.type = type;
        ms.Push(m);
      } else if (Mention& m = ms[ms.At(t)]; m.b == t && m.e == t + 1 && m.type != type) {
        sure.Remove(m);
        MakeOrganization(&m);
        m.type = type;
      }
    }
  }
  *mentions = ms.Take();
}

// Whether the name ending before token `e` has an appositive headed by an organization noun:
// "Dravex, the largest oil company in Norway,", "Tarvo, Norway's biggest lender,", "Velt, one of
// the banks that ...". The appositive opens with a determiner or a possessor; its head is the
// word before the first preposition, clause word or punctuation (a plural's singular counts).
bool OrganizationAppositive(const TokenView& tv, const text::Sentence& s, uint32_t e, const OrgContext& cx) {
  if (e + 2 >= s.last || tv.folded[e] != ",") return false;
  uint32_t k = e + 1;
  std::string_view first = tv.folded[k];
  bool opens = first == "the" || first == "a" || first == "an" || first == "one" ||
               (k + 1 < s.last && tv.tok(k).capitalized && tv.folded[k + 1] == "'s");
  if (!opens || !IsWord(tv, k)) return false;
  if (first == "one" && k + 2 < s.last && tv.folded[k + 1] == "of") k += 2;
  uint32_t head = 0, t = k + 1;
  for (; t < s.last && t < e + 12; ++t) {
    if (tv.folded[t] == "'s") continue;
    if (!IsWord(tv, t) || (tv.info[t].classes & (kFunction | kSpeech))) break;
    head = t;
  }
  if (head == 0 || tv.tok(head).capitalized || tv.tok(head).all_caps) return false;
  // The phrase ends at a comma or goes on with "of" or "in": not "In California, the company is
  // fighting", "Smith, the union and the firm", "... GHz, the firms said".
  if (t < s.last && IsWord(tv, t) &&
      (!(tv.info[t].classes & (kConnector | kLocative)) || tv.folded[t] == "and" || tv.folded[t] == "the"))
    return false;
  std::string_view h = tv.folded[head];
  if (cx.apposition.count(h)) return true;
  if (h.size() > 3 && h.ends_with("ies"))
    return cx.apposition.count(std::string(h.substr(0, h.size() - 3)) + "y") > 0;
  return h.size() > 2 && h.back() == 's' && cx.apposition.count(h.substr(0, h.size() - 1)) > 0;
}

// Whether the name [b, e) is an appositive after a description headed by an organization noun:
// "the statistics office, Destatis,", "the regulator, Ofreg, said". The description opens with a
// determiner or a possessive up to four words before its head; the name ends at a comma or the
// sentence's end.
bool DescribedAsOrganization(const TokenView& tv, const text::Sentence& s, uint32_t b, uint32_t e,
                             const OrgContext& cx) {
  if (b < s.first + 3 || tv.folded[b - 1] != ",") return false;
  if (e < s.last && tv.folded[e] != "," && tv.folded[e] != ".") return false;
  uint32_t head = b - 2;
  if (!IsWord(tv, head) || tv.tok(head).capitalized || tv.tok(head).all_caps) return false;
  std::string_view h = tv.folded[head];
  if (!cx.apposition.count(h)) return false;
  for (uint32_t k = head; k > s.first && head - k < 4; --k) {
    std::string_view w = tv.folded[k - 1];
    if (w == "the" || w == "its" || w == "their" || w == "'s") return true;
    if (!IsWord(tv, k - 1) || (tv.info[k - 1].classes & (kFunction | kSpeech))) return false;
  }
  return false;
}

// A name the rules typed by shape or the model, that a word around it makes an organization.
void ContextOrganizations(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const OrgContext& cx = OrgContext::Get();
  const auto& toks = *tv.tokens;
  SurePeople sure(tv, *mentions);
  for (Mention& m : *mentions) {
    if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry || sure(m)) continue;
    if (m.e - m.b == 1 && tv.Text(m.b).size() < 2) continue;  // "N" of "N / A"
    // "O2", "3M": letters and digits in one word, no hyphen (not "Under-21", "4-0-18-0").
    bool digit = false;
    for (uint32_t t = m.b; t < m.e; ++t) {
      std::string_view w = tv.Text(t);
      if (!IsWord(tv, t) || w.find('-') != std::string_view::npos) {
        digit = false;
        break;
      }
      digit = digit || std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    // lower case, or capitalized as a sentence's first word when the word opens no names ("Carmaker
    // Kia said ...", but "Channel Tunnel", "Band Aid")
    bool before = m.b > 0 && IsWord(tv, m.b - 1) && cx.before.count(tv.folded[m.b - 1]) > 0 &&
                  (!toks[m.b - 1].capitalized || (seg.sentences[SentenceOf(seg, m.b - 1)].first == m.b - 1 &&
                                                  cx.initial.count(tv.folded[m.b - 1]))) &&
                  !(m.b > 1 && tv.Text(m.b - 2) == "'s");
    bool after =
        m.e < toks.size() && IsWord(tv, m.e) && !toks[m.e].capitalized && cx.after.count(tv.folded[m.e]) > 0;
    // (not a sentence's opening adverb: "Unfortunately, the band were ...", nor the place of an
    // opening "In Baghdad, a group of gunmen attacked ...": the comma ends the adverbial)
    const text::Sentence& sentence = seg.sentences[SentenceOf(seg, m.b)];
    bool opening_place =
        m.b == sentence.first + 1 && (Lexicon::Get().Classes(tv.folded[m.b - 1]) & kLocative);
    bool appositive = !(m.e == m.b + 1 && tv.info[m.b].common) && !opening_place &&
                      (OrganizationAppositive(tv, sentence, m.e, cx) ||
                       DescribedAsOrganization(tv, sentence, m.b, m.e, cx));
    if ((digit && m.type == EntityType::kPerson) || before || after || appositive) {
      bool person = m.type == EntityType::kPerson;
      MakeOrganization(&m);
      m.org_described = (before || appositive) && !after && !(digit && person);
    }
  }
}

// A place inside a longer capitalized name is part of it: "Manchester United", "the Texas
// Rangers", "Dynamo Moscow", "London Newsroom" name organizations. Words that end places,
// things or events, titles ("Moscow Mayor") and other names stop the run.
void PlacesInsideNames(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  std::vector<int32_t> at = CoverMap(tv, *mentions);
  std::vector<uint8_t> first_word(toks.size(), 0);
  for (const auto& s : seg.sentences) {
    uint32_t t = s.first;
    while (t < s.last && !IsWord(tv, t)) ++t;
    if (t < s.last) first_word[t] = 1;
  }
  // A word of no other name, or one only a lone-word guess holds.
  auto joins = [&](uint32_t t) {
    if (!IsCapital(tv, t)) return false;
    if (at[t] >= 0) {
      const Mention& o = (*mentions)[at[t]];
      if (!(o.blocked || o.deferred || o.guessed || o.from_model) || o.e - o.b != 1) return false;
    }
    const TokenInfo& info = tv.info[t];
    if (info.bucket[1] >= 0 || info.bucket[2] >= 0 || info.first_name)
      return false;  // title, demonym, given name
    if (info.classes & (kPlaceHead | kThingHead | kNotName | kFunction) || info.event_classes & kEventHead)
      return false;
    std::string_view w = tv.Text(t);
    size_t dash = w.find('-');
    if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z')
      return false;  // "U.S.-led", "Russian-born": adjectives
    return w.size() >= 3;
  };
  // a name never runs across a line: "hail Italians" (a headline) and "Ireland coach ..."
  auto broken = [&](uint32_t t) {
    return tv.text.substr(toks[t - 1].end, toks[t].start - toks[t - 1].end).find('\n') !=
           std::string_view::npos;
  };
  std::vector<Mention> added;
  for (Mention& m : *mentions) {
    if (m.blocked || (m.type != EntityType::kPlace && m.type != EntityType::kCountry)) continue;
    if (m.b > 0 && toks[m.b].all_caps) continue;  // headlines and datelines
    uint32_t b = m.b, e = m.e;
    while (e < toks.size() && joins(e) && !broken(e) && toks[e].all_caps == toks[m.b].all_caps) ++e;
    // Not before a place that is also a surname ("Ossie Davis").
    const bool surname = Lexicon::Get().PersonBySurname(tv.folded[m.e - 1]) >= 0;
    while (!surname && b > 0 && joins(b - 1) && !broken(b) && !(first_word[b - 1] && tv.info[b - 1].common) &&
           toks[b - 1].all_caps == toks[m.b].all_caps)
      --b;
    if (b == m.b && e == m.e) continue;
    if (e < toks.size() && IsCapital(tv, e)) continue;  // more of the name follows: not sure where it ends
    for (uint32_t t = b; t < e; ++t) {
      if (at[t] >= 0) (*mentions)[at[t]].blocked = true;
    }
    m.blocked = true;
    added.push_back(NewOrganization(b, e));
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
}

// One sense per article: a team's name written the same way in running text ("Surrey beat
// Kent by six wickets") is the team, unless it is in capitals (a dateline, a headline) or a
// locative puts it somewhere ("in Surrey").
void SameTeamElsewhere(const TokenView& tv, const std::unordered_set<std::string>& teams,
                       std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  SurePeople sure(tv, *mentions);
  std::vector<int32_t> at = CoverMap(tv, *mentions);
  auto placed = [&](uint32_t b) { return b > 0 && (tv.info[b - 1].classes & kLocative); };
  for (Mention& m : *mentions) {
    if (m.blocked || m.type == EntityType::kOrganization || m.type == EntityType::kCountry || sure(m))
      continue;
    if (toks[m.b].all_caps || placed(m.b)) continue;
    std::string key;
    for (uint32_t t = m.b; t < m.e; ++t) (key += tv.folded[t]) += " ";
    if (teams.count(key)) MakeOrganization(&m);
  }
  std::vector<Mention> added;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (at[i] >= 0 || !IsCapital(tv, i) || toks[i].all_caps || placed(i)) continue;
    std::string key;
    for (uint32_t j = i; j < toks.size() && j < i + 4 && IsCapital(tv, j) && at[j] < 0; ++j) {
      (key += tv.folded[j]) += " ";
      if (teams.count(key) && !(j + 1 < toks.size() && IsCapital(tv, j + 1))) {
        added.push_back(NewOrganization(i, j + 1));
        i = j;
        break;
      }
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
}

// Results tables and score lines: a capitalized name right before a score (a whole number
// of at most three digits) in a sentence of several numbers, opening its line or following
// a score, is a team.
void TableTeams(const TokenView& tv, const text::Segmented& seg, const std::vector<SentenceShape>& shapes,
                std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  // A score: a whole number of at most three digits, or two joined by a hyphen ("3-1", "108-3").
  auto score = [&](uint32_t t) {
    if (t >= toks.size() || toks[t].kind != text::kNumber) return false;
    std::string_view n = tv.Text(t);
    size_t dash = n.find('-');
    std::string_view a = n.substr(0, dash), b = dash == std::string_view::npos ? "0" : n.substr(dash + 1);
    auto digits = [](std::string_view d) {
      return !d.empty() && d.size() <= 3 &&
             std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(a) && digits(b);
  };
  auto line_start = [&](uint32_t t) {
    if (t == 0) return true;
    std::string_view gap = tv.text.substr(toks[t - 1].end, toks[t].start - toks[t - 1].end);
    return gap.find('\n') != std::string_view::npos;
  };
  std::vector<int32_t> at = CoverMap(tv, *mentions);
  SurePeople sure(tv, *mentions);
  std::vector<Mention> added;
  std::unordered_set<std::string> teams;
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const text::Sentence& s = seg.sentences[si];
    if (shapes[si].numbers < 2) continue;
    for (uint32_t i = s.first; i < s.last;) {
      if (!IsCapital(tv, i)) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < s.last && (IsCapital(tv, j) || (Skippable(tv, j) && j + 1 < s.last && IsCapital(tv, j + 1))))
        ++j;
      // After the score: the line's end, another score or team, a bracket, comma or "and"
      // ("Sussex 363 ( W. Athey 111", "Worcestershire 238 and 133-5").
      const uint32_t k = j + 1;
      std::string_view next = k < s.last ? tv.Text(k) : std::string_view();
      bool after = k >= s.last || line_start(k) || toks[k].kind == text::kNumber || IsCapital(tv, k) ||
                   next == "(" || next == "," || next == "." || next == ";" || next == "and";
      std::string_view first = tv.Text(i);
      bool initial = first.size() == 2 && first[1] == '.';  // a player: "C. Lewis 94"
      if (!score(j) || !after || initial) {
        i = j;
        continue;
      }
      bool ok = true, covered = false;
      for (uint32_t t = i; t < j; ++t) {
        ok = ok && !(tv.info[t].classes & kNotName) && !toks[t].all_caps == !toks[i].all_caps &&
             tv.Text(t).size() >= 2;
        if (at[t] < 0) continue;
        covered = true;
        const Mention& m = (*mentions)[at[t]];
        ok = ok && m.b >= i && m.e <= j && !sure(m) && m.type != EntityType::kCountry;
      }
      if (j - i == 1 && !covered && (tv.info[i].common || tv.info[i].first_name))
        ok = ok && score(j + 1) && score(j + 2);
      if (ok) {
        for (uint32_t t = i; t < j; ++t) {
          if (at[t] >= 0) (*mentions)[at[t]].blocked = true;  // pieces of the team's name
        }
        added.push_back(NewOrganization(i, j));
        std::string key;
        for (uint32_t t = i; t < j; ++t) (key += tv.folded[t]) += " ";
        teams.insert(std::move(key));
      }
      i = j;
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  if (!teams.empty()) SameTeamElsewhere(tv, teams, mentions);
}

// Does the name at token b in sentence s speak: before a verb of saying or believing, past
// auxiliaries and adverbs, opening its phrase ("Halifax said", "the Halifax has said", "Toshiba
// expects"; not "the MP for Ealing North claimed", "Lord Roberts of Conwy denied"), after
// "according to", or after a verb of saying at its clause's end ("..., says Halifax.")?
bool SpeaksAt(const TokenView& tv, const text::Sentence& s, uint32_t b) {
  const auto& toks = *tv.tokens;
  const uint32_t e = b + 1;
  const Lexicon& lex = Lexicon::Get();
  uint32_t payload = 0;
  for (uint32_t len = 1; len <= 3 && b >= s.first + len; ++len)
    if (lex.according().MatchesExactly(tv, b - len, b, &payload, PhraseSet::Case::kAny)) return true;
  if (b > s.first && IsWord(tv, b - 1) && !toks[b - 1].capitalized &&
      lex.SpeakerMayFollow(tv.folded[b - 1]) &&
      (e == s.last || (toks[e].kind != text::kWord && toks[e].kind != text::kNumber)))
    return true;
  if (b > s.first && IsWord(tv, b - 1) && (tv.info[b - 1].classes & kFunction) &&
      !lex.IsDefinite(tv.folded[b - 1]))
    return false;
  auto aux_or_adverb = [&](uint32_t t) {
    std::string_view w = tv.folded[t];
    return toks[t].kind == text::kWord && !toks[t].capitalized &&
           ((w.size() > 4 && w.ends_with("ly")) || (tv.info[t].classes & kFunction));
  };
  uint32_t k = e;
  // (past an aside of a few lower-case words: "The Halifax, meanwhile, said")
  if (k + 2 < s.last && tv.folded[k] == ",") {
    uint32_t c = k + 1;
    while (c < s.last && c < k + 5 && IsWord(tv, c) && !toks[c].capitalized) ++c;
    if (c > k + 1 && c < s.last && tv.folded[c] == ",") k = c + 1;
  }
  const uint32_t after = k;
  while (k < s.last && k < after + 3 && aux_or_adverb(k) && !(tv.info[k].classes & kSpeech)) {
    // a form of "be" before the verb: passive or predicative ("Glasgow is expected to host",
    // "Bradford was promised a hospital"), what is said of the place, not by it
    if (claims::LinkingVerb(tv.folded[k])) return false;
    ++k;
  }
  return k < s.last && IsWord(tv, k) && !toks[k].capitalized &&
         ((tv.info[k].classes & kSpeech) || Lexicon::Get().IsSaying(tv.folded[k]));
}

}  // namespace

void LoadOrgContextLexicon() { OrgContext::Get(); }

void SpeakingPlaces(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const Lexicon& lex = Lexicon::Get();
  // a one-word name typed a place that a firm or a club may bear: one the gazetteers list as a
  // town, or one only the model or a preposition made a place (not a region, state or continent,
  // whose government or team speaks for it; nor a given name, a demonym or a seat of government)
  auto place = [&](const Mention& m) {
    return m.type == EntityType::kPlace && !m.blocked && m.e == m.b + 1 && !tv.info[m.b].first_name &&
           !tv.tok(m.b).all_caps && (m.gaz < 0 || lex.IsTown(tv.folded[m.b])) &&
           lex.demonyms().LongestAt(tv, m.b, m.e).len == 0 && !IsSeatAt(tv, m.b, m.e);
  };
  // a lone word that speaking alone made a person (by the model or by a verb of saying after it:
  // '"...," said Seagate' in an article that names Seagate a place elsewhere)
  auto lone_speaker = [&](const Mention& m) {
    return m.type == EntityType::kPerson && !m.blocked && m.e == m.b + 1 && !m.titled && !m.courtesy &&
           m.gaz < 0 && !tv.info[m.b].first_name && !tv.tok(m.b).all_caps &&
           lex.PersonBySurname(tv.folded[m.b]) < 0;
  };
  // by the name: 1 when a mention speaks, -1 when a locative puts one somewhere ("in Newcastle")
  // (most articles have none or a few; an article of a thousand towns has them by name, not in
  // a list looked through for every mention)
  std::unordered_map<std::string_view, int, WordHash> senses;
  auto find = [&](uint32_t b) {
    auto it = senses.find(tv.folded[b]);
    return it == senses.end() ? nullptr : &it->second;
  };
  std::vector<uint8_t> kind(mentions->size(), 0);  // 1 a place, 2 a lone speaker, 0 neither
  for (size_t i = 0; i < mentions->size(); ++i) {
    if (!place((*mentions)[i])) continue;
    kind[i] = 1;
    senses.emplace(tv.folded[(*mentions)[i].b], 0);
  }
  // a word of a person's full name in the article is no such name: a lone "Trump" the model typed
  // a place in an article about Donald Trump is his surname, never a firm (its mentions find no
  // sense below, and stay as they are)
  for (const Mention& m : *mentions) {
    if (senses.empty()) return;
    if (m.type != EntityType::kPerson || m.e < m.b + 2) continue;
    for (uint32_t t = m.b; t < m.e; ++t) senses.erase(tv.folded[t]);
  }
  if (senses.empty()) return;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (kind[i] == 0 && lone_speaker(m)) kind[i] = 2;
    int* said = kind[i] ? find(m.b) : nullptr;
    if (said == nullptr) {
      kind[i] = 0;
      continue;
    }
    const text::Sentence& s = seg.sentences[SentenceOf(seg, m.b)];
    if (m.b > s.first && (tv.info[m.b - 1].classes & kLocative))
      *said = -1;
    else if (*said == 0 && SpeaksAt(tv, s, m.b))
      *said = 1;
  }
  for (size_t i = 0; i < mentions->size(); ++i)
    if (kind[i] && *find((*mentions)[i].b) == 1) MakeOrganization(&(*mentions)[i]);
}

void FindOrganizations(const TokenView& tv, const text::Segmented& seg,
                       const std::vector<SentenceShape>& shapes, std::vector<Mention>* mentions) {
  DefinedAcronyms(tv, mentions);
  PlacesInsideNames(tv, seg, mentions);
  ContextOrganizations(tv, seg, mentions);
  TableTeams(tv, seg, shapes, mentions);
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.b < b.b; });
}

}  // namespace claimgraph::extract
